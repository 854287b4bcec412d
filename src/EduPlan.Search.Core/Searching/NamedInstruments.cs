using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// The instruments a query names by number ("Quyết định 2457", "QĐ 2457", "Chỉ thị 29", "2457/QĐ-BGDĐT") or, a law, by its name and
/// year ("Luật Giáo dục 2019"): what a search page shows above the hits, leading to the instrument and every text citing it, the step
/// staff otherwise take through a hit. Only those whose number was typed, or whose whole name the query holds: a word or a year shared
/// with a title ("kế hoạch năm 2024") names nothing.
/// </summary>
public static partial class NamedInstruments
{
    /// <summary>How many of the graph's closest instruments are looked at, and so shown at most.</summary>
    public const int Most = 3;

    /// <param name="parsed">The query as search reads it, its text normalised (a query typed holds any code point: "\uFFFE" failed to
    /// fold). Only one naming an instrument by kind and number or by symbol is read word by word, so that a number beside other words
    /// ("kế hoạch năm 2024") does not name whichever instrument bears it.</param>
    /// <param name="graph">The citation graph, asked for only when the query may name an instrument: loading it for every search held
    /// a 100,000 documents' graph (some 200 MB) in memory from the first search on, whatever was searched.</param>
    public static IReadOnlyList<Instrument> In(UserQuery parsed, Func<CitationGraph> graph)
    {
        // "QĐ 2457 OR CT 29" names two: each operand is read as a query of its own ("QĐ 2457 OR CT 29" as a whole named the first only).
        if (!parsed.Normalized.Contains('"') && OrOperator().Split(parsed.Normalized) is { Length: > 1 } operands)
            return operands.Where(o => o.Length > 0).SelectMany(o => Named(UserQuery.Parse(o), graph)).DistinctBy(i => i.Key).Take(Most * operands.Length).ToList();
        return Named(parsed, graph);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+OR\s+")]
    private static partial System.Text.RegularExpressions.Regex OrOperator();

    private static IReadOnlyList<Instrument> Named(UserQuery parsed, Func<CitationGraph> graph)
    {
        var query = parsed.Normalized;
        // Every way of naming one holds a number: a symbol's, or a law's year. A query without one is read no further.
        var numbers = Numbers(query);
        if (numbers.Count == 0) return [];
        // Besides a symbol or a kind and number, only a kind's name with a year ("Luật giáo dục 2019", "chương trình giáo dục phổ
        // thông 2018") may name one; a number among other words ("năm học 2023-2024") is no lookup.
        var naming = parsed.Units.Any(u => u.Numbered.Count > 0 || UserQuery.IsSymbol(u));
        if (!naming && parsed.KindNames().Count == 0) return [];
        // The whole query first ("Quyết định 2457", "Luật giáo dục 2019"); then, with words of a topic beside ("2457/QĐ-BGDĐT phổ cập",
        // "kế hoạch thực hiện quyết định 2457"), the words around each number, longest first, a few lookups at most.
        // "Luật giáo dục năm 2019", "Hiến pháp năm 2013": the year's "năm" is in no name (the words of names are looked up, every one).
        // Read without it, the year names no number: "kế hoạch năm 2024" is no Kế hoạch 2024/KH-UBND.
        var withoutYearWord = YearWord().Replace(query, "");
        IEnumerable<(string Words, bool Numbers)> readings = withoutYearWord == query ? [(query, true)] : [(query, true), (withoutYearWord, false)];
        foreach (var (words, byNumber) in naming ? readings.Concat(Readings(query).Skip(1).Select(r => (r, true))).Take(MaxReadings) : readings)
        {
            var typed = $"-{SectionBuilder.Slug(words)}-";
            var named = graph().Search(words).Take(Most)
                .Where(i => (byNumber && i.Number is { } number && numbers.Contains(Number(number)))
                            || (NamedBy(i) is { } name && typed.Contains($"-{SectionBuilder.Slug(name)}-", StringComparison.Ordinal)
                                && (i.Year is not { } year || numbers.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture)))))
                .ToList();
            if (named.Count > 0) return named;
        }
        return [];
    }

    /// <summary>
    /// The name an instrument is named by with its year: one cited without a number, or a law, whatever its number. A text writing
    /// "Luật Giáo dục số 43/2019/QH14" joins the law to its number, and "Luật giáo dục 2019" must still name it: staff name laws so.
    /// </summary>
    private static string? NamedBy(Instrument instrument) => instrument switch
    {
        { Title: null } => null,
        { Symbol: null } => instrument.Label,
        { Kind: "Luật" } => Instrument.Named(instrument.Kind, instrument.Title),
        _ => null,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:năm|nam)\s+(?=\d{4}\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex YearWord();

    /// <summary>How many readings of a query are looked up: each is a lookup in the graph, and a pasted text holds many numbers.</summary>
    private const int MaxReadings = 24;

    /// <summary>How many words before a number may be its kind's name ("chương trình hành động số 49").</summary>
    private const int KindWords = 4;

    /// <summary>The query, then each run of words ending at a number (or at the word after it: "2457 BGDĐT"), longest first.</summary>
    private static IEnumerable<string> Readings(string query)
    {
        yield return query;
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1) yield break;
        for (var n = 0; n < words.Length; n++)
        {
            if (!words[n].Any(char.IsAsciiDigit)) continue;
            for (var before = Math.Min(KindWords, n); before >= 0; before--)
                for (var after = Math.Min(1, words.Length - 1 - n); after >= 0; after--)
                    if (before + 1 + after < words.Length)
                        yield return string.Join(' ', words, n - before, before + 1 + after);
        }
    }

    /// <summary>The runs of digits typed, as numbers are compared: "02457" is 2457.</summary>
    private static HashSet<string> Numbers(string query) =>
        DigitRuns().Matches(query).Select(m => Number(m.Value)).ToHashSet(StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex("[0-9]+")]
    private static partial System.Text.RegularExpressions.Regex DigitRuns();

    private static string Number(string digits) => digits.TrimStart('0') is { Length: > 0 } n ? n : "0";
}
