using System.Text.RegularExpressions;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Citations;

/// <summary>
/// The district (huyện, quận, thị xã, or a city within a province) an issuer names. A district's committee and its offices number
/// their instruments apart from the province's: "Quyết định số 1646/QĐ-UBND … của UBND huyện Mai Sơn" is not Sơn La's 1646/QĐ-UBND,
/// and took that decision's date, issuer and title.
/// </summary>
public static partial class Districts
{
    /// <summary>The district named in an issuer, folded ("huyen mai son"), or null where it names none or a province.</summary>
    public static string? Named(string? issuer) => issuer is null ? null : Memo.Get(issuer);

    private static readonly StringMemo<string?> Memo = new(Read);

    /// <summary>The centrally run cities: "thành phố Hà Nội" is a province, "thành phố Lào Cai" a district of Lào Cai.</summary>
    private static readonly HashSet<string> CentralCities = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"];

    private static string? Read(string issuer)
    {
        var m = District().Match(issuer);
        if (!m.Success) return null;
        var level = VietnameseFolding.FoldAll(m.Groups["level"].Value.TrimEnd('.'));
        if (level is "thanh pho" or "tp" && Provinces.Canonical(m.Groups["name"].Value) is { } city && CentralCities.Contains(city)) return null;
        return $"{(level == "tp" ? "thanh pho" : level)} {VietnameseFolding.FoldAll(m.Groups["name"].Value)}";
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<level>(?i:huyện|quận|thị xã|thành phố)|TP\.?)\s+(?<name>\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3}|\d{1,2}(?!\d))")]
    private static partial Regex District();
}
