namespace EduPlan.Search.Core.Documents;

/// <summary>The metadata of one directive, every field read from its own text.</summary>
public sealed record DocumentInfo(
    string Id,
    string Source,
    string Title,
    string Kind,
    string? Symbol,
    string? Province,
    string? Issuer,
    string? Signer,
    string? Date,
    int? Year,
    string? SchoolYear);

/// <summary>
/// A parsed file of the corpus: its metadata, its sections, and its blocks (the repaired text that
/// search, snippets and citation extraction read), with <see cref="Text"/> the NFC source they map to.
/// </summary>
public sealed record CorpusDocument(DocumentInfo Info, string Text, IReadOnlyList<TextBlock> Blocks, IReadOnlyList<Section> Sections)
{
    public string Id => Info.Id;

    /// <summary>
    /// The file's text in NFC, where it has the same offsets as <see cref="Text"/>, otherwise <see cref="Text"/>: a citation's surface is
    /// the text as the document writes it ("2457/QĐ–BGDĐT" with Word's dash), while <see cref="Text"/> reads that dash as a hyphen.
    /// </summary>
    public string Written { get; init; } = Text;
}
