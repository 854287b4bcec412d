using System.Text.RegularExpressions;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Citations;

/// <summary>
/// Issuer codes of số ký hiệu: which are central (their numbers are unique nationally per year) and
/// which local (unique only within a province), and the issuer's name in words.
/// </summary>
public static partial class IssuerCodes
{
    private static readonly Dictionary<string, string> Central = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BGDĐT"] = "Bộ Giáo dục và Đào tạo", ["BGD"] = "Bộ Giáo dục và Đào tạo", ["TTg"] = "Thủ tướng Chính phủ",
        ["CP"] = "Chính phủ", ["TW"] = "Ban Chấp hành Trung ương Đảng", ["VPCP"] = "Văn phòng Chính phủ",
        ["BTC"] = "Bộ Tài chính", ["BNV"] = "Bộ Nội vụ", ["BYT"] = "Bộ Y tế", ["BLĐTBXH"] = "Bộ Lao động - Thương binh và Xã hội",
        ["BKHĐT"] = "Bộ Kế hoạch và Đầu tư", ["BTTTT"] = "Bộ Thông tin và Truyền thông", ["BVHTTDL"] = "Bộ Văn hóa, Thể thao và Du lịch",
        ["BCA"] = "Bộ Công an", ["BQP"] = "Bộ Quốc phòng", ["BTP"] = "Bộ Tư pháp", ["BXD"] = "Bộ Xây dựng",
        ["BTNMT"] = "Bộ Tài nguyên và Môi trường", ["BNNPTNT"] = "Bộ Nông nghiệp và Phát triển nông thôn", ["UBDT"] = "Ủy ban Dân tộc",
        ["BKHCN"] = "Bộ Khoa học và Công nghệ",
        // The Assembly's office, which consolidates the laws ("Văn bản hợp nhất số 03/VBHN-VPQH … hợp nhất Luật Giáo dục").
        ["VPQH"] = "Văn phòng Quốc hội",
        // The ministries of the 2025 reorganisation, which took over the Ủy ban Dân tộc's and two ministries' work.
        ["BDTTG"] = "Bộ Dân tộc và Tôn giáo", ["BNNMT"] = "Bộ Nông nghiệp và Môi trường",
        // The ministry's general department for vocational training until 2025 ("611/QĐ-TCGDNN", a tester's 483): the country's, as its ministry's.
        ["TCGDNN"] = "Tổng cục Giáo dục nghề nghiệp",
        // Bodies of the state's centre outside the ministries whose circulars and reports schools meet: inspections follow 04/2021/TT-TTCP
        // (testers' 533, 862, 867, where it was the citing province's), audits 86/BC-KTNN (771).
        ["TTCP"] = "Thanh tra Chính phủ", ["KTNN"] = "Kiểm toán nhà nước", ["NHNN"] = "Ngân hàng Nhà nước Việt Nam",
        ["BGTVT"] = "Bộ Giao thông vận tải", ["BNG"] = "Bộ Ngoại giao",
    };

    private static readonly Dictionary<string, string> Local = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UBND"] = "Ủy ban nhân dân", ["HĐND"] = "Hội đồng nhân dân", ["TU"] = "Tỉnh ủy", ["SGDĐT"] = "Sở Giáo dục và Đào tạo",
        ["SGD"] = "Sở Giáo dục và Đào tạo", ["ĐH"] = "Đại hội Đảng bộ tỉnh", ["BCSĐ"] = "Ban cán sự đảng", ["BCSD"] = "Ban cán sự đảng",
        // A province's inspectorate signs "…/KL-TTr", "…/QĐ-TTr" (TTr before the issuer is a Tờ trình's type code).
        ["BCĐ"] = "Ban Chỉ đạo", ["TTr"] = "Thanh tra",
    };

    // The known codes folded once, not again for every code looked up (each symbol's issuer is).
    private static readonly HashSet<string> CentralFolded = Central.Keys.Select(VietnameseFolding.FoldAll).ToHashSet(StringComparer.Ordinal);

    /// <summary>Folded spelling → the first known code with it, central codes before local ones.</summary>
    private static readonly Dictionary<string, string> KnownByFolded = ByFirstFolded(Central.Keys.Concat(Local.Keys));

    private static Dictionary<string, string> ByFirstFolded(IEnumerable<string> codes)
    {
        var byFolded = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in codes) byFolded.TryAdd(VietnameseFolding.FoldAll(code), code);
        return byFolded;
    }

    public static bool IsCentral(string? code)
    {
        if (code is null) return false;
        if (Central.ContainsKey(code) || CentralFolded.Contains(VietnameseFolding.FoldAll(code))) return true;
        var upper = code.ToUpperInvariant();
        // The Party's central boards and the Youth Union's centre: BTGTW (Ban Tuyên giáo Trung ương), BTCTW, VPTW, TWĐTN.
        return upper.StartsWith("QH", StringComparison.Ordinal) || upper.StartsWith("UBTVQH", StringComparison.Ordinal)
               || (upper.Length > 2 && (upper.EndsWith("TW", StringComparison.Ordinal) || upper.StartsWith("TWĐ", StringComparison.Ordinal)));
    }

    private static readonly HashSet<string> CentralNamesFolded =
        Central.Values.Concat(["Quốc hội", "Ủy ban Thường vụ Quốc hội", "Bộ Chính trị", "Ban Bí thư"]).Select(VietnameseFolding.FoldAll).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether an issuer in words is a central body ("Thủ tướng Chính phủ", "Bộ Giáo dục và Đào tạo", "Quốc hội"): what it issues is the
    /// country's, cited by any province. A ministry's name alone counts, not every "Bộ" ("Bộ Chỉ huy Quân sự tỉnh" is a province's).
    /// </summary>
    public static bool IsCentralBody(string? issuer) => issuer is not null && CentralNamesFolded.Contains(VietnameseFolding.FoldAll(issuer.Trim()));

    /// <summary>
    /// The bodies a joint instrument's symbol names after its type ("13/2016/TTLT-BYT-BGDĐT": "Bộ Y tế và Bộ Giáo dục và Đào tạo");
    /// null unless it names two or more, each known.
    /// </summary>
    public static string? JointNames(string symbol)
    {
        var codes = symbol[(symbol.LastIndexOf('/') + 1)..].Split('-', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        if (codes.Count < 2) return null;
        var names = codes.Select(c => Name(Canonical(c))).ToList();
        return names.All(n => n is not null) ? string.Join(" và ", names.Distinct()) : null;
    }

    /// <summary>Short forms of a code, written for it in letters and typed for it in searches ("BGD 2457" for 2457/QĐ-BGDĐT).</summary>
    private static readonly Dictionary<string, string> ShortForms = new(StringComparer.Ordinal) { ["BGD"] = "BGDĐT", ["SGD"] = "SGDĐT" };

    /// <summary>Normalises the code's spelling: "BGD&amp;ĐT", "BGDDT" and "BGD" → "BGDĐT"; "TƯ" → "TW".</summary>
    public static string Canonical(string code)
    {
        var c = code.Replace("&", "");
        // "29-NQ/TƯ": Trung ương written with its letter Ư, which folded would be TU, a Tỉnh ủy's.
        if (c.Equals("TƯ", StringComparison.OrdinalIgnoreCase)) return "TW";
        var folded = VietnameseFolding.FoldAll(c);
        var known = KnownByFolded.GetValueOrDefault(folded) ?? Transposed(folded);
        return known is null ? c : ShortForms.GetValueOrDefault(known, known);
    }

    /// <summary>
    /// A code of four letters or more with two neighbours typed the wrong way round ("11/2014/TT-BDGĐT", a tester's 890): the one known code
    /// a swap gives. Read as written it was a province's code, and the circular its text cites in full elsewhere another instrument.
    /// </summary>
    private static string? Transposed(string folded)
    {
        if (folded.Length < 4) return null;
        string? found = null;
        var letters = folded.ToCharArray();
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            if (letters[i] == letters[i + 1]) continue;
            (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
            if (KnownByFolded.GetValueOrDefault(new string(letters)) is { } known)
            {
                if (found is not null && found != known) return null;
                found = known;
            }
            (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
        }
        return found;
    }

    /// <summary>The code a short form stands for ("BGD", "bgd" → "BGDĐT"); null for any other word.</summary>
    public static string? ExpandShortForm(string word) =>
        KnownByFolded.GetValueOrDefault(VietnameseFolding.FoldAll(word)) is { } known && ShortForms.TryGetValue(known, out var full) ? full : null;

    /// <summary>
    /// The body that issued an instrument as far as its code alone says: <see cref="Name"/>, but none for TW. TW is the Party's centre, which
    /// issues through three bodies, the Ban Chấp hành Trung ương, the Bộ Chính trị and the Ban Bí thư (Kết luận 91-KL/TW is the Bộ Chính trị's,
    /// 51-KL/TW the Ban Bí thư's, 21-KL/TW the Central Committee's; a Chỉ thị is never the Central Committee's): which one, only a text says.
    /// </summary>
    public static string? IssuingBody(string? code) => string.Equals(code, "TW", StringComparison.OrdinalIgnoreCase) ? null : Name(code);

    /// <summary>
    /// Central bodies texts name by their leading words alone: the Prime Minister without the Government, the Party's Central Committee
    /// without the Party, the ministry by its first field. Each is one body, and named so it was another node than the same instrument
    /// named in full, and a province's ("Chỉ thị ngày 26/8/2024 của Thủ tướng" was Điện Biên's). Only names no other body opens with:
    /// "Văn phòng" is every body's office, and "Bộ Nông nghiệp" two ministries', before and after 2025.
    /// </summary>
    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Thủ tướng"] = "Thủ tướng Chính phủ", ["Ban Chấp hành Trung ương"] = "Ban Chấp hành Trung ương Đảng", ["Bộ Giáo dục"] = "Bộ Giáo dục và Đào tạo",
    };

    /// <summary>A short name standing as a whole issuer or as one of joint issuers ("Bộ Y tế và Bộ Giáo dục"), not the start of a longer name.</summary>
    private static readonly Regex ShortName = new(
        @"(?<=^|\svà\s)(?:" + string.Join('|', ShortNames.Keys.Select(Regex.Escape)) + @")(?=$|\s+và\s+(?:Bộ trưởng\s+)?Bộ\s)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>An issuer in words with each central body it names short written in full: "Thủ tướng" → "Thủ tướng Chính phủ".</summary>
    public static string WithFullNames(string issuer) => ShortName.Replace(issuer, m => ShortNames[m.Value]);

    /// <summary>
    /// A province's body named with its province at its level (<see cref="Provinces.Level"/>: "Ủy ban nhân dân tỉnh Điện Biên", "… thành phố
    /// Hà Nội"), the level said once: a name that holds it already, at its end ("Đại hội Đảng bộ tỉnh", ĐH's) or in its first word ("Tỉnh ủy",
    /// a city's "Thành ủy"), takes it from the province. "Đại hội Đảng bộ tỉnh tỉnh Điện Biên" and "Tỉnh ủy Hà Nội" were shown.
    /// </summary>
    public static string OfProvince(string body, string province)
    {
        var committee = PartyCommittee().Match(body);
        if (committee.Success) return $"{(Provinces.IsCity(province) ? "Thành ủy" : "Tỉnh ủy")}{body[committee.Length..]} {province}";
        var level = LevelAtEnd().Match(body);
        return $"{(level.Success ? body[..level.Index] : body)} {Provinces.Level(province)} {province}";
    }

    [GeneratedRegex(@"^(?:Tỉnh|Thành) ủy", RegexOptions.IgnoreCase)]
    private static partial Regex PartyCommittee();

    [GeneratedRegex(@"\s(?:tỉnh|thành phố)$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelAtEnd();

    /// <summary>
    /// The Party's committees, which number their instruments "05-NQ/TU", never as a state body does: the Party's centre, a province's, a
    /// district's or a city's committee, a Party committee of a commune or a bloc, a ban cán sự đảng.
    /// </summary>
    private static readonly HashSet<string> PartyCommittees = new(["TW", "TU", "HU", "QU", "ThU", "ĐU", "ĐUK", "BCSĐ"], StringComparer.Ordinal);

    public static bool IsPartyCommittee(string code) => PartyCommittees.Contains(code);

    public static string? Name(string? code)
    {
        if (code is null) return null;
        if (Central.TryGetValue(code, out var name) || Local.TryGetValue(code, out name)) return name;
        var upper = code.ToUpperInvariant();
        if (upper.StartsWith("UBTVQH", StringComparison.Ordinal)) return "Ủy ban Thường vụ Quốc hội";
        return upper.StartsWith("QH", StringComparison.Ordinal) ? "Quốc hội" : null;
    }
}
