using System.Text.RegularExpressions;

namespace EduPlan.Search.Core.Text;

/// <summary>Vietnam's provinces and centrally run cities, before and after the 2025 merger.</summary>
public static partial class Provinces
{
    /// <summary>
    /// What stands before a province's name in a directive, spaces after it included, as a regular-expression fragment:
    /// "tỉnh", "thành phố", or a provincial body named with them or without ("Sở GDĐT Bắc Ninh", "UBND Lào Cai", "Tỉnh ủy Nghệ An", "Tỉnh đoàn Ninh Thuận").
    /// </summary>
    public const string NameLeadIn = @"(?:(?:Sở\s+(?:GDĐT|GD&ĐT|GD-ĐT|GD\s*&\s*ĐT|Giáo dục và Đào tạo|Giáo dục - Đào tạo)|UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Tỉnh đoàn|Thành đoàn)\s+(?:[Tt]ỉnh\s+|[Tt]hành phố\s+|T[Pp]\.?\s*)?|(?:[Tt]ỉnh|[Tt]hành phố|T[Pp]\.?)\s+)";

    private static readonly (string Name, bool Current, string? PartOf)[] All = Load();

    /// <summary>Every name, longest first so "Thừa Thiên Huế" is found before "Huế".</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(p => p.Name).OrderByDescending(n => n.Length).ToArray();

    /// <summary>The 34 provinces and cities since 2025.</summary>
    public static IReadOnlyList<string> Current { get; } = All.Where(p => p.Current).Select(p => p.Name).ToArray();

    /// <summary>The centrally run cities, whose bodies are the city's ("Thành ủy Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"), before 2025 and since.</summary>
    private static readonly HashSet<string> Cities = new(["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"], StringComparer.Ordinal);

    /// <summary>A province's level as its bodies' names write it: "thành phố" for a centrally run city, else "tỉnh".</summary>
    public static string Level(string province) => IsCity(province) ? "thành phố" : "tỉnh";

    /// <summary>Whether a canonical name is a centrally run city's.</summary>
    public static bool IsCity(string province) => Cities.Contains(province);

    /// <summary>
    /// The province whose name the longest run of the first words is ("Lai Châu tiếp tục" → Lai Châu), or null. Words may be split by
    /// any white space: a name ends a line as often as not ("TỈNH SƠN LA⏎Số: 99/KH-UBND"); "Bà Rịa – Vũng Tàu" is written with either dash.
    /// </summary>
    public static string? Opening(string words)
    {
        var parts = words.Replace('–', '-').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var n = parts.Length; n >= 1; n--)
            if (Canonical(string.Join(' ', parts.Take(n))) is { } province) return province;
        return null;
    }

    private static readonly Dictionary<string, string> ByFolded = All
        .ToDictionary(p => Key(p.Name), p => p.Name);

    /// <summary>Names a city goes by that are not its name: what staff type for Hồ Chí Minh.</summary>
    private static readonly Dictionary<string, string> OtherNames = new(StringComparer.Ordinal)
    {
        ["hcm"] = "Hồ Chí Minh", ["tphcm"] = "Hồ Chí Minh", ["tp.hcm"] = "Hồ Chí Minh", ["sai gon"] = "Hồ Chí Minh",
        ["hn"] = "Hà Nội", ["tp.hn"] = "Hà Nội", ["tphn"] = "Hà Nội", ["hp"] = "Hải Phòng",
    };

    /// <summary>
    /// Each name with its words joined and k written c, as staff also type it: "Kontum", "KonTum", "Daklak", "Bắc Cạn". A joined form
    /// two names share would name neither.
    /// </summary>
    private static readonly Dictionary<string, string> ByJoined = All.GroupBy(p => Joined(p.Name)).Where(g => g.Count() == 1)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    /// <summary>The canonical name of a province however it is typed ("sơn la", "Son La", "Thanh Hoá", "TP.HCM", "Kontum", "HN").</summary>
    public static string? Canonical(string? name) =>
        name is null ? null : ByFolded.GetValueOrDefault(Key(name)) ?? OtherNames.GetValueOrDefault(Key(name)) ?? ByJoined.GetValueOrDefault(Joined(name));

    /// <summary>The province whose name is nearest what was typed, a letter or two off ("Lai Chou" is Lai Châu); null when none is near.</summary>
    public static string? Nearest(string typed)
    {
        var joined = Joined(typed);
        if (joined.Length < 3) return null;
        var (best, distance) = ByJoined.Select(p => (p.Value, EditDistance.Between(joined, p.Key, 3))).MinBy(p => p.Item2);
        return distance <= Math.Max(1, joined.Length / 4) ? best : null;
    }

    private static string Key(string name) =>
        string.Join(' ', VietnameseFolding.NormalizeText(name).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(VietnameseFolding.FoldAll));

    private static string Joined(string name) => string.Concat(Key(name).Where(char.IsLetterOrDigit)).ToLowerInvariant().Replace('k', 'c');

    private static (string, bool, string?)[] Load() =>
        DataFiles.Rows("provinces.tsv").Select(p => (p[0], p.Length > 1 && p[1] == "1", p.Length > 2 && p[2].Length > 0 ? p[2] : null)).ToArray();

    private static readonly Dictionary<string, string> PartOfByName = All.Where(p => p.PartOf is not null).ToDictionary(p => p.Name, p => p.PartOf!, StringComparer.Ordinal);

    /// <summary>The province of the 34 a former one is part of since the 2025 merger (Kon Tum → Quảng Ngãi; Hà Tây → Hà Nội, 2008); null for one of the 34.</summary>
    public static string? PartOf(string province) => PartOfByName.GetValueOrDefault(province);

    /// <summary>
    /// Whether a text names a province as a former one: "tỉnh Kon Tum cũ", "Bạc Liêu (cũ)", "khu vực Kon Tum cũ". Only a text of the
    /// merger's time or after writes so, whatever date it has or lacks.
    /// </summary>
    public static bool NamesAFormer(string text)
    {
        foreach (Match m in FormerNamed().Matches(text))
            if (Opening(m.Groups["name"].Value) is { } named && PartOf(named) is not null
                && Key(m.Groups["name"].Value).Split(' ').Length >= Key(named).Split(' ').Length) return true;
        return false;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<name>\p{Lu}[\p{L}\p{M}]*(?:\s(?:-\s)?\p{Lu}[\p{L}\p{M}]*){0,3})\s*\(?\s*cũ(?![\p{L}\p{M}])")]
    private static partial Regex FormerNamed();
}
