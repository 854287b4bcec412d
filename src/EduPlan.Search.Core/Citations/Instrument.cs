namespace EduPlan.Search.Core.Citations;

/// <summary>
/// Anything cited: a decision, plan, resolution, law… One node of the citation graph, whether or not
/// its text is in the corpus. <see cref="Key"/> is the same for every citation of the same instrument.
/// </summary>
public sealed record Instrument(
    string Key,
    string Kind,
    string? Symbol,
    string? Number,
    string? IssuerCode,
    string? Issuer,
    string Scope,
    string? Date,
    int? Year,
    string? Title,
    string? DocumentId)
{
    public const string National = "national";

    /// <summary>The scope of a local issuer whose province neither the citation nor the citing document names.</summary>
    public const string UnknownScope = "unknown";

    /// <summary>
    /// How staff name it: its kind and symbol ("Quyết định 2457/QĐ-BGDĐT"), or its title with its kind ("Đề án tổng thể …", not "tổng thể …"),
    /// or, for a directive cited by its date alone and without a subject, its kind and date ("Chỉ thị ngày 26/8/2024"): "Chỉ thị" named none.
    /// </summary>
    public string Label => Symbol is not null ? $"{Kind} {Symbol}" : Title is not null ? Named(Kind, Title)
        : Date is [_, _, _, _, '-', _, _, '-', _, _] day ? $"{Kind} ngày {int.Parse(day[8..])}/{int.Parse(day[5..7])}/{day[..4]}" : Kind;

    /// <summary>A title with its kind before it, unless it says it already: "Luật Giáo dục", and "Bộ luật Lao động", a code, which is a law.</summary>
    public static string Named(string kind, string title) =>
        title.StartsWith(kind, StringComparison.OrdinalIgnoreCase) || title.StartsWith($"Bộ {kind}", StringComparison.OrdinalIgnoreCase) ? title : $"{kind} {title}";

    /// <summary>
    /// This instrument with what another mention of it adds: a date, year or issuer code it lacks, the fuller title
    /// and the issuer that did not run on. A corpus document's own title and issuer stay as it writes them. The graph then shows
    /// the title and issuer most citing texts give (<see cref="GraphBuilder"/>).
    /// </summary>
    public Instrument WithDetailsOf(Instrument mention) => this with
    {
        Issuer = DocumentId is not null ? Issuer ?? mention.Issuer : ShorterOf(Issuer, mention.Issuer),
        IssuerCode = IssuerCode ?? mention.IssuerCode,
        Date = Date ?? mention.Date,
        Year = Year ?? mention.Year,
        Title = DocumentId is not null ? Title : LongerOf(Title, mention.Title),
        Number = Number ?? mention.Number,
        Symbol = Symbol ?? mention.Symbol,
        Kind = Kind == Documents.DocumentKinds.Unnamed ? mention.Kind : Kind,
    };

    /// <summary>Issuers are read up to a stop word; the shorter reading is the one that did not run on.</summary>
    private static string? ShorterOf(string? a, string? b) => a is null ? b : b is null ? a : a.Length <= b.Length ? a : b;

    private static string? LongerOf(string? a, string? b) => (a?.Length ?? 0) >= (b?.Length ?? 0) ? a ?? b : b;
}

/// <summary>One occurrence of an instrument in a text, with its offsets in the source text.</summary>
public sealed record Citation(
    string Surface,
    int Start,
    int End,
    string? SectionId,
    string Relation,
    string Context,
    Instrument Instrument);
