using System.Text.RegularExpressions;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Citations;

/// <summary>
/// The district (huyện, quận, thị xã, or a city within a province) or, since the 2025 reform put communes right under the province, the
/// commune (xã, phường, thị trấn, đặc khu) an issuer names. Their committees and offices number their instruments apart from the
/// province's: "Quyết định số 1646/QĐ-UBND … của UBND huyện Mai Sơn" is not Sơn La's 1646/QĐ-UBND, and took that decision's date, issuer
/// and title; "Kế hoạch số 45/KH-UBND … của UBND xã Đồng Văn" is not Tuyên Quang's.
/// </summary>
public static partial class Districts
{
    /// <summary>The district named in an issuer, folded ("huyen mai son"), or null where it names none or a province.</summary>
    public static string? Named(string? issuer) => issuer is null ? null : Memo.Get(issuer);

    private static readonly StringMemo<string?> Memo = new(Read);

    private static string? Read(string issuer) =>
        Written(issuer) is { } district ? $"{VietnameseFolding.FoldAll(district.Level)} {VietnameseFolding.FoldAll(district.Name)}" : null;

    /// <summary>
    /// The district named in an issuer as it is written, its level in small letters ("huyện", "Sơn Dương"): what names another issuer
    /// of that district in full. Null where the issuer names none, or a province.
    /// </summary>
    public static (string Level, string Name)? Written(string? issuer)
    {
        if (issuer is null || District().Match(issuer) is not { Success: true } m) return null;
        var level = VietnameseFolding.FoldAll(m.Groups["level"].Value.TrimEnd('.')) switch
        {
            "huyen" or "huyen uy" => "huyện", "quan" or "quan uy" => "quận", "thi xa" or "thi uy" => "thị xã", "xa" => "xã", "phuong" => "phường",
            "thi tran" => "thị trấn", "dac khu" => "đặc khu", _ => "thành phố",
        };
        // "thành phố Hà Nội" is a province, "thành phố Lào Cai" a district of Lào Cai.
        if (level == "thành phố" && Provinces.Canonical(m.Groups["name"].Value) is { } city && Provinces.IsCity(city)) return null;
        return (level, m.Groups["name"].Value);
    }

    /// <summary>
    /// The province of the district an issuer names without its province ("Phòng Giáo dục và Đào tạo huyện Mai Sơn" is Sơn La's, "Ủy ban
    /// nhân dân thành phố Thủ Đức" Hồ Chí Minh's), from the gazetteer of the districts before the 2025 reform (Data/districts.tsv), by the
    /// province's name of that time. A name several provinces' districts share ("huyện Châu Thành") gives none, or <paramref name="within"/>
    /// where it is one of them. A province the text names is surer, and is asked first.
    /// </summary>
    public static string? Province(string? issuer, string? within = null) => issuer is null ? null : OneOf(ProvincesOfIssuer.Get(issuer), within);

    /// <summary>
    /// The province of the district a date line's place is ("Mai Sơn, ngày …", "Thành phố Lào Cai, ngày …"), as <see cref="Province"/>. Since
    /// the 2025 reform a place is a commune, often named as the district it replaced: a text issued since is not read so.
    /// </summary>
    public static string? ProvinceOfPlace(string? place) => place is null ? null
        : OneOf(Written(place) is { } district ? Gazetteer(district.Level, district.Name) : Gazetteer(null, place), null);

    /// <summary>
    /// Whether a place the province's name was read in is a district written with other marks: "Phù Yên, ngày …" is Sơn La's district,
    /// not Phú Yên, which folds alike.
    /// </summary>
    public static bool IsOtherThan(string place, string province) => Key(place) != Key(province) && ProvinceOfPlace(place) is not null;

    private static readonly StringMemo<string[]?> ProvincesOfIssuer = new(issuer => Written(issuer) is { } d ? Gazetteer(d.Level, d.Name) : null);

    private static string? OneOf(string[]? provinces, string? within) =>
        provinces is null ? null : provinces.Length == 1 ? provinces[0] : within is not null && provinces.Contains(within) ? within : null;

    /// <summary>
    /// The provinces of the districts a name is, at a level (null: any): the longest run of its first words that is one, as an issuer's
    /// name may run on ("huyện Mai Sơn Sơn La"). A commune's level is none of the gazetteer's.
    /// </summary>
    private static string[]? Gazetteer(string? level, string name)
    {
        if (level is "xã" or "phường" or "thị trấn" or "đặc khu") return null;
        var words = Key(name).Split(' ');
        for (var n = words.Length; n >= 1; n--)
            if (ByName.TryGetValue($"{level}|{string.Join(' ', words, 0, n)}", out var provinces)) return provinces;
        return null;
    }

    /// <summary>
    /// A name as the gazetteer is keyed: lower case, its marks kept (Tam Dương is Vĩnh Phúc's, Tam Đường Lai Châu's), tones placed alike, a
    /// dash a space, a curly apostrophe a straight one ("K’Bang").
    /// </summary>
    private static string Key(string name) => string.Join(' ', VietnameseFolding.PlaceTones(VietnameseFolding.NormalizeText(name.Replace('’', '\''))).ToLowerInvariant()
        .Split([' ', '\t', '\n', '-', '–'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"level|name" and "|name" (any level) to the provinces whose districts are so named, loaded once.</summary>
    private static readonly Dictionary<string, string[]> ByName = Load();

    private static Dictionary<string, string[]> Load() => DataFiles.Rows("districts.tsv")
        .SelectMany(p => new[] { (Key: $"{p[0]}|{Key(p[1])}", Province: p[2]), (Key: $"|{Key(p[1])}", Province: p[2]) })
        .GroupBy(p => p.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Province).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// A district's or commune's body without the province named after it ("Chủ tịch Ủy ban nhân dân huyện Mai Sơn, tỉnh Sơn La" → "… huyện Mai
    /// Sơn"): the same body as named without, whose scope holds the province already; any other issuer as it is.
    /// </summary>
    public static string WithoutProvince(string issuer) =>
        issuer.Contains(',') && ProvinceAfter().Match(issuer) is { Success: true } m && Written(issuer[..m.Index]) is not null ? issuer[..m.Index] : issuer;

    [GeneratedRegex(@",\s*(?:tỉnh|thành phố)\s+\p{Lu}[^,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ProvinceAfter();

    /// <summary>Whether an issuer names a district or commune, by its name or by its level alone ("UBND huyện" in a district's own text).</summary>
    public static bool NamesOne(string issuer) => Written(issuer) is not null || Unnamed(issuer).Success;

    /// <summary>"Ủy ban nhân dân huyện": a district's or commune's body named by its level alone, which the citing text's district names.</summary>
    public static Match Unnamed(string issuer) => UnnamedLevel().Match(issuer);

    [GeneratedRegex(@"\s(?<level>huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedLevel();

    /// <summary>
    /// "xã" before "hội" is society ("XÃ HỘI CHỦ NGHĨA", "Thương binh và Xã hội"), no commune. A district's Party committee names it too
    /// ("Ban Thường vụ Huyện ủy Lạc Sơn"): its Kế hoạch số 08-KH/HU is not another district's; "Quận ủy Quận 1" names it by its level.
    /// A word of a name may hold an apostrophe, as the Central Highlands' do ("Cư M'gar", "K’Bang"): read up to it, "huyện Cư M" was no district.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<level>(?i:(?:huyện|quận|thị|thành)[ \t]+(?:ủy|uỷ)(?![\p{L}\p{M}])(?![ \t]+(?:huyện|quận|thị xã|thành phố|TP)(?![\p{L}\p{M}]))|huyện|quận|thị xã|thị trấn|thành phố|phường|đặc khu|xã(?![ \t]+hội(?![\p{L}\p{M}])))|TP\.?)\s+(?<name>\p{Lu}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)?(?:[ \t]+\p{Lu}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)?){0,3}|\d{1,2}(?!\d))")]
    private static partial Regex District();
}
