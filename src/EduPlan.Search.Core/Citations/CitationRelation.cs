using System.Buffers;
using System.Text.RegularExpressions;

namespace EduPlan.Search.Core.Citations;

/// <summary>
/// What a citation is to the citing document, read from the words that govern it: "Căn cứ" (legal
/// basis), "Thực hiện"/"triển khai"/"theo" (implements), "Theo đề nghị … tại Tờ trình", "Xét Tờ trình" (proposal),
/// "ban hành kèm theo" (issued with), "hướng dẫn thực hiện" (guides), "sửa đổi, bổ sung", "thay thế", "bãi bỏ"; otherwise a mention.
/// </summary>
public static partial class CitationRelation
{
    public const string LegalBasis = "can_cu";
    public const string Implements = "thuc_hien";
    public const string Proposal = "de_nghi";
    public const string IssuedWith = "ban_hanh_kem_theo";
    public const string Amends = "sua_doi";
    public const string Replaces = "thay_the";
    public const string Repeals = "bai_bo";
    public const string Guides = "huong_dan";
    public const string Mention = "mention";

    /// <summary>The relations by which a text changes the law it cites.</summary>
    public static IReadOnlySet<string> Enacting { get; } = new HashSet<string> { Amends, Replaces, Repeals };

    public static IReadOnlyList<string> All { get; } =
        [LegalBasis, Implements, Proposal, IssuedWith, Amends, Replaces, Repeals, Guides, Mention];

    /// <summary>
    /// What the words governing a citation make it, given what it cites: a report or a proposal is told of, never carried out ("Theo Báo
    /// cáo số 412/BC-SGDĐT … về kết quả kiểm tra, qua kiểm tra 126 cơ sở …" is according to it). Of the testers' reports and proposals read
    /// carried out, their readers read 14 of 15 told of.
    /// </summary>
    public static string Of(string relation, string kind) =>
        relation == Implements && kind is "Báo cáo" or "Tờ trình" ? Mention : relation;

    /// <summary>
    /// Words that govern the whole sentence when they open it. "Ban hành kèm theo Quyết định này Kế hoạch thực hiện Quyết định số 2457 …"
    /// is what the text itself issues: the plan it issues implements 2457, which the text does not issue with.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?<can_cu>" + LegalBasisWord + @")|(?<de_nghi>theo đề nghị|xét đề nghị)|(?<ban_hanh_kem_theo>ban hành kèm theo(?!\s+(?:\p{L}+\s+){1,2}này\b))|(?<thuc_hien>(?:để\s+)?(?:tổ chức\s+|tiếp tục\s+)?(?:triển khai\s+)?thực hiện|triển khai|theo|quán triệt và triển khai))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    /// <summary>
    /// Words that govern the citation in its clause. Of several, the one that ends first wins, not the nearest: the pattern looks back
    /// from each position of the clause in turn and the first it matches at is the match's end; at one end, the first alternative here
    /// ("hướng dẫn thực hiện" before "thực hiện"). "Luật sửa đổi, bổ sung một số điều của Luật …" is the title of
    /// another instrument, which amends the law cited; "ban hành Thông tư sửa đổi …" is the text itself. An article added ("Bổ sung Điều 4a
    /// vào Thông tư số …") or reworded ("Thay thế cụm từ … tại Điều 3 Thông tư số …", "Thay thế một số cụm từ tại …") amends the instrument, which stays in force. "xem xét sửa đổi, bổ sung Nghị
    /// quyết số …" asks another body to consider amending it: this text amends nothing (<see cref="Intended"/>, read after).
    /// </summary>
    [GeneratedRegex("(?<=" + NearestOpen + ShortName + "|" + LawAmending + "|" + Briefed + "|" + Amended + "|" + Repealed + "|" + Reported + ")" + Guidance + Amending + NearestClose + ")",
        RegexOptions.IgnoreCase)]
    private static partial Regex Nearest();

    /// <summary>
    /// <see cref="Nearest"/> without its alternatives that hold "sửa đổi", "bổ sung" or "thay": the same match in a clause without those words,
    /// where they could not match. Each alternative costs every character read right to left; most clauses amend nothing.
    /// </summary>
    [GeneratedRegex("(?<=" + NearestOpen + ShortName + "|" + Briefed + "|" + Repealed + "|" + Reported + ")" + Guidance + NearestClose + ")", RegexOptions.IgnoreCase)]
    private static partial Regex NearestUnamending();

    /// <summary>What <see cref="Nearest"/> needs beyond <see cref="NearestUnamending"/>: each of its other alternatives holds one of these.</summary>
    private static readonly SearchValues<string> AmendingWords = SearchValues.Create(["sửa đổi", "bổ sung", "thay"], StringComparison.OrdinalIgnoreCase);

    private const string NearestOpen = "(?:(?<mention>";
    private const string ShortName = "gọi tắt là";
    /// <summary>
    /// Another instrument's title, as running text writes its kind; not the text's own heading in capitals, whose subject it opens ("THÔNG TƯ⏎Sửa đổi,
    /// bổ sung một số điều của Thông tư số 05/2025/TT-BGDĐT …", a tester's 349, amends the circulars its title names).
    /// </summary>
    private const string LawAmending = @"(?<!\bban hành\s+)\b(?-i:Luật|Pháp lệnh|Nghị định|Thông tư|luật|pháp lệnh|nghị định|thông tư)\s+sửa đổi(?:,? bổ sung)?(?: một số điều của)?";
    private const string Briefed = @"quán triệt(?!\s*(?:(?:,|và)\s*)?(?:triển khai\s+)?thực hiện)";

    /// <summary>
    /// "sớm ban hành văn bản hướng dẫn thực hiện Nghị định 238": the guidance is a text another body is to issue, not this one, which names the
    /// decree it is asked about (a tester's 314). Read before a "hướng dẫn … thực hiện" the pattern found: in it, the words cost every citation's reading.
    /// </summary>
    [GeneratedRegex(@"\b(?:ban hành|xây dựng|có)\s+(?:(?:các|một)\s+)?(?:văn bản|công văn|tài liệu)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex GuidanceToIssueBefore();

    /// <summary>"Các quyết định này được ban hành căn cứ Luật …": the grounds of the instruments the text speaks of, not its own (a tester's 329).</summary>
    [GeneratedRegex(@"\bđược ban hành\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OthersGroundsBefore();
    private const string Amended = "được sửa đổi(?:,? bổ sung)?|được thay thế(?=\\s+(?:bởi|bằng)(?![\\p{L}\\p{M}]))|" + BarePassive + "|" + ProvisionAdded;

    /// <summary>
    /// The passive without "được", as tables and brackets write it: "TT 32/2018 (sửa đổi bởi TT 13/2022); TT 42/2021" (a tester's 756, whose next item
    /// read as amended by the text), "(thay thế bởi …)".
    /// </summary>
    private const string BarePassive = "(?:sửa đổi(?:,? bổ sung)?|thay thế)(?=\\s+bởi(?![\\p{L}\\p{M}]))";

    /// <summary>
    /// "[6] Khoản này được bổ sung theo quy định tại khoản 3 Điều 1 của Thông tư số 12/2024/TT-BGDĐT" (a consolidated text's footnote, a tester's
    /// 709): a provision the instrument added, as <see cref="Amended"/> one it amended; not "Kinh phí được bổ sung theo Quyết định số …", funds
    /// granted as a decision says.
    /// </summary>
    private const string ProvisionAdded = @"(?<=(?<![\p{L}\p{M}])(?:điều|khoản|điểm|mục|chương|phụ lục)\s+này\s+(?:đã\s+)?)được bổ sung(?=\s+(?:theo|bởi|tại)(?![\p{L}\p{M}]))";

    /// <summary>
    /// "Khoản này được bãi bỏ theo quy định tại … Thông tư số …" (a consolidated text's footnote): the instrument cited repealed it, as
    /// <see cref="Amended"/> one amended it; the text repeals nothing; "Bị bãi bỏ bởi Quyết định số 12/2025/QĐ-UBND" in a table of expired
    /// instruments likewise (a tester's 502). Only with the instrument as its agent: "… được bãi bỏ:" lists what is.
    /// </summary>
    private const string Repealed = @"(?:được bãi bỏ(?=\s+(?:theo|bởi|tại)(?![\p{L}\p{M}]))|bị bãi bỏ(?=\s+bởi(?![\p{L}\p{M}])))";

    /// <summary>
    /// "Căn cứ" before an instrument, or what the text stands on; not "Căn cứ diễn biến của bão …, Chủ tịch UBND các xã quyết định … theo Quyết
    /// định số …", "Căn cứ tình hình thực tế, …": an order weighed on events, which the words after it govern.
    /// </summary>
    private const string LegalBasisWord = @"căn cứ(?!" + WeighedOn + ")";

    private const string WeighedOn = @"\s+(?:vào\s+)?(?:diễn biến|tình hình|điều kiện|nhu cầu|thực tế|mức độ|khả năng|đặc điểm|tình trạng)(?![\p{L}\p{M}])";

    /// <summary>
    /// What a "căn cứ" <see cref="Nearest"/> found weighs, when it is no legal basis (<see cref="LegalBasisWord"/>): read after the match, and
    /// the pattern read again past it. Inside the pattern, which reads right to left, the test cost a sixth of its time.
    /// </summary>
    [GeneratedRegex("^" + WeighedOn, RegexOptions.IgnoreCase)]
    private static partial Regex WeighedOnAfter();
    private const string Reported = @"kết quả(?:\s+triển khai)?\s+thực hiện(?=\s*$)";
    private const string Guidance = @"|(?<huong_dan>hướng dẫn(?:\s+(?:một số (?:nội dung|điểm)(?:\s+khi)?|việc))?(?:\s+triển khai)?\s+thực hiện)|(?<de_nghi>đề nghị của[^.;]*?\btại|tại tờ trình)|(?<ban_hanh_kem_theo>^\W*ban hành kèm theo(?!\s+(?:\p{L}+\s+){1,2}này\b)|\(\s*ban hành kèm theo)";
    private const string Amending = @"|(?<sua_doi>sửa đổi(?:,? bổ sung)?(?: một số điều của)?|bổ sung\s+(?:điểm\s+\p{L}|khoản\s+\d+|điều\s+\d+\p{L}?|chương\s+[IVXLC\d]+|mục\s+\d+|phụ lục\s+[IVXLC\d]+)(?![\p{L}\p{M}\d])[^.;]{0,60}?\bvào\b|thay(?: thế)? (?:(?:một số|các)\s+)?(?:cụm )?từ\b)|(?<thay_the>thay thế(?!\s+(?:(?:một số|các)\s+)?(?:cụm\s+)?từ\b))";
    // Complied with ("tuân thủ Luật Bảo vệ dữ liệu cá nhân", a tester's 322), an instrument is carried out.
    // "Danh sách xã … làm căn cứ xác định học sinh bán trú tiếp tục thực hiện theo Quyết định số 861/QĐ-TTg": what serves as a basis for something
    // is no ground of the text (a tester's 349), and the words after it govern; nor is one a comment proposes to add or to drop ("Đề nghị
    // bổ sung căn cứ Nghị định số 60/2021/NĐ-CP", "bỏ căn cứ Luật …": a tester's 651, a table of comments on a draft); nor is what a result is the
    // basis of ("Kết quả đánh giá là căn cứ để xếp loại chất lượng viên chức theo Nghị định 90/2020": testers' 333, 408, 486, 575, 584, 594,
    // 641), nor the grounds another text states or a text's part for them ("… nêu căn cứ là Thông tư 29", "khi ghi căn cứ trong các văn bản",
    // "phần căn cứ ban hành": 409, 500, 650, 710).
    private const string NearestClose = @"|(?<bai_bo>bãi bỏ)|(?<can_cu>(?<!\b(?:làm|là|một|nêu|ghi|phần|bổ sung|bỏ|thêm)\s)căn cứ)|(?<thuc_hien>thực hiện|triển khai|cụ thể hóa|cụ thể hoá|thể chế hóa|thể chế hoá|tuân thủ|(?<!\btiếp\s)(?<!\bkèm\s)\btheo\b(?!\s+đề nghị)))";

    /// <summary>
    /// Whether the citation stands in a bracket that opens "(thay thế": "Nghị định số 238/2025/NĐ-CP … (thay thế Nghị định số 81/2021/NĐ-CP và
    /// Nghị định số 97/2023/NĐ-CP)", "Quyết định số 05/2026/QĐ-UBND (thay thế các Quyết định số 24/2025/QĐ-UBND, …)": what the bracket says the
    /// instrument before it replaced is told of, every item of it (all 69 such in the testers' and held-out lists; "thay thế" governed the first
    /// and "theo" before the bracket the others). Not after "… này": "Kế hoạch này (thay thế Kế hoạch số …)" is the text replacing it.
    /// </summary>
    private static bool InReplacedBracket(string text, int start, int length)
    {
        var reach = Math.Min(length, BracketReach);
        var window = text.AsSpan(start + length - reach, reach);
        var open = window.LastIndexOf('(');
        if (open < 0 || window[open..].IndexOf(')') >= 0 || !window[(open + 1)..].TrimStart().StartsWith("thay thế", StringComparison.OrdinalIgnoreCase))
            return false;
        var before = text.AsSpan(0, start + length - reach + open).TrimEnd();
        return !before.EndsWith("này", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How far back a bracket holding the citation is looked for: past a list of several instruments with their dates.</summary>
    private const int BracketReach = 400;

    /// <summary>"Xét Tờ trình số …" right before the citation: the proposal a resolution considers (not the reports listed after it).</summary>
    [GeneratedRegex(@"^\W*xét\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Considering();

    /// <summary>
    /// "Theo đề nghị … tại Tờ trình số … và Báo cáo thẩm định số … của Sở Tư pháp": a report appraising or verifying the draft is neither the
    /// proposal nor a ground, whatever opens the sentence (as the lists read every Báo cáo thẩm tra after "Xét Tờ trình …;").
    /// </summary>
    [GeneratedRegex(@"\bbáo cáo thẩm (?:định|tra)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AppraisalReport();

    /// <summary>
    /// "Sau hơn 10 năm thực hiện Nghị quyết số 29-NQ/TW …", "Qua 05 năm triển khai Kế hoạch …", "sơ kết 03 năm thực hiện Đề án 1677": years of
    /// carrying an instrument out, reviewed or to be reviewed, which the lists read as a mention of it (eleven of thirteen such, in testers' and
    /// held-out texts), not as carrying it out here. So are "kết quả 08 năm thực hiện …", "đánh giá 03 năm thực hiện …" and a second such
    /// span after the first ("Qua hơn 10 năm thực hiện Nghị quyết số 29-NQ/TW … và 01 năm thực hiện Kết luận số 91-KL/TW", testers' 367, 373,
    /// 752, 755).
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:sơ kết|tổng kết|kết quả|đánh giá)|(?<![\p{L}])(?:[Ss]au|[Qq]ua|và))\s+(?:hơn\s+|gần\s+)?\d+\s+(?:năm|tháng)\s+(?:thực hiện|triển khai|thi hành)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex YearsOfCarryingOut();

    /// <summary>
    /// "tiếp tục áp dụng Quyết định số 35/2023/QĐ-UBND": an instrument applied is carried out, one "không áp dụng" told of. Only right
    /// before it: "chính sách … áp dụng thống nhất trên địa bàn tỉnh, thay thế các Nghị quyết số …" applies a policy, and "thay thế" governs
    /// the resolutions.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}])áp dụng\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Applied();

    /// <summary>
    /// "Đẩy mạnh chuyển đổi số theo Kế hoạch số 186/KH-UBND …, gắn với Quyết định số 131/QĐ-TTg …": what the task is tied to is mentioned, whatever
    /// governs the task (a tester's 328; 002's "gắn với quy hoạch tỉnh tại …"); "gắn với thực hiện Kế hoạch số …" carries it out.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}])gắn với\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkedWith();

    /// <summary>
    /// "… theo Quyết định số 2164/QĐ-UBND (đã được thay thế bởi Quyết định số 2315/QĐ-UBND)", "Nghị định 81/2021/NĐ-CP đã được thay thế bởi Nghị
    /// định 238": the instrument that replaced the one the text speaks of is told of, whatever governs that one; every testers' list reads it so
    /// (twenty-six such in twenty texts), where one amending it ("… được sửa đổi, bổ sung bởi …") reads as what it amends.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}])được\s+thay thế\s+(?:bởi|bằng)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReplacedBy();

    /// <summary>
    /// "(tham khảo Kế hoạch số 05-KH/ĐU …)", "tham khảo Quy chế mẫu tại Phụ lục 1 kèm theo Công văn số 2877/SGDĐT-TCCB": an instrument, or a
    /// part of one, offered to consult is told of, whatever governs the sentence (testers' 316, 437 and 639 read it so).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}])tham khảo(?![\p{L}\p{M}])(?:[^.;:()]{0,60}?\s(?:tại|kèm theo|của|trong))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Consulted();

    /// <summary>
    /// "quán triệt Nghị quyết 71 theo Hướng dẫn số 25-HD/BTGDVTW": the briefing is on the resolution (a mention), done as the guidance says,
    /// which "theo" right before it governs (a tester's 316); "quán triệt" was the clause's first governing word and read for both.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}])quán triệt(?![\p{L}\p{M}])[^.;]*?(?<![\p{L}\p{M}])(?<!\bkèm\s)theo\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BriefedAccordingTo();

    [GeneratedRegex(@"(gọi tắt là|\(\s*sau đây gọi là)\s*\*?$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortNameDefined();

    // "(Ban hành kèm theo Quyết định số …)" heads an attached plan; "(Kèm theo Quyết định số …)" too, and "(Kèm theo Kế hoạch ban hành tại
    // Quyết định số …)", the annex of a plan a decision issued (a tester's 872).
    [GeneratedRegex(@"(?:^|\()\s*(?:ban hành\s+)?kèm theo(?:\s+\p{L}+(?:\s+\p{L}+)?\s+ban hành\s+(?:tại|theo|kèm theo))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex IssuedWithOpening();

    /// <summary>A word every alternative of <see cref="Nearest"/> holds, as it spells it.</summary>
    private static readonly SearchValues<string> GoverningWords = SearchValues.Create(
        ["gọi tắt", "sửa đổi", "được bổ sung", "bổ sung điểm", "bổ sung khoản", "bổ sung điều", "bổ sung chương", "bổ sung mục", "bổ sung phụ lục", "thay cụm", "thay từ", "quán triệt", "thực hiện", "đề nghị", "tờ trình", "theo", "thay thế", "bãi bỏ", "căn cứ", "triển khai", "cụ thể h", "thể chế h", "tuân thủ"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly string[] OpeningOrder = [LegalBasis, Proposal, IssuedWith, Implements];
    private static readonly string[] NearestOrder = [Mention, Guides, Proposal, IssuedWith, Amends, Replaces, Repeals, LegalBasis, Implements];

    // Each relation's group by number, in NearestOrder (-1 where the pattern has none): looked up by name, a match's groups cost a
    // dictionary lookup each, nine for every citation.
    private static readonly int[] NearestGroups = NearestOrder.Select(Nearest().GroupNumberFromName).ToArray();
    private static readonly int[] UnamendingGroups = NearestOrder.Select(NearestUnamending().GroupNumberFromName).ToArray();
    private static readonly int LegalBasisOrder = Array.IndexOf(NearestOrder, LegalBasis);

    /// <summary>
    /// "Khoản 2 Điều 3 Nghị quyết số 33/2021/NQ-HĐND … bị bãi bỏ kể từ ngày Nghị quyết này có hiệu lực", "Quyết định số 12/2019/QĐ-UBND …
    /// hết hiệu lực kể từ ngày Quyết định này có hiệu lực": this text repeals it, in the passive.
    /// </summary>
    [GeneratedRegex(@"^[^;]*?\b(?:bị bãi bỏ|hết hiệu lực(?: thi hành)?)\b[^;.]{0,120}?\bnày\b", RegexOptions.IgnoreCase)]
    private static partial Regex RepealedByThis();

    /// <summary>
    /// "… theo mẫu của Nghị định số 38/2012/NĐ-CP, là văn bản đã hết hiệu lực và được thay thế bởi …", "… theo Quyết định số 234/QĐ-TTg ngày
    /// 05/02/2016 đã kết thúc và hết hiệu lực" (testers' 478 and 479): an instrument the text says has expired is not what it carries out or
    /// stands on, but what it tells of. The words follow it before any other instrument and any other order ("… và 06/2025/QĐ-UBND, không nhập
    /// ký hiệu của văn bản đã hết hiệu lực" speaks of other texts, 363), and say nothing of when (that is a repeal, <see cref="RepealedHere"/>).
    /// </summary>
    public static bool SaidExpired(string text, int citationEnd, int sentenceEnd)
    {
        var rest = After(text, citationEnd, sentenceEnd, ExpiredReach);
        return (rest.Contains("hết hiệu lực", StringComparison.OrdinalIgnoreCase) || rest.Contains("không còn", StringComparison.OrdinalIgnoreCase))
               && ExpiredAfter().Match(text, citationEnd, rest.Length) is { Success: true } said
               && text.AsSpan(citationEnd, said.Groups["said"].Index - citationEnd) is var between
               && !AnotherSymbol().IsMatch(between) && !between.Contains("không", StringComparison.OrdinalIgnoreCase);
    }

    private const int ExpiredReach = 160;

    /// <summary>What the sentence says after a citation, up to <paramref name="reach"/> characters: where what it says of the citation is read.</summary>
    private static ReadOnlySpan<char> After(string text, int citationEnd, int sentenceEnd, int reach) =>
        text.AsSpan(citationEnd, Math.Clamp(sentenceEnd - citationEnd, 0, reach));

    /// <summary>Another instrument's symbol between a citation and what is said of it: a slash before a letter ("/QĐ", "/NĐ-CP"), as no date has.</summary>
    [GeneratedRegex(@"/\p{L}")]
    private static partial Regex AnotherSymbol();

    /// <summary>
    /// "đã hết hiệu lực", not from a day (a repeal); or "không còn áp dụng", "nay không còn hiệu lực" ("… theo Hướng dẫn 18, nay không còn áp
    /// dụng", "mức hỗ trợ thêm 10% theo Nghị quyết số 05/2021/NQ-HĐND … không còn áp dụng từ ngày 01/01/2024": testers' 473, 506, 595), when or not.
    /// </summary>
    [GeneratedRegex(@"\G[^.;]*?(?<![\p{L}])(?:(?<said>(?:nay\s+)?đã)\s+(?:kết thúc(?:\s+và|,)\s+)?hết hiệu lực(?!\s+(?:thi hành\s+)?(?:kể từ|từ ngày))|(?<said>(?:nay\s+)?không còn)\s+(?:được\s+)?(?:áp dụng|sử dụng|hiệu lực)(?![\p{L}\p{M}]))", RegexOptions.IgnoreCase)]
    private static partial Regex ExpiredAfter();

    /// <summary>Whether a paragraph opens with words that govern what it cites ("Căn cứ", "Thực hiện", "Theo đề nghị" …).</summary>
    public static bool Opens(string paragraph) => Opening().IsMatch(paragraph);

    /// <summary>
    /// "Kể từ ngày Nghị quyết này có hiệu lực thi hành, Nghị quyết số 12/2019/NQ-HĐND … hết hiệu lực thi hành": the same, this text's
    /// effect named first (a clause's number before it), and the clause ending on the words that end the instrument; or the day it is
    /// signed or issued ("Kể từ ngày ban hành Kế hoạch này, Công văn số 1893/SGDĐT-VP hết hiệu lực", a tester's 526).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:\d{1,2}|[a-zđ])[.)]\s*)?(?:kể\s+)?từ\s+ngày\s+(?:(?:\p{L}+\s+){1,3}này\s+có\s+hiệu\s+lực\b|(?:ký|ban hành)\s+(?:\p{L}+\s+){1,2}này\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FromThisTextsEffect();

    [GeneratedRegex(@"^[^;]*?\b(?:bị bãi bỏ|hết hiệu lực(?: thi hành)?)\s*[.;]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsOnRepeal();

    /// <summary>
    /// Whether the rest of the sentence after a citation (up to <paramref name="sentenceEnd"/>, within <see cref="RepealReach"/>
    /// characters) says this text repeals it, or ends it where the sentence opened on this text's effect.
    /// </summary>
    public static bool RepealedHere(string text, int sentenceStart, int citationEnd, int sentenceEnd)
    {
        var rest = After(text, citationEnd, sentenceEnd, RepealReach);
        if (!rest.Contains("bị bãi bỏ", StringComparison.OrdinalIgnoreCase) && !rest.Contains("hết hiệu lực", StringComparison.OrdinalIgnoreCase)) return false;
        if (RepealedByThis().IsMatch(rest)) return true;
        var cut = rest.IndexOf(';');
        return EndsOnRepeal().IsMatch(cut < 0 ? rest : rest[..(cut + 1)])
               && FromThisTextsEffect().IsMatch(text.AsSpan(sentenceStart, Math.Min(citationEnd - sentenceStart, RepealReach)));
    }

    /// <summary>
    /// "Nội dung tại điểm b mục 2 phần II Thông báo số 51/TB-UBND nêu trên được thay thế bằng nội dung tại điểm b mục 4 phần II Thông báo này",
    /// "Nội dung yêu cầu báo cáo tại mục 3 Công văn số 4985/BGDĐT-GDMN được thay thế bằng nội dung tại mục này" (testers' 384, 457, 656, 705),
    /// "Nội dung tại mục 2 Công văn số 2906/SGDĐT-KHTC được thay thế bằng nội dung sau:" (744): this text replaces it, in part, in the passive.
    /// </summary>
    public static bool ReplacedHere(string text, int citationEnd, int sentenceEnd)
    {
        var rest = After(text, citationEnd, sentenceEnd, RepealReach);
        return rest.Contains("thay thế bằng", StringComparison.OrdinalIgnoreCase) && ReplacedByThis().IsMatch(rest);
    }

    [GeneratedRegex(@"^[^;]*?(?<![\p{L}\p{M}])được\s+thay thế\s+bằng(?![\p{L}\p{M}])(?:[^;.]{0,120}?(?<![\p{L}\p{M}])này(?![\p{L}\p{M}])|\s+(?:các\s+)?(?:nội dung|quy định)\s+(?:như\s+)?sau(?:\s+đây)?\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex ReplacedByThis();

    /// <summary>
    /// Whether a list's lead-in says the instruments it lists end with this text: "Các Nghị quyết sau đây hết hiệu lực kể từ ngày Nghị quyết
    /// này có hiệu lực:" (testers' 408 and 706): each is repealed, as "Bãi bỏ các văn bản sau:" repeals them.
    /// </summary>
    public static bool RepealsWhatFollows(string leadIn) =>
        (leadIn.Contains("bị bãi bỏ", StringComparison.OrdinalIgnoreCase) || leadIn.Contains("hết hiệu lực", StringComparison.OrdinalIgnoreCase))
        && RepealedByThis().IsMatch(leadIn);

    /// <summary>
    /// "Các nội dung tại Công văn số 468/UBND-VHXH … không trái với Công văn này tiếp tục được thực hiện": the sentence goes on to carry it out,
    /// in the passive or as what is needed, after it ("… được tiếp tục thực hiện đến hết ngày …", "… chưa hoàn thành cần tiếp tục thực hiện"; testers'
    /// 315, 320, 323). Only up to the clause's end, within <see cref="RepealReach"/>. Continued is an act ("… tiếp tục được áp dụng đối với
    /// các xã … cho đến hết ngày …", 320); "… vẫn được áp dụng" says it stays in force where others are repealed.
    /// </summary>
    public static bool ContinuedHere(string text, int citationEnd, int sentenceEnd)
    {
        var rest = After(text, citationEnd, sentenceEnd, RepealReach);
        return rest.Contains("tiếp tục", StringComparison.OrdinalIgnoreCase) && ContinuedAfter().IsMatch(rest);
    }

    [GeneratedRegex(@"^[^;]*?(?<![\p{L}\p{M}])(?:tiếp tục\s+được|(?:được|cần)\s+tiếp tục)\s+(?:thực hiện|áp dụng)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuedAfter();

    /// <summary>
    /// How far after a citation "bị bãi bỏ" is looked for: past its date, issuer and a long title. Text without full stops
    /// (a pasted list joined by semicolons) is one sentence, and reading it to its end from each of its citations took seconds.
    /// </summary>
    private const int RepealReach = 600;

    /// <summary>
    /// How far before a citation the words governing it are looked for, within its sentence: past a list of several instruments
    /// with their titles after "triển khai thực hiện các văn bản:" (300 changed none of the judged relations). Text of bare symbols
    /// without full stops is one sentence, and reading it back to its start from each of its citations was quadratic: 8,000
    /// symbols took 11.8 s (an upload of 2,000, 10 s in the service; a corpus file of them blocked the indexer for a minute).
    /// </summary>
    private const int NearestReach = 1200;

    /// <summary>The relation for a citation, from <paramref name="before"/>: its sentence up to where the citation starts.</summary>
    public static string Read(string before) => Read(before, 0, before.Length);

    /// <summary>
    /// The same for the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>,
    /// read in place as if they were a string of their own.
    /// </summary>
    public static string Read(string text, int start, int length)
    {
        var tailLength = Math.Min(length, 60);
        var tail = text.AsSpan(start + length - tailLength, tailLength);
        // Both end in a word ("… gọi là", "… ban hành kèm theo") followed at most by spaces and '*': the
        // last other character says which of them can match, and most tails end in neither letter.
        var end = tail.Length;
        while (end > 0 && (char.IsWhiteSpace(tail[end - 1]) || tail[end - 1] == '*')) end--;
        var lastLetter = end > 0 ? tail[end - 1] : '\0';
        if (lastLetter is 'à' or 'À' && ShortNameDefined().IsMatch(tail)) return Mention;
        if (lastLetter is 'h' or 'H' or 'a' or 'A' && AppraisalReport().IsMatch(tail)) return Mention;
        if (lastLetter is 'n' or 'N' or 'i' or 'I' && YearsOfCarryingOut().IsMatch(tail)) return Mention;
        if (lastLetter is 'g' or 'G' && Applied().IsMatch(tail))
            return DeniedOutright(text, start + length - tailLength + end - "áp dụng".Length) ? Mention : Implements;
        if (lastLetter is 'i' or 'I' && LinkedWith().IsMatch(tail)) return Mention;
        if (lastLetter is 'i' or 'I' or 'g' or 'G' && ReplacedBy().IsMatch(tail)) return Mention;
        if (tail.Contains("tham khảo", StringComparison.OrdinalIgnoreCase) && Consulted().IsMatch(tail)) return Mention;
        if (InReplacedBracket(text, start, length)) return Mention;
        if (lastLetter is 'o' or 'O' or 'i' or 'I' && IssuedWithOpening().IsMatch(tail)) return IssuedWith;
        // Most tails end in "theo" with no briefing before it: the pattern reads only those holding one.
        if (lastLetter is 'o' or 'O' && text.AsSpan(start + length - Math.Min(length, 200), Math.Min(length, 200)) is var briefed
            && briefed.Contains("quán triệt", StringComparison.OrdinalIgnoreCase) && BriefedAccordingTo().IsMatch(briefed)) return Implements;
        if (lastLetter is 't' or 'T' && Considering().IsMatch(tail)) return Proposal;
        var reach = Math.Min(length, NearestReach);
        var from = start + length - reach;
        // Past a semicolon, a clause of its own that cites in passing is not what "Căn cứ" opened ("Căn cứ Chỉ thị số 2268 …; năm
        // học … hoàn thành các mục tiêu của Đề án số 06-ĐA/TU" made the Đề án a legal basis); an item of the list it opens is.
        var clause = ClauseBefore(text, from, start + length);
        var opening = Opening().Match(text, start, length);
        if (opening.Success && (clause.Semicolon < 0 || clause.IsItem))
            foreach (var name in OpeningOrder)
                if (opening.Groups[name].Success) return name;
        if (NearestWord(text, from, start + length) is { } word)
        {
            // "báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện Kế hoạch số 145/KH-UBND": an order to report on carrying it out, which
            // this text does; "Kết quả thực hiện Kế hoạch số 98/KH-UBND … cho thấy" reviews it.
            if (word == Mention && ReportOn().IsMatch(text.AsSpan(start + length - Math.Min(length, 200), Math.Min(length, 200)))) return Implements;
            // In an item of a list ("thay thế các Nghị quyết: …; số 15/2022/NQ-HĐND …, đã được sửa đổi, bổ sung bởi Nghị quyết số 04/2024/NQ-HĐND"),
            // the instrument amending the item's is read with it: what governs the list governs both (a tester's 320).
            if (word == Mention && clause.IsItem && ListGovernor(text, from, clause) is { } governor) return governor;
            return word;
        }
        return ListGovernor(text, from, clause) ?? (DoneAsSaid(text, from, start + length) ? Implements
            : clause.IsItem && ConsideredTogether(text, start, start + length) ? Proposal : Mention);
    }

    /// <summary>
    /// Whether the clause, governed by no other word, says what is done as the instrument says ("đúng"): "Tổ chức Kỳ thi … đúng Quy chế thi ban
    /// hành kèm theo Thông tư số 24/2024/TT-BGDĐT", "thu tiền … đúng mức quy định tại Nghị quyết số 27/2022/NQ-HĐND" carry it out, as every testers'
    /// list reads them (412, 441, 633, 701, 728, 813, blind 829, 831, 834); "chưa bảo đảm đúng phân cấp tại …", a shortfall, does not. Read apart
    /// from <see cref="Nearest"/>: "đúng" is common, and among that pattern's words extraction measured 3-8 % slower.
    /// </summary>
    private static bool DoneAsSaid(string text, int from, int to)
    {
        var clause = ClauseStart(text, from, to);
        return text.AsSpan(clause, to - clause).Contains("đúng", StringComparison.OrdinalIgnoreCase) && AsSaid().IsMatch(text.AsSpan(clause, to - clause));
    }

    [GeneratedRegex(@"(?<!(?<![\p{L}\p{M}])(?:chưa|không)\s+(?:[\p{L}\p{M}]+\s+){0,3})(?<![\p{L}\p{M}])đúng(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex AsSaid();

    /// <summary>
    /// "Xét Tờ trình số 142/TTr-UBND … đề nghị ban hành Nghị quyết …; Tờ trình số 161/TTr-UBND … về việc tiếp thu, giải trình …; Báo cáo thẩm tra …"
    /// (a tester's 799): each submission the sentence considers is a proposal, the first as the ones after it; the reports beside them are not.
    /// </summary>
    private static bool ConsideredTogether(string text, int sentence, int citation) =>
        text.AsSpan(citation).StartsWith("Tờ trình", StringComparison.OrdinalIgnoreCase) && ConsideringOpens().IsMatch(text.AsSpan(sentence, citation - sentence));

    [GeneratedRegex(@"^\W*xét\s", RegexOptions.IgnoreCase)]
    private static partial Regex ConsideringOpens();

    /// <summary>The relation the governing words in [<paramref name="from"/>, <paramref name="to"/>) give (<see cref="Nearest"/>), or null where there are none.</summary>
    private static string? NearestWord(string text, int from, int to)
    {
        // The words match within the clause up to the citation: most clauses hold none of them, and the pattern, read right to
        // left, failed only after trying every alternative at each of their characters (two fifths of its calls, at 20,000 documents).
        var clause = ClauseStart(text, from, to);
        // Words quoted after a colon are another text's ("Thông tư số 14/2025/TT-BGDĐT sửa đổi … có căn cứ ban hành như sau: "Căn cứ Luật
        // Giáo dục …""): what stands before the quotation governs nothing in it.
        var quoted = QuotationStart(text, clause, to);
        if (quoted >= 0) clause = quoted;
        var first = text.AsSpan(clause, to - clause).IndexOfAny(GoverningWords);
        if (first < 0) return null;
        // The pattern looks back from each position it tries, up to a few words: it reads the clause from a little before its first
        // governing word (a clause of a thousand characters was read whole for each citation in it, a tenth of extraction), and its
        // start and end are the pattern's start and end ("^\W*ban hành kèm theo", "… thực hiện(?=\s*$)").
        var window = quoted >= 0 ? quoted : WindowStart(text, from, clause + first);
        var (pattern, groups) = text.AsSpan(window, to - window).ContainsAny(AmendingWords) ? (Nearest(), NearestGroups) : (NearestUnamending(), UnamendingGroups);
        var nearest = GoverningMatch(pattern, text, window, clause + first, to);
        // A "căn cứ" of events governs nothing: the clause's governing word is the next one after it (the pattern finds the first).
        while (nearest is { Match: var found, Window: var at } && found.Groups[groups[LegalBasisOrder]] is { Success: true } basis
               && WeighsOn(text, at + basis.Index + basis.Length, to))
        {
            var past = at + basis.Index + basis.Length;
            var next = text.AsSpan(past, to - past).IndexOfAny(GoverningWords);
            nearest = next < 0 ? null : GoverningMatch(pattern, text, past, past + next, to);
        }
        if (nearest is not var (match, start)) return null;
        for (var i = 0; i < NearestOrder.Length; i++)
        {
            var name = NearestOrder[i];
            if (groups[i] < 0 || match.Groups[groups[i]] is not { Success: true } word) continue;
            if ((name == Guides && GuidanceToIssueBefore().IsMatch(text.AsSpan(Math.Max(0, start + word.Index - 40), Math.Min(40, start + word.Index))))
                || (name == LegalBasis && OthersGroundsBefore().IsMatch(text.AsSpan(Math.Max(0, start + word.Index - 20), Math.Min(20, start + word.Index)))))
                return Mention;
            // "Dạy học trực tuyến chỉ hỗ trợ dạy học trực tiếp, không thay thế, theo Điều 3 Thông tư 09/2021": a word denied enacts nothing, and
            // the next one governs (a tester's 337).
            if (Enacting.Contains(name) && Denied(text, start + word.Index))
            {
                var past = start + word.Index + word.Length;
                return past < to ? NearestWord(text, past, to) : null;
            }
            // "tham mưu UBND cấp huyện ban hành văn bản thay thế Quyết định số …", "rà soát … để bãi bỏ …": another body is to do it, or the
            // text means to; it does not. (A clause "Quyết định này thay thế …" says what the text does, whatever led to it.)
            // "Không áp dụng Nghị định số 116/2016/NĐ-CP …", "giáo viên không thực hiện theo …": what is not carried out, or breached, is told
            // of. Only right before it: "Không thực hiện phúc khảo … theo Quy chế ban hành kèm theo Thông tư …" denies the review, which the
            // circular governs.
            if (name == Implements && DeniedOutright(text, start + word.Index) && to - (start + match.Index + match.Length) <= DeniedReach) return Mention;
            if (name == Implements && UseDeniedBefore(text, from, start + word.Index)) return Mention;
            if (name == Implements && (FallsShort(text, start + word.Index, word.Length) || ShortfallBefore(text, from, start + word.Index, word.Value, to))) return Mention;
            if (Enacting.Contains(name)) return IntendedBefore(text, from, start + word.Index) ? Mention : name;
            return name == LegalBasis && InstructedBefore(text, from, start + word.Index) ? Implements : name;
        }
        return null;
    }

    /// <summary>
    /// The first end of governing words in [<paramref name="window"/>, <paramref name="to"/>), read as a text of its own whose offsets start at
    /// the window, given the first governing word at <paramref name="first"/>: no match ends before it does, and looking back from each
    /// character of the clause before it was most of the pattern's time (every alternative tried at each, and none can end there).
    /// </summary>
    private static (Match Match, int Window)? GoverningMatch(Regex pattern, string text, int window, int first, int to)
    {
        var match = pattern.Match(text.Substring(window, to - window), first - window + ShortestGoverningWord);
        return match.Success ? (match, window) : null;
    }

    /// <summary>
    /// Where the clause ending at <paramref name="to"/> starts, past its last full stop or semicolon from <paramref name="from"/> on; a point numbering
    /// a part ("sửa đổi mục 2.3 phần III Kế hoạch số 128/KH-THPTNCT", a tester's 831; "bãi bỏ điểm 2.3, mục III Kế hoạch số 86-KH/TU", 811) ends nothing.
    /// </summary>
    private static int ClauseStart(string text, int from, int to)
    {
        var end = to;
        while (true)
        {
            var stop = text.AsSpan(from, end - from).LastIndexOfAny('.', ';');
            if (stop < 0) return from;
            var at = from + stop;
            if (text[at] == '.' && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]) && PartNumberedBefore().IsMatch(text.AsSpan(Math.Max(0, at - 16), Math.Min(at, 16))))
            {
                end = at;
                continue;
            }
            return at + 1;
        }
    }

    /// <summary>A part's name and the figures before a point numbering it: "mục 2" of "mục 2.3", "điểm 2" of "điểm 2.3"; not "48" of "48.600.000 đồng".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:mục|điểm|khoản|tiết|phần|tiểu mục)\s+\d{1,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex PartNumberedBefore();

    /// <summary>
    /// "căn cứ kết quả kiểm điểm xem xét xử lý kỷ luật theo Nghị định số 112/2020/NĐ-CP", "Căn cứ danh sách … được phê duyệt tại Quyết định số
    /// 861/QĐ-TTg, Ủy ban nhân dân cấp xã rà soát …" (testers' 826 and 823): a result or a list weighed on, whose act a later word governs; where
    /// none follows, the result is the ground, and the report it is in ("Căn cứ kết quả tự đánh giá … tại Báo cáo số 29/BC-THHĐ", 376).
    /// </summary>
    [GeneratedRegex(@"^\s+(?:vào\s+)?(?:kết quả|danh sách)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex ResultWeighedOnAfter();

    /// <summary>
    /// Whether the "căn cứ" ending at <paramref name="after"/> weighs on events, or on a result or a list whose act a later governing word
    /// before <paramref name="to"/> names: it then governs nothing (<see cref="WeighedOnAfter"/>, <see cref="ResultWeighedOnAfter"/>).
    /// </summary>
    private static bool WeighsOn(string text, int after, int to) =>
        WeighedOnAfter().IsMatch(text.AsSpan(after))
        || ResultWeighedOnAfter().IsMatch(text.AsSpan(after)) && text.AsSpan(after, to - after).IndexOfAny(GoverningWords) >= 0;

    /// <summary>The length of the shortest of <see cref="GoverningWords"/> ("theo").</summary>
    private const int ShortestGoverningWord = 4;

    /// <summary>
    /// Whether <paramref name="at"/> stands inside a quotation opened after a colon and not closed before it: another text's words, whose
    /// "ban hành Thông tư sửa đổi … Thông tư số 28/2020/TT-BGDĐT" is what the quoted text did (a consolidated text's footnote quoting the
    /// amending circular's enacting formula read as amending 28/2020 itself).
    /// </summary>
    public static bool Quoted(string text, int at) =>
        QuotationStart(text, 0, at) is var opened and >= 0 && text.AsSpan(opened, at - opened).IndexOfAny('"', '”') < 0;

    /// <summary>Where the last quotation opened after a colon in [<paramref name="from"/>, <paramref name="to"/>) begins, past its mark; -1 where none does.</summary>
    public static int QuotationStart(string text, int from, int to)
    {
        for (var at = text.AsSpan(from, to - from).LastIndexOfAny('"', '“'); at >= 0; at = text.AsSpan(from, at).LastIndexOfAny('"', '“'))
        {
            var before = text.AsSpan(from, at).TrimEnd(" *_");
            if (before.Length > 0 && before[^1] == ':') return from + at + 1;
        }
        return -1;
    }

    /// <summary>
    /// Where <see cref="Nearest"/> may start reading for a clause whose first governing word is at <paramref name="word"/>: its
    /// alternatives open at most a few words before it ("hướng dẫn một số nội dung triển khai thực hiện", "kết quả triển khai thực
    /// hiện") and look behind a word or two. Only "^\W*ban hành kèm theo" reads the slice's start: the window is cut only where
    /// a letter in it shows that alternative could match at neither start.
    /// </summary>
    private static int WindowStart(string text, int from, int word)
    {
        var start = word - GoverningLead;
        if (start <= from) return from;
        foreach (var c in text.AsSpan(start, word - "ban hành kèm ".Length - start))
            if (char.IsLetterOrDigit(c)) return start;
        return from;
    }

    /// <summary>How far before its governing word the reading of <see cref="Nearest"/> starts: its longest opening and look-behind, and room.</summary>
    private const int GoverningLead = 48;

    /// <summary>Whether the word at <paramref name="at"/> follows "không" or "chưa".</summary>
    private static bool Denied(string text, int at) => DeniedOutright(text, at) || FollowsChưa(text, at);

    private static bool FollowsChưa(string text, int at) => text.AsSpan(0, at).TrimEnd().EndsWith("chưa", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the word at <paramref name="at"/> says a shortfall found: "chưa thực hiện đúng quy định tại Điều 5 Nghị quyết 19", "chưa thực hiện
    /// đầy đủ kiến nghị tại Kết luận số 27/KL-SGDĐT", "thực hiện chưa đúng …". What an inspection or a review finds was not done rightly
    /// under an instrument is told of, as ten of fourteen lists read it (testers' 411, 485, 562, 569, 674, 749; 326, 395, 431 and 495 read
    /// it carried out); "chưa thực hiện" alone is still what is to be carried out.
    /// </summary>
    private static bool FallsShort(string text, int at, int length)
    {
        var after = text.AsSpan(at + length).TrimStart();
        if (after.StartsWith("chưa ", StringComparison.OrdinalIgnoreCase)) after = after["chưa".Length..].TrimStart();
        else if (!FollowsChưa(text, at)) return false;
        return (after.StartsWith("đúng", StringComparison.OrdinalIgnoreCase) && !StartsWithLetterAt(after, "đúng".Length))
               || (after.StartsWith("đầy đủ", StringComparison.OrdinalIgnoreCase) && !StartsWithLetterAt(after, "đầy đủ".Length));
    }

    /// <summary>
    /// Whether the words before a governing "theo" or "tại", in their stretch of the clause, find something not yet done or met: "02 trường
    /// chưa công khai danh sách người học theo", "còn 36 phòng học chưa đạt tiêu chuẩn theo", "chưa cập nhật nội dung … theo yêu cầu tại". An
    /// inspection's or a review's finding tells of the instrument; the testers' readers read 53 such carried out by the words alone as told
    /// of, and 19 as carried out (most of them the standards of Thông tư 13/2020 not yet met, which other readers read told of). Not where
    /// the stretch says what is to be done meanwhile or then ("Trong khi … chưa ban hành …, tiếp tục thực hiện theo", "Nơi chưa bố trí được
    /// thì hợp đồng … theo"), nor what has yet to come ("chưa đủ tuổi", "chưa có hướng dẫn", "chưa giải quyết xong"), nor after a verb of
    /// its own ("Học sinh chưa đạt yêu cầu được kiểm tra lại theo").
    /// </summary>
    private static bool ShortfallBefore(string text, int from, int word, string governing, int to)
    {
        // Only "theo" and "tại" themselves: "chưa đạt thực hiện theo" is governed by a verb of its own, and a stretch after the word
        // ("chưa đạt chuẩn theo Luật Giáo dục, đang học nâng chuẩn theo lộ trình tại Nghị định …") by the words there.
        if (!(governing.StartsWith("theo", StringComparison.OrdinalIgnoreCase) || governing.StartsWith("tại", StringComparison.OrdinalIgnoreCase))
            || text.AsSpan(word, to - word).IndexOfAny(StretchEnds) >= 0) return false;
        var stretch = from + text.AsSpan(from, word - from).LastIndexOfAny(StretchEnds) + 1;
        var words = text.AsSpan(stretch, word - stretch);
        var chưa = words.IndexOf("chưa ", StringComparison.Ordinal);
        if (chưa < 0 || (chưa > 0 && char.IsLetter(words[chưa - 1]))) return false;
        return !ToBeDone().IsMatch(words) && !YetToCome().IsMatch(words, chưa);
    }

    /// <summary>What ends a stretch: punctuation, a table's cell, and a bracket ("(chưa kể chi từ nguồn thu học phí) theo quy định tại", an aside).</summary>
    private static readonly char[] StretchEnds = [',', ';', ':', '(', ')', '|', '.'];

    /// <summary>Words that make a stretch say what is to be done, or what holds meanwhile, rather than what was found.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:thì|nơi|trường hợp|trong thời gian|trong khi|khi|để|đề nghị|đôn đốc|nếu|đối với|cho phép|hướng dẫn|yêu cầu các|phải|tiếp tục|được (?:tổ chức|(?:\p{L}+ ){1,2}lại)|(?<!chưa )thực hiện)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex ToBeDone();

    /// <summary>What "chưa" says has yet to come, not a shortfall: an age, a result, a text still to be issued, a case still open.</summary>
    [GeneratedRegex(@"\Gchưa\s+(?:kể|bao gồm|tính|đủ tuổi|đủ \d|đạt được|tốt nghiệp|có kết quả|được giải quyết|giải quyết|được ban hành|ban hành|phê duyệt|có văn bản|có hướng dẫn|có quyết định|thực hiện chế độ tiền lương)")]
    private static partial Regex YetToCome();

    private static bool StartsWithLetterAt(ReadOnlySpan<char> text, int at) => at < text.Length && char.IsLetter(text[at]);

    /// <summary>How far before a citation a denied "thực hiện" may end and deny it: "không thực hiện đúng quy định tại Điều 5 của ".</summary>
    private const int DeniedReach = 32;

    /// <summary>
    /// Whether the word at <paramref name="at"/> follows "không", "không còn" or "không tiếp tục" ("Các đơn vị không tiếp tục áp dụng Hướng
    /// dẫn số 18/HD-SGDĐT", testers' 441, 483, 488 and 557): "chưa thực hiện" is a shortfall of what is to be carried out.
    /// </summary>
    private static bool DeniedOutright(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        if (before.EndsWith("còn", StringComparison.OrdinalIgnoreCase)) before = before[..^"còn".Length].TrimEnd();
        else if (before.EndsWith("tiếp tục", StringComparison.OrdinalIgnoreCase)) before = before[..^"tiếp tục".Length].TrimEnd();
        return before.EndsWith("không", StringComparison.OrdinalIgnoreCase)
               && (before.Length == "không".Length || !char.IsLetter(before[^("không".Length + 1)]));
    }

    /// <summary>
    /// Whether the clause before the "theo" at <paramref name="word"/> says what it names is no longer used, applied or carried out: "Không sử
    /// dụng tiêu chí, biểu mẫu theo Thông tư số 30/2009/TT-BGDĐT …", "không áp dụng hình thức chỉ định thầu như giai đoạn trước theo Quyết định
    /// …", "không thực hiện các quy định về hồ sơ cấp phép dạy thêm theo Quyết định số 22/2013/QĐ-UBND" (testers' 422, 446, 574, 746): told of.
    /// </summary>
    private static bool UseDeniedBefore(string text, int from, int word)
    {
        if (word <= from) return false;
        var clause = from + text.AsSpan(from, word - from).LastIndexOfAny(".;:\n") + 1;
        var before = text.AsSpan(clause, word - clause);
        return before.Contains("không", StringComparison.OrdinalIgnoreCase) && UseDenied().IsMatch(before);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}])không\s+(?:còn\s+|tiếp tục\s+)?(?:sử dụng|áp dụng|thực hiện)(?![\p{L}\p{M}])[^;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex UseDenied();

    /// <summary>Whether the clause before an enacting verb at <paramref name="verb"/> (from <paramref name="from"/> at most) makes it <see cref="Intended"/>.</summary>
    private static bool IntendedBefore(string text, int from, int verb)
    {
        if (verb <= from) return false;
        var clause = Math.Max(from, text.LastIndexOf(';', verb - 1, verb - from) + 1);
        if (Intended().IsMatch(text.AsSpan(clause, verb - clause))) return true;
        // "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; sửa đổi, bổ sung Quyết định số 22/2022/QĐ-UBND cho phù hợp" (a tester's 785):
        // every task of a sentence that opens by assigning them is the body's, clause after clause; "…; Quyết định này thay thế …" is the text's.
        var sentence = from + text.AsSpan(from, verb - from).LastIndexOfAny('.', '\n') + 1;
        return sentence < clause && Assigned().IsMatch(text.AsSpan(sentence, clause - sentence)) && !ThisTextIn().IsMatch(text.AsSpan(clause, verb - clause));
    }

    /// <summary>A sentence that opens by assigning its tasks to a body: "Giao Ủy ban nhân dân tỉnh …", "2. Giao Sở Giáo dục và Đào tạo …".</summary>
    [GeneratedRegex(@"^[\s\d.)\-–*+]*giao(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex Assigned();

    [GeneratedRegex(ThisText, RegexOptions.IgnoreCase)]
    private static partial Regex ThisTextIn();

    /// <summary>
    /// Whether the "căn cứ" at <paramref name="word"/> is what the bodies named before it in its clause are told to act on: "Các phòng GDĐT
    /// huyện, thành phố căn cứ Kế hoạch này và Quyết định số 1523/QĐ-UBND chỉ đạo …", "Ủy ban nhân dân các huyện … căn cứ …", addressed to
    /// them in the body of the text, is no ground of the text itself but what it has its bodies carry out (so the testers' lists read it, but
    /// for the first two, 200 and 201, which read a mention). "Căn cứ …" opening a clause is a ground, and so is "Dự thảo được xây dựng căn cứ
    /// các văn bản sau:".
    /// </summary>
    /// <remarks>
    /// So is what a body named alone before it acts on ("Phòng GDĐT căn cứ Công văn này và Kế hoạch số 2165/KH-SGDĐT hướng dẫn …", "Ủy ban nhân
    /// dân cấp tỉnh căn cứ Nghị định số 142/2025/NĐ-CP …": testers' 370, 400, 418, 814), and what a clause grounds together with this very
    /// text ("a) Căn cứ Thông tư 29, Quyết định 52 và hướng dẫn tại Công văn này, hiệu trưởng xây dựng kế hoạch …", 740, 372, 822): a text is
    /// no ground of itself, so the clause tells its readers what to act on.
    /// </remarks>
    private static bool InstructedBefore(string text, int from, int word)
    {
        if (word < from) return false;
        var clause = word > from ? from + text.AsSpan(from, word - from).LastIndexOfAny(".;:\n") + 1 : from;
        if (AddressedBodies().IsMatch(text.AsSpan(clause, word - clause)) || BodyAlone().IsMatch(text.AsSpan(clause, word - clause))) return true;
        var end = text.AsSpan(word).IndexOfAny(".;\n") is var stop and >= 0 ? word + stop : text.Length;
        return GroundedWithThisText().IsMatch(text.AsSpan(word, Math.Min(end - word, GroundedReach)));
    }

    /// <summary>Bodies named in the plural before the verb, in a clause with no passive ("được xây dựng", "được các sở xây dựng").</summary>
    [GeneratedRegex(@"^(?!.*(?<![\p{L}\p{M}])được(?![\p{L}\p{M}])).*(?<![\p{L}\p{M}])các\s", RegexOptions.IgnoreCase)]
    private static partial Regex AddressedBodies();

    /// <summary>A body alone before the verb, its list marker aside: "Phòng Kế hoạch - Tài chính", "Ủy ban nhân dân cấp tỉnh", "Hiệu trưởng".</summary>
    [GeneratedRegex(@"^[\s\d.)\-–*+•]*(?:[a-zđ]\)\s*)?(?:Phòng|Sở|Ủy ban|Uỷ ban|UBND|Trường|Hiệu trưởng|Ban|Trung tâm|Hội đồng|Nhà trường|Thủ trưởng)\s(?!.*(?<![\p{L}\p{M}])(?:được|là|làm)(?![\p{L}\p{M}]))[^,]{0,60}$")]
    private static partial Regex BodyAlone();

    /// <summary>"căn cứ … Kế hoạch này …", "… hướng dẫn tại Công văn này": this text among what the clause's "căn cứ" names.</summary>
    [GeneratedRegex(@"^căn cứ\b.*(?<![\p{L}\p{M}])(?:Kế hoạch|Hướng dẫn|Công văn|Quyết định|Chỉ thị|Thông báo|văn bản|Văn bản)\s+này(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex GroundedWithThisText();

    /// <summary>How far after "căn cứ" this text is looked for among what it names.</summary>
    private const int GroundedReach = 300;

    /// <summary>
    /// What makes an enacting verb after it another's act, or one yet to come: a purpose, the future or a condition before it in its phrase
    /// ("để bãi bỏ", "nhằm sửa đổi", "sẽ ban hành Thông tư thay thế", "Trường hợp Thủ tướng Chính phủ phê duyệt danh sách … thay thế": a
    /// tester's 799; "Để bảo đảm thống nhất, UBND tỉnh bãi bỏ" is past its comma), or an instruction, a request, a review or a text to be drafted
    /// earlier in its clause ("tham mưu UBND cấp huyện ban hành văn bản thay thế", "xem xét sửa đổi", "kiến nghị Bộ GDĐT sớm thay thế",
    /// "Xây dựng Thông tư thay thế …" in a programme's tasks, 801); neither with "… này" after it, which is a text doing it.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:(?:để|nhằm|sẽ|dự kiến|trường hợp|nếu)(?![\p{L}\p{M}])(?:(?!" + ThisText + @")[^.;,])*|(?:tham mưu|đề nghị|kiến nghị|đề xuất|xem xét|nghiên cứu|rà soát|yêu cầu|xây dựng|soạn thảo)(?![\p{L}\p{M}])(?:(?!" + ThisText + @")[^.;])*)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Intended();

    private const string ThisText = @"(?<![\p{L}\p{M}])này(?![\p{L}\p{M}])";

    /// <summary>
    /// The semicolon ending the clause before a citation, within [<paramref name="from"/>, <paramref name="citation"/>), or -1;
    /// and whether what follows it up to the citation is an item of a list of instruments.
    /// </summary>
    private static (int Semicolon, bool IsItem) ClauseBefore(string text, int from, int citation)
    {
        var semicolon = citation > from ? text.LastIndexOf(';', citation - 1, citation - from) : -1;
        return (semicolon, semicolon >= 0 && ListItem().IsMatch(text.AsSpan(semicolon + 1, citation - semicolon - 1)));
    }

    /// <summary>
    /// For an item of a list of instruments ("… tiếp tục thực hiện Nghị quyết …; Quyết định số 2171 …; Quyết định số 2457 …"),
    /// what governs the clause the list began in: the semicolon ended the words' reach, and each item after the first was a mention.
    /// </summary>
    private static string? ListGovernor(string text, int from, (int Semicolon, bool IsItem) clause)
    {
        // Back over the clauses that are items themselves, to the one the list began in.
        // An item's own mention ("…, đã được sửa đổi, bổ sung bởi Nghị quyết số …") is its own: the list began further back.
        while (clause.IsItem && clause.Semicolon > from)
        {
            if (NearestWord(text, from, BeforeClosedBracket(text, from, clause.Semicolon)) is { } name && name != Mention) return name;
            clause = ClauseBefore(text, from, clause.Semicolon);
        }
        return null;
    }

    /// <summary>
    /// Where the bracket closing an item before <paramref name="semicolon"/> opens, or the semicolon where none closes it: what a bracket says
    /// ("- Nghị định số 66/2025/NĐ-CP … (thay thế Nghị định số 116/2016/NĐ-CP); - Nghị định 142/2025/NĐ-CP; …", a cell of grounds in a tester's
    /// 796) is of the instrument before it, and governs no item after it.
    /// </summary>
    private static int BeforeClosedBracket(string text, int from, int semicolon)
    {
        var end = semicolon;
        while (end > from && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= from || text[end - 1] != ')') return semicolon;
        var depth = 0;
        for (var i = end - 1; i >= from; i--)
        {
            if (text[i] == ')') depth++;
            else if (text[i] == '(' && --depth == 0) return i;
            else if (text[i] is ';' or '\n') break;
        }
        return semicolon;
    }

    /// <summary>
    /// A clause that is an item of a list of instruments: it opens with one ("; Quyết định số …", "; và Kế hoạch …", "; CV số …"), or with its
    /// number under a kind's name said once ("các Quyết định: số 10/…; số 11/… và số 12/…"), or is the citation itself. Not
    /// "; Thông tư này thay thế …": a clause saying what an instrument does, whose citations that verb governs. A letter is also
    /// "Văn bản số …", a kind no symbol's code names (the citation begins at its "số"). A law opens one too: "Căn cứ …; Luật Viên chức năm
    /// 2010 và Luật sửa đổi, bổ sung …" cites both laws as its grounds.
    /// </summary>
    [GeneratedRegex(@"^[\s*_\-–]*(?:và\s+|các\s+)?(?:(?:Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kế hoạch|Thông tư|Công văn|Công điện|Tờ trình|Chương trình|Đề án|Kết luận|Thông báo|Quy chế|Luật|Bộ luật|Pháp lệnh|Hiến pháp)\b(?!\s+này\b)|Văn bản(?=\s*$|\s+số\b)|(?-i:" + CitationExtractor.ShortKinds + @")\s+số\b|số\s*:?\s*\d|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    /// <summary>
    /// The kind named in "… này" that says what replaces, repeals or amends a citation: "Thông tư này thay thế Thông tư số 25/2020/TT-BGDĐT"
    /// (nearest before the citation in its clause), or "Quyết định số 12/2019/QĐ-UBND hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực"
    /// (after it). Null where no kind's "này" is in the clause. Which instrument it is, the citing text or the one it just cited,
    /// depends on the citing text's own kind, which the caller knows.
    /// </summary>
    public static string? ThisKind(string text, int sentenceStart, int sentenceEnd, int start, int end)
    {
        var semicolon = start > sentenceStart ? text.LastIndexOf(';', start - 1, start - sentenceStart) : -1;
        var from = Math.Max(semicolon + 1, start - NearestReach);
        Match? before = null;
        for (var m = ThisKindWord().Match(text, from, start - from); m.Success; m = m.NextMatch()) before = m;
        if (before is not null) return before.Groups["kind"].Value;
        var to = Math.Min(sentenceEnd, end + RepealReach);
        if (to > end && text.IndexOf(';', end, to - end) is var next and >= 0) to = next;
        return to > end && ThisKindWord().Match(text, end, to - end) is { Success: true } after ? after.Groups["kind"].Value : null;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<kind>Luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Chỉ thị|Thông tư|Kế hoạch|Hướng dẫn|Công văn|Văn bản|Quy định|Quy chế|Chương trình|Đề án|Thông báo|Kết luận)\s+này(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex ThisKindWord();

    [GeneratedRegex(@"\b(?:báo cáo|tổng hợp)\b[^.;]{0,120}?\bkết quả(?:\s+triển khai)?\s+thực hiện\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportOn();
}
