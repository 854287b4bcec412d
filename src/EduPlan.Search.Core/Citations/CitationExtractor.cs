using System.Buffers;
using System.Text.RegularExpressions;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Citations;

/// <summary>
/// Finds every citation occurrence in a text, as a pipeline of small steps over each block:
/// numbered symbols with the kind word, date, issuer and subject around them; then instruments cited
/// without a number (laws, named resolutions, titled programmes); then one pass over the whole
/// document that lends the fullest mention's year, issuer and title to bare repeats.
/// </summary>
public static partial class CitationExtractor
{
    /// <summary>The kinds of instrument a citation names, longest first where one opens another.</summary>
    internal const string Kinds =
        "Thông tư liên tịch|Kế hoạch liên tịch|Kế hoạch phối hợp|Hướng dẫn liên ngành|Hướng dẫn liên tịch|Chương trình phối hợp|Quy chế phối hợp|Văn bản hợp nhất|Chương trình hành động|Chương trình|Quyết định|Chỉ thị|Kế hoạch|Nghị quyết|Công văn|Tờ trình|Đề án|Phương án|Thông tư|Nghị định|Kết luận|Hướng dẫn|Thông báo|Báo cáo|Quy định|Quy chế|Công điện|Luật|Hiến pháp|Pháp lệnh|Quy hoạch|Chiến lược";

    /// <summary>
    /// A symbol standing alone: not the tail of a longer code ("QCVN 06:2022/BXD", a standard, is no letter 2022/BXD; an error's code
    /// "E-1021/HS", a tester's 595, no letter 1021/HS; a room, "P.2/B", 645; a number a scan lost a figure of, "33?8/CATP-PC07", 624, no
    /// letter 8; a road's chainage, "Km 45+300/QL217", 823, no letter 300/QL217); "số" or a kind's capitals typed against it are no code ("Quyết định số12/QĐ-UBND", a tester's 429; "theo
    /// QĐ2457/QĐ-BGDĐT", 427).
    /// </summary>
    [GeneratedRegex(StandingSymbol)]
    internal static partial Regex Symbol();

    private const string StandingSymbol = @"(?:(?<![\p{L}\p{N}/?]|\d:|\d\+|\p{L}[-.])|(?<=(?<![\p{L}])(?:[Ss]ố|" + ShortKinds + @")))(?:" + SymbolPatterns.Any + @")(?![\p{L}\p{M}\p{N}])";

    /// <summary><see cref="Symbol"/> where the search starts, alone.</summary>
    [GeneratedRegex(@"\G" + StandingSymbol)]
    private static partial Regex SymbolHere();

    /// <summary>
    /// <see cref="Symbol"/>'s matches in a text, as Regex.Matches reads them, tried only where a symbol can start before each slash
    /// (<see cref="SymbolPatterns.StartBeforeSlash"/>): the scan tried at every figure of the text (dates, counts, tables of numbers) was
    /// a tenth of extraction.
    /// </summary>
    internal static IEnumerable<Match> SymbolMatches(string text)
    {
        for (int at = 0, slash; at < text.Length && (slash = text.IndexOf('/', at)) >= 0;)
        {
            var start = SymbolPatterns.StartBeforeSlash(text, slash);
            if (start >= at && SymbolHere().Match(text, start) is { Success: true } m)
            {
                yield return m;
                at = m.Index + m.Length;
            }
            else at = slash + 1;
        }
    }

    /// <summary>
    /// Kinds written short, in capitals, as staff write them before "số" ("QĐ số 2457/QĐ-BGDĐT", "CV số 1234/SGDĐT-GDTrH"): the type
    /// codes, and CV for a công văn, which has none. Only before "số": "TT", "CT" and "BC" alone are also a centre, a chairman, a report's line.
    /// </summary>
    internal const string ShortKinds = "TTLT|TTr|CTr|QĐ|CV|KH|TT|NĐ|CT|CĐ|NQ|HD|TB|BC|ĐA|KL";

    [GeneratedRegex(@"(?:(?<kind>" + Kinds + @")\s*(?:\(\s*)?(?:số\s*:?\s*)?|(?<![\p{L}\p{M}])(?-i:(?<short>" + ShortKinds + @"))\s+số\s*:?\s*)\*?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex KindBefore();

    /// <summary>The kind a <see cref="KindBefore"/> match names, written in full or short.</summary>
    private static string? KindNamed(Match kindBefore) => kindBefore.Groups["short"].Success
        ? DocumentKinds.FromShortName(kindBefore.Groups["short"].Value)
        : DocumentKinds.FromWord(kindBefore.Groups["kind"].Value);

    /// <summary>
    /// "số" before a symbol whose kind no kind's name says: with "Văn bản" before it, a letter's ("Văn bản số 1234/UBND-VX"), which opens the
    /// citation as a kind's name does (its surface was "số 1234/UBND-VX"); the kind stays <see cref="DocumentKinds.Unnamed"/>, which is that word.
    /// </summary>
    [GeneratedRegex(@"(?:(?<![\p{L}\p{M}])văn bản\s+)?\bsố\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWordBefore();

    /// <summary>
    /// Numbers listed before the symbol whose type and issuer they share: "các Quyết định số 1234, 1235 và 1236/QĐ-UBND" cites
    /// three decisions. The list opens with "số" or a kind's name, so that "khoản 1, 2 và 3/QĐ" and dates are not read as numbers; or
    /// with a kind's short name in capitals, as a table's cell writes it ("TT 17, 18/2018/TT-BGDĐT", a tester's 934).
    /// </summary>
    [GeneratedRegex(@"(?:(?<kind>" + Kinds + @")\s+(?:số\s*:?\s*)?|(?<![\p{L}\p{M}])(?-i:" + ShortKinds + @")\s*(?:số\s*:?\s*)?|\bsố\s*:?\s*)(?<n>\d{1,6})(?:\s*[,;]\s*(?<n>\d{1,6}))*\s*(?:[,;]\s*)?(?:và|[,;])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SharedSymbolList();

    /// <summary>
    /// A range's first end, a number alone before the symbol that ends it: "các Công văn từ số 2101 đến số 2105/SGDĐT-VP", "2101 - 2105/SGDĐT-VP"
    /// in a table's cell (testers' 538, 539 and 425). The numbers between are not written, and not cited here. It opens with a kind, "từ",
    /// "số", or the sentence or cell: "lớp 10 - 12" is no range of texts.
    /// </summary>
    [GeneratedRegex(@"(?:(?<kind>" + Kinds + @")\s+(?:từ\s+)?(?:số\s*:?\s*)?|(?<![\p{L}\p{M}])từ\s+(?:số\s*:?\s*)?|(?<![\p{L}\p{M}])số\s*:?\s*|^[\s|]*)(?<n>\d{1,6})\s*(?:đến(?:\s+số)?|[-–])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeStart();

    /// <summary>How far back the numbers sharing a symbol are looked for: a list of a dozen numbers and its kind.</summary>
    private const int SharedListReach = 160;

    /// <summary>How far back a list's head ("các Quyết định của Bộ GDĐT:") is looked for before one of its numbers.</summary>
    private const int ListHeadReach = 3000;

    [GeneratedRegex(@"\bcác\s+(?<kind>" + Kinds + @")(?:\s+của\s+(?<issuer>[^:;.]{3,80}?))?\s*:", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ListHead();

    /// <summary>
    /// "ngày 23/8/2023", "(ngày 05/9/2023)", "ngày 31 tháng 08 năm 2023", "ngày 05/09/23" (a year of two digits, this century's), and a
    /// list's "… và 13/QĐ-UBND cùng ngày 05/01/2021", which dates every listed symbol.
    /// </summary>
    [GeneratedRegex(@"^\s*,?\s*\(?\s*(?:ban hành\s+)?(?:cùng\s+)?(?:ngày\s*)?" + VietnameseDates.Date, RegexOptions.IgnoreCase)]
    private static partial Regex DateAfter();

    /// <summary>
    /// "… về việc rà soát, xây dựng văn bản … và Kế hoạch xây dựng văn bản quy phạm pháp luật năm 2025 ban hành kèm theo Quyết định số 1025/QĐ-UBND":
    /// an instrument named beside the previous one ends its subject, however far the subject was read (a tester's 329).
    /// </summary>
    [GeneratedRegex(@"\svà\s+(?:các\s+)?(?:" + Kinds + @")\s", RegexOptions.IgnoreCase)]
    private static partial Regex CoordinatedInstrument();

    /// <summary>Whether a bracket opened in the sentence before <paramref name="start"/> is still open there.</summary>
    private static bool InBrackets(string text, int sentenceStart, int start) =>
        start > sentenceStart && text.LastIndexOf('(', start - 1, start - sentenceStart) is var open and >= 0 && text.IndexOf(')', open, start - open) < 0;

    /// <summary>Whether a table's cell edge stands right before, but for spaces and emphasis: "| Luật Giáo dục", "| **Nghị định của …".</summary>
    private static bool AfterCellEdge(string text, int index) => text.AsSpan(0, index).TrimEnd(" *_") is [.., '|'];

    /// <summary>Whether a table's cell (or a line) opens where the citation does.</summary>
    private static bool OpensCell(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        return i < 0 || text[i] is '|' or '\n';
    }

    /// <summary>
    /// Where what follows a citation can be its own words, up to <paramref name="to"/>: in a table, its cell's end. The next cells
    /// are the row's other columns ("| … của UBND huyện | Tháng 12/2023 |"), which were read as the issuer's name and the subject's words.
    /// </summary>
    private static int CellEnd(string text, int from, int to) => text.IndexOf('|', from, to - from) is var bar and >= 0 ? bar : to;

    /// <summary>The next cell of a table's row, when it is a date and nothing else.</summary>
    [GeneratedRegex(@"^\s*\|\s*(?:ngày\s*)?" + VietnameseDates.Date + @"\s*(?=\||$)", RegexOptions.IgnoreCase)]
    private static partial Regex DateCellAfter();

    /// <summary>
    /// A contract, named so and numbered with its own code ("Hợp đồng số 12/2025/HĐMB", "hợp đồng liên kết đào tạo số 18/2023/HĐLK-CĐCN":
    /// testers' 417 and 418): no instrument. A council's letter ("15/HĐTD") is named otherwise.
    /// </summary>
    private static bool IsContract(string text, int at, ParsedSymbol symbol) =>
        (symbol.TypeCode ?? symbol.IssuerCode) is { } code && (code.StartsWith("HĐ", StringComparison.Ordinal) && code != "HĐND" || code.StartsWith("PLHĐ", StringComparison.Ordinal))
        && ContractBefore().IsMatch(text.AsSpan(Math.Max(0, at - ContractReach), Math.Min(at, ContractReach)));

    /// <summary>
    /// A certificate or a permit by its code, whatever names it ("GCN số 42/2017/GCNĐKHĐ-TCGDNN", a tester's 481; "25/GP-SGDĐT"): no instrument,
    /// as <see cref="NotInstrumentBefore"/> reads one named in full.
    /// </summary>
    private static bool IsCertificate(ParsedSymbol symbol) =>
        (symbol.TypeCode ?? symbol.IssuerCode) is { } code && (code.StartsWith("GCN", StringComparison.Ordinal) || code == "GP" || code.StartsWith("GPHĐ", StringComparison.Ordinal));

    /// <summary>
    /// A copy's own number ("Số: 15/SY-UBND" under "SAO Y BẢN CHÍNH", a tester's 523): Nghị định 30/2020/NĐ-CP numbers a copy made as a
    /// true copy (SY), a copy of a copy (SL) or an extract (STr) in the copying body's register. It copies the text it ends; it cites nothing.
    /// </summary>
    private static bool IsCopy(ParsedSymbol symbol) => (symbol.TypeCode ?? symbol.IssuerCode) is "SY" or "SL" or "STr";

    /// <summary>
    /// Numbers shaped like a symbol that are a register's: an agreement's reference of three parts ("MOU No. 2025/VN-KR/017", a tester's 526;
    /// no instrument's code goes on with a slash and a number), or a certificate's series and number in a land register ("DĐ 418352 / CS
    /// 01246", 517: a code without a type, after a spaced slash, followed by its own number; a table's next column, further apart, is not).
    /// </summary>
    private static bool IsRegisterNumber(string text, int end, ParsedSymbol symbol, string written) =>
        FigureAfter(text, end, '/')
        || symbol.TypeCode is null && !symbol.Normalized.Contains('-') && written.Contains(' ') && FigureAfter(text, end, ' ');

    /// <summary>
    /// "1/ Đọc kỹ …", "6/ MN tư thục …": a list's items numbered with a slash at a line's start (a hurried e-mail, a tester's 783, read
    /// "Công văn 1/Đọc"): a number of one or two figures, the slash against it and a space after it. A symbol is written against its
    /// slash ("15/QĐ-UBND"), or spaced on both sides of it ("1285 / SGDĐT").
    /// </summary>
    private static bool IsListItem(string text, int index, string written)
    {
        var slash = written.IndexOf('/');
        if (slash is not (1 or 2) || slash + 1 == written.Length || written[slash + 1] is not (' ' or '\t')) return false;
        var at = index;
        while (at > 0 && text[at - 1] is ' ' or '\t') at--;
        return at == 0 || text[at - 1] == '\n';
    }

    /// <summary>Whether <paramref name="mark"/> and a figure follow at <paramref name="at"/>.</summary>
    private static bool FigureAfter(string text, int at, char mark) => at + 1 < text.Length && text[at] == mark && char.IsAsciiDigit(text[at + 1]);

    /// <summary>
    /// "Hợp đồng số ", "HĐ số " (a table's cell: "Gói thầu số 05; HĐ số 27/2025/HĐ-XL", a tester's 518), or a list of contracts' numbers after
    /// it ("Hợp đồng số 27/2025/HĐMB-SGDĐT, 28/2025/HĐMB-SGDĐT", a tester's 461).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:hợp đồng|(?-i:HĐ))[^.;:\n]{0,50}?số\s*:?\s*(?:\d[^\s,;]*\s*(?:,|và)\s*)*$", RegexOptions.IgnoreCase)]
    private static partial Regex ContractBefore();

    private const int ContractReach = 110;

    /// <summary>
    /// A form, an annex, a table, a room or a neighbourhood numbered like a symbol ("Mẫu số 02/BC-PCGD", "Phụ lục 03/KH-SGDĐT", "phòng
    /// 302/A-SGD"), a certificate or a court's judgment ("Chứng chỉ số 217/CC-BDCBQL", "Bản án số 09/2025/HC-ST": testers' 403 and 411), a
    /// form to fill or a permit ("Phiếu số 05/XNN", "Giấy phép lao động số 4821/GPLĐ-SLĐTBXH": 445 and 444), a bid package, a valuation
    /// certificate, a customs declaration ("Gói thầu số 01/2025/TB-SGDĐT", "Chứng thư thẩm định giá số 0215/2025/CT-TĐG", "Tờ khai hải quan
    /// số …": 460, 461), a memorandum of understanding, an agreement ("Thỏa thuận hợp tác số 03/2025/TTHT-THPTTCV", 621) or a register's
    /// number ("MOU No. …", "số đăng ký 09/BGN-SGDĐT": 526), a certificate named with its subject, a confirmation, an entry in a register
    /// ("Chứng chỉ GDQPAN số 1207/2024/CCQP-ĐHTB", "Giấy xác nhận số 32/GXN-BCHQS", "số vào sổ cấp chứng chỉ từ 0583/QPAN-2025 đến
    /// 0768/QPAN-2025": 530), a certificate by its subject or short name ("CC bồi dưỡng số 2451/CC-ĐHSPNĐ", 567), a receipt, a case's file
    /// or its number at the police, a vaccine's lot ("Phiếu tiếp nhận số 12/PTN-UBND", "hồ sơ quản lý trường hợp số 03/2026/HSTE-VHXH", "số
    /// thụ lý 27/2026/TBTG", "Lô số 2304/MR-VN": 569, 573), an extract of a land register ("trích lục bản đồ địa chính số 45/TL-CNVPĐKĐĐ",
    /// 582), a register's entry ("sổ tiếp nhận số 27/TN-THCSYT", "sổ công văn đến số 1125/CVĐ", 604 and 606), a form by what it records
    /// ("Phiếu đánh giá, xếp loại chất lượng viên chức số 27/PĐG-THPTĐV", 642), an admission's notice and an award's certificate ("Giấy báo
    /// trúng tuyển số 3417/GBTT-ĐHĐT", "Giấy khen số 215/GK-SGDĐT": 657, 666), a licence by what it allows ("Giấy phép hoạt động số
    /// 318/QB-GPHĐ", 692), a candidate's number ("thí sinh SBD 0417/GL", 696), a patient's referral ("Giấy chuyển tuyến số 45/GCT-TTYT",
    /// 719), a school's certificate of recognition ("Bằng công nhận số 045/BCN-UBND", 741), a paper by that word alone ("giấy số 12/GXNKT-UBND",
    /// a disability certificate named so after its full name, 846): no instrument; nor are those listed after one ("Mẫu số
    /// 01/HB, 02/HB", a tester's 474).
    /// </summary>
    [GeneratedRegex(NotInstrument, RegexOptions.IgnoreCase)]
    internal static partial Regex NotInstrumentBefore();

    private const string NotInstrument = @"(?<![\p{L}])(?:mẫu|biểu mẫu|biểu|phụ lục|bảng|phòng|tổ|khu phố|lớp|mã|(?:chứng chỉ|giấy (?:chứng|xác) nhận|(?-i:CC))(?:\s+(?-i:\p{Lu}{2,})|(?:" + QualifierWord + @"){1,2})?|giấy báo(?: trúng tuyển| nhập học)?|giấy (?:chuyển (?:tuyến|viện)|ra viện|khai sinh)|giấy khen|giấy|bằng (?:khen|công nhận|tốt nghiệp)|số vào sổ[^\d\n]{0,30}?|(?:vào\s+)?sổ(?:\s+công văn\s+(?:đến|đi)|(?:" + QualifierWord + @"){1,4}?)|văn bằng|bản án|phiếu(?:,?" + FormWord + @"){0,10}?|(?:hồ sơ|trích lục)(?:" + QualifierWord + @"){0,4}?|lô(?: vắc[- ]?xin)?|số thụ lý|giấy phép(?:" + QualifierWord + @"){0,3}?|(?-i:SBD)|số báo danh|gói thầu|chứng thư(?: thẩm định giá)?|tờ khai(?: hải quan)?|số đăng ký|bản ghi nhớ|th(?:ỏa|oả) thuận(?: hợp tác)?|MOU(?:\s+No\.?)?)\s*(?:số\s*)?:?\s*(?:\d[^\s,;]*/[^\s,;]*\s*(?:,|và|hoặc|đến)\s*)*$";

    /// <summary><see cref="NotInstrumentBefore"/> where the search starts, alone.</summary>
    [GeneratedRegex(@"\G" + NotInstrument, RegexOptions.IgnoreCase)]
    private static partial Regex NotInstrumentAt();

    /// <summary>A word saying which certificate or file it is ("bồi dưỡng", "quản lý trường hợp"), not a kind's name or a word leading to one.</summary>
    private const string QualifierWord = @"\s+(?!(?:theo|tại|của|kèm|gửi|và|" + Kinds + @")(?![\p{L}\p{M}]))\p{Ll}+";

    /// <summary>
    /// A word of what a form records, "và" and "của" among them: "Phiếu đánh giá khả năng và nhu cầu của học sinh số 58/PĐG-TTHN" (a
    /// tester's 671) is a form, though a word of its own for each.
    /// </summary>
    private const string FormWord = @"\s+(?!(?:theo|tại|kèm|gửi|" + Kinds + @")(?![\p{L}\p{M}]))\p{Ll}+";

    /// <summary>Whether what stands before a symbol at <paramref name="index"/> makes it no instrument's (<see cref="NotInstrumentBefore"/>).</summary>
    internal static bool IsNotInstrument(string text, int index)
    {
        var before = BeforeSymbol(text, index);
        for (var at = before.IndexOfAny(NotInstrumentWords); at >= 0;)
        {
            if (NotInstrumentAt().IsMatch(before, at)) return true;
            var next = before[(at + 1)..].IndexOfAny(NotInstrumentWords);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>
    /// The words <see cref="NotInstrumentBefore"/>'s alternatives open with ("vào sổ" is found from its "sổ"): it is tried where one of them
    /// stands, alone. Seven in eight symbols have none of them before; the pattern, tried at every "b", "c", "l", "m", "p", "s", "t" and "v" of
    /// the 64 characters, was a fifth of extraction. Add the opening word of each alternative added.
    /// </summary>
    private static readonly SearchValues<string> NotInstrumentWords = SearchValues.Create(
        ["mẫu", "biểu", "phụ lục", "bảng", "phòng", "tổ", "khu phố", "lớp", "mã", "chứng", "giấy", "cc", "bằng", "số vào", "sổ", "văn bằng", "bản án",
         "phiếu", "hồ sơ", "trích lục", "lô", "số thụ", "sbd", "số báo", "gói thầu", "tờ khai", "số đăng", "bản ghi", "thỏa", "thoả", "mou"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The characters before a symbol at <paramref name="index"/> that <see cref="NotInstrumentBefore"/> reads.</summary>
    internal static ReadOnlySpan<char> BeforeSymbol(string text, int index) =>
        text.AsSpan(Math.Max(0, index - NotInstrumentReach), Math.Min(index, NotInstrumentReach));

    /// <summary>How far back <see cref="NotInstrumentBefore"/> is sought: "Giấy phép lao động số ", "… từ 0583/QPAN-2025 đến ", "Phiếu đánh giá khả năng và nhu cầu của học sinh số ".</summary>
    private const int NotInstrumentReach = 64;

    /// <summary>"Luật Thanh tra năm 2022", "Quyết định số 106/QĐ-UBND năm 2023": a year alone.</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:năm)\s+(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex YearAfter();

    /// <summary>A law's year, also written bare after its name ("Luật Giáo dục 2019"), where a number's "2019" may count anything else.</summary>
    [GeneratedRegex(@"^(?:\s*,?\s*(?:năm|nam)\s+|\s+)(?<y>(?:19|20)\d{2})(?![\d/])", RegexOptions.IgnoreCase)]
    private static partial Regex LawYearAfter();

    /// <summary>"tháng 9/2023", "tháng 9 năm 2023": a month without its day dates nothing, but gives the year.</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:ban hành\s+)?(?:vào\s+)?tháng\s*(?<m>\d{1,2})\s*(?:/|-|năm)\s*(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthAfter();

    /// <summary>
    /// "của Bộ trưởng Bộ GDĐT", up to what follows it: a subject, a date ("của Bộ GDĐT ngày 01/9/2023"), or the citing text's own
    /// words ("… trước ngày 30/5/2024", "… như sau:", "… để xây dựng kế hoạch", "… hết hiệu lực.", "… được sửa đổi, bổ sung bởi …",
    /// "… của UBND huyện đã bố trí …"), or the next citation with its kind written short ("… của Chính phủ và KH số 2815/KH-UBND"),
    /// which were read as the issuer's. A minister heading a committee holds both titles
    /// ("của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"): that comma is within the issuer, as the one in "Bộ Văn hóa, Thể thao và Du lịch", and
    /// the one between the ministries of a joint circular ("của Bộ Giáo dục và Đào tạo, Bộ Nội vụ quy định …").
    /// A body of a province or a district ends with it, or with the place's name in capitals (<see cref="AfterPlace"/>); a district's or a
    /// commune's goes on with its province after a comma ("của Ủy ban nhân dân huyện A, tỉnh B", <see cref="ProvinceOfDistrict"/>). The
    /// Party's centre issues jointly too ("của Bộ Chính trị, Ban Bí thư"), and bodies issuing jointly may be named so, with or without
    /// "của" ("liên tịch Bộ GDĐT - Bộ Nội vụ"): every one of them is the issuer, as <see cref="JointBodiesApart"/> joins them. A joint
    /// instrument is named by its bodies after "giữa" alone too ("Quy chế phối hợp số 03/QCPH-CAT-SGDĐT ngày 14/9/2021 giữa Công an tỉnh
    /// Bạc Liêu và Sở …", a tester's 894), never a term's middle ("giữa Học kỳ I"); the period it runs for ends them ("… giữa Sở Giáo dục và
    /// Đào tạo và Tỉnh đoàn giai đoạn 2025 - 2030", 334), and so does what the sentence joins to the instrument ("… của Thủ tướng Chính phủ
    /// và các văn bản hướng dẫn …", "… của Chính phủ và Điều 9 …", "… của Bộ Chính trị và 06 năm thực hiện …").
    /// </summary>
    [GeneratedRegex(@"^\s*,?\s*(?:của\s+(?:liên tịch\s+)?|liên tịch\s+|(?=giữa\s+(?-i:(?!Học\s|Kỳ\s|Năm\s|HK)\p{Lu})))(?:giữa\s+)?(?<issuer>(?:Bộ trưởng\s*,\s*(?=Chủ nhiệm\s))?(?:(?:Bộ trưởng\s+)?Bộ Văn h(?:óa|oá),\s*Thể thao và Du lịch|" + IssuerRun + @"))(?=\s+(?:về|ban hành|phê duyệt|quy định|hướng dẫn|triển khai|thực hiện|tại|đối với|trong|ngày|trước|để|như sau|như trên|hết hiệu lực|kể từ|giai đoạn|năm học|và (?:các )?(?:" + Kinds + @"|văn bản|Điều|khoản|mục)|và \d)(?![\p{L}\p{M}])|\s+và\s+(?-i:(?:" + ShortKinds + @")\s+số)(?![\p{L}\p{M}])|\s+(?-i:" + AfterBodyName + @")(?![\p{L}\p{M}])|" + AfterPlace + @"|\s*(?:[;:()“”""]|,(?!\s*(?-i:(?:Bộ trưởng\s+)?Bộ\s+\p{Lu}|Thể thao và Du lịch|Ban Bí thư|Ban Chấp hành Trung ương)|" + ProvinceOfDistrict + "|" + DepartmentsApart + @")|(?<!\bTP)\.)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex IssuerAfter();

    /// <summary>
    /// After a comma, another department of a province after a department ("của Sở GDĐT, Sở Y tế", a joint plan of the two), which was read
    /// as the first's alone. Only after a department: "… của Bộ GDĐT, Sở GDĐT xây dựng kế hoạch" names the citing text's own body after the comma.
    /// </summary>
    private const string DepartmentsApart = @"(?-i:(?<=(?<![\p{L}\p{M}])(?:của|tịch|giữa)\s+Sở\s[^;:]*,)\s*Sở\s+\p{Lu})";

    [GeneratedRegex(@",\s*(?=Sở\s+\p{Lu})")]
    private static partial Regex DepartmentAfterComma();

    /// <summary>A comma before a department or a ministry: where a second body named after an issuer may open the citing text's own clause.</summary>
    [GeneratedRegex(@",\s*(?=(?:Sở|(?:Bộ trưởng\s+)?Bộ)\s+\p{Lu})")]
    private static partial Regex BodyAfterComma();

    /// <summary>
    /// Where an issuer read with a second department (<see cref="DepartmentsApart"/>) or ministry ends: at the comma, where the citing text's own
    /// clause opens there (<see cref="CitingClause"/>: "… của Sở GDĐT, Sở Y tế đề nghị các đơn vị …" names the body acting, no joint issuer).
    /// A ministry only after the issuer of an instrument no two bodies issued (<paramref name="joint"/>): "Chỉ thị số 08/CT-TTg … của Thủ tướng
    /// Chính phủ, Bộ GDĐT hướng dẫn các Sở …" was the Prime Minister's and the ministry's, titled "hướng dẫn các Sở …", where a joint
    /// circular's subject may open so ("… TTLT-BGDĐT-BNV của Bộ GDĐT, Bộ Nội vụ hướng dẫn …").
    /// </summary>
    private static int DepartmentsEnd(string text, Group issuer, int sentenceEnd, bool joint)
    {
        for (var comma = (joint ? DepartmentAfterComma() : BodyAfterComma()).Match(text, issuer.Index, issuer.Length); comma.Success; comma = comma.NextMatch())
            if (CitingClause().Match(text, comma.Index, Math.Max(0, sentenceEnd - comma.Index)) is { Success: true } clause && clause.Index == comma.Index) return comma.Index;
        return issuer.Index + issuer.Length;
    }

    /// <summary>Whether two bodies or more issued an instrument, as its kind ("Thông tư liên tịch") or its symbol's codes ("TTLT-BYT-BGDĐT", "KH-SGDĐT-SYT") say.</summary>
    private static bool IsJoint(string kind, ParsedSymbol symbol) =>
        kind.EndsWith("liên tịch", StringComparison.Ordinal) || symbol.TypeCode?.EndsWith("LT", StringComparison.Ordinal) == true
        || symbol.Normalized[(symbol.Normalized.IndexOf('/') + 1)..].Count(c => c == '-') >= 2;

    /// <summary>
    /// After a comma, the province of the district or commune named before it: ", tỉnh Sơn La" of "Ủy ban nhân dân huyện Mai Sơn, tỉnh Sơn
    /// La", which was read as "Ủy ban nhân dân huyện Mai Sơn", a district many provinces may have one of that name.
    /// </summary>
    private const string ProvinceOfDistrict =
        @"(?-i:(?<=(?<![\p{L}\p{M}])(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu)(?:\s+(?:[-–]\s+)?(?:\p{Lu}[\p{L}\p{M}'’]*|\d{1,2}))+,)\s*(?:tỉnh|[Tt]hành phố)\s+\p{Lu})";

    /// <summary>
    /// What ".+?" matches before <see cref="IssuerAfter"/>'s look-ahead, read faster: each alternative of the look-ahead opens with a space
    /// or one of ;:()“”",. (or is the end), so it is tried only there, not between the letters of every word (a fifth of extraction
    /// was that look-ahead, tried at each character of each issuer and subject). One character, then the rest of its word, then word
    /// by word, as few words as can be; no line break, as "." reads none.
    /// </summary>
    private const string IssuerRun = @"(?:.[^\s;:()“”"",.]*(?:(?:[;:()“”"",.]|[^\S\n])[^\s;:()“”"",.]*)*?)";

    /// <summary>The same as <see cref="IssuerRun"/> for <see cref="TitleAfter"/>'s look-ahead, whose alternatives open with a space or one of ;(:.,</summary>
    private const string TitleRun = @"(?:.[^\s;(:.,]*(?:(?:[;(:.,]|[^\S\n])[^\s;(:.,]*)*?)";

    /// <summary>
    /// A word in small letters after "tỉnh", "huyện", "quận", "thị xã" or "thành phố", or after the place's name in capitals that follows
    /// it: no word of the body's name ("của Ủy ban nhân dân tỉnh như trên", "… tỉnh Quảng Nam nay …", "… UBND huyện đề nghị …"). Except
    /// the words that go on naming a Party committee, a congress or a term ("huyện ủy", "Đảng bộ tỉnh lần thứ XIX", "tỉnh khóa XVI").
    /// "xã" is no level here: "Bảo hiểm xã hội" and "Lao động - Thương binh và Xã hội" hold it.
    /// </summary>
    private const string AfterPlace =
        @"(?-i:(?=\s+\p{Ll})(?<=(?<![\p{L}\p{M}])(?:tỉnh|huyện|quận|thị xã|thành phố)(?:\s+(?:[-–]\s+)?(?:\p{Lu}[\p{L}\p{M}]*|\d{1,2}))*)"
        + @"(?!\s+(?:ủy|uỷ|đoàn|lần thứ|khóa|khoá|nhiệm kỳ|trực thuộc)(?![\p{L}\p{M}])))";

    /// <summary>
    /// "của UBND huyện tại Văn bản số", "của Ủy ban nhân dân tỉnh tại Công văn số": the body whose instrument the citation is, before it.
    /// After a person's office ("Theo đề nghị của Giám đốc Sở GDĐT tại Tờ trình số"), its body, and only where it names a district or
    /// commune ("của Chủ tịch UBND huyện tại Thông báo số"): elsewhere the body the symbol's code names, with its province, says more; there
    /// the code (UBND) names the province's committee, and the district's instrument was keyed as the province's.
    /// </summary>
    /// <remarks>
    /// A bracket may open before "tại": "ý kiến của Sở Tài chính (tại Công văn ngày 05/8/2026)" (a tester's 924). The words the citing text
    /// goes on with after a body (<see cref="AfterBodyName"/>) are no body's: "Kế hoạch giáo dục của nhà trường tiếp tục xây dựng theo hướng
    /// dẫn tại Công văn số 5512/BGDĐT-GDTrH" (a tester's 786) named the Bộ's letter's issuer "nhà trường tiếp tục xây dựng theo hướng dẫn".
    /// </remarks>
    [GeneratedRegex(@"\bcủa\s+(?<body>(?<person>(?:Giám đốc|Chủ tịch|Bộ trưởng|Thủ tướng|Hiệu trưởng|Trưởng|Phó|Chánh)\s+)?(?<issuer>[^,;:.()“”""]{2,80}?))\s+\(?\s*tại\s+(?:văn bản\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex IssuerBefore();

    /// <summary>A word a sentence goes on with after a body (<see cref="AfterBodyName"/>), inside what was read as one.</summary>
    [GeneratedRegex(@"\s(?:" + AfterBodyName + @")(?![\p{L}\p{M}])")]
    private static partial Regex GoesOnAfterBody();

    /// <summary>
    /// A body in brackets right after a citation, all the bracket holds but for "cũ": a catalogue of decisions names each one's issuer so
    /// (testers' 925, 891, 900 and a dozen rows more: "(UBND huyện Châu Thành)", "(Sở GDĐT tỉnh Bà Rịa - Vũng Tàu cũ)", "(UBND tỉnh)").
    /// </summary>
    [GeneratedRegex(@"^\s*\(\s*(?<issuer>(?:(?:Chủ tịch|CT)\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|(?:Sở|Phòng)\s+(?:GDĐT|GD&ĐT|GD-ĐT|Giáo dục và Đào tạo))(?:\s+(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn)(?:\s+(?:[-–]\s+)?(?:\p{Lu}[\p{L}\p{M}]*|\d{1,2}))*)?)(?:\s*[-,]?\s*\(?cũ\)?)?\s*\)")]
    private static partial Regex BracketedIssuer();

    /// <summary>The words naming a body before a citation starting at <paramref name="start"/>, within reach (<see cref="IssuerBefore"/>).</summary>
    private static Match IssuerNamedBefore(string text, int sentenceStart, int start)
    {
        var from = Math.Max(sentenceStart, start - IssuerBeforeReach);
        // Sought in what was read, not at each of its characters inside the pattern: that made extraction a twentieth slower.
        return IssuerBefore().Match(text, from, start - from) is { Success: true } named && !GoesOnAfterBody().IsMatch(named.Groups["issuer"].Value) ? named : Match.Empty;
    }

    /// <summary>How far back an issuer named before a citation is looked for.</summary>
    private const int IssuerBeforeReach = 100;

    /// <summary>
    /// Words that open what the citing text goes on to say of an issuer, never a word of a body's name: the marks of a verb
    /// (được, đã, chưa, phải, thì …), what a body does to instruments (sửa đổi, hợp nhất, giám sát …) and the words tying it to the
    /// sentence (gắn với, phù hợp, như sau, nay …). In small letters only: a name capitalises its words ("Ban Giám sát", "Bộ Giao thông vận tải").
    /// Written by first letter: the pattern then reads a letter once for the words it opens, not once for each word, at every word of an
    /// issuer (in listed order the words were half of <see cref="IssuerAfter"/>'s time); in a look-ahead, their order changes no match.
    /// </summary>
    private const string AfterBodyName =
        "được|đã|đang|đến|bị|bởi|bổ sung|bãi bỏ|bố trí|sẽ|sửa đổi|chưa|cũng|cần|có|cho|vừa|vẫn|với|không|khi|phải|phù hợp|"
        + "thì|theo|tới|từ|thay thế|tiếp tục|tạo sự|tạo điều kiện|mà|là|nên|ngay|nhằm|nếu|như|nay|hợp nhất|giám sát|giao|gắn với|yêu cầu";

    /// <summary>
    /// The subject after a citation ("về việc …", "ban hành …"), up to what ends it: a semicolon, a bracket, a colon, a full stop,
    /// what later amended it (", được sửa đổi, bổ sung bởi …"), the texts implemented beside it ("và các văn bản hướng dẫn …"), or the next instrument cited beside it (", Kế hoạch số 385/KH-UBND", "và Luật Giáo dục quốc phòng và an ninh", "và Nghị
    /// quyết Đại hội …"), whose name ran into the subject.
    /// </summary>
    /// <remarks>
    /// Read by one of two patterns, the same but for what the citing text found ("… cho thấy …", <see cref="Finding"/>): in the
    /// pattern, that stop was tried at every space of every subject, a quarter of the subject's reading, for the few that hold it.
    /// </remarks>
    private static Match TitleAfter(string text, int start, int length) =>
        (text.AsSpan(start, length).Contains(FindingWords, StringComparison.OrdinalIgnoreCase) ? TitleAfterOrFinding() : TitleAfterPlain()).Match(text, start, length);

    private const string TitleAfterPattern = @"^\s*,?\s*(?:(?:về việc|về|V/v)\s+(?<title>" + TitleRun + @")|(?<title>(?:ban hành|phê duyệt|quy định|hướng dẫn)\s+" + TitleRun + @"))(?=\s*[;(:]|\.[""”]?(?:\s|$)|$|" + NextInstrument + "|" + AmendedBy + "|" + OtherTexts;

    [GeneratedRegex(TitleAfterPattern + ")", RegexOptions.IgnoreCase)]
    private static partial Regex TitleAfterPlain();

    [GeneratedRegex(TitleAfterPattern + "|" + Finding + ")", RegexOptions.IgnoreCase)]
    private static partial Regex TitleAfterOrFinding();

    /// <summary>"… và các văn bản hướng dẫn của Bộ", "… và các văn bản chỉ đạo có liên quan": a second thing the sentence implements.</summary>
    private const string OtherTexts = @"\s+và\s+các\s+văn bản\s+(?:hướng dẫn|chỉ đạo|(?:có\s+)?liên quan|khác|của)(?![\p{L}\p{M}])";

    /// <summary>", được sửa đổi, bổ sung bởi Thông tư số 32/2024/TT-BGDĐT": what later became of the instrument, not its subject.</summary>
    private const string AmendedBy = @",?\s+(?:đã\s+)?được\s+(?:sửa đổi|thay thế|bổ sung|bãi bỏ|hợp nhất)";

    /// <summary>Another instrument named after a subject: a law by its name, or a kind and a number, or a Party congress's resolution.</summary>
    /// <remarks>Not a law named in an amending law's title ("triển khai Luật sửa đổi, bổ sung một số điều của Luật Giáo dục, Luật Giáo dục đại
    /// học và Luật Giáo dục nghề nghiệp"): the subject was cut at its second law.</remarks>
    private const string NextInstrument =
        @"(?:,|\s+và)\s+(?-i:(?:Bộ\s+)?[Ll]uật\s+\p{Lu}(?<!(?<![\p{L}])Luật\s+[Ss]ửa đổi,?\s*bổ sung[^;:.()“”""\n]*)|(?:" + Kinds + @")\s+(?:số\s*)?\d|Nghị quyết\s+(?:Đại hội|Hội nghị)|" + ListedNumber + ")";

    /// <summary>
    /// The next item of a list of one kind, by its number alone: "Căn cứ các Thông tư của Bộ trưởng Bộ GDĐT: số 37/2021/TT-BGDĐT … ban hành Danh
    /// mục thiết bị dạy học tối thiểu cấp Tiểu học, số 38/2021/TT-BGDĐT …" (testers' 460, 487, 511, 589: the first one's subject ran over the
    /// others, which read as named in it).
    /// </summary>
    private const string ListedNumber = @"số\s*\d{1,5}(?:/\d{4})?[/-]\p{Lu}";

    /// <summary>
    /// "Kết quả thực hiện Quyết định số 1677/QĐ-TTg … phê duyệt Đề án … giai đoạn 2018 - 2025 cho thấy mạng lưới trường …": what the citing
    /// text found, after the subject it names; the instrument's page showed that finding as its title.
    /// </summary>
    private const string Finding = @"\s+" + FindingWords + @"(?![\p{L}\p{M}])";

    private const string FindingWords = "cho thấy";

    /// <summary>
    /// ", Ủy ban nhân dân tỉnh ban hành …", ", Phòng Giáo dục và Đào tạo (GDĐT) huyện Yên Thế, tỉnh Bắc Giang xây dựng …": the citing text's own
    /// clause after a subject, its body named with its province after a comma.
    /// </summary>
    [GeneratedRegex(@",\s+(?:Ủy ban nhân dân|UBND|Sở|Phòng|Trường|Tỉnh ủy|Huyện ủy|Thành ủy|Ban Thường vụ|Ban Chỉ đạo|Hội đồng nhân dân|Thủ tướng|Chủ tịch|Bộ trưởng|Giám đốc|Bộ)\s+\p{L}[^,\s]*(?:\s+[^,\s]+){0,10}?(?:,\s+(?:tỉnh|thành phố)(?:\s+[^,\s]+){1,4}?)?\s+(?:(?:đã|đang|sẽ|tiếp tục)\s+)?(?:ban hành|xây dựng|hướng dẫn|báo cáo|chỉ thị|yêu cầu|đề nghị|thông báo|triển khai|chỉ đạo|phối hợp)\b.*$")]
    private static partial Regex CitingClause();

    /// <summary>
    /// "… của Bộ trưởng Bộ Giáo dục và Đào tạo (GDĐT) ban hành Khung kế hoạch …": the issuer's abbreviation, defined in brackets, stands
    /// between it and the subject, which was not read (2045/QĐ-BGDĐT of 2025 had no title). So does a former province's mark since the 2025
    /// merger ("… của Ủy ban nhân dân tỉnh Kon Tum (cũ) phê duyệt Đề án sắp xếp …", a tester's 977): the Đề án the decision approves was read
    /// as an instrument of its own.
    /// </summary>
    [GeneratedRegex(@"\G\s*\(\s*(?:cũ|(?:(?:Bộ|Sở|Phòng)\s+)?[\p{Lu}&.-]{2,12})\s*\)")]
    private static partial Regex IssuerAbbreviation();

    /// <summary>Where the subject may start: past the issuer's abbreviation or a former province's mark in brackets, if one follows it.</summary>
    private static int PastAbbreviation(string text, int from, int end) =>
        IssuerAbbreviation().Match(text, from, end - from) is { Success: true } abbreviation ? from + abbreviation.Length : from;

    /// <summary>The words after a subject that stopped at a bracket, up to what ends a clause: where the citing text's clause may go on.</summary>
    private static string? BracketRunOn(string text, int from, int sentenceEnd)
    {
        var rest = text.AsSpan(from, Math.Max(0, Math.Min(sentenceEnd, from + 200) - from));
        if (!rest.TrimStart().StartsWith('(')) return null;
        var end = rest.IndexOfAny(";:.\n");
        return (end < 0 ? rest : rest[..end]).ToString();
    }

    /// <summary>"… của ngành Giáo dục với chủ đề năm học là:", "… năm học 2023 - 2024 cho thấy:", "… như sau:".</summary>
    [GeneratedRegex(@",?\s+(?:(?:với|có)\s+)?(?:chủ đề(?:\s+năm học)?(?:\s+là)?|cho thấy|như sau|bao gồm|gồm|là)$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ListIntro();

    /// <summary>
    /// A law by its name: "Luật Giáo dục năm 2019", "Bộ luật Lao động", "Pháp lệnh …", and the first of a list after "các Luật:"
    /// ("các Luật: Giáo dục năm 2019, Viên chức năm 2010", whose others <see cref="LawsListedAfter"/> reads). A comma before small letters
    /// is within a name ("Luật Cán bộ, công chức") where the name ends as only a law's does: at its date or year, or before another law
    /// ("Luật Cán bộ, công chức và Luật Viên chức" was "Luật Cán bộ", its own node). Elsewhere it ends the name: "Căn cứ Luật Giáo dục, các
    /// trường tổ chức dạy học;" names the Luật Giáo dục, and a clause's words after a comma are not told from a name's by their letters.
    /// </summary>
    /// <summary>The words of a law's name with a comma, up to the next law named beside it ("Luật Giao thông đường bộ và Luật Trật tự, an toàn …" was one name, and both laws lost).</summary>
    private const string NameWords = @"(?:(?!\s+(?:và\s+)?(?:Bộ luật|Luật)\b)[\p{L} ])*?";

    /// <summary>
    /// An amending law's title without its date, up to the last law it names: "sửa đổi, bổ sung một số điều của Luật Giáo dục, Luật Giáo dục
    /// đại học và Luật Giáo dục nghề nghiệp". Read only up to a date, such a law was no citation, and each law it names the text's ground.
    /// Where it ends, <see cref="AmendingTitleEnd"/> says.
    /// </summary>
    private const string AmendingTitle = AmendingTitleOpens + AmendedName + @"(?:(?:\s*,\s*|\s+và\s+)Luật\s+" + AmendedName + ")*";

    private const string AmendingTitleOpens = @"[Ss]ửa đổi,?\s*bổ sung(?:\s+một số điều)?(?:\s+của)?\s+(?:các\s+)?Luật\s+";

    private const string AmendedName = @"\p{Lu}(?:[^;:.,()“”""|\n]|,(?=\s*\p{Ll}))*?";

    [GeneratedRegex(@"\G" + AmendingTitleOpens)]
    private static partial Regex AmendingTitleStart();

    [GeneratedRegex(@"\G(?:\s*,\s*|\s+và\s+)Luật\s+(?=\p{Lu})")]
    private static partial Regex NextAmendedLaw();

    /// <summary>A law's name in an amending law's title up to a comma, the next law, or the words, date or number after the title.</summary>
    [GeneratedRegex(@"\G\p{Lu}[^;:.,()“”""|\n]*?(?=(?:\s*,\s*|\s+và\s+)Luật\s|\s*[;:.,()“”""|]|\s+(?:của|đã|được|để|nhằm|trong|tại|theo|về|ngày|năm|số|và\s+(?:các|văn))\s|\s+(?:19|20)\d{2}(?!\d)|$)")]
    private static partial Regex AmendedNameUpToComma();

    /// <summary>
    /// Where an amending law's title that no date follows ends: after its last law, each law's name read up to a comma, unless a known
    /// law's name goes on past it (<see cref="KnownLaws"/>: "Luật Cán bộ, công chức và Luật Viên chức"). Read by the pattern alone, the
    /// first comma that could end the title did ("… của Luật Cán bộ"), and one a clause follows ("… Luật Giáo dục, các trường …") cannot
    /// be told from a name's comma without the list.
    /// </summary>
    private static int AmendingTitleEnd(string text, int start)
    {
        var end = start;
        for (var opens = AmendingTitleStart().Match(text, start); opens.Success; opens = NextAmendedLaw().Match(text, end))
        {
            var at = opens.Index + opens.Length;
            var read = AmendedNameUpToComma().Match(text, at);
            var nameEnd = Math.Max(at + KnownLaws.KnownLengthAt(text, at), read.Success ? read.Index + read.Length : at);
            if (nameEnd == at) break;
            end = nameEnd;
        }
        return end;
    }

    /// <summary>An amending law's name right after its number, its date and its issuer, where it ends (<see cref="AmendingTitleEnd"/>); null where none stands there.</summary>
    private static (int Start, int End)? AmendingTitleAt(string text, int from, int to)
    {
        while (from < to && text[from] is ' ' or ',') from++;
        if (!AmendingTitleStart().Match(text, from, to - from).Success) return null;
        var end = Math.Min(AmendingTitleEnd(text, from), to);
        return end > from ? (from, end) : null;
    }

    /// <summary>
    /// "… được Quốc hội thông qua ngày 16/6/2025", "… đã được Quốc hội khóa XV, kỳ họp thứ 9 thông qua vào ngày …": the day the Assembly passed
    /// a law named before it (or its Standing Committee an ordinance), its date. Not its name: an amending law's title read up to the date ran on with it ("… của Luật Giáo dục được
    /// Quốc hội thông qua"), and the law it amends was "Luật Giáo dục được Quốc hội thông qua".
    /// </summary>
    private const string PassedByAssembly = @"\s*,?\s*(?:đã\s+)?được\s+(?:(?:Ủy|Uỷ) ban [Tt]hường vụ\s+)?Quốc hội(?![\p{L}\p{M}])[^;.\n]{0,80}?\s+thông qua(?:\s+vào)?(?=\s*,?\s*(?:ngày|năm)\s*\d)";

    [GeneratedRegex(@"\G" + PassedByAssembly, RegexOptions.IgnoreCase)]
    private static partial Regex PassedByAssemblyAt();

    [GeneratedRegex(@"(?<![\p{L}])(?<kind>Bộ luật|Luật|Pháp lệnh|Luat|luat)(?:(?<=(?<![\p{L}\p{M}])các\s+(?:Bộ luật|Luật))\s*:\s*|\s+)(?:(?<name>[Ss]ửa đổi, bổ sung[^;.|]*?(?=\s+(?:ngày|năm)\s+\d|" + PassedByAssembly + @")|(?<amends>" + AmendingTitle + @")|\p{Lu}" + NameWords + @"(?:,\s*\p{Ll}" + NameWords + @")+(?=\s+(?:ngày|năm)\s+\d|\s+(?:19|20)\d{2}(?![\d/])|\s*(?:,|\s+và)\s+(?:các\s+)?(?:Bộ luật|Luật)\b)|\p{Lu}[^;:.,()“”""|]*?(?:\s*\(sửa đổi(?:, bổ sung)?\))?)(?=\s+(?:ngày\s+\d|năm\s+\d|(?:19|20)\d{2}(?![\d/]))|\s+(?:của|đã|được|để|nhằm|trong|tại|theo|về|và\s+Luật|và\s+các|và\s+văn|và\s+(?:Bộ luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch|Công văn|NĐ|QĐ|TT|NQ|CT|KH|CV))\b|\s*[;:.,()“”""|]|$)|(?<name>(?<lower>\p{Ll}[\p{L}\p{M}]*)))")]
    private static partial Regex Law();

    /// <summary>
    /// The Constitution, named with its year or date ("Hiến pháp năm 2013", "Hiến pháp 2013", "Hiến pháp ngày 28/11/2013") or with the state's
    /// name ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "… nước CHXHCN Việt Nam"): the word alone ("tuân thủ Hiến pháp và pháp luật")
    /// cites nothing. Its name is "Hiến pháp" however the state is written, so that every text naming it is the one instrument of its year.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<kind>[Hh]iến pháp)(?:\s+(?:nước\s+)?(?:Cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa|CHXHCN)\s+Việt\s+Nam|(?=\s*,?\s*(?:năm|ngày)\s+\d|\s+(?:19|20)\d{2}(?![\d/])))(?<name>)")]
    private static partial Regex Constitution();

    /// <summary>
    /// A decision's subject that is an instrument of its own: "phê duyệt Đề án “…”", "về việc ban hành Kế hoạch …", "phê duyệt điều chỉnh, bổ
    /// sung Đề án …" (a tester's 442), and the Assembly's "phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia …", which approves that
    /// programme's investment; its name may open a quotation ('phê duyệt "Chương trình Chuyển đổi số quốc gia …"', 464).
    /// </summary>
    [GeneratedRegex(@"^(?:về việc\s+|về\s+)?(?:phê duyệt(?:\s+chủ trương đầu tư|\s+điều chỉnh(?:,?\s*bổ sung)?)?|ban hành)\s+[""“]?" + PlanNamedNext, RegexOptions.IgnoreCase)]
    private static partial Regex ApprovesInstrument();

    /// <summary>What a subject that is a plan of its own goes on with: the plan's kind.</summary>
    private const string PlanNamedNext = @"(?=(?:Đề án|Kế hoạch|Chương trình|Quy hoạch|Chiến lược)\b)";

    /// <summary>
    /// A resolution's subject that is the plan it decides: "Nghị quyết số 63/NQ-HĐND … về Kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025",
    /// "… về dự kiến Kế hoạch …", "… về điều chỉnh Kế hoạch …" (a tester's 517, 518): a council decides a plan by its resolution, and the plan is
    /// no instrument beside it. A letter's or a plan's "về Kế hoạch …" may speak of another's plan, and is read as before.
    /// </summary>
    [GeneratedRegex(@"^(?:về\s+(?:việc\s+)?)?(?:dự kiến\s+|điều chỉnh(?:,?\s*bổ sung)?\s+|thông qua\s+)?" + PlanNamedNext, RegexOptions.IgnoreCase)]
    private static partial Regex DecidesPlan();

    /// <summary>
    /// A named instrument followed by the decision that approved it: "… được Thủ tướng Chính phủ phê duyệt tại Quyết định số 80/QĐ-TTg",
    /// "Đề án … ban hành kèm theo Quyết định số 1677/QĐ-TTg", also with the kind written short ("… ban hành kèm theo QĐ số 641/QĐ-TTg", a tester's 355),
    /// or the decision alone in brackets after its name ("Chương trình trợ giúp người khuyết tật giai đoạn 2021 - 2030 (Quyết định 1190/QĐ-TTg)", 455),
    /// or its approval told in brackets ("Chương trình mục tiêu quốc gia … (phê duyệt tại Quyết định số 1719/QĐ-TTg …)", "(chủ trương đầu tư được
    /// Quốc hội phê duyệt tại Nghị quyết số 249/2025/QH15)", testers' 876 and 882).
    /// </summary>
    [GeneratedRegex(@"^\s*,?\s*(?:(?:(?:đã\s+)?được\s+[^;.]{0,80}?)?(?:(?:phê duyệt|ban hành)\s+)?(?:tại|theo|kèm theo)\s+(?:Quyết định|Nghị quyết|QĐ|NQ)\s+số|\(\s*(?:Quyết định|QĐ)\s+(?:số\s*)?\d" +
                    @"|\(\s*(?:[^;.()]{0,40}?\s)?(?:(?:đã\s+)?được\s+[^;.()]{0,40}?)?(?:phê duyệt|ban hành)\s+(?:tại|theo|kèm theo)\s+(?:Quyết định|Nghị quyết|QĐ|NQ)\s+số)", RegexOptions.IgnoreCase)]
    private static partial Regex ApprovedByNumbered();

    /// <summary>
    /// What lies between a cited instrument and one it amends: "… của Chính phủ sửa đổi, bổ sung một số điều của"; or one it consolidates,
    /// "Văn bản hợp nhất số 03/VBHN-BGDĐT … hợp nhất Thông tư số 28/2009/TT-BGDĐT": the text stands on the consolidated text, not on what it joins.
    /// </summary>
    [GeneratedRegex(@"^[^;]{0,160}?\b(?:sửa đổi,?\s*bổ sung(?:\s+một số điều)?(?:\s+của)?|hợp nhất)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AmendedByPrevious();

    /// <summary>What stands between an instrument and its passive amender: "… đã được sửa đổi, bổ sung bởi", "…, được sửa đổi tại khoản 1 Điều 1 của".</summary>
    [GeneratedRegex(@"^[^;:]{0,120}?(?<![\p{L}\p{M}])(?:đã\s+)?được\s+sửa đổi(?:,?\s*bổ sung)?(?:\s+một số điều)?\s+(?:bởi|tại|theo)(?:\s+quy định tại)?(?:\s+(?:điểm|khoản|Điều)\s+[\p{L}\d.]+)*(?:\s+của)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveAmenderAfter();

    /// <summary>
    /// Whether the instrument cited before [<paramref name="previousEnd"/>, <paramref name="start"/>) is the one that amends, replaces or repeals the
    /// one cited at <paramref name="start"/>: its verb right after it (past its date and issuer) is the nearest word governing this citation.
    /// "Thông tư số 26/2020/TT-BGDĐT ngày 26/8/2020 sửa đổi, bổ sung một số điều của Quy chế … ban hành kèm theo Thông tư số 58/2011/TT-BGDĐT":
    /// 26/2020 amends the rules 58/2011 issued, this text does not ("… về việc … và bãi bỏ Quyết định số 987" is this text's verb).
    /// <paramref name="relation"/> is what the citation's sentence gives it.
    /// </summary>
    private static bool EnactedByPrevious(string text, int previousEnd, int start, string relation)
    {
        if (EnactingVerbAfter().Match(text, previousEnd, Math.Min(start - previousEnd, 160)) is not { Success: true } verb) return false;
        // Read from the verb, nothing else governs this citation: the verb itself, whether the relation reader knows it alone ("sửa đổi") or not.
        // Past a semicolon the verb's clause has ended, and what the sentence's own words give the citation stands: "Căn cứ Luật số 123/2025/QH15
        // sửa đổi … Luật Giáo dục; Nghị định số 24/2021/NĐ-CP …" lists the decree as a ground. Only a list the verb itself seems to govern
        // ("Quyết định số 1745/QĐ-UBND … bị bãi bỏ; Quyết định số 25/2021/QĐ-UBND vẫn được áp dụng") is the previous one's.
        var from = verb.Groups["verb"].Index;
        if (text.AsSpan(from, start - from).Contains(';') && !CitationRelation.Enacting.Contains(relation) && relation != CitationRelation.Mention) return false;
        return CitationRelation.Read(text, from, start - from) is var nearer && (CitationRelation.Enacting.Contains(nearer) || nearer == CitationRelation.Mention);
    }

    /// <summary>
    /// An enacting verb whose subject is the citation just before: after its date and its issuer ("của Chính phủ"), or opening a
    /// bracket after it ("Thông tư số 04/2021/TT-BGDĐT (thay thế Thông tư liên tịch số 22/2015/…)"), nothing else. The issuer is read
    /// word by word: read character by character, each a space or not, a sentence with no verb after its issuer ("1660/QĐ-TTg của Thủ
    /// tướng Chính phủ phê duyệt …; 13/2016/TTLT-BYT-BGDĐT") backtracked for ever in the compiled matcher, and hung the build.
    /// </summary>
    [GeneratedRegex(@"\G\s*(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*)?(?:của(?:\s+(?!(?:về|và(?!\s+" + NameAfterAnd + @")|việc|ban hành|quy định)\b)[^\s,;.:()]+){1,16}?\s*)?(?:\(\s*)?(?<verb>sửa đổi|thay thế|bãi bỏ)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnactingVerbAfter();

    /// <summary>
    /// What follows "và" within a ministry's or a department's name ("Bộ Giáo dục và Đào tạo", "Bộ Nông nghiệp và Môi trường"): the issuer
    /// goes on. Stopped at it, "… của Bộ trưởng Bộ Giáo dục và Đào tạo sửa đổi, bổ sung … Thông tư số 28/2020/TT-BGDĐT" amended 28/2020 here.
    /// </summary>
    private const string NameAfterAnd = @"(?:Đào tạo|Môi trường|Đầu tư|Công nghệ|Truyền thông|Du lịch|Xã hội|Phát triển nông thôn|Tôn giáo)\b";

    /// <summary>
    /// What lies between a cited instrument and the laws its subject amends: "… sửa đổi, bổ sung một số điều của Luật A và"; or the law
    /// it consolidates, right after "hợp nhất" (as <see cref="AmendedByPrevious"/> reads a numbered one).
    /// </summary>
    [GeneratedRegex(@"^[^;]{0,200}?(?:\bsửa đổi,?\s*bổ sung|\bhợp nhất\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex AmendsNamed();

    [GeneratedRegex(@"(?:\bvà|,)\s*$")]
    private static partial Regex JoinedBefore();

    /// <summary>An amending law's title right before its number: "Luật sửa đổi, bổ sung một số điều của (Luật A và Luật B) số".</summary>
    [GeneratedRegex(@"(?<![\p{L}])Luật\s+sửa đổi,?\s*bổ sung(?:\s+một số điều)?(?:\s+của)?\s+(?<named>Luật\s[^;:.()“”""]*?)\s*(?:số\s*)?$")]
    private static partial Regex AmendingLawBefore();

    /// <summary>A law's name right before its number: "Luật Giáo dục số 43/2019/QH14", "Luật Phổ biến, giáo dục pháp luật số".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<kind>Bộ luật|Luật)\s+(?<name>\p{Lu}(?:(?!\bLuật\b)[^;:.()“”""])*?)\s+số\s*:?\s*$")]
    private static partial Regex LawNameBefore();

    /// <summary>How far back a law's name is looked for before its number.</summary>
    private const int LawNameReach = 160;

    /// <summary>
    /// A law named in an amending law's title ("… của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"). A comma before a
    /// word in small letters is inside a name ("Luật Cán bộ, công chức", "Luật Phòng, chống tham nhũng"); before another law's, it ends one.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])Luật\s+(?<name>[\p{Lu}](?:[^;:.,()“”""]|,(?=\s*\p{Ll}))*?)(?=\s+và\s+(?:các\s+)?Luật\b|\s*(?:[;:.()“”""]|,(?!\s*\p{Ll}))|$)")]
    private static partial Regex AmendedLaw();

    [GeneratedRegex(@"(?<![\p{L}])(?<kind>Đề án|Chương trình(?: hành động)?|Kế hoạch|Nghị quyết|Chỉ thị|Quy hoạch|Chiến lược)\s*[“""]\s*\*?(?<title>[^”""\n]{8,300}?)\*?\s*[”""]")]
    private static partial Regex QuotedTitle();

    /// <summary>
    /// A congress's or a plenum's resolution, named: "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX", by its term ("Nghị quyết Đại hội
    /// đại biểu Đảng bộ tỉnh Lào Cai nhiệm kỳ 2025 - 2030", a tester's 676; not seed 000's "Nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2020 -
    /// 2025", every congress's), "Nghị quyết Hội nghị Trung ương 8 khóa XI", and by the congress's
    /// number alone ("Nghị quyết Đại hội XIII của Đảng", the short name "Nghị quyết Đại hội XX": a tester's 494); a plenum's by its number
    /// without its term too ("Nghị quyết Trung ương 8", 899).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<kind>Nghị quyết)\s+(?<title>(?:Đại hội|đại hội)(?:(?!các cấp)[^,;.()]){3,80}?(?:lần thứ\s+[IVXLC]+(?:\s+của\s+Đảng)?|nhiệm kỳ\s+\d{4}\s*-\s*\d{4})|(?:Đại hội|đại hội)\s+(?:đại biểu\s+toàn quốc\s+(?:lần thứ\s+)?)?(?-i:[IVXL]{2,5})(?![\p{L}\p{M}])(?:\s+của\s+Đảng)?|(?:TW|Trung ương|Hội nghị Trung ương)\s*\d+(?:\s*(?:khóa|khoá)\s*[IVXLC]+)?(?![\p{L}\p{M}\d/-]))")]
    private static partial Regex NamedResolution();

    /// <summary>
    /// A plan, programme or Đề án named with its period, or with the year it runs to and its outlook ("Đề án phát triển văn hóa đọc trong
    /// cộng đồng đến năm 2020, định hướng đến năm 2030", a tester's 535). A curriculum is no instrument (Data/citations/README.md): in "thực
    /// hiện Chương trình GDMN và GDPT giai đoạn 2019-2025" the period is the plan's whose subject names the curricula. Nor is a name one
    /// that opens with where or whose it is: "Kế hoạch số 287/KH-UBND … thực hiện Đề án trên địa bàn thành phố giai đoạn 2025 - 2030" (a
    /// tester's 620) is the city's plan for the Đề án named before it, over the plan's own period. Nor one that opens with when: "các chỉ tiêu
    /// của Đề án đến năm 2025 và đề xuất điều chỉnh chỉ tiêu giai đoạn 2026 - 2030" (a tester's 861) is the Đề án named before, to 2025.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<kind>Đề án|Chương trình(?: hành động)?|Kế hoạch|Quy hoạch|Chiến lược)\s+(?<title>(?!(?i:GDMN|GDPT|GDTX|giáo dục (?:mầm non|phổ thông|thường xuyên))(?![\p{L}\p{M}]))(?!(?:trên|tại|ở|của|này|nêu|nói|đã|được|theo|đến)\s)[\p{Ll}\p{Lu}][^;:.“”""()\n]{5,250}?(?:(?:giai đoạn|thời kỳ|nhiệm kỳ)\s+\d{4}\s*-\s*\d{4}|đến năm\s+\d{4}(?=,\s*(?:định hướng|tầm nhìn)))(?:,\s*(?:định hướng đến năm|tầm nhìn(?: đến năm)?|tầm nhìn)\s+\d{4})?)")]
    private static partial Regex PeriodTitle();

    /// <summary>
    /// A national target programme named without its period: "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân
    /// tộc thiểu số và miền núi" (testers' 394, 407, 471, 523). There are three. With its period it is read as any plan named so
    /// (<see cref="PeriodTitle"/>), and the period is read here too, so that one left out there (the subject of the decision after it) is left out here.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<kind>[Cc]hương trình)\s+(?<title>mục tiêu quốc gia\s+(?:về\s+)?(?:xây dựng nông thôn mới|giảm nghèo bền vững|phát triển kinh tế\s*-\s*xã hội vùng đồng bào dân tộc thiểu số và miền núi)(?:\s+giai đoạn\s+\d{4}\s*-\s*\d{4})?)(?![\p{L}\p{M}])")]
    private static partial Regex NationalTargetProgramme();

    [GeneratedRegex(@"^\s*(?:số|\d)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberFollows();

    /// <summary>
    /// What a bracket right after a named instrument says that leaves it no row of its own: a draft proposed for approval, no instrument yet
    /// ("Phê duyệt Đề án “Phát triển giáo dục mầm non … 2026 - 2030” (dự thảo kèm theo)", a tester's 354); its number, the same instrument
    /// cited once, numbered ("Kế hoạch phổ cập giáo dục … giai đoạn 2021 - 2025 (Kế hoạch số 412/KH-UBND …)", 365).
    /// </summary>
    [GeneratedRegex(@"^[\s*_”""]*\(\s*(?:(?:bản\s+)?dự thảo|(?:Kế hoạch|Chương trình(?: hành động)?|Đề án|Quyết định|Nghị quyết)\s+số\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex NoRowOfItsOwn();

    /// <summary>
    /// A plan, programme or Đề án named as what is still to be drawn up: "UBND tỉnh ban hành Kế hoạch PCGD, XMC giai đoạn 2026 - 2030",
    /// "xây dựng Đề án … giai đoạn 2020 - 2025", "Tham mưu cho UBND tỉnh ban hành Kế hoạch …", "Xây dựng và tổ chức thực hiện Quy hoạch …",
    /// "trình phê duyệt Đề án …". No instrument yet, nothing to cite (seed 003's list). One already issued ("đã ban hành Kế hoạch …") is.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:(?<!\bđã\s+|\bđược\s+)(?:ban hành|xây dựng|lập)(?:\s+và\s+(?:tổ chức\s+)?(?:thực hiện|triển khai))?|trình(?:\s+cấp có thẩm quyền)?\s+phê duyệt|soạn thảo)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ToBeDrafted();

    /// <summary>
    /// Whether a programme is named as what is yet to be approved, said after it: "chuẩn bị các điều kiện để triển khai Chương trình “Sức khỏe
    /// học đường giai đoạn 2026 - 2030” khi được cấp có thẩm quyền phê duyệt" (a tester's 833), "Khi Chương trình “Phổ cập giáo dục, xóa mù chữ
    /// giai đoạn 2026 - 2030” được cấp có thẩm quyền phê duyệt, UBND xã sẽ …" (837). No instrument yet, as <see cref="ToBeDrafted"/>'s; one
    /// "được Ủy ban nhân dân tỉnh phê duyệt tại Quyết định số …" is.
    /// </summary>
    private static bool YetToBeApproved(string text, int start, int end)
    {
        var approval = ApprovalAfter().Match(text, end, Math.Min(text.Length - end, ToBeDraftedReach));
        return approval.Success && (approval.Groups["when"].Success || WhenBefore().IsMatch(text.AsSpan(Math.Max(0, start - 10), Math.Min(start, 10))));
    }

    [GeneratedRegex(@"\G[\s*_”""]*,?\s*(?:(?<when>khi|sau khi)\s+)?được\s+(?:cấp có thẩm quyền\s+|[^.;,()]{0,40}?\s)?phê duyệt(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex ApprovalAfter();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:khi|nếu)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhenBefore();

    /// <summary>How far before a named instrument the words saying it is still to be drawn up are looked for.</summary>
    private const int ToBeDraftedReach = 60;

    // A header writes "Số:" or "SỐ:", a bilingual one "Số/No.:"; a text that starts "số 29-CT/TW, …" is a sentence cut mid-way, and cites it.
    [GeneratedRegex(@"^\W*(?:Số|SỐ)(?:\s*/\s*No\.?)?\s*:?\s*$")]
    private static partial Regex OwnNumberPrefix();

    /// <summary>
    /// A joint text's letterhead sets each body's number side by side, apart by a column's gap ("Số: 2516/HDLN-SGDĐT-SYT      Số: 4870/HDLN-SYT-SGDĐT",
    /// a tester's 359), or one above the other (478, the lines joined): the second is the text's own too.
    /// </summary>
    [GeneratedRegex(@"(?:Số|SỐ)\s*:\s*\S+\s+(?:Số|SỐ)\s*:\s*$")]
    private static partial Regex OwnNumberBesideAnother();

    /// <summary>A minister's title before the ministry, or before the committee a minister heads, also of the second of two issuers ("Bộ Y tế và Bộ trưởng Bộ GDĐT").</summary>
    [GeneratedRegex(@"(?<=^|\svà\s)Bộ trưởng(?:\s+(?=Bộ\s)|\s*,\s*Chủ nhiệm\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex MinisterOf();

    /// <summary>
    /// The education field written short, however it is joined: "GDĐT", "GD&amp;ĐT", "GD và ĐT", "GD-ĐT" ("Bộ GD-ĐT" was a body of its own,
    /// and a province's, beside the "Bộ GDĐT" every text means by it).
    /// </summary>
    private const string EducationShort = @"GD\s*(?:&|-|–|\s+và\s+)?\s*ĐT";

    [GeneratedRegex(@"(?<=^|\svà\s)Bộ\s+" + EducationShort + @"(?=$|\s+và\s)")]
    private static partial Regex MinistryShortName();

    /// <summary>
    /// The bodies of a joint instrument listed with a comma or a dash ("Bộ Y tế, Bộ GDĐT", "Bộ GDĐT - Bộ Nội vụ", a table's issuer cell),
    /// and the Party's centre's ("Bộ Chính trị, Ban Bí thư"): joined by "và", as "Bộ Y tế và Bộ Giáo dục và Đào tạo" is written and read
    /// from the symbol, so that the two spellings are one issuer. A province's bodies after a dash too ("Sở GDĐT - Tỉnh đoàn"), and its
    /// departments after a comma ("Sở GDĐT, Sở Y tế"). Not the
    /// comma within a ministry's name, nor the dash within one ("Bộ Lao động - Thương binh và Xã hội") or a province's ("Bà Rịa - Vũng Tàu").
    /// </summary>
    [GeneratedRegex(@"\s*(?:,|\s[-–—])\s*(?=(?:Bộ trưởng\s+)?Bộ\s|Ban Bí thư|Ban Chấp hành Trung ương)|\s*,\s*(?=Sở\s+\p{Lu})|\s+[-–—]\s+(?=(?:Sở|Tỉnh đoàn|Thành đoàn|Ủy ban|UBND|Công an|Liên đoàn|Hội|Ban|Bảo hiểm xã hội)(?![\p{L}\p{M}]))")]
    private static partial Regex JointBodiesApart();

    [GeneratedRegex(@"\bUBND\b")]
    private static partial Regex PeoplesCommittee();

    [GeneratedRegex(@"\bHĐND\b")]
    private static partial Regex PeoplesCouncil();

    /// <summary>
    /// A city named short: "UBND TP. Hồ Chí Minh", "Tp. Thủ Đức", "TP.HCM". Kept so, it was another body than the city's in full, and a
    /// directive by date another key ("Chỉ thị ngày … của Chủ tịch UBND TP.HCM").
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])T[Pp]\.?\s*(?:(?<hcm>HCM)(?![\p{L}])|(?=\p{Lu}))")]
    private static partial Regex CityShortName();

    /// <summary>"BCH Trung ương Đảng", "BCH Đảng bộ tỉnh": a Party executive committee written short.</summary>
    [GeneratedRegex(@"\bBCH\b")]
    private static partial Regex PartyCommittee();

    /// <summary>"Sở GDĐT", and a district's "Phòng GD&ĐT".</summary>
    [GeneratedRegex(@"\b(?<office>Sở|Phòng)\s+" + EducationShort + @"\b")]
    private static partial Regex DepartmentShortName();

    /// <summary>A province named in an issuer: "UBND tỉnh Bắc Giang", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "UBND TP. Hồ Chí Minh", "tỉnh Bà Rịa - Vũng Tàu".</summary>
    [GeneratedRegex(@"\b" + Provinces.NameLeadIn + @"(?<name>\p{Lu}\p{L}*(?:\s(?:[-–]\s)?\p{Lu}\p{L}*){0,3})")]
    private static partial Regex ProvinceOfIssuer();

    /// <summary>A citation found in one text, before identity is assigned.</summary>
    public sealed record Found(
        int Start, int End, string Kind, string? Symbol, string? Number, string? IssuerCode, string? Issuer,
        string? Date, int? Year, string? Title, string Relation, string Context, bool Named)
    {
        public string? ProvinceNamed { get; init; }

        /// <summary>Cited by its kind, date and issuer alone ("Chỉ thị ngày 26/8/2024 của Bộ trưởng Bộ GDĐT"): <see cref="DatedInstruments"/>.</summary>
        public bool Dated { get; init; }

        /// <summary>The citation as written, before a list's next item lent it its date or issuer (<see cref="LendAlongLists"/>); null where none was lent.</summary>
        public Found? Unlent { get; init; }
    }

    /// <summary>
    /// The instruments cited without a number, in the order they are looked for, each with the words
    /// its pattern cannot match without: most blocks have none of them, and looking for a word is far
    /// cheaper than trying the pattern at every capital letter.
    /// </summary>
    /// <remarks>String.Contains, not SearchValues: for words that are not ASCII the latter is many times slower.</remarks>
    private static readonly (Regex Regex, bool IsLaw, string[] Needs)[] NamedPatterns =
    [
        (Law(), true, ["Luật", "Bộ luật", "Pháp lệnh", "Luat", "luat"]),
        (Constitution(), true, ["Hiến pháp", "hiến pháp"]),
        (NamedResolution(), false, ["Nghị quyết"]),
        (QuotedTitle(), false, ["“", "\""]),
        (PeriodTitle(), false, ["giai đoạn", "thời kỳ", "nhiệm kỳ", "định hướng", "tầm nhìn"]),
        (NationalTargetProgramme(), false, ["mục tiêu quốc gia"]),
    ];

    /// <summary>Every citation in one stretch of text (a block), offsets into that text.</summary>
    /// <remarks>
    /// The words before and after a symbol are matched in place, with Regex.Match(text, beginning, length),
    /// which reads that stretch exactly as it would read a copy of it (anchors and all): no substrings.
    /// </remarks>
    /// <param name="document">The whole text the paragraph is of: a decree or circular it writes without a code is the one the whole text writes with one.</param>
    public static List<Found> Find(string text, string? document = null)
    {
        var found = new List<Found>();
        // Every shape of symbol has a slash. Five blocks in six cite nothing: they are told by these words alone, before anything is made to read them.
        var numbered = text.Contains('/');
        var named = 0; // a bit for each of NamedPatterns whose words the block holds
        for (var i = 0; i < NamedPatterns.Length; i++)
            if (Substrings.AnyIn(text, NamedPatterns[i].Needs)) named |= 1 << i;
        var dated = DatedInstruments.MayCite(text);
        var bySubject = Substrings.AnyIn(text, CentralBodiesThenSubject);
        if (!numbered && named == 0 && !dated && !bySubject) return found;
        var taken = new List<(int Start, int End)>();
        var subjects = new HashSet<int>();
        var titles = new List<(int Start, int End)>();
        var sentences = new Sentences.Cursor(text);
        if (numbered) FindNumbered(text, document ?? text, sentences, found, taken, subjects, titles);
        // Before the named: "Nghị quyết của Quốc hội về Kế hoạch … 5 năm 2021-2025, Chương trình hành động …" holds a plan's name that is its subject.
        if (bySubject) FindBySubject(text, sentences, found, taken);
        FindNamed(text, named, sentences, found, taken, subjects, titles);
        if (dated) FindDated(text, sentences, found, taken);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        NameNumberedLaws(text, found);
        return found;
    }

    /// <summary>
    /// A law's number and name side by side, read as two citations ("Luật Ban hành văn bản quy phạm pháp luật năm 2015 (Luật số 80/2015/QH13)",
    /// "Luật số 80/2015/QH13 - Luật Ban hành văn bản quy phạm pháp luật", "Luật số 63/2020/QH14 sửa đổi, bổ sung một số điều của Luật Ban hành
    /// văn bản quy phạm pháp luật"), give the number its name, as "Luật … số 80/2015/QH13" does: the graph then knows the name and year, cited
    /// alone in another text, as that number. Without it each text citing the law by name alone was cut off from the numbered law's node.
    /// A name of another year, or a number named already, is another law's; the law an amending law amends may be of any year.
    /// </summary>
    /// <remarks>
    /// A number in brackets after the name ("Luật Đầu tư công năm 2024 (Luật số 58/2024/QH15)") says which law the name is: one law cited once,
    /// by its number (testers' 519, 483, 485 and 504 list it once).
    /// </remarks>
    private static void NameNumberedLaws(string text, List<Found> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i] is not { Kind: "Luật", Symbol: not null, Title: null, Year: { } year } numbered) continue;
            if (i > 0 && found[i - 1] is var before && IsLawName(before) && (before.Year ?? year) == year
                && before.End <= numbered.Start && text.AsSpan(before.End, numbered.Start - before.End) is var beside && SideBySide().IsMatch(beside))
            {
                found[i] = numbered with { Title = before.Title };
                if (beside.Contains('(')) found.RemoveAt(--i);
            }
            // "| 3 | Luật Giao dịch điện tử | 20/2023/QH15 | 22/6/2023 |": a table of grounds naming each law in the cell before its number's
            // (a tester's 908), the name the whole of its cell.
            else if (i > 0 && found[i - 1] is var named && IsLawName(named) && (named.Year ?? year) == year && named.End <= numbered.Start
                     && CellsBetween().IsMatch(text.AsSpan(named.End, numbered.Start - named.End)) && AfterCellEdge(text, named.Start))
            {
                found[i] = numbered with { Title = named.Title };
                found.RemoveAt(--i);
            }
            else if (i + 1 < found.Count && found[i + 1] is var after && IsLawName(after) && numbered.End <= after.Start
                     && text.AsSpan(numbered.End, after.Start - numbered.End) is var between)
            {
                if ((after.Year ?? year) == year && SideBySide().IsMatch(between)) found[i] = numbered with { Title = after.Title };
                // "| 1 | Luật | 43/2019/QH14 | 14/6/2019 | Luật Giáo dục |": a catalogue's row, the name the whole of a cell after the number's
                // (a date's cell between them at most), is the number's title, one citation with it. An amending law's name is the
                // row's too ("| 34/2018/QH14 | … | Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học |"); the law it amends stays a mention.
                else if ((after.Year ?? year) == year && CellsBetween().IsMatch(between) && text.AsSpan(after.End).TrimStart(" *_") is ['|', ..])
                {
                    found[i] = numbered with { Title = after.Title };
                    found.RemoveAt(i + 1);
                }
                // The law it amends may be of any year; of two ("… của Luật A và Luật B") the amending law's name is not read here.
                else if (AmendsOne().IsMatch(between) && !(i + 2 < found.Count && IsLawName(found[i + 2]) && after.End <= found[i + 2].Start
                                                           && ListSeparator().IsMatch(text.AsSpan(after.End, found[i + 2].Start - after.End))))
                    found[i] = numbered with { Title = $"Luật {CleanTitle(between.ToString())} {after.Title}" };
            }
        }
    }

    /// <summary>A law cited by its name.</summary>
    private static bool IsLawName(Found f) => f is { Kind: "Luật", Symbol: null, Named: true, Dated: false, Title: not null };

    /// <summary>What may stand between a law's name and its number written beside it: a bracket, a dash, a colon.</summary>
    [GeneratedRegex(@"^[\s*_]*[(\[\-–—:]?[\s*_]*$")]
    private static partial Regex SideBySide();

    /// <summary>Between a number and the cell after it in a table's row, or the one after its date's: " | ", " | 14/6/2019 | ".</summary>
    [GeneratedRegex(@"^[ *_]*\|(?:[ *_]*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}[ *_]*\|)?[ *_]*$")]
    private static partial Regex CellsBetween();

    /// <summary>An amending law's title between its number and the law it amends: "Luật số 63/2020/QH14 sửa đổi, bổ sung một số điều của".</summary>
    [GeneratedRegex(@"^\s*sửa đổi,\s*bổ sung một số điều của\s*$")]
    private static partial Regex AmendsOne();

    /// <summary>A symbol where the text has one: where it stands, and the symbol it is; read from its kind's word ("TT 38/2021"), where the text writes no code.</summary>
    private readonly record struct SymbolAt(int Index, int Length, string Value, bool FromKind = false);

    /// <summary>
    /// The text's symbols in order: those written, a decree's or circular's written without its code (<see cref="WithoutCode"/>), and those whose
    /// figures a scan misread (<see cref="Misread"/>).
    /// </summary>
    private static IEnumerable<SymbolAt> Symbols(string text, string document)
    {
        // Each from its kind's word ("Nghị định số 142/2025"), which no pattern reads back as it reads "Nghị định số" before a symbol.
        List<SymbolAt> others = [];
        if (MayNameWithoutCode(text))
            for (var d = WithoutCode().Match(text); d.Success; d = d.NextMatch())
                if (!document.Contains(d.Value + TypeOf(d), StringComparison.Ordinal))
                    others.Add(new SymbolAt(d.Groups["kind"].Index, d.Index + d.Length - d.Groups["kind"].Index, d.Value + CodeOf(d), FromKind: true));
        if (MayHoldMisreadFigures(text)) others = [.. others.Concat(Misread(text)).OrderBy(s => s.Index)];
        var next = 0;
        foreach (var m in SymbolMatches(text))
        {
            for (; next < others.Count && others[next].Index < m.Index; next++) yield return others[next];
            yield return new(m.Index, m.Length, m.Value);
        }
        for (; next < others.Count; next++) yield return others[next];
    }

    /// <summary>
    /// "l9/2019/TT-BGDĐT", "2O/2018/TT-BGDĐT", "19/2O19/TT-BGDĐT", "4l68/QĐ-UBND": a symbol scanned from paper, a figure of its number or year
    /// read as a letter (l or I for 1, O for 0; a tester's 484-486). Read as the symbol it is where, its figures mended, it is one; the
    /// text stays as written.
    /// </summary>
    private static IEnumerable<SymbolAt> Misread(string text)
    {
        foreach (Match m in MisreadFigures().Matches(text))
        {
            var figures = m.Value;
            if (!figures.AsSpan().ContainsAnyInRange('0', '9') || !figures.AsSpan().ContainsAny(MisreadLetters)) continue;
            var rest = text.AsSpan(m.Index + m.Length, Math.Min(MisreadReach, text.Length - m.Index - m.Length));
            var mended = string.Concat(ScannedFigures.Read(figures), rest);
            if (Symbol().Match(mended) is { Success: true, Index: 0 } symbol && symbol.Length > figures.Length)
                yield return new SymbolAt(m.Index, symbol.Length, symbol.Value);
        }
    }

    /// <summary>
    /// Whether a slash has a figure and one of those letters before it: read at each slash, not at each "l" of the words (every "lớp", "là",
    /// "liên"), which cost a thirtieth of extraction.
    /// </summary>
    private static bool MayHoldMisreadFigures(string text)
    {
        for (var slash = text.IndexOf('/'); slash >= 0; slash = text.IndexOf('/', slash + 1))
        {
            var before = text.AsSpan(Math.Max(0, slash - MisreadFiguresBefore), Math.Min(slash, MisreadFiguresBefore));
            if (before.ContainsAny(MisreadLetters) && before.ContainsAnyInRange('0', '9')) return true;
        }
        return false;
    }

    /// <summary>A symbol's number or year, before its slash: five characters at most.</summary>
    private const int MisreadFiguresBefore = 5;

    private static readonly SearchValues<char> MisreadLetters = SearchValues.Create("lIO");

    /// <summary>How much of the text after the figures is read for the rest of the symbol.</summary>
    private const int MisreadReach = 60;

    /// <summary>A symbol's number, and its year, in figures and the letters a scan reads them as, before its codes.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}/])[0-9lIO]{1,5}(?:/[0-9lIO]{4})?(?=[/-]\p{Lu})")]
    private static partial Regex MisreadFigures();

    /// <summary>
    /// "Nghị định số 142/2025", "NĐ 13/2023": a decree by its number and year, without its code, which is always the Government's (NĐ-CP);
    /// testers' 470, 473 and 477 cited decrees so that their texts never cite in full. "TT 38/2021", "Thông tư 50/2020": a circular so
    /// written is the Bộ GDĐT's in every list that has one (twenty-five occurrences in eighteen testers' texts, 412-619), unless a ministry
    /// other than it is named after it, in capitals ("của Bộ Tài chính"; "tt 29/2024 của Bộ và …", a school's chat, is the Bộ GDĐT's); a
    /// joint circular's codes cannot be guessed. Typed without marks too ("thong tu 03/2023", "ND 13/2023", a school's page: a tester's 921). Where the text cites it in full too, that is the citation its repeats name (<see cref="BareRepeats"/>); a code after a stray space ("24/2021 /NĐ-CP") is read with it. Sought from the
    /// figures back to the kind's word: a search for the kinds' first letters would stop at every "th", "ng" and "nh".
    /// </summary>
    [GeneratedRegex(@"(?<=(?<![\p{L}\p{M}])(?<kind>(?<decree>Nghị định|NĐ|Nghi dinh|ND)|Thông tư|Thong tu|TT)\s*(?:số\s*)?)(?<s>\d{1,3}/(?:199[3-9]|20\d{2}))(?!\s*/|[\p{L}\p{M}\p{N}])(?(decree)|(?!\s*,?\s*(?:của\s+)?(?:Bộ trưởng\s+)?Bộ\s+(?!Giáo dục|GD)(?-i:\p{Lu})))", RegexOptions.IgnoreCase)]
    private static partial Regex WithoutCode();

    /// <summary>
    /// Whether a paragraph names a decree or a circular at all: most do not, and are not searched for one written without its code. The
    /// search for "TT" (every "QĐ-TTg" has it), a vectorised scan of letters that are ASCII, goes first.
    /// </summary>
    private static bool MayNameWithoutCode(string text) =>
        text.Contains("TT", StringComparison.OrdinalIgnoreCase) || text.Contains("NĐ", StringComparison.OrdinalIgnoreCase)
        || text.Contains("Thông tư", StringComparison.OrdinalIgnoreCase) || text.Contains("Nghị định", StringComparison.OrdinalIgnoreCase)
        || text.Contains("ND", StringComparison.OrdinalIgnoreCase) || text.Contains("thong tu", StringComparison.OrdinalIgnoreCase) || text.Contains("nghi dinh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The code a decree or circular written without one has: its type's and its issuer's.</summary>
    private static string CodeOf(Match withoutCode) => withoutCode.Groups["decree"].Success ? "/NĐ-CP" : "/TT-BGDĐT";

    /// <summary>Where the text writes the instrument with a code (any, for a circular: "50/2020/TT-BTC" too), its repeats name that one.</summary>
    private static string TypeOf(Match withoutCode) => withoutCode.Groups["decree"].Success ? "/NĐ-CP" : "/TT";

    /// <summary>Citations by số ký hiệu, with the kind word, date, issuer and subject around the symbol.</summary>
    /// <param name="subjects">Where the instruments that a numbered citation approves or issues start: they are that citation's subject, not citations of their own.</param>
    /// <param name="titles">Where the numbered citations' subjects are: an instrument named there is governed by the subject's words.</param>
    private static void FindNumbered(string text, string document, Sentences.Cursor sentences, List<Found> found, List<(int Start, int End)> taken, HashSet<int> subjects,
        List<(int Start, int End)> titles)
    {
        // Kept apart until the end: the amendment check below reads the last numbered citation found.
        var amended = new List<Found>();
        var previousTitleEnd = -1;
        var previousNamedInEnacted = false;
        foreach (var m in Symbols(text, document))
        {
            if (IsOwnNumberLine(text, m.Index)) continue;
            var symbol = ParsedSymbol.Parse(m.Value);
            if (symbol is null) continue;
            if (IsNotInstrument(text, m.Index)) continue;
            if (IsContract(text, m.Index, symbol) || IsCertificate(symbol) || IsCopy(symbol)) continue;
            if (IsRegisterNumber(text, m.Index + m.Length, symbol, m.Value) || IsListItem(text, m.Index, m.Value)) continue;
            var (sentenceStart, sentenceEnd) = sentences.Around(m.Index);
            var beforeLength = m.Index - sentenceStart;

            var start = m.Index;
            string? kind = null;
            string? issuer = null;
            // The kind word counts only within 40 characters of the symbol. The pattern must end at the
            // symbol and no kind word ends another, so it matches at one place at most: searching only
            // those 40 characters finds it exactly when a search of the whole sentence would have. Read right to left, it is tried at
            // the symbol alone, not at each of the 40 characters.
            var kindFrom = Math.Max(sentenceStart, m.Index - 40);
            var kindMatch = KindBefore().Match(text, kindFrom, m.Index - kindFrom);
            if (kindMatch.Success)
            {
                kind = KindNamed(kindMatch);
                start = kindMatch.Index;
                // "Thông báo kết luận số 45-TB/TW": of two kind words in a row, the one the type code names is the kind.
                var before = text.AsSpan(kindFrom, start - kindFrom).TrimEnd();
                if (symbol.TypeCode is not null && symbol.KindFromCode is { } coded && coded != kind && before.EndsWith(coded, StringComparison.OrdinalIgnoreCase))
                {
                    kind = coded;
                    start = kindFrom + before.Length - coded.Length;
                }
            }
            else
            {
                // Both read back from the citation, within reach: from the sentence's start, a sentence of thousands of bare numbers
                // ("số 1/QĐ-BGDĐT; số 2/QĐ-BGDĐT; …") was read whole for each of them.
                var nearby = Math.Min(beforeLength, 40);
                if (NumberWordBefore().Match(text, sentenceStart + beforeLength - nearby, nearby) is { Success: true } number) start = number.Index;
                var listReach = Math.Min(beforeLength, ListHeadReach);
                if (ListHead().Match(text, sentenceStart + beforeLength - listReach, listReach) is { Success: true } head)
                {
                    kind = DocumentKinds.FromWord(head.Groups["kind"].Value);
                    if (head.Groups["issuer"].Success) issuer = head.Groups["issuer"].Value.Trim();
                }
            }
            // "Nghị quyết của Quốc hội số 88/2014/QH13", "Nghị quyết của Quốc hội: số 217/2025/QH15": the kind before its issuer, where no code says it
            // (a code without a type was read as a law's).
            if (kind is null && symbol.TypeCode is null && Math.Max(sentenceStart, m.Index - KindOfIssuerReach) is var ofFrom
                && KindOfIssuerBefore().Match(text, ofFrom, m.Index - ofFrom) is { Success: true } ofIssuer)
            {
                kind = KindNamed(ofIssuer);
                start = ofIssuer.Index;
            }
            // "Nghị quyết số 217/2025/QH15 và 218/2025/QH15": a number without a type code listed after another of a kind is of that kind (218 was
            // read as a law's, and "Nghị quyết 218" after it repeated nothing, a tester's 1002).
            if (kind is null && symbol.TypeCode is null && Math.Max(sentenceStart, m.Index - KindOfIssuerReach) is var listFrom
                && KindListedBefore().Match(text, listFrom, m.Index - listFrom) is { Success: true } listedAfter)
                kind = KindNamed(listedAfter);
            kind ??= symbol.KindFromCode ?? DocumentKinds.Unnamed;
            // "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B số 47/2019/QH14": the number is the amending law's, whose
            // title runs back to "Luật sửa đổi"; the laws it names are cited by it, a mention here. Read up to the symbol: a law named
            // last whose name ends in "luật" ("… của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15") holds a kind's word
            // before "số", and the number went to that law.
            string? lawName = null;
            if (kind == "Luật" && AmendingLawBefore().Match(text, sentenceStart, m.Index - sentenceStart) is { Success: true } amending)
            {
                amended.AddRange(AmendedLaws(text, amending.Groups["named"].Index, amending.Groups["named"].Length, Sentences.Context(text, sentenceStart, sentenceEnd, amending.Index, m.Index + m.Length)));
                start = amending.Index;
                lawName = CleanTitle(text.Substring(amending.Index, amending.Groups["named"].Index + amending.Groups["named"].Length - amending.Index));
            }
            // "Luật Giáo dục số 43/2019/QH14": the citation starts at the law's name, which is its title (the surface was "số 43/2019/QH14";
            // in "Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13" the kind's name was the "luật" of "pháp luật").
            else if (kind == "Luật" && Math.Max(sentenceStart, m.Index - LawNameReach) is var nameFrom
                     && LawNameBefore().Match(text, nameFrom, m.Index - nameFrom) is { Success: true } law && (!kindMatch.Success || law.Index < kindMatch.Index)
                     && CleanTitle(law.Groups["kind"].Value + " " + law.Groups["name"].Value) is var named && named.Split(' ').Length <= MaxLawWords)
            {
                lawName = named;
                start = law.Index;
            }

            var end = m.Index + m.Length;
            string? date = null;
            var year = symbol.Year;
            // What follows the symbol: its date, then its issuer, then its subject, within 400 characters.
            var afterEnd = Math.Min(text.Length, end + 400);
            if (DateAfter().Match(text, end, afterEnd - end) is { Success: true } d)
            {
                (date, year) = VietnameseDates.Read(d);
                end += d.Length;
                afterEnd = Math.Min(text.Length, end + 400);
            }
            // "| 7 | 1653/QĐ-UBND | 15/8/2024 | UBND tỉnh | …": a table listing instruments dates each in the cell after its symbol's, which
            // holds the citation alone ("| Báo cáo sơ kết Quyết định số 2457/QĐ-BGDĐT | 15/01/2025 |" is a deadline).
            else if (OpensCell(text, start) && DateCellAfter().Match(text, end, afterEnd - end) is { Success: true } cell)
                (date, year) = VietnameseDates.Read(cell);
            else if (MonthAfter().Match(text, end, afterEnd - end) is { Success: true } month && int.Parse(month.Groups["m"].Value) is >= 1 and <= 12)
            {
                year ??= int.Parse(month.Groups["y"].Value);
                end += month.Length;
                afterEnd = Math.Min(text.Length, end + 400);
            }
            else if (YearAfter().Match(text, end, afterEnd - end) is { Success: true } alone)
            {
                year ??= int.Parse(alone.Groups["y"].Value);
                end += alone.Length;
                afterEnd = Math.Min(text.Length, end + 400);
            }
            afterEnd = CellEnd(text, end, afterEnd);
            // "Thực hiện chỉ đạo của UBND huyện tại Văn bản số 1287/UBND-VP": the issuer named before the citation, unless one follows it.
            if (issuer is null && IssuerNamedBefore(text, sentenceStart, start) is { Success: true } issuerWords
                && (!issuerWords.Groups["person"].Success || Districts.NamesOne(issuerWords.Groups["issuer"].Value.Trim())))
                // "Trưởng phòng GDĐT huyện": the office's body in small letters is the Phòng all the same.
                issuer = issuerWords.Groups["issuer"].Value.Trim() is var body && issuerWords.Groups["person"].Success ? char.ToUpperInvariant(body[0]) + body[1..] : body;
            var afterStart = end;
            if (IssuerAfter().Match(text, afterStart, afterEnd - afterStart) is { Success: true } iss)
            {
                var named = iss.Groups["issuer"];
                var issuerEnd = DepartmentsEnd(text, named, sentenceEnd, joint: IsJoint(kind, symbol));
                issuer = text[named.Index..issuerEnd].Trim();
                afterStart = issuerEnd < named.Index + named.Length ? issuerEnd : afterStart + iss.Length;
                // "Quyết định số 3001/QĐ-BGDĐT của Bộ trưởng Bộ GDĐT ngày 01/9/2023": the date after the issuer.
                if (date is null && DateAfter().Match(text, afterStart, afterEnd - afterStart) is { Success: true } later)
                {
                    (date, year) = VietnameseDates.Read(later);
                    afterStart += later.Length;
                }
            }
            // "QĐ 1516/QĐ-UBND ngày 20/11/2020 (UBND tỉnh Bắc Giang cũ)", "… (Chủ tịch UBND xã Phú Túc)": a catalogue's issuer in brackets.
            else if (issuer is null && BracketedIssuer().Match(text, afterStart, afterEnd - afterStart) is { Success: true } bracketed)
            {
                issuer = bracketed.Groups["issuer"].Value;
                afterStart += bracketed.Length;
            }
            afterStart = PastAbbreviation(text, afterStart, afterEnd);
            string? title = null;
            var titleEnd = -1;
            if (TitleAfter(text, afterStart, afterEnd - afterStart) is { Success: true } t)
            {
                var subject = t.Groups["title"];
                title = CleanTitle(subject.Value);
                // A colon ends the subject and opens what the citing text lists: the words announcing the list are not the subject.
                if (text.AsSpan(t.Index + t.Length).TrimStart().StartsWith(':')) title = ListIntro().Replace(title, "");
                // "Thực hiện Chỉ thị số 24-CT/TU … về tăng cường …, Ủy ban nhân dân tỉnh ban hành Kế hoạch …": the citing text's own clause.
                if (title.Contains(", ", StringComparison.Ordinal)) title = CitingClause().Replace(title, "");
                // "… trên địa bàn Quận, Phòng Giáo dục và Đào tạo (GDĐT) Quận 1 hướng dẫn …": the subject stopped at the bracket, inside
                // the citing text's clause, before the verb that shows it is one.
                if (title.Contains(", ", StringComparison.Ordinal) && BracketRunOn(text, subject.Index + subject.Length, sentenceEnd) is { } runOn
                    && CitingClause().Match(title + runOn) is { Success: true } clause && clause.Index < title.Length)
                    title = title[..clause.Index].Trim(TitleEdges);
                // "Kế hoạch số 67/KH-UBND … về triển khai thực hiện Chỉ thị số 08/CT-TTg … của Thủ tướng Chính phủ về tăng cường … trong các
                // CSGD trên địa bàn tỉnh Bắc Giang": a national instrument's subject holds no province's or district's area; the words close
                // the local plan whose subject nests it.
                if (IssuerCodes.IsCentral(symbol.IssuerCode) && LocalArea().Match(title) is { Success: true, Index: > 0 } area)
                    title = title[..area.Index].Trim(TitleEdges);
                titles.Add((subject.Index, subject.Index + subject.Length));
                titleEnd = subject.Index + subject.Length;
                var approves = ApprovesInstrument().Match(text, subject.Index, subject.Length);
                if (!approves.Success && kind == "Nghị quyết") approves = DecidesPlan().Match(text, subject.Index, subject.Length);
                if (approves.Success) subjects.Add(approves.Index + approves.Length);
            }
            else if (kind == "Luật" && lawName is null && AmendingTitleAt(text, afterStart, afterEnd) is { } amends)
            {
                // "Luật số 123/2025/QH15 sửa đổi, bổ sung một số điều của Luật Giáo dục": an amending law's name after its number, which no
                // "về" opens, as it stands before one ("Luật sửa đổi, bổ sung … số 47/2019/QH14"); the law had no title.
                title = CleanTitle("Luật " + text[amends.Start..amends.End]);
                titles.Add(amends);
                titleEnd = amends.End;
                if (date is null && PassedByAssemblyAt().Match(text, amends.End, afterEnd - amends.End) is { Success: true } passed
                    && DateAfter().Match(text, amends.End + passed.Length, afterEnd - amends.End - passed.Length) is { Success: true } passedOn)
                    (date, year) = VietnameseDates.Read(passedOn);
            }

            title ??= lawName;
            var relation = CitationRelation.Read(text, sentenceStart, start - sentenceStart);
            var enactedByPrevious = false;
            if (found.Count > 0 && found[^1] is { Named: false } previous && previous.Start >= sentenceStart && previous.End <= start)
            {
                // "Căn cứ Nghị định số 88/2022/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 76/2019/NĐ-CP": 88 amends 76, this text does not.
                enactedByPrevious = AmendedByPrevious().IsMatch(text.AsSpan(previous.End, start - previous.End)) || EnactedByPrevious(text, previous.End, start, relation)
                    // "… sửa đổi, bổ sung một số điều của các Thông tư số 01/2021/TT-BGDĐT, 02/2021/TT-BGDĐT và 03/2021/TT-BGDĐT": all three are
                    // what the previous one amends, not the first alone (a semicolon ends that list: the next item is the citing text's).
                    || (previousNamedInEnacted && text.AsSpan(previous.End, start - previous.End) is var between && !between.Contains(';') && ListSeparator().IsMatch(between));
                if (enactedByPrevious)
                    relation = CitationRelation.Mention;
                // "thay thế Quyết định số 2210/QĐ-UBND … về việc … và bãi bỏ Quyết định số 987/QĐ-UBND": the nearer word, past the
                // previous citation and its subject, governs this one; and an enacting word reaches no further than the next relation's
                // ("thay thế Quyết định số 1491/QĐ-UBND …, thực hiện theo Quyết định số 2171/QĐ-BGDĐT": 2171 was replaced).
                // (A subject read up to the sentence's end runs over this citation: the words after the previous one are read then.)
                // Within the previous one's subject, the subject's own word governs it ("Căn cứ Kết luận số 91-KL/TW … về tiếp tục thực hiện
                // Nghị quyết số 29-NQ/TW": the conclusion implements the resolution), as it governs an instrument named there (FindNamed).
                else if ((previousTitleEnd > start ? previous.End : Math.Max(previous.End, previousTitleEnd)) is var from && from < start
                         && CitationRelation.Read(text, from, start - from) is var nearer
                         && (CitationRelation.Enacting.Contains(nearer) || ((CitationRelation.Enacting.Contains(relation) || previousTitleEnd > start) && nearer != CitationRelation.Mention)
                             // Where no word of the subject governs it, it is what the previous one is about, not what the sentence's opening governs:
                             // "Căn cứ … Quyết định số 1425/QĐ-UBND … về việc đính chính Quyết định số 1398/QĐ-UBND" stands on 1425 (a tester's 318).
                             || (previousTitleEnd > start && !CoordinatedInstrument().IsMatch(text.AsSpan(from, start - from)))))
                    relation = nearer;
            }
            // "… sửa đổi, bổ sung, bãi bỏ một số điều của Thông tư số 22/2021/TT-BGDĐT đã được sửa đổi, bổ sung bởi Thông tư số 12/2024/TT-BGDĐT": a
            // passive amender reads as what it amended does (the testers' rule, "transparent"), and that one, named in another's subject, is
            // told of (a tester's 709; the sentence's opening had governed it, or the subject's "sửa đổi").
            if (found.Count > 0 && found[^1] is { Named: false, Relation: CitationRelation.Mention } amendedOne && amendedOne.Start >= sentenceStart && amendedOne.End <= start
                && PassiveAmenderAfter().IsMatch(text.AsSpan(amendedOne.End, start - amendedOne.End)))
                relation = CitationRelation.Mention;
            // "Quyết định số 31/2022/QĐ-UBND … sửa đổi Điều 5 của Quy định ban hành kèm theo Quyết định số 25/2021/QĐ-UBND hết hiệu lực kể từ
            // ngày Quyết định này có hiệu lực": what expires is 31/2022, the clause's subject; 25/2021 is named in what 31/2022 did.
            if (!enactedByPrevious && CitationRelation.RepealedHere(text, sentenceStart, end, sentenceEnd)) relation = CitationRelation.Repeals;
            else if (!enactedByPrevious && CitationRelation.ReplacedHere(text, end, sentenceEnd)) relation = CitationRelation.Replaces;
            else if (relation == CitationRelation.Mention && CitationRelation.ContinuedHere(text, end, sentenceEnd)) relation = CitationRelation.Implements;
            else if (relation is CitationRelation.Implements or CitationRelation.LegalBasis && CitationRelation.SaidExpired(text, end, sentenceEnd)) relation = CitationRelation.Mention;
            // "… đã được sửa đổi, bổ sung bởi Thông tư số 26/2020/TT-BGDĐT (Văn bản hợp nhất số 03/VBHN-BGDĐT …)": a consolidated text in brackets
            // beside what it consolidates is where to read it, not what is carried out (a tester's 324; 117's "(đã được hợp nhất tại …)").
            if (kind == "Văn bản hợp nhất" && InBrackets(text, sentenceStart, start)) relation = CitationRelation.Mention;
            // Before a symbol read from its kind's word is another instrument, not numbers sharing its codes: "theo Nghị định 20 và Thông tư 07/2016" (353).
            var listed = m.FromKind ? [] : SharedWith(text, sentenceStart, m.Index, symbol);
            foreach (var (number, numberStart, numberEnd) in listed)
            {
                found.Add(new Found(numberStart, numberEnd, kind, number.Normalized, number.Number, number.IssuerCode, CanonicalIssuer(issuer),
                    date, year ?? number.Year, null, relation, Sentences.Context(text, sentenceStart, sentenceEnd, numberStart, numberEnd), Named: false)
                {
                    ProvinceNamed = ProvinceIn(issuer),
                });
                taken.Add((numberStart, numberEnd));
            }
            found.Add(new Found(start, end, kind, symbol.Normalized, symbol.Number, symbol.IssuerCode, CanonicalIssuer(issuer),
                date, year, title, relation, Sentences.Context(text, sentenceStart, sentenceEnd, start, end), Named: false)
            {
                ProvinceNamed = ProvinceIn(issuer),
            });
            taken.Add((start, end));
            previousTitleEnd = titleEnd;
            previousNamedInEnacted = enactedByPrevious;
        }
        LendAlongLists(text, found);
        found.AddRange(amended);
    }

    /// <summary>
    /// "các Chỉ thị số 05-CT/TW, 10-CT/TW của Bộ Chính trị": the issuer named after a list's last symbol is every listed symbol's of
    /// the same issuer code (05-CT/TW was the Central Committee's, from its code, and 10-CT/TW the Politburo's). So is the date of a
    /// list of one kind ("các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND ngày 05/01/2021"), unless a symbol's own year says otherwise: undated,
    /// 12/QĐ-UBND was joined with another year's 12/QĐ-UBND of the same province.
    /// </summary>
    private static void LendAlongLists(string text, List<Found> found)
    {
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (item, next) = (found[i], found[i + 1]);
            if (item.Named || next.Named || item.IssuerCode != next.IssuerCode || item.End > next.Start
                || !ListSeparator().IsMatch(text.AsSpan(item.End, next.Start - item.End))) continue;
            if (item.Issuer is null && next.Issuer is not null)
                item = item with { Issuer = next.Issuer, ProvinceNamed = item.ProvinceNamed ?? next.ProvinceNamed };
            if (item.Date is null && next.Date is not null && item.Kind == next.Kind && (item.Year is null || item.Year == next.Year))
                item = item with { Date = next.Date, Year = next.Year };
            // What was lent yields to the instrument's own date where the text gives it elsewhere (DocumentCitations.KeepOwnDates).
            found[i] = ReferenceEquals(item, found[i]) ? item : item with { Unlent = found[i].Unlent ?? found[i] };
        }
    }

    [GeneratedRegex(@"^\s*(?:[,;]|[,;]?\s*và)\s*$")]
    internal static partial Regex ListSeparator();

    /// <summary>Instruments cited without a number, where no numbered citation was found.</summary>
    /// <param name="patterns">A bit for each of <see cref="NamedPatterns"/> to try: those whose words the text holds.</param>
    private static void FindNamed(string text, int patterns, Sentences.Cursor sentences, List<Found> found,
        List<(int Start, int End)> taken, HashSet<int> subjects, List<(int Start, int End)> titles)
    {
        for (var i = 0; i < NamedPatterns.Length; i++)
        {
            if ((patterns & (1 << i)) == 0) continue;
            var (regex, isLaw, _) = NamedPatterns[i];
            foreach (var m in MatchesInside(regex, text, taken, subjects))
            {
                // A law's name as matched may run on past its end into the next citation ("Luật Thực hiện dân chủ ở cơ sở và Hướng dẫn số
                // 27/HD-TLĐ", a tester's 948): what it overlaps is told once its name is cut where it ends (below).
                if ((!isLaw && taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length)) || subjects.Contains(m.Index)) continue;
                if (!isLaw && (ToBeDrafted().IsMatch(text.AsSpan(Math.Max(0, m.Index - ToBeDraftedReach), Math.Min(m.Index, ToBeDraftedReach)))
                               || YetToBeApproved(text, m.Index, m.Index + m.Length))) continue;
                // A law's name ends where a known name does before the sentence goes on with "và" (KnownLaws).
                var lawName = m.Groups["name"];
                // "theo Luật giáo dục", typed in small letters (a school's page, a tester's 911): a law only where its name is a known one, as
                // far as that name runs ("Luật giáo dục thì …"); "Luật này", "Luật mới" name none. Read from its first word, as far as the known
                // name: read on to a stop, "Luật số 80/2015/QH13 - Luật Ban hành …" was one name in small letters and hid the law after the number.
                // So is a law typed without marks ("theo Luat Khieu nai nam 2011 va Luat To cao nam 2018", a tester's 950; "luat tre em", 961): its
                // name is known folded.
                var lowerKnown = m.Groups["lower"].Success || m.Groups["kind"].Value is "Luat" or "luat" ? KnownLaws.KnownLengthAt(text, lawName.Index) : -1;
                // Two words at least: names are known folded, and "sau khi Luật được Quốc hội thông qua" (held-out 103) read "được" as Dược.
                if (lowerKnown == 0 || (lowerKnown > 0 && !text.AsSpan(lawName.Index, lowerKnown).Contains(' '))) continue;
                var nameLength = m.Groups["amends"].Success ? AmendingTitleEnd(text, lawName.Index) - lawName.Index
                    : isLaw && !lawName.Value.StartsWith("sửa đổi", StringComparison.OrdinalIgnoreCase) ? KnownLaws.NameLength(lawName.Value) : lawName.Length;
                if (lowerKnown > 0) nameLength = lowerKnown;
                // …or goes on past a comma where a known name does ("Luật Phòng, chống tham nhũng;" was "Luật Phòng").
                if (isLaw && lawName.Success && nameLength == lawName.Length && KnownLaws.KnownLengthAt(text, lawName.Index) is var known && known > nameLength)
                    nameLength = known;
                var matchEnd = isLaw && nameLength != lawName.Length ? lawName.Index + nameLength : m.Index + m.Length;
                if (isLaw && taken.Any(t => m.Index < t.End && t.Start < matchEnd)) continue;
                var next = text.AsSpan(matchEnd, Math.Min(text.Length, matchEnd + 12) - matchEnd);
                if (NumberFollows().IsMatch(next) && !(isLaw && LawYearAfter().IsMatch(next))) continue;
                // A Pháp lệnh is named as a law is ("Pháp lệnh Ưu đãi người có công với cách mạng"), and so is the Constitution.
                // A code (Bộ luật Lao động) is a law as the graph reads laws, and keeps its own name.
                var kind = m.Groups["kind"].Value is "Bộ luật" ? "Luật" : DocumentKinds.FromWord(m.Groups["kind"].Value) ?? m.Groups["kind"].Value;
                var name = CleanTitle(isLaw ? (m.Groups["kind"].Value is "Bộ luật" ? "Bộ luật" : kind) + " " + text.Substring(lawName.Index, nameLength) : m.Groups["title"].Value);
                // A law's name is a few words; an amending law's holds the names of the laws it amends.
                var amending = kind == "Luật" && m.Groups["name"].Value.StartsWith("sửa đổi", StringComparison.OrdinalIgnoreCase);
                if (isLaw && name.Split(' ').Length > (amending ? MaxAmendingLawWords : MaxLawWords)) continue;
                var start = m.Index;
                var (end, date, year) = DatedAfter(text, matchEnd, isLaw ? LawYearAfter() : YearAfter());
                // "Luật Giáo dục được Quốc hội thông qua ngày 14/6/2019": the day it was passed is the law's date; in a numbered law's subject
                // ("Luật số 123/2025/QH15 sửa đổi, bổ sung một số điều của Luật Giáo dục được Quốc hội thông qua ngày …"), that law's.
                if (isLaw && date is null && year is null && !titles.Exists(t => t.Start <= m.Index && m.Index < t.End)
                    && PassedByAssemblyAt().Match(text, matchEnd) is { Success: true } passed
                    && DatedAfter(text, matchEnd + passed.Length, LawYearAfter()) is { Year: not null } passedOn)
                    (end, date, year) = passedOn;
                // A law is passed, not approved by a decision: "Hiến pháp năm 2013 đã được sửa đổi, bổ sung … theo Nghị quyết số 203/2025/QH15"
                // is the Constitution and the resolution amending it.
                if (!isLaw && ApprovedByNumbered().IsMatch(text.AsSpan(end, Math.Min(text.Length, end + 160) - end))) continue;
                if (!isLaw && NoRowOfItsOwn().IsMatch(text.AsSpan(end, Math.Min(text.Length, end + 40) - end))) continue;
                var (sentenceStart, sentenceEnd) = sentences.Around(start);
                // Named in a numbered citation's subject, it is governed by the subject's words alone: "Nghị định số 163/2016/NĐ-CP
                // … quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước" is a mention (the decree details the law, this
                // text does not); "Kết luận số 51-KL/TW … về tiếp tục thực hiện Nghị quyết …" implements it, as this text does.
                // One joined to the citation by "và" ("thực hiện Nghị quyết số 29-NQ/TW về … và Nghị quyết Đại hội …") is cited alongside it.
                var inTitle = titles.FindIndex(t => t.Start <= start && start < t.End);
                var governedFrom = inTitle >= 0 && !JoinedBefore().IsMatch(text.AsSpan(titles[inTitle].Start, start - titles[inTitle].Start))
                    ? titles[inTitle].Start : sentenceStart;
                var relation = CitationRelation.Read(text, governedFrom, start - governedFrom);
                // "Luật số 47/2019/QH14 sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật …": what a cited instrument's
                // subject amends, replaces or repeals, that instrument does; this text mentions it.
                if (inTitle >= 0 && CitationRelation.Enacting.Contains(CitationRelation.Read(text, titles[inTitle].Start, start - titles[inTitle].Start)))
                    relation = CitationRelation.Mention;
                // Not past a semicolon or into a quotation ("… sửa đổi … có căn cứ ban hành như sau: "Căn cứ Luật Giáo dục …""): the words
                // another instrument is quoted in are no subject of the one before them.
                else if (found.FindLast(f => !f.Named && f.Start >= sentenceStart && f.End <= start) is { } amender
                         && AmendsNamed().IsMatch(text.AsSpan(amender.End, start - amender.End))
                         && !text.AsSpan(amender.End, start - amender.End).Contains(';')
                         && CitationRelation.QuotationStart(text, amender.End, start) < 0)
                    relation = CitationRelation.Mention;
                var context = Sentences.Context(text, sentenceStart, sentenceEnd, start, end);
                // 'Đề án "Xây dựng xã hội học tập …" của Thủ tướng Chính phủ': its issuer, which says whose it is (the country's, not the
                // citing province's), as a numbered citation's does. The citation itself still ends at its name.
                var issuer = IssuerAfter().Match(text, end, CellEnd(text, end, Math.Min(text.Length, end + 200)) - end) is { Success: true } named ? named.Groups["issuer"].Value.Trim() : null;
                found.Add(new Found(start, end, kind, null, null, null, CanonicalIssuer(issuer), date, year, name, relation, context, Named: true));
                taken.Add((start, end));
                // The laws it amends are cited too, by the amending law and not by this document: a mention here.
                if (amending) found.AddRange(AmendedLaws(text, lawName.Index, nameLength, context));
                // "các Luật: Giáo dục năm 2019, Viên chức năm 2010": the kind word and what governs the first govern every law of the list.
                else if (kind == "Luật")
                    foreach (var law in LawsListedAfter(text, end, AfterPlural(text, m.Index)))
                    {
                        var (lawSentenceStart, lawSentenceEnd) = sentences.Around(law.Start);
                        found.Add(new Found(law.Start, law.End, kind, null, null, null, null, law.Date, law.Year, CleanTitle(m.Groups["kind"].Value + " " + law.Name),
                            relation, Sentences.Context(text, lawSentenceStart, lawSentenceEnd, law.Start, law.End), Named: true));
                        taken.Add((law.Start, law.End));
                    }
            }
        }
    }

    /// <summary>
    /// A pattern's matches, left to right; where a titled one is no citation of its own, being held by a numbered citation or its subject, the
    /// pattern is tried again inside its title. "Kế hoạch số 135/KH-UBND … về thực hiện Chương trình Sức khỏe học đường giai đoạn 2021 - 2025"
    /// matches from the plan's kind word to the programme's period, and the programme the plan implements is named inside it, as it is in
    /// quotes; so is the Đề án of "ban hành Kế hoạch thực hiện Đề án … giai đoạn 2018 - 2025" (seed 000).
    /// </summary>
    private static IEnumerable<Match> MatchesInside(Regex regex, string text, List<(int Start, int End)> taken, HashSet<int> subjects)
    {
        for (var m = regex.Match(text); m.Success;)
        {
            var title = m.Groups["title"];
            if (title.Success && (subjects.Contains(m.Index) || taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length)))
            {
                m = regex.Match(text, title.Index);
                continue;
            }
            yield return m;
            m = m.NextMatch();
        }
    }

    /// <summary>
    /// The laws listed after a law cited by name, each named without the kind word: "các Luật: Giáo dục năm 2019, Viên chức năm 2010 và Cán bộ,
    /// công chức năm 2008". After "các Luật" the names are a list, joined by commas or "và", dated or not, or by semicolons, dated: a
    /// semicolon also ends a ground ("các Luật: Giáo dục ngày 14/6/2019; Xét đề nghị của …"). After a single law a name is
    /// another law only after a comma and with its year or date ("Luật Giáo dục năm 2019, Viên chức năm 2010"): "Luật Giáo dục năm 2019,
    /// Sở Giáo dục và Đào tạo hướng dẫn …" and "Luật Giáo dục năm 2019 và Điều lệ trường trung học năm 2020" list no law.
    /// </summary>
    private static IEnumerable<(int Start, int End, string Name, string? Date, int? Year)> LawsListedAfter(string text, int from, bool plural)
    {
        for (var at = from; ListedLaw().Match(text, at, Math.Min(text.Length, at + ListedLawReach) - at) is { Success: true } item;)
        {
            if (!plural && (item.Groups["and"].Success || item.Groups["semi"].Success)) yield break;
            var name = item.Groups["name"];
            if (name.Value.Split(' ').Length >= MaxLawWords) yield break;
            var (end, date, year) = DatedAfter(text, name.Index + name.Length, plural ? LawYearAfter() : YearAfter());
            if ((!plural || item.Groups["semi"].Success) && year is null) yield break;
            yield return (name.Index, end, name.Value, date, year);
            at = end;
        }
    }

    /// <summary>The date or year right after an instrument named without a number, and where the citation then ends.</summary>
    private static (int End, string? Date, int? Year) DatedAfter(string text, int end, Regex yearAfter)
    {
        var afterLength = Math.Min(text.Length, end + 60) - end;
        if (DateAfter().Match(text, end, afterLength) is { Success: true } d)
        {
            var (date, year) = VietnameseDates.Read(d);
            return (end + d.Length, date, year);
        }
        return yearAfter.Match(text, end, afterLength) is { Success: true } y ? (end + y.Length, null, int.Parse(y.Groups["y"].Value)) : (end, null, null);
    }

    /// <summary>How far after a listed law the next one's name is looked for.</summary>
    private const int ListedLawReach = 200;

    /// <summary>Whether "các" comes right before: "các Luật" is a list.</summary>
    private static bool AfterPlural(string text, int index) =>
        text.AsSpan(0, index).TrimEnd() is var before && before.EndsWith("các", StringComparison.OrdinalIgnoreCase)
        && (before.Length == 3 || !char.IsLetter(before[^4]));

    /// <summary>
    /// A law of a list named without its kind word, after a comma, a semicolon or "và" (which of them a list may use, <see cref="LawsListedAfter"/>
    /// says): a name that opens as no instrument's kind, body, article, convention or date does ("Nghị định số …", "Sở Giáo dục …", "Điều lệ …",
    /// "Công ước …", "Năm học …"), up to its year, its date, or the next name. A comma before small
    /// letters is within a name ("Cán bộ, công chức"), as it is in <see cref="AmendedLaw"/>. A name holds no "Luật": one that does is
    /// its own law's, cited with its kind.
    /// </summary>
    [GeneratedRegex(@"^(?:\s*,\s*|\s*(?<semi>;)\s*|\s*,?\s+(?<and>và)\s+)(?!(?:" + Kinds + @"|Bộ luật|Điều|Khoản|Điểm|Mục|Phụ lục|Công ước|Hiệp định|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Chính phủ|Thủ tướng|Quốc hội|Tỉnh ủy|Thành ủy|Huyện ủy|Trường|Căn cứ|Theo|Năm|Ngày|Tháng|(?:Bộ|Sở|Phòng|Ban)\s+\p{Lu})(?![\p{L}\p{M}]))(?<name>\p{Lu}(?:(?!\sLuật(?![\p{L}\p{M}]))[^;:.,()“”""\d\n]|,(?=\s*\p{Ll}))*?)(?=\s*,?\s*(?:năm|ngày)\s+\d|\s+(?:19|20)\d{2}(?![\d/])|\s*(?:[;:.()“”""]|,(?!\s*\p{Ll}))|\s+và\s+\p{Lu}|\s+(?:của|đã|được|để|nhằm|trong|tại|theo|về)(?![\p{L}\p{M}])|$)")]
    private static partial Regex ListedLaw();

    /// <summary>
    /// Directives cited by their date and issuer, without a number: "Chỉ thị ngày 26/8/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo về …"
    /// (<see cref="DatedInstruments"/>). With a day that does not exist, the date names nothing, and it is no citation. Without an issuer (or
    /// with one named too short to say which, "của Sở") it is found with none: the same kind and day the text cites elsewhere with its issuer
    /// ("Công văn ngày 14/11/2025 của Sở …", then "theo … Công văn ngày 14/11/2025"), or no citation (<see cref="BareRepeats"/>). The citation
    /// ends at its date, as a numbered one does.
    /// </summary>
    private static void FindDated(string text, Sentences.Cursor sentences, List<Found> found, List<(int Start, int End)> taken)
    {
        foreach (Match m in DatedInstruments.KindThenDate().Matches(text))
        {
            var start = m.Index;
            var end = start + m.Length;
            if (taken.Any(t => start < t.End && t.Start < end)) continue;
            if (DateAfter().Match(text, end, Math.Min(text.Length, end + 40) - end) is not { Success: true } d
                || VietnameseDates.Read(d) is not ({ } date, var year)) continue;
            end += d.Length;
            var afterEnd = CellEnd(text, end, Math.Min(text.Length, end + 400));
            var named = IssuerAfter().Match(text, end, afterEnd - end);
            var kind = DatedInstruments.KindOf(m);
            var (sentenceStart, sentenceEnd) = sentences.Around(start);
            // Named after it, or else before it ("của Sở Tài chính (tại Công văn ngày …)"): with the person, who has no code to name the body by.
            var issuer = named.Success ? CanonicalIssuer(named.Groups["issuer"].Value.Trim())
                : IssuerNamedBefore(text, sentenceStart, start) is { Success: true } before ? CanonicalIssuer(before.Groups["body"].Value) : null;
            var titleFrom = named.Success ? PastAbbreviation(text, end + named.Length, afterEnd) : end;
            var title = TitleAfter(text, titleFrom, afterEnd - titleFrom) is { Success: true } t ? CleanTitle(t.Groups["title"].Value) : null;
            found.Add(new Found(start, end, kind, null, null, null, issuer, date, year, title,
                CitationRelation.Read(text, sentenceStart, start - sentenceStart), Sentences.Context(text, sentenceStart, sentenceEnd, start, end), Named: true)
            {
                ProvinceNamed = ProvinceIn(issuer),
                Dated = true,
            });
            taken.Add((start, end));
        }
    }

    /// <summary>
    /// "Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Đồng Nai năm 2025", "Nghị quyết của Quốc hội
    /// về phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi", "Chỉ thị của Thủ tướng Chính phủ về tăng cường giáo dục đạo đức, lối sống …":
    /// an instrument of a central body cited by its issuer and subject alone, as every province cites its own commune-merger resolution (testers'
    /// 577-579, 791, 891, 897, 914); and the minister's yearly directive on the school year's tasks, "Chỉ thị của Bộ trưởng Bộ GDĐT về nhiệm vụ,
    /// giải pháp năm học 2025 - 2026" (938, 942). Named by its subject, as a Đề án is. Not in a table's cell, where it describes the row's numbered
    /// instrument ("| 20/2014/NĐ-CP | … | Nghị định của Chính phủ về phổ cập giáo dục, xóa mù chữ |", a tester's 849), nor one of a plural.
    /// </summary>
    private static void FindBySubject(string text, Sentences.Cursor sentences, List<Found> found, List<(int Start, int End)> taken)
    {
        foreach (Match m in CentralBodyThenSubject().Matches(text))
        {
            var start = m.Index;
            if (taken.Any(t => start < t.End && t.Start < m.Index + m.Length) || AfterPlural(text, start) || AfterCellEdge(text, start)) continue;
            var afterEnd = CellEnd(text, m.Index + m.Length, Math.Min(text.Length, m.Index + m.Length + 400));
            if (TitleAfter(text, m.Index + m.Length, afterEnd - m.Index - m.Length) is not { Success: true } subject) continue;
            var title = subject.Groups["title"];
            // "… về Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025, Chương trình hành động của Chính phủ …" (seed 004): a capital after a
            // comma opens the next instrument of the list.
            var end = NextListed().Match(text, title.Index, title.Length) is { Success: true } next ? next.Index : title.Index + title.Length;
            var (sentenceStart, sentenceEnd) = sentences.Around(start);
            found.Add(new Found(start, end, m.Groups["kind"].Value, null, null, null, CanonicalIssuer(m.Groups["issuer"].Value), null, null, CleanTitle(text[title.Index..end]),
                CitationRelation.Read(text, sentenceStart, start - sentenceStart), Sentences.Context(text, sentenceStart, sentenceEnd, start, end), Named: true));
            taken.Add((start, end));
        }
    }

    [GeneratedRegex(@",\s+\p{Lu}")]
    private static partial Regex NextListed();

    /// <summary>A kind, then its issuer, then "số" before a symbol: "Nghị quyết của Quốc hội số", "Nghị quyết của Quốc hội: số".</summary>
    /// <remarks>Written with its capital, and the issuer a body, not a law ("quy định của Luật Giáo dục số 43/2019/QH14" is the law's number).</remarks>
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<kind>Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận)\s+của\s+(?!(?:Bộ\s+)?[Ll]uật\b)\p{Lu}[^,;.()“”""\n/\d]{1,60}?\s*:?\s*số\s*:?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex KindOfIssuerBefore();

    private const int KindOfIssuerReach = 90;

    /// <summary>A kind and "số" before the symbols of a list this one goes on: "Nghị quyết số 217/2025/QH15 và ", "Nghị định số 20/2014/NĐ-CP, ".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<kind>Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận)\s+số\s*\d[^\s,;]*(?:\s*(?:,|và)\s*(?:số\s*)?\d[^\s,;]*)*\s*(?:,|và)\s*(?:số\s*)?$", RegexOptions.RightToLeft)]
    private static partial Regex KindListedBefore();

    /// <summary>The central bodies <see cref="FindBySubject"/> reads, each before "về": a block holding none is not searched.</summary>
    private static readonly string[] CentralBodiesThenSubject =
        ["Thường vụ Quốc hội về", "của Quốc hội về", "Chính phủ về", "Bộ Chính trị về", "Ban Bí thư về", "Trung ương về", "Trung ương Đảng về",
         "Giáo dục và Đào tạo về", "GDĐT về", "GD&ĐT về"];

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<kind>Nghị quyết|Chỉ thị|Kết luận|Nghị định|Quyết định)\s+của\s+(?<issuer>Ủy ban Thường vụ Quốc hội|Quốc hội|Chính phủ|Thủ tướng Chính phủ|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?|(?:Bộ trưởng\s+)?Bộ\s+(?:Giáo dục và Đào tạo|GDĐT|GD&ĐT))(?=\s+về\s)")]
    private static partial Regex CentralBodyThenSubject();

    /// <summary>The laws an amending law's title names, read in place: cited by the amending law, a mention in this text.</summary>
    private static IEnumerable<Found> AmendedLaws(string text, int titleStart, int titleLength, string context)
    {
        for (var law = AmendedLaw().Match(text, titleStart, titleLength); law.Success; law = law.NextMatch())
            yield return new Found(law.Index, law.Index + law.Length, "Luật", null, null, null, null, null, null,
                CleanTitle("Luật " + law.Groups["name"].Value), CitationRelation.Mention, context, Named: true);
    }

    internal const int MaxLawWords = 16;
    private const int MaxAmendingLawWords = 48;

    /// <summary>"Số: 633/KH-UBND" opening a document's header is the document itself, not a citation.</summary>
    /// <summary>
    /// The numbers listed before a symbol that share its type and issuer ("số 1234, 1235 và 1236/QĐ-UBND"), each as that symbol
    /// with its own number, where it stands in the text: the first from its kind's name or "số", the others the number alone.
    /// </summary>
    private static List<(ParsedSymbol Symbol, int Start, int End)> SharedWith(string text, int sentenceStart, int symbolStart, ParsedSymbol symbol)
    {
        // A list ends in a comma, a semicolon or "và" right before the symbol: most symbols have none, and are not looked at further.
        // The list is read from before the sentence's start: a semicolon ends a sentence, and "các Quyết định số 1234; 1235; 1236/QĐ-UBND" is one list.
        var before = text.AsSpan(0, symbolStart).TrimEnd();
        // A range ends in "đến", "đến số" or a dash right before the symbol.
        var beforeNumberWord = before.EndsWith("số", StringComparison.OrdinalIgnoreCase) ? before[..^2].TrimEnd() : before;
        if (beforeNumberWord.EndsWith("đến", StringComparison.OrdinalIgnoreCase) || beforeNumberWord.EndsWith("-") || beforeNumberWord.EndsWith("–"))
            return RangeFrom(text, Math.Max(sentenceStart, symbolStart - SharedListReach), symbolStart, symbol);
        if (!before.EndsWith(",") && !before.EndsWith(";") && !before.EndsWith("và", StringComparison.OrdinalIgnoreCase)) return [];
        var from = Math.Max(before.EndsWith(";") ? 0 : sentenceStart, symbolStart - SharedListReach);
        if (SharedSymbolList().Match(text, from, symbolStart - from) is not { Success: true } list) return [];
        var suffix = symbol.Normalized[symbol.Number.Length..];
        var numbers = new List<(ParsedSymbol, int, int)>();
        foreach (Capture n in list.Groups["n"].Captures)
            if (ParsedSymbol.Parse(n.Value + suffix) is { } shared && shared.Number != symbol.Number)
                numbers.Add((shared, numbers.Count == 0 ? list.Index : n.Index, n.Index + n.Length));
        return numbers;
    }

    /// <summary>
    /// A range's first end (<see cref="RangeStart"/>) as the symbol ending it with its own number; none where the numbers do not rise, or
    /// rise further than one body's register does in a while ("khoản 1 - 300/…" is none).
    /// </summary>
    private static List<(ParsedSymbol Symbol, int Start, int End)> RangeFrom(string text, int from, int symbolStart, ParsedSymbol symbol)
    {
        if (RangeStart().Match(text, from, symbolStart - from) is not { Success: true } range) return [];
        var first = range.Groups["n"];
        if (!int.TryParse(first.Value, out var low) || !int.TryParse(symbol.Number, out var high) || low >= high || high - low > MaxRange
            || ParsedSymbol.Parse(first.Value + symbol.Normalized[symbol.Number.Length..]) is not { } start) return [];
        return [(start, range.Groups["kind"].Success ? range.Index : first.Index, first.Index + first.Length)];
    }

    /// <summary>The most numbers a range of one body's texts spans: a month's letters, not years.</summary>
    private const int MaxRange = 200;

    private static bool IsOwnNumberLine(string text, int index)
    {
        // Only a short prefix can be "Số:": no need to look at a long block's text before the symbol.
        return (index <= 16 && OwnNumberPrefix().IsMatch(text.AsSpan(0, index)))
               || OwnNumberBesideAnother().IsMatch(text.AsSpan(Math.Max(0, index - 80), Math.Min(index, 80)));
    }

    private static readonly char[] TitleEdges = [' ', ',', '.', ';', ':'];

    /// <summary>A subject's last words naming a province's or a district's area: "trên địa bàn tỉnh Bắc Giang", "trên địa bàn toàn tỉnh".</summary>
    [GeneratedRegex(@"\s+(?i:trên địa bàn\s+(?:toàn\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã))(?:\s+(?:\p{Lu}[\p{L}\p{M}]*|\d{1,2}))*\s*$")]
    private static partial Regex LocalArea();

    /// <summary>Tidied: stray marks and spaces, and a two-word phrase typed twice ("ban hành ban hành Kế hoạch").</summary>
    private static string CleanTitle(string title)
    {
        var clean = Spacing.Collapse(title, "*“”");
        return (HasPairTypedTwice(clean) ? TypedTwice().Replace(clean, "$1") : clean).Trim(TitleEdges);
    }

    /// <summary>Whether two words in a row are followed by the same two: found by comparing words, the regex only then runs.</summary>
    private static bool HasPairTypedTwice(string text)
    {
        Span<(int Start, int Length)> words = stackalloc (int, int)[4];
        var count = 0;
        for (var i = 0; i < text.Length;)
        {
            while (i < text.Length && text[i] == ' ') i++;
            var start = i;
            while (i < text.Length && text[i] != ' ') i++;
            if (i == start) break;
            words[count % 4] = (start, i - start);
            count++;
            if (count >= 4
                && Same(text, words[(count - 4) % 4], words[(count - 2) % 4])
                && Same(text, words[(count - 3) % 4], words[(count - 1) % 4]))
                return true;
        }
        return false;
    }

    private static bool Same(string text, (int Start, int Length) a, (int Start, int Length) b) =>
        text.AsSpan(a.Start, a.Length).SequenceEqual(text.AsSpan(b.Start, b.Length));

    [GeneratedRegex(@"\b(\p{L}+ \p{L}+) \1\b")]
    private static partial Regex TypedTwice();

    /// <summary>Issuers repeat throughout a corpus; each spelling is tidied by five patterns once.</summary>
    private static readonly StringMemo<string?> CanonicalIssuerMemo = new(ReadCanonicalIssuer);

    /// <summary>"Bộ trưởng Bộ Giáo dục và Đào tạo" is issued by the Bộ; "Bộ GDĐT" is its short name.</summary>
    public static string? CanonicalIssuer(string? issuer) =>
        string.IsNullOrWhiteSpace(issuer) ? null : CanonicalIssuerMemo.Get(issuer);

    private static string? ReadCanonicalIssuer(string issuer)
    {
        var s = Spacing.Collapse(issuer, "*").Trim();
        s = JointBodiesApart().Replace(s, " và ");
        s = MinisterOf().Replace(s, "");
        s = IssuerCodes.WithFullNames(s);
        s = MinistryShortName().Replace(s, "Bộ Giáo dục và Đào tạo");
        s = PeoplesCommittee().Replace(s, "Ủy ban nhân dân");
        s = CityShortName().Replace(s, m => m.Groups["hcm"].Success ? "thành phố Hồ Chí Minh" : "thành phố ");
        s = PeoplesCouncil().Replace(s, "Hội đồng nhân dân");
        s = PartyCommittee().Replace(s, "Ban Chấp hành");
        s = DepartmentShortName().Replace(s, "${office} Giáo dục và Đào tạo");
        // "Thông tư 29/2025 của Bộ cấm dạy thêm có thu tiền …" (a tester's 632): a ministry's name goes on in capitals; what the Bộ did is no issuer.
        return s.Length > 120 || MinistryDoing().IsMatch(s) ? null : s;
    }

    [GeneratedRegex(@"^Bộ\s+(?!trưởng)\p{Ll}")]
    private static partial Regex MinistryDoing();

    /// <summary>A citation with the issuer written elsewhere than after it (a table's column of issuers), and the province that issuer names.</summary>
    /// <remarks>
    /// The cell is read as the words after a citation are, up to a bracket: "UBND tỉnh Trà Vinh (cũ)", a province merged in 2025, was issued by
    /// "Ủy ban nhân dân tỉnh Trà Vinh (cũ)", where the same words in a sentence gave "Ủy ban nhân dân tỉnh Trà Vinh".
    /// </remarks>
    public static Found IssuedBy(Found f, string issuer)
    {
        var body = issuer.IndexOf('(') is > 0 and var bracket ? issuer[..bracket].TrimEnd() : issuer;
        return f with { Issuer = CanonicalIssuer(body), ProvinceNamed = ProvinceIn(body) };
    }

    /// <summary>Issuers repeat throughout a corpus, and naming the province folds every candidate name.</summary>
    private static readonly StringMemo<string?> ProvinceOfIssuerMemo = new(ReadProvince);

    internal static string? ProvinceIn(string? issuer) => issuer is null ? null : ProvinceOfIssuerMemo.Get(issuer);

    private static string? ReadProvince(string issuer)
    {
        var m = ProvinceOfIssuer().Match(issuer);
        return m.Success ? Provinces.Opening(m.Groups["name"].Value) : null;
    }

    /// <summary>
    /// The province named nearest before a citation on its line: "Sở GDĐT Nghệ An (Công văn số 3318/SGDĐT-GDMN …)", or a table row's cell
    /// naming it ("| 4 | Nghệ An | 3318/SGDĐT-GDMN ngày … |"). What a text of no province (the Bộ's letter to every Sở, a tester's 457) says of
    /// whose a local instrument is; null where its line names none.
    /// </summary>
    internal static string? ProvinceNear(string text, int start)
    {
        // Sought back within reach only: a text of one long line citing thousands of instruments was read back to its start for each.
        var from = Math.Max(0, start - ProvinceNearReach);
        var lineStart = start > from && text.LastIndexOf('\n', start - 1, start - from) is var newline and >= 0 ? newline + 1 : from;
        var line = text.Substring(lineStart, start - lineStart);
        string? named = null;
        foreach (Match m in ProvinceOfIssuer().Matches(line))
            named = Provinces.Opening(m.Groups["name"].Value) ?? named;
        if (named is not null || !line.AsSpan().TrimStart().StartsWith("|")) return named;
        foreach (var cell in line.Split('|'))
            named = Provinces.Canonical(cell.Trim()) ?? named;
        return named;
    }

    private const int ProvinceNearReach = 200;
}
