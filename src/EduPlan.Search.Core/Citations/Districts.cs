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

    /// <summary>Whether an issuer names a district or commune, by its name or by its level alone ("UBND huyện" in a district's own text).</summary>
    public static bool NamesOne(string issuer) => Written(issuer) is not null || Unnamed(issuer).Success;

    /// <summary>"Ủy ban nhân dân huyện": a district's or commune's body named by its level alone, which the citing text's district names.</summary>
    public static Match Unnamed(string issuer) => UnnamedLevel().Match(issuer);

    [GeneratedRegex(@"\s(?<level>huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedLevel();

    /// <summary>
    /// "xã" before "hội" is society ("XÃ HỘI CHỦ NGHĨA", "Thương binh và Xã hội"), no commune. A district's Party committee names it too
    /// ("Ban Thường vụ Huyện ủy Lạc Sơn"): its Kế hoạch số 08-KH/HU is not another district's; "Quận ủy Quận 1" names it by its level.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<level>(?i:(?:huyện|quận|thị|thành)[ \t]+(?:ủy|uỷ)(?![\p{L}\p{M}])(?![ \t]+(?:huyện|quận|thị xã|thành phố|TP)(?![\p{L}\p{M}]))|huyện|quận|thị xã|thị trấn|thành phố|phường|đặc khu|xã(?![ \t]+hội(?![\p{L}\p{M}])))|TP\.?)\s+(?<name>\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3}|\d{1,2}(?!\d))")]
    private static partial Regex District();
}
