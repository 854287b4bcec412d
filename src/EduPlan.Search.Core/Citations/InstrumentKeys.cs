using System.Security.Cryptography;
using System.Text;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Citations;

/// <summary>
/// The identity of an instrument as a URL-safe key. A central number is unique per year; a local one
/// only within its province and year, so the province is part of a local key, and a district's number within its district:
/// "2457-qd-bgddt-2023", "633-kh-ubnd-2023-bac-giang", "45-kh-ubnd-2023-lai-chau-huyen-muong-te", "luat-giao-duc-2019".
/// </summary>
public static class InstrumentKeys
{
    private const int MaxSlug = 80;

    /// <summary>Every citation of a symbol or in a province slugs the same string again.</summary>
    private static readonly StringMemo<string> Slugs = new(SectionBuilder.Slug);

    /// <param name="district">The district an issuer names (<see cref="Districts.Named"/>), for a local instrument.</param>
    public static string ForSymbol(string symbol, int? year, string scope, string? district = null) =>
        Compose(Slugs.Get(symbol), year, scope) is var key && district is not null && scope != Instrument.National ? $"{key}-{Slugs.Get(district)}" : key;

    /// <summary>Titles, slugged and cut to a length with a hash of the rest, once per title.</summary>
    private static readonly StringMemo<string> TitleSlugs = new(TitleSlug);

    public static string ForNamed(string kind, string title, int? year, string scope) =>
        Compose(TitleSlugs.Get(Instrument.Named(kind, title)), year, scope);

    /// <summary>
    /// A directive cited by its kind, date and issuer alone (<see cref="DatedInstruments"/>): "chi-thi-2024-08-26-bo-giao-duc-va-dao-tao"; a
    /// district's body named with its province or without, one key (the scope holds the province).
    /// </summary>
    public static string ForDated(string kind, string date, string issuer, string scope) =>
        Compose(TitleSlugs.Get($"{kind} {date} {Districts.WithoutProvince(issuer)}"), null, scope);

    private static string TitleSlug(string title)
    {
        var slug = SectionBuilder.Slug(title);
        if (slug.Length > MaxSlug)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(slug)))[..8];
            slug = slug[..MaxSlug].TrimEnd('-') + "-" + hash;
        }
        return slug;
    }

    private static string Compose(string slug, int? year, string scope)
    {
        var key = year is null ? slug : $"{slug}-{year}";
        return scope == Instrument.National ? key : $"{key}-{Slugs.Get(scope)}";
    }

    /// <summary>True for a string that could be a key: what the API accepts before looking it up.</summary>
    public static bool IsWellFormed(string? key) =>
        !string.IsNullOrEmpty(key) && key.Length <= 200 && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_');
}
