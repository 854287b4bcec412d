using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Bench;

/// <summary>One generated directive: its file name and its text (UTF-8, NFC), with what it was made of.</summary>
public sealed record GeneratedDocument(string FileName, string Text, string Province, string SchoolYear, string Kind);

/// <summary>A search of the benchmark's query mix: the text typed and the filters, as the API takes them.</summary>
public sealed record BenchQuery(string Q, string? Province = null, string? SchoolYear = null, string? Kind = null)
{
    /// <summary>"/api/search?q=...&amp;province=..."</summary>
    public string Path => "/api/search?q=" + Uri.EscapeDataString(Q)
        + (Province is null ? "" : "&province=" + Uri.EscapeDataString(Province))
        + (SchoolYear is null ? "" : "&schoolYear=" + Uri.EscapeDataString(SchoolYear))
        + (Kind is null ? "" : "&kind=" + Uri.EscapeDataString(Kind));

    public override string ToString() => Q + (Province is null ? "" : $" [province={Province}]")
        + (SchoolYear is null ? "" : $" [schoolYear={SchoolYear}]") + (Kind is null ? "" : $" [kind={Kind}]");
}

/// <summary>
/// Makes a corpus of realistic directives for scale tests by recombining the seeds' section headings,
/// sentences and bullets under a header like the seeds' ("Số: 123/KH-UBND", "Sơn La, ngày 5 tháng 9 năm
/// 2023", "KẾ HOẠCH" and a subject line), for every one of the 34 current provinces, with issuers, school
/// years, numbers and citations varied: central instruments shared by every province with their real
/// dates (2457/QĐ-BGDĐT, 2171/QĐ-BGDĐT, 29-CT/TW, 30/2021/QĐ-TTg, ...) and local ones scoped by the
/// document's province (633/KH-UBND of that province). Deterministic for a seed: one
/// <see cref="Random"/>(seed), documents made in order, one at a time, never the whole corpus in memory.
/// Depends only on the BCL and EduPlan.Search.Core, so the tests can link this file.
/// </summary>
public sealed partial class CorpusGenerator
{
    // Placeholders put into the seeds' text where a generated document puts its own values.
    private const char ProvinceMark = '\u0001';        // "Sơn La"
    private const char UnitProvinceMark = '\u0002';    // "tỉnh Sơn La" / "thành phố Hà Nội"
    private const char UnitProvinceUpperMark = '\u0003'; // "Tỉnh Sơn La" / "Thành phố Hà Nội"
    private const char SchoolYearMark = '\u0004';      // "2023 - 2024"

    /// <summary>The provinces the seeds were written for: their names in seed text become the generated document's province.</summary>
    private static readonly string[] SeedProvinces = ["Lai Châu", "Bắc Giang", "Lào Cai", "Sơn La"];

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"^(?<num>[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+(?<text>.+)$", RegexOptions.Singleline)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"(?<=[.;!?])\s+(?=[\p{Lu}“""])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"(?<=năm học\s*)\d{4}\s*[-–]\s*\d{4}", RegexOptions.IgnoreCase)]
    private static partial Regex SchoolYearInText();

    [GeneratedRegex(@"\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?<y>\d{4})|năm\s+(?<y>(?:19|20)\d{2})")]
    private static partial Regex YearInText();

    [GeneratedRegex(@"(?<unit>[Tt]ỉnh)\s+(?<name>Lai Châu|Bắc Giang|Lào Cai|Sơn La)")]
    private static partial Regex UnitAndSeedProvince();

    [GeneratedRegex(@"Lai Châu|Bắc Giang|Lào Cai|Sơn La|LAI CHÂU|BẮC GIANG|LÀO CAI|SƠN LA")]
    private static partial Regex SeedProvince();

    /// <summary>A sentence or heading of the seeds with placeholders, and the latest year it mentions (so a 2019 plan does not cite a 2023 decision).</summary>
    private sealed record Piece(string Template, int LatestYear);

    /// <summary>An instrument a generated document may cite.</summary>
    private sealed record Cited(string Kind, string Symbol, DateOnly Date, string Issuer, string? Subject, string? ForSchoolYear = null);

    private readonly List<Piece> _sentences = [];
    private readonly List<Piece> _headings = [];
    private readonly List<Piece> _bullets = [];

    /// <summary>Central instruments, the same for every province, with the dates the seeds give them.</summary>
    private static readonly Cited[] Central =
    [
        new("Quyết định", "2457/QĐ-BGDĐT", new(2023, 8, 23), "Bộ trưởng Bộ Giáo dục và Đào tạo", "ban hành Kế hoạch nhiệm vụ, giải pháp trọng tâm năm học 2023 - 2024 của ngành Giáo dục", "2023-2024"),
        new("Quyết định", "2171/QĐ-BGDĐT", new(2023, 7, 28), "Bộ trưởng Bộ Giáo dục và Đào tạo", "ban hành khung kế hoạch thời gian năm học 2023-2024 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên", "2023-2024"),
        new("Chỉ thị", "2268/CT-BGDĐT", new(2019, 8, 8), "Bộ Giáo dục và Đào tạo", "về nhiệm vụ và giải pháp năm học 2019-2020 của ngành Giáo dục", "2019-2020"),
        new("Chỉ thị", "29-CT/TW", new(2024, 1, 5), "Bộ Chính trị", "về công tác phổ cập giáo dục, giáo dục bắt buộc, xóa mù chữ cho người lớn và đẩy mạnh phân luồng học sinh trong giáo dục phổ thông"),
        new("Quyết định", "30/2021/QĐ-TTg", new(2021, 10, 10), "Thủ tướng Chính phủ", null),
        new("Quyết định", "1895/QĐ-TTg", new(2021, 11, 11), "Thủ tướng Chính phủ", null),
        new("Quyết định", "4725/QĐ-BGDĐT", new(2022, 12, 30), "Bộ trưởng Bộ Giáo dục và Đào tạo", "ban hành Bộ Chỉ số đánh giá mức độ chuyển đổi số của cơ sở giáo dục phổ thông và giáo dục thường xuyên"),
        new("Quyết định", "4597/QĐ-BGDĐT", new(2022, 12, 28), "Bộ Giáo dục và Đào tạo", "về việc ban hành quy định kỹ thuật về dữ liệu thanh toán không sử dụng tiền mặt đối với việc thu học phí và các khoản thu dịch vụ giáo dục"),
        new("Chỉ thị", "12-CT/TW", new(2007, 5, 3), "Bộ Chính trị", "về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục quốc phòng và an ninh trong tình hình mới"),
        new("Quyết định", "72-QĐ/TW", new(2022, 7, 18), "Bộ Chính trị", "về biên chế các cơ quan Đảng, Mặt trận Tổ quốc, tổ chức chính trị - xã hội ở Trung ương và các tỉnh ủy, thành ủy, đảng ủy khối trực thuộc Trung ương giai đoạn 2022 - 2026"),
        new("Quyết định", "1677/QĐ-TTg", new(2018, 12, 3), "Thủ tướng Chính phủ", null),
        new("Quyết định", "131/QĐ-TTg", new(2022, 1, 25), "Thủ tướng Chính phủ", "về việc phê duyệt Đề án “Tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong GDĐT giai đoạn 2022-2025, định hướng đến năm 2030”"),
        new("Quyết định", "1373/QĐ-TTg", new(2021, 7, 30), "Thủ tướng Chính phủ", "về phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”"),
        new("Nghị quyết", "32/NQ-CP", new(2024, 3, 20), "Chính phủ", null),
    ];

    /// <summary>Local instruments as the seeds cite them; each province has its own (633/KH-UBND of Cà Mau is not that of Sơn La).</summary>
    private static readonly Cited[] LocalAsInSeeds =
    [
        new("Kế hoạch", "633/KH-UBND", new(2022, 12, 21), "UBND", "về huy động trẻ mầm non ra lớp giai đoạn 2023-2025"),
        new("Kế hoạch", "385/KH-UBND", new(2021, 8, 11), "UBND", "về xây dựng trường học đạt chuẩn quốc gia giai đoạn 2021-2025"),
        new("Kế hoạch", "324/KH-UBND", new(2021, 7, 13), "UBND", $"về chuyển đổi số {UnitProvinceMark} giai đoạn 2021-2025, định hướng đến năm 2030"),
        new("Quyết định", "613/QĐ-UBND", new(2022, 4, 8), "UBND", null),
        new("Quyết định", "348/QĐ-UBND", new(2021, 3, 2), "UBND", "phê duyệt Kế hoạch xây dựng trường mầm non, phổ thông đạt chuẩn quốc gia giai đoạn 2021-2025"),
        new("Nghị quyết", "17-NQ/TU", new(2021, 8, 31), "Ban Thường vụ Tỉnh ủy", $"về chuyển đổi số {UnitProvinceMark} giai đoạn 2021-2025, định hướng đến năm 2030"),
        new("Chương trình hành động", "49-CTr/TU", new(2024, 4, 22), "Ban Thường vụ Tỉnh ủy", "về thực hiện Chỉ thị số 29-CT/TW ngày 05/01/2024 của Bộ Chính trị"),
    ];

    /// <summary>Local subjects for which each province gets its own numbered instrument (number and date drawn once per province).</summary>
    private static readonly (string Kind, string Code, string Issuer, string Subject)[] LocalTopics =
    [
        ("Kế hoạch", "KH-UBND", "UBND", "về phát triển giáo dục mầm non giai đoạn 2021-2025"),
        ("Kế hoạch", "KH-UBND", "UBND", "về thực hiện Chương trình giáo dục phổ thông 2018"),
        ("Quyết định", "QĐ-UBND", "UBND", "ban hành khung kế hoạch thời gian năm học đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên"),
        ("Kế hoạch", "KH-UBND", "UBND", "về bảo đảm an ninh, an toàn trường học"),
        ("Nghị quyết", "NQ-HĐND", "HĐND", "quy định mức thu học phí đối với cơ sở giáo dục công lập"),
        ("Kế hoạch", "KH-SGDĐT", "Sở Giáo dục và Đào tạo", "về bồi dưỡng thường xuyên giáo viên"),
    ];

    private static readonly string[] Subjects =
    [
        $"Thực hiện nhiệm vụ, giải pháp trọng tâm năm học {SchoolYearMark} trên địa bàn {UnitProvinceMark}",
        $"Nhiệm vụ, giải pháp trọng tâm năm học {SchoolYearMark} của ngành Giáo dục và Đào tạo {UnitProvinceMark}",
        $"Về thực hiện nhiệm vụ trọng tâm năm học {SchoolYearMark}",
        "Thực hiện công tác phổ cập giáo dục, xóa mù chữ và phân luồng học sinh trong giáo dục phổ thông",
        "Huy động trẻ mầm non ra lớp và nâng cao chất lượng phổ cập giáo dục mầm non cho trẻ em 5 tuổi",
        $"Chuyển đổi số và ứng dụng công nghệ thông tin trong dạy học, quản lý giáo dục năm học {SchoolYearMark}",
        $"Bảo đảm an ninh, an toàn trường học, phòng chống tai nạn thương tích năm học {SchoolYearMark}",
        $"Tuyển sinh vào lớp 1, lớp 6 và lớp 10 năm học {SchoolYearMark}",
        $"Bồi dưỡng thường xuyên giáo viên và cán bộ quản lý giáo dục năm học {SchoolYearMark}",
        $"Công tác y tế trường học, giáo dục thể chất và bữa ăn học đường năm học {SchoolYearMark}",
        $"Xây dựng trường mầm non, phổ thông đạt chuẩn quốc gia trên địa bàn {UnitProvinceMark}",
        $"Tổ chức các hoạt động giáo dục kĩ năng sống và giáo dục hòa nhập năm học {SchoolYearMark}",
    ];

    private static readonly string[] CitingSentences =
    [
        "Tiếp tục triển khai thực hiện {0}.",
        "Thực hiện nghiêm túc {0} và các văn bản hướng dẫn của Bộ Giáo dục và Đào tạo.",
        "Tổ chức sơ kết, đánh giá kết quả thực hiện {0}; đề xuất giải pháp nâng cao hiệu quả trong thời gian tới.",
        "Triển khai có hiệu quả {0}, bảo đảm đúng tiến độ và chất lượng.",
        "Các đơn vị căn cứ {0} để xây dựng kế hoạch của đơn vị mình.",
        "Bảo đảm tỷ lệ chi cho giáo dục theo quy định tại {0}.",
    ];

    private static readonly string[] Purposes =
    [
        $"Quán triệt và chỉ đạo toàn ngành Giáo dục tập trung tổ chức triển khai thực hiện các nhiệm vụ, giải pháp trọng tâm năm học {SchoolYearMark} nhằm củng cố, nâng cao chất lượng giáo dục và đào tạo.",
        "Làm căn cứ để cơ quan quản lý giáo dục các cấp xây dựng chương trình, kế hoạch thực hiện của địa phương, đơn vị và tổ chức triển khai thực hiện đồng bộ, hiệu quả.",
        "Bảo đảm tính đồng bộ, nhất quán trong triển khai thực hiện, gắn với thực hiện đúng các quy định về phân cấp, phân quyền, nêu cao trách nhiệm của người đứng đầu các cơ quan, đơn vị.",
        "Xác định rõ nhiệm vụ, giải pháp và phân công trách nhiệm cụ thể cho các cơ quan, đơn vị; bảo đảm sự phối hợp chặt chẽ giữa các cấp, các ngành trong quá trình thực hiện.",
    ];

    private static readonly string[] Organisation =
    [
        $"Sở Giáo dục và Đào tạo là cơ quan đầu mối, chủ trì, phối hợp với các đơn vị liên quan tham mưu Ủy ban nhân dân {UnitProvinceMark} theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này; định kỳ tổng hợp, báo cáo kết quả.",
        "Các sở, ban, ngành, đoàn thể tỉnh căn cứ chức năng, nhiệm vụ được giao chủ động phối hợp với ngành Giáo dục triển khai thực hiện có hiệu quả các nhiệm vụ, giải pháp đề ra.",
        "Ủy ban nhân dân các xã, phường chỉ đạo các cơ sở giáo dục trên địa bàn xây dựng kế hoạch cụ thể, bố trí nguồn lực bảo đảm thực hiện đạt mục tiêu.",
        "Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định của pháp luật về ngân sách nhà nước.",
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tăng cường công tác tuyên truyền, vận động nhân dân tham gia thực hiện.",
        "Thủ trưởng các cơ sở giáo dục trực thuộc Sở xây dựng kế hoạch của đơn vị, tổ chức quán triệt đến từng cán bộ quản lý, giáo viên, nhân viên và thực hiện chế độ báo cáo sơ kết, tổng kết năm học.",
    ];

    private static readonly string[] Recipients =
    [
        "Bộ Giáo dục và Đào tạo (để b/c);", "TT. Tỉnh ủy, TT. HĐND tỉnh;", "Chủ tịch, các PCT UBND tỉnh;", "Các sở, ban, ngành, đoàn thể tỉnh;",
        "UBND các xã, phường;", "Lãnh đạo Sở;", "Các phòng thuộc Sở;", "Các đơn vị trực thuộc Sở;", "Ban Văn hóa - Xã hội, HĐND tỉnh;",
        "Hội Khuyến học tỉnh;", "Công đoàn ngành Giáo dục;", "Cổng Thông tin điện tử tỉnh;",
    ];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Tạ", "Lò", "Hà"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Hữu", "Quang", "Ngọc", "Xuân", "Việt", "Anh", "Thu"];
    private static readonly string[] GivenNames = ["Hùng", "Lương", "Ninh", "Hà", "Lan", "Tuấn", "Dũng", "Hải", "Sơn", "Long", "Thảo", "Hương", "Bình", "Phong", "Trung", "Khánh", "Nam", "Mai", "Quyết", "Thắng"];

    /// <summary>School years with their weights: most documents are of recent years.</summary>
    private static readonly (int Start, int Weight)[] SchoolYears = [(2019, 2), (2021, 1), (2022, 2), (2023, 6), (2024, 4), (2025, 2)];

    /// <summary>
    /// What staff type, against a generated corpus: headline topics with and without diacritics and in
    /// capitals, old tone placement, quoted phrases, exclusions, OR, the shared central symbols typed
    /// exactly and loosely, a local symbol within one province, and filters.
    /// </summary>
    public static IReadOnlyList<BenchQuery> QueryMix { get; } =
    [
        new("phổ cập giáo dục"),
        new("pho cap giao duc"),
        new("PHỔ CẬP GIÁO DỤC"),
        new("\"xóa mù chữ\""),
        new("xoá mù chữ"),
        new("chuyển đổi số"),
        new("chuyen doi so"),
        new("2457/QĐ-BGDĐT"),
        new("2457/QD-BGDDT"),
        new("29-CT/TW"),
        new("30/2021/QĐ-TTg"),
        new("an toàn trường học -thương tích"),
        new("giáo dục mầm non OR tiểu học"),
        new("\"nâng cao chất lượng\" -\"mầm non\""),
        new("phổ cập giáo dục", Province: "Sơn La"),
        new("giáo dục", Province: "Lai Châu"),
        new("633/KH-UBND", Province: "Cà Mau"),
        new("chuyển đổi số", SchoolYear: "2023-2024"),
        new("bồi dưỡng giáo viên", Kind: "Kế hoạch"),
        new("kĩ năng sống"),
        new("y tế trường học"),
        new("tuyển sinh lớp 10"),
        new("huy động trẻ mầm non ra lớp", Province: "Đắk Lắk"),
        new("học tập suốt đời"),
        new("giáo dục quốc phòng và an ninh"),
        new("bữa ăn học đường"),
    ];

    /// <summary>
    /// Queries the mix does not hold, for checking the search on what nobody tuned it for: runs of one to
    /// five words of the corpus's own files, as written, without marks, or quoted.
    /// </summary>
    public static List<BenchQuery> SampledQueries(IReadOnlyList<string> files, int count, int seed)
    {
        var random = new Random(seed);
        var queries = new List<BenchQuery>();
        while (queries.Count < count)
        {
            var text = File.ReadAllText(files[random.Next(files.Count)]);
            var tokens = AnalyzedToken.Analyze(text).Where(t => !t.IsSymbolPart).ToList();
            var length = random.Next(1, 6);
            if (tokens.Count <= length) continue;
            var start = random.Next(tokens.Count - length);
            var words = string.Join(' ', tokens.Skip(start).Take(length).Select(t => text[t.Start..t.End]));
            queries.Add(new BenchQuery(random.Next(4) switch
            {
                0 => string.Join(' ', words.Split(' ').Select(VietnameseFolding.FoldAll)),
                1 when length > 1 => $"\"{words}\"",
                _ => words,
            }));
        }
        return queries;
    }

    private readonly int _tableSeed;

    private CorpusGenerator(int tableSeed) => _tableSeed = tableSeed;

    /// <summary>Reads the material of every seed file (*.txt, *.md) of a folder.</summary>
    public static CorpusGenerator FromSeeds(string seedsFolder, int tableSeed = 0)
    {
        var generator = new CorpusGenerator(tableSeed);
        var files = Directory.EnumerateFiles(seedsFolder)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var file in files) generator.Learn(File.ReadAllText(file, Encoding.UTF8));
        if (generator._sentences.Count < 50 || generator._headings.Count < 10)
            throw new InvalidDataException($"the seeds in {seedsFolder} give too little material ({generator._sentences.Count} sentences, {generator._headings.Count} headings)");
        return generator;
    }

    public int SentenceCount => _sentences.Count;
    public int HeadingCount => _headings.Count;

    private void Learn(string fileText)
    {
        var text = fileText.Replace("\r\n", "\n").Normalize(NormalizationForm.FormC);
        string? open = null; // a body paragraph that a page break may have cut
        foreach (var raw in ParagraphBreak().Split(text))
        {
            var lines = raw.Split('\n').Select(Clean).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0) continue;
            if (lines.All(l => l.StartsWith("- ", StringComparison.Ordinal)))
            {
                foreach (var l in lines)
                    if (l.Length >= 50 && !l.Contains("Lưu:")) AddPiece(_bullets, Sentence(l[2..]));
                continue;
            }
            var paragraph = string.Join(' ', lines);
            if (paragraph.Length > 0 && char.IsLower(paragraph[0]) && open is not null)
            {
                open += " " + paragraph; // the rest of a sentence cut by a page break
                continue;
            }
            if (open is not null) AddSentences(open);
            open = null;

            var numbered = Numbered().Match(paragraph);
            if (numbered.Success && numbered.Groups["num"].Value.All(c => char.IsDigit(c) || c == '.'))
            {
                var heading = numbered.Groups["text"].Value.Trim().TrimEnd(':').Trim();
                if (heading.Length is >= 12 and <= 150 && !heading.EndsWith('.') && !heading.EndsWith(';') && heading != heading.ToUpperInvariant())
                {
                    AddPiece(_headings, heading);
                    continue;
                }
                paragraph = heading;
            }
            else if (numbered.Success) continue; // "I. MỤC ĐÍCH, YÊU CẦU", "a) ...": the generator writes its own
            if (paragraph.Length >= 80 && paragraph != paragraph.ToUpperInvariant()) open = paragraph;
        }
        if (open is not null) AddSentences(open);
    }

    private void AddSentences(string paragraph)
    {
        foreach (var s in SentenceBreak().Split(paragraph))
        {
            var sentence = s.Trim();
            if (sentence.Length is < 60 or > 600) continue;
            if (sentence.StartsWith("Căn cứ", StringComparison.Ordinal) || sentence.StartsWith("Điều", StringComparison.Ordinal)
                || sentence.StartsWith("Số", StringComparison.Ordinal) || sentence.Contains("Nơi nhận") || sentence.Contains("Kính gửi")
                || sentence.Contains("Kế hoạch này như sau") || sentence.StartsWith("Trên đây", StringComparison.Ordinal)) continue;
            AddPiece(_sentences, Sentence(sentence));
        }
    }

    private static string Sentence(string s)
    {
        s = s.Trim().TrimEnd(',', ';', ':', ' ');
        return s.EndsWith('.') ? s : s + ".";
    }

    private static void AddPiece(List<Piece> pieces, string text)
    {
        var latest = YearInText().Matches(text).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        var template = UnitAndSeedProvince().Replace(text, m => (m.Groups["unit"].Value[0] == 'T' ? UnitProvinceUpperMark : UnitProvinceMark).ToString());
        template = SeedProvince().Replace(template, ProvinceMark.ToString());
        template = SchoolYearInText().Replace(template, SchoolYearMark.ToString());
        pieces.Add(new Piece(template, latest));
    }

    private static string Clean(string line)
    {
        var s = line.Trim().TrimStart('#').Replace("*", "").Replace("\\", "").Trim();
        return Regex.Replace(s, @"\s+", " ").Trim('_', ' ');
    }

    /// <summary>Writes <paramref name="count"/> documents into <paramref name="folder"/>, one file at a time; returns the bytes written.</summary>
    public long Write(string folder, int count, int seed, Action<int, long>? progress = null)
    {
        Directory.CreateDirectory(folder);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long bytes = 0;
        var done = 0;
        foreach (var doc in Documents(count, seed))
        {
            var data = utf8.GetBytes(doc.Text);
            File.WriteAllBytes(Path.Combine(folder, doc.FileName), data);
            bytes += data.Length;
            done++;
            progress?.Invoke(done, bytes);
        }
        return bytes;
    }

    /// <summary>The documents of a corpus, made one at a time in a stable order.</summary>
    public IEnumerable<GeneratedDocument> Documents(int count, int seed)
    {
        var random = new Random(seed);
        var locals = LocalInstruments(seed);
        for (var i = 0; i < count; i++) yield return Make(i, random, locals);
    }

    /// <summary>Each province's own numbered local instruments: one number and date per province and topic, drawn from the seed.</summary>
    private Dictionary<string, List<Cited>> LocalInstruments(int seed)
    {
        var random = new Random(unchecked(seed * 31 + 7919 + _tableSeed));
        var result = new Dictionary<string, List<Cited>>(StringComparer.Ordinal);
        foreach (var province in Provinces.Current)
        {
            var list = new List<Cited>(LocalAsInSeeds);
            foreach (var (kind, code, issuer, subject) in LocalTopics)
            {
                var year = 2019 + random.Next(0, 6);
                var date = new DateOnly(year, random.Next(1, 13), random.Next(1, 29));
                var symbol = code.StartsWith("NQ", StringComparison.Ordinal) ? $"{random.Next(1, 60)}/{year}/{code}" : $"{random.Next(10, 3000)}/{code}";
                list.Add(new Cited(kind, symbol, date, issuer, subject));
            }
            result[province] = list;
        }
        return result;
    }

    private sealed class Doc(Random random, string province, int schoolYear, DateOnly date, string schoolYearText)
    {
        public Random Random { get; } = random;
        public string Province { get; } = province;
        public int SchoolYear { get; } = schoolYear;
        public DateOnly Date { get; } = date;
        public string SchoolYearText { get; } = schoolYearText;
        public string Unit => Provinces.Level(Province);
        public StringBuilder Text { get; } = new(16 * 1024);
        public HashSet<string> CitedOnce { get; } = new(StringComparer.Ordinal);

        public string Fill(string template)
        {
            if (template.IndexOfAny([ProvinceMark, UnitProvinceMark, UnitProvinceUpperMark, SchoolYearMark]) < 0) return template;
            return template
                .Replace(UnitProvinceMark.ToString(), $"{Unit} {Province}")
                .Replace(UnitProvinceUpperMark.ToString(), $"{char.ToUpperInvariant(Unit[0])}{Unit[1..]} {Province}")
                .Replace(ProvinceMark.ToString(), Province)
                .Replace(SchoolYearMark.ToString(), SchoolYearText);
        }

        public void Paragraph(string text) => Text.Append(Fill(text)).Append("\n\n");
    }

    private GeneratedDocument Make(int index, Random random, Dictionary<string, List<Cited>> locals)
    {
        var provinces = Provinces.Current;
        var province = provinces[random.Next(provinces.Count)];
        var start = Weighted(random, SchoolYears);
        // Documents of a school year are issued from July of its first year to May of its second.
        var month = 7 + random.Next(0, 11);
        var date = new DateOnly(month > 12 ? start + 1 : start, month > 12 ? month - 12 : month, random.Next(1, 29));
        var schoolYearText = random.Next(3) == 0 ? $"{start} - {start + 1}" : $"{start}-{start + 1}";
        var d = new Doc(random, province, start, date, schoolYearText);

        var roll = random.Next(100);
        var (kind, code, issuer) = roll switch
        {
            < 30 => ("Kế hoạch", "KH-UBND", "UBND"),
            < 48 => ("Kế hoạch", "KH-SGDĐT", "SGDĐT"),
            < 56 => ("Kế hoạch", "KH/TU", "TU"),
            < 70 => ("Chỉ thị", "CT-UBND", "UBND"),
            < 84 => ("Quyết định", "QĐ-UBND", "UBND"),
            _ => ("Công văn", "SGDĐT-GDPT", "SGDĐT"),
        };
        var number = random.Next(20) == 0 ? "" : random.Next(1, 3500).ToString(CultureInfo.InvariantCulture);
        var symbol = code == "KH/TU" ? $"{number}-{code}" : $"{number}/{code}";
        var subject = d.Fill(Subjects[random.Next(Subjects.Length)]);
        if (kind == "Chỉ thị" && !subject.StartsWith("Về", StringComparison.Ordinal)) subject = "Về " + LowerFirst(subject);

        var pool = locals[province];
        var central = Central.Where(c => c.Date <= date && (c.ForSchoolYear is null || c.ForSchoolYear == $"{start}-{start + 1}")).ToList();
        var local = pool.Where(c => c.Date <= date).ToList();
        if (local.Count == 0) local = central; // a 2019 plan may predate every local instrument of its province
        var leading = central.FirstOrDefault(c => c.ForSchoolYear is not null) ?? central[random.Next(central.Count)];

        // Header.
        var issuerName = issuer switch
        {
            "UBND" => $"ỦY BAN NHÂN DÂN\n{d.Unit.ToUpperInvariant()} {province.ToUpperInvariant()}",
            "SGDĐT" => $"UBND {d.Unit.ToUpperInvariant()} {province.ToUpperInvariant()}\nSỞ GIÁO DỤC VÀ ĐÀO TẠO",
            _ => $"ĐẢNG BỘ {d.Unit.ToUpperInvariant()} {province.ToUpperInvariant()}\nBAN THƯỜNG VỤ TỈNH ỦY",
        };
        d.Paragraph(issuerName);
        d.Paragraph(issuer == "TU" ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
        var dateLine = $"{province}, ngày {date.Day} tháng {date.Month} năm {date.Year}";
        if (kind == "Công văn")
        {
            d.Paragraph($"Số: {symbol}\nV/v {LowerFirst(subject)}");
            d.Paragraph(dateLine);
            d.Paragraph("Kính gửi:\n\n- Các Phòng Giáo dục và Đào tạo;\n- Các đơn vị trực thuộc Sở;\n- Các cơ sở giáo dục trên địa bàn.");
            d.Paragraph($"Căn cứ {Full(d, leading)}; {Full(d, local[random.Next(local.Count)])}, Sở Giáo dục và Đào tạo hướng dẫn thực hiện trong năm học {schoolYearText} như sau:");
            Body(d, central, local, sections: random.Next(2, 5));
        }
        else if (kind == "Quyết định")
        {
            d.Paragraph($"Số: {symbol}");
            d.Paragraph(dateLine);
            d.Paragraph("QUYẾT ĐỊNH");
            var planSubject = LowerFirst(subject.StartsWith("Về ", StringComparison.Ordinal) ? subject[3..] : subject);
            d.Paragraph($"Ban hành Kế hoạch {planSubject}");
            d.Paragraph($"CHỦ TỊCH ỦY BAN NHÂN DÂN {d.Unit.ToUpperInvariant()}");
            d.Paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;");
            d.Paragraph("Căn cứ Luật Giáo dục ngày 14/6/2019;");
            d.Paragraph($"Căn cứ {Full(d, leading)};");
            var proposal = date.AddDays(-random.Next(3, 20));
            d.Paragraph($"Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số {random.Next(10, 900)}/TTr-SGDĐT ngày {proposal.Day:00}/{proposal.Month}/{proposal.Year}.");
            d.Paragraph("QUYẾT ĐỊNH:");
            d.Paragraph($"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {planSubject}{(planSubject.Contains("năm học", StringComparison.Ordinal) ? "" : $" năm học {schoolYearText}")}.");
            d.Paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.");
            d.Paragraph($"Điều 3. Chánh Văn phòng Ủy ban nhân dân {d.Unit}; Giám đốc Sở Giáo dục và Đào tạo; Thủ trưởng các sở, ban, ngành, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.");
            Signature(d, "UBND", index);
            d.Paragraph("KẾ HOẠCH");
            d.Paragraph(UpperFirst(planSubject));
            d.Paragraph($"(Ban hành kèm theo Quyết định số {symbol} ngày {date.Day:00}/{date.Month:00}/{date.Year} của Chủ tịch Ủy ban nhân dân {d.Unit} {province})");
            Purpose(d);
            Body(d, central, local, sections: random.Next(3, 7), first: 2);
            Organise(d, 3);
            return Finish(d, index, province, kind);
        }
        else
        {
            d.Paragraph($"Số: {symbol}");
            d.Paragraph(dateLine);
            d.Paragraph(kind.ToUpperInvariant());
            d.Paragraph(subject);
            if (kind == "Chỉ thị")
            {
                d.Paragraph($"Năm học {schoolYearText}, ngành Giáo dục {d.Unit} {province} tiếp tục triển khai thực hiện {Full(d, leading)}. Để thực hiện thắng lợi nhiệm vụ năm học, Chủ tịch Ủy ban nhân dân {d.Unit} chỉ thị:");
                Directives(d, central, local);
            }
            else
            {
                var by = issuer switch { "UBND" => $"Ủy ban nhân dân {d.Unit}", "SGDĐT" => "Sở Giáo dục và Đào tạo", _ => "Ban Thường vụ Tỉnh ủy" };
                var when = subject.Contains("năm học", StringComparison.Ordinal) ? "" : $" năm học {schoolYearText}";
                d.Paragraph($"Thực hiện {Full(d, leading)}; {Full(d, local[random.Next(local.Count)])}, {by} ban hành Kế hoạch {LowerFirst(subject)}{when} như sau:");
                Purpose(d);
                Body(d, central, local, sections: random.Next(3, 8), first: 2);
                Organise(d, 3);
            }
        }
        d.Paragraph($"Trên đây là {(kind == "Công văn" ? "hướng dẫn" : kind.ToLowerInvariant())} {LowerFirst(subject)}. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo để được hướng dẫn, giải quyết.");
        Signature(d, issuer, index);
        return Finish(d, index, province, kind);
    }

    private GeneratedDocument Finish(Doc d, int index, string province, string kind)
    {
        var name = $"{index:D6}_{Slug(province)}.txt";
        var text = d.Text.ToString().Normalize(NormalizationForm.FormC);
        return new GeneratedDocument(name, text, province, $"{d.SchoolYear}-{d.SchoolYear + 1}", kind);
    }

    private static void Purpose(Doc d)
    {
        d.Paragraph("I. MỤC ĐÍCH, YÊU CẦU");
        var n = d.Random.Next(2, 4);
        var first = d.Random.Next(Purposes.Length);
        for (var i = 0; i < n; i++) d.Paragraph($"{i + 1}. {Purposes[(first + i) % Purposes.Length]}");
    }

    private static void Organise(Doc d, int roman)
    {
        d.Paragraph($"{Roman(roman)}. TỔ CHỨC THỰC HIỆN");
        var n = d.Random.Next(2, 5);
        var first = d.Random.Next(Organisation.Length);
        for (var i = 0; i < n; i++) d.Paragraph($"{i + 1}. {Organisation[(first + i) % Organisation.Length]}");
    }

    /// <summary>"II. NHIỆM VỤ VÀ GIẢI PHÁP" with numbered sections, some with numbered subsections, paragraphs and bullets.</summary>
    private void Body(Doc d, List<Cited> central, List<Cited> local, int sections, int first = 1)
    {
        var r = d.Random;
        d.Paragraph($"{Roman(first)}. {(r.Next(2) == 0 ? "NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM" : "NHIỆM VỤ CỤ THỂ")}");
        for (var s = 1; s <= sections; s++)
        {
            d.Paragraph($"{s}. {Pick(d, _headings)}");
            var subsections = r.Next(3) == 0 ? r.Next(2, 4) : 0;
            if (subsections == 0) Paragraphs(d, central, local, r.Next(1, 4));
            for (var k = 1; k <= subsections; k++)
            {
                d.Paragraph($"{s}.{k}. {Pick(d, _headings)}");
                Paragraphs(d, central, local, r.Next(1, 3));
            }
        }
    }

    private void Directives(Doc d, List<Cited> central, List<Cited> local)
    {
        var n = d.Random.Next(5, 11);
        for (var i = 1; i <= n; i++)
        {
            d.Text.Append(i).Append(". ");
            Paragraphs(d, central, local, d.Random.Next(1, 3));
        }
        d.Paragraph($"{n + 1}. Tổ chức thực hiện");
        d.Paragraph($"Giám đốc Sở Giáo dục và Đào tạo, thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường có trách nhiệm tổ chức thực hiện nghiêm túc Chỉ thị này.");
    }

    private void Paragraphs(Doc d, List<Cited> central, List<Cited> local, int count)
    {
        var r = d.Random;
        for (var p = 0; p < count; p++)
        {
            if (r.Next(5) == 0 && _bullets.Count > 0)
            {
                var n = r.Next(2, 5);
                for (var b = 0; b < n; b++) d.Text.Append("- ").Append(d.Fill(Pick(d, _bullets))).Append('\n');
                d.Text.Append('\n');
                continue;
            }
            var sentences = r.Next(2, 5);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0) d.Text.Append(' ');
                if (r.Next(7) == 0)
                {
                    var cited = r.Next(3) == 0 && local.Count > 0 ? local[r.Next(local.Count)] : central[r.Next(central.Count)];
                    var mention = d.CitedOnce.Contains(cited.Symbol) && r.Next(2) == 0 ? Short(cited) : Full(d, cited);
                    // The last template is about the education budget: only 30/2021/QĐ-TTg sets it.
                    var template = cited.Symbol == "30/2021/QĐ-TTg" ? CitingSentences[^1] : CitingSentences[r.Next(CitingSentences.Length - 1)];
                    d.Text.Append(string.Format(CultureInfo.InvariantCulture, template, mention));
                }
                else d.Text.Append(d.Fill(Pick(d, _sentences)));
            }
            d.Text.Append("\n\n");
        }
    }

    /// <summary>A piece whose latest year is not after the document's date.</summary>
    private static string Pick(Doc d, List<Piece> pieces)
    {
        for (var attempt = 0; ; attempt++)
        {
            var piece = pieces[d.Random.Next(pieces.Count)];
            if (piece.LatestYear <= d.Date.Year || attempt >= 8) return d.Fill(piece.Template);
        }
    }

    /// <summary>"Quyết định số 2457/QĐ-BGDĐT ngày 23/8/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành ...", in the ways the seeds write it.</summary>
    private static string Full(Doc d, Cited c)
    {
        d.CitedOnce.Add(c.Symbol);
        var r = d.Random;
        var symbol = c.Symbol.Contains("BGDĐT") && r.Next(20) == 0 ? c.Symbol.Replace("BGDĐT", "BGD&ĐT") : c.Symbol;
        var date = r.Next(8) == 0 ? $"ngày {c.Date.Day} tháng {c.Date.Month} năm {c.Date.Year}" : $"ngày {c.Date.Day:00}/{c.Date.Month}/{c.Date.Year}";
        var issuer = c.Issuer switch
        {
            "UBND" => $"UBND {d.Unit} {d.Province}",
            "HĐND" => $"HĐND {d.Unit} {d.Province}",
            "Ban Thường vụ Tỉnh ủy" => "Ban Thường vụ Tỉnh ủy",
            "Bộ Giáo dục và Đào tạo" when r.Next(3) == 0 => "Bộ GDĐT",
            _ => c.Issuer,
        };
        var subject = c.Subject is null ? "" : " " + d.Fill(c.Subject);
        return $"{c.Kind} số {symbol} {date} của {issuer}{subject}";
    }

    private static string Short(Cited c) => $"{c.Kind} số {c.Symbol}";

    private static void Signature(Doc d, string issuer, int index)
    {
        var r = d.Random;
        d.Paragraph("Nơi nhận:");
        var first = r.Next(Recipients.Length);
        var n = r.Next(4, 8);
        var list = new StringBuilder("- Như trên;\n");
        for (var i = 0; i < n; i++) list.Append("- ").Append(Recipients[(first + i) % Recipients.Length]).Append('\n');
        list.Append("- Lưu: VT, VP.");
        d.Paragraph(list.ToString());
        d.Paragraph(issuer switch
        {
            "UBND" => r.Next(2) == 0 ? "CHỦ TỊCH" : "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            "SGDĐT" => r.Next(2) == 0 ? "GIÁM ĐỐC" : "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            _ => "T/M BAN THƯỜNG VỤ\nBÍ THƯ",
        });
        d.Paragraph(Signer(d.Province, issuer, r.Next(3)));
    }

    /// <summary>The same few signers for one province and issuer, drawn from a stable hash (string.GetHashCode is randomised per process).</summary>
    private static string Signer(string province, string issuer, int which)
    {
        var h = Fnv($"{province}|{issuer}|{which}");
        return $"{FamilyNames[h % (uint)FamilyNames.Length]} {MiddleNames[(h >> 8) % (uint)MiddleNames.Length]} {GivenNames[(h >> 16) % (uint)GivenNames.Length]}";
    }

    private static uint Fnv(string s)
    {
        var h = 2166136261u;
        foreach (var c in s) h = unchecked((h ^ c) * 16777619u);
        return h;
    }

    private static int Weighted(Random random, (int Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return choices[^1].Value;
    }

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", _ => "V" };

    private static string LowerFirst(string s) =>
        s.Length > 1 && char.IsUpper(s[0]) && char.IsLower(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;

    private static string UpperFirst(string s) => s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;

    /// <summary>"Hồ Chí Minh" → "ho-chi-minh", for file names.</summary>
    public static string Slug(string name) =>
        string.Join('-', VietnameseFolding.FoldAll(name).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
