using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Citations;

/// <summary>
/// The national instruments staff cite by kind and number alone (Data/known-instruments.tsv): "theo Thông tư 29" in a text that never gives
/// 29/2024/TT-BGDĐT's symbol is that circular, "Đề án 06" the Đề án 06/QĐ-TTg approved. Fourteen testers' texts cited "Đề án 06" so, twelve
/// "Thông tư 29", ten "Nghị quyết 217", and none was a citation. Only for a text issued after the instrument: a 2019 plan's "Thông tư 29" is
/// none of 2024's.
/// </summary>
public static class KnownInstruments
{
    /// <param name="CitedAs">The kind its short form is written with ("Đề án" for the decision approving it).</param>
    public sealed record Known(string CitedAs, string Number, string Kind, string Symbol, string Date, string Issuer)
    {
        public int Year { get; } = int.Parse(Date.AsSpan(0, 4));

        /// <summary>Its citation, placed where a repeat is found (BareRepeats sets where, how and in what words).</summary>
        public CitationExtractor.Found AsFound() =>
            new(0, 0, Kind, Symbol, Number, ParsedSymbol.Parse(Symbol)?.IssuerCode, Issuer, Date, Year, null, CitationRelation.Mention, "", Named: false);
    }

    private static readonly Known[] All = Load();

    /// <summary>Those issued by a text's date (its year where it gives no day); all of them for a text with neither.</summary>
    public static IEnumerable<Known> IssuedBy(string? date, int? year) =>
        All.Where(k => date is { Length: 10 } ? string.CompareOrdinal(k.Date, date) <= 0 : year is not { } y || k.Year <= y);

    private static Known[] Load() => DataFiles.Rows("known-instruments.tsv")
        .Select(row => row is [var citedAs, var number, var kind, var symbol, var date, var issuer]
            ? new Known(citedAs, number, kind, symbol, date, issuer)
            : throw new InvalidDataException($"known-instruments.tsv: '{string.Join('\t', row)}' is not six columns")).ToArray();
}
