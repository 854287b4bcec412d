using System.Text.RegularExpressions;

namespace EduPlan.Search.Core.Text;

/// <summary>
/// A date as the directives write it, in a citation ("ngày 23/8/2023") as in their own date line ("Buôn Ma Thuột, ngày 9/10/2024"):
/// "23/8/2023", "03-9-2023", "03.9.2023", "31 tháng 08 năm 2023", "05/09/23" (a year of two digits, this century's). One reading for
/// both: the date line read only "tháng … năm", and a letter dated in figures had no date and no year.
/// </summary>
public static class VietnameseDates
{
    /// <summary>A regular-expression fragment with groups <c>d</c>, <c>m</c> and <c>y</c>, for patterns that say what comes before the date.</summary>
    /// <remarks>Typed without marks too ("12 thang 01 nam 2026", a tester's 976, a commune's plan dated so).</remarks>
    public const string Date = @"(?<d>\d{1,2})\s*(?:/|-|\.|tháng|thang)\s*(?<m>\d{1,2})\s*(?:/|-|\.|năm|nam)\s*(?<y>\d{4}|\d{2}(?![\d/]))(?!\d)";

    /// <summary>
    /// The date a match of <see cref="Date"/> (or of a pattern with the same groups and no day, "ngày … tháng 9 năm 2024") gives in ISO:
    /// "2023-08-31", or "2023-09" when the day is left blank; none when no such day is ("31 tháng 02") or the month is blank too.
    /// </summary>
    public static string? Iso(Match date)
    {
        if (!date.Groups["m"].Success) return null;
        var year = Year(date);
        var month = int.Parse(date.Groups["m"].ValueSpan);
        if (month is < 1 or > 12) return null;
        if (!date.Groups["d"].Success || date.Groups["d"].Length == 0) return $"{year:0000}-{month:00}";
        var day = int.Parse(date.Groups["d"].ValueSpan);
        return day >= 1 && day <= DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 2000, month) ? $"{year:0000}-{month:00}-{day:00}" : null;
    }

    /// <summary>
    /// The date and its year. A day that does not exist ("ngày 31 tháng 02 năm 2024") dates nothing, but its year stands: the text is
    /// that year's however its day was mistyped, and its number is told from next year's by it.
    /// </summary>
    public static (string? Iso, int Year) Read(Match date) => (Iso(date), Year(date));

    /// <summary>The year a date's match names.</summary>
    public static int Year(Match date)
    {
        var year = int.Parse(date.Groups["y"].ValueSpan);
        return date.Groups["y"].Length == 2 ? year + 2000 : year;
    }
}
