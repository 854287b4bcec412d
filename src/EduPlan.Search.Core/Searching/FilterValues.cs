using System.Text.RegularExpressions;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// Reads the year and school-year filters as staff type them, as the values documents are indexed under.
/// The documents themselves write "năm học 2023 - 2024" and "2023-2024" alike; a filter typed either way must
/// find the same documents, and a value that is no year at all must be told apart from a year nobody wrote,
/// or "year=abc" would quietly answer "nothing found".
/// </summary>
public static partial class FilterValues
{
    // Digits 0-9 alone: "٢٠٢٣" (Arabic-Indic) is a \d, yet no document is filed under it, and it answered "nothing found".
    [GeneratedRegex(@"^\s*(?<y>[0-9]{4})\s*$")]
    private static partial Regex YearPattern();

    // "2023-2024", "2023 - 2024", "2023–2024", "2023/2024", "2023-24", "năm học 2023-2024" (marks folded first).
    [GeneratedRegex(@"^\s*(?:nam hoc\s*)?(?<a>[0-9]{4})\s*[-–/]\s*(?<b>[0-9]{4}|[0-9]{2})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SchoolYearPattern();

    // What staff put before a province's name, with marks or without; documents are filed under the name alone.
    [GeneratedRegex(@"^\s*(?:tỉnh|tinh|thành phố|thanh pho|tp\.?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ProvincePrefix();

    /// <summary>A province as documents are filed under it: "tỉnh Sơn La" and "TP. Hồ Chí Minh" name Sơn La and Hồ Chí Minh; a name the list lacks is kept as typed.</summary>
    public static string Province(string text) => KnownProvince(text) ?? text;

    private const string ProvinceExpected = "a province of Vietnam (before or after the 2025 merger), such as Lai Châu";

    /// <summary>What is said of a province filter that names none, wherever one is read.</summary>
    public static string NotAProvince(string value) => $"province '{value}' is not {ProvinceExpected}.{NearestProvince(value)}";

    /// <summary>The province a name that is none may have been meant as, said after the problem: "Lai Chou" is a slip for Lai Châu.</summary>
    private static string NearestProvince(string value) => Provinces.Nearest(ProvincePrefix().Replace(value, "")) is { } nearest ? $" Did you mean {nearest}?" : "";

    /// <summary>Whether a filter value names a province (before or after the 2025 merger), however typed.</summary>
    public static bool IsProvince(string text) => KnownProvince(text) is not null;

    /// <summary>The province a filter value names, or null when it names none (before or after the 2025 merger).</summary>
    private static string? KnownProvince(string text)
    {
        var normal = string.Join(' ', VietnameseFolding.NormalizeText(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Provinces.Canonical(normal) ?? Provinces.Canonical(ProvincePrefix().Replace(normal, ""));
    }

    /// <summary>A kind as documents are filed under it: its name, or its type code ("QĐ", "KH", "qd"); a kind neither names is kept as typed.</summary>
    public static string Kind(string text) => KnownKind(text) ?? text;

    // A type code or the short name staff write for a kind, in any case: "QĐ", "qd", "CV" (Công văn, which has no code).
    private static string? KnownKind(string text) => DocumentKinds.FromWord(text) ?? DocumentKinds.FromShortName(text.Trim().ToUpperInvariant())
        ?? (VietnameseFolding.FoldAll(text.Trim()) == VietnameseFolding.FoldAll(DocumentKinds.Unnamed) ? DocumentKinds.Unnamed : null);

    /// <summary>A calendar year as documents are filed under it ("2023"); null when the text is not one.</summary>
    public static string? Year(string text) => YearPattern().Match(text) is { Success: true } m ? m.Groups["y"].Value : null;

    /// <summary>A school year as documents are filed under it ("2023-2024"); null when the text is not two consecutive years.</summary>
    public static string? SchoolYear(string text)
    {
        var m = SchoolYearPattern().Match(VietnameseFolding.FoldAll(VietnameseFolding.NormalizeText(text)));
        if (!m.Success) return null;
        var first = int.Parse(m.Groups["a"].Value);
        var second = m.Groups["b"].Value;
        var next = second.Length == 2 ? first / 100 * 100 + int.Parse(second) : int.Parse(second);
        return next == first + 1 ? $"{first}-{next}" : null;
    }

    /// <summary>
    /// The request with its filter values read as above; null with <paramref name="problem"/> saying which value is no
    /// province, kind, year or school year when one is not. Blank values are left to mean "no filter", as before.
    /// </summary>
    public static SearchRequest? Read(SearchRequest request, out string? problem)
    {
        problem = null;
        // A province or kind no document can be filed under is said so: "province=Lai Chou" answered "nothing found", as if none were.
        var provinces = Each(request.Province, KnownProvince, "province", ProvinceExpected, ref problem, NearestProvince);
        var kinds = Each(request.Kind, KnownKind, "kind", KindExpected([]), ref problem);
        var years = Each(request.Year, Year, "year", "a year such as 2023", ref problem);
        var schoolYears = Each(request.SchoolYear, SchoolYear, "schoolYear", "two consecutive years such as 2023-2024", ref problem);
        return problem is null ? request with { Province = provinces, Kind = kinds, Year = years, SchoolYear = schoolYears } : null;
    }

    private static string KindExpected(IEnumerable<string> more) =>
        $"a kind of document ({string.Join(", ", DocumentKinds.All.Append(DocumentKinds.Unnamed).Concat(more).Distinct())}) or its code, such as QĐ";

    /// <summary>
    /// What is wrong with the instrument list's kind and scope filters, null when nothing is: read as the search's kind and province are,
    /// so "kind=Decision" or "scope=Lai Chou" is said so rather than answered with no instrument. A graph also files instruments under
    /// kinds no document calls itself (<paramref name="graphKinds"/>: "Quy hoạch", "Chiến lược") and under the scopes that are no province.
    /// </summary>
    public static string? InstrumentFilterProblem(IReadOnlyList<string>? kinds, IReadOnlyList<string>? scopes, IReadOnlyCollection<string> graphKinds)
    {
        string? problem = null;
        var more = graphKinds.Where(k => KnownKind(k) is null).Order(StringComparer.Ordinal).ToList();
        Each(kinds, k => KnownKind(k) ?? more.FirstOrDefault(m => VietnameseFolding.FoldAll(m) == VietnameseFolding.FoldAll(k.Trim())),
            "kind", KindExpected(more), ref problem);
        Each(scopes, KnownScope, "scope", $"\"{Instrument.National}\", \"{Instrument.UnknownScope}\" or {ProvinceExpected}", ref problem, NearestProvince);
        return problem;
    }

    private static string? KnownScope(string text) =>
        VietnameseFolding.FoldAll(text.Trim()) is (Instrument.National or Instrument.UnknownScope) and var scope ? scope : KnownProvince(text);

    private static IReadOnlyList<string>? Each(IReadOnlyList<string>? values, Func<string, string?> read, string name, string expected, ref string? problem,
        Func<string, string>? meant = null)
    {
        if (values is null || problem is not null) return values;
        var canonical = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (read(value) is not { } one)
            {
                problem = $"{name} '{value}' is not {expected}.{meant?.Invoke(value)}";
                return values;
            }
            canonical.Add(one);
        }
        return canonical;
    }
}
