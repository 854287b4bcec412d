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
