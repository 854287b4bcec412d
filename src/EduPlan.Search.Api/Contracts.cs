using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Searching;

namespace EduPlan.Search.Api;

// The public v1 shapes (docs/api-v1.md). Fields may be added, never renamed.

public sealed record SectionDto(string Id, string Number, string Heading, string Text);

/// <summary><c>instrumentKey</c> (added to v1) is the key of the document's own node in the citation graph.</summary>
public sealed record DocumentDetailDto(
    string Id, string Source, string Title, string Kind, string? Symbol, string? Province, string? Issuer, string? Signer,
    string? Date, int? Year, string? SchoolYear, IReadOnlyList<SectionDto> Sections, string Html, string? InstrumentKey)
{
    public static DocumentDetailDto From(DocumentInfo d, IReadOnlyList<Section> sections, string html, string? instrumentKey) =>
        new(d.Id, d.Source, d.Title, d.Kind, d.Symbol, d.Province, d.Issuer, d.Signer, d.Date, d.Year, d.SchoolYear,
            sections.Select(s => new SectionDto(s.Id, s.Number, s.Heading, s.Text)).ToList(), html, instrumentKey);
}

public sealed record PassageDto(string SectionId, string Heading, string Snippet);

/// <summary><c>missing</c> (added to v1): the query's words this document does not hold, as typed; a query of four words or more finds documents holding three quarters of them.</summary>
public sealed record HitDto(DocumentInfo Document, float Score, IReadOnlyList<PassageDto> Passages, IReadOnlyList<string> Missing);

public sealed record FacetDto(string Value, int Count);

public sealed record FacetsDto(IReadOnlyList<FacetDto> Province, IReadOnlyList<FacetDto> Kind, IReadOnlyList<FacetDto> Year, IReadOnlyList<FacetDto> SchoolYear)
{
    public static FacetsDto From(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets)
    {
        IReadOnlyList<FacetDto> F(string name) => facets.TryGetValue(name, out var v) ? v.Select(f => new FacetDto(f.Value, f.Count)).ToList() : [];
        return new(F("province"), F("kind"), F("year"), F("schoolYear"));
    }
}

/// <summary>
/// <c>partial</c> (added to v1) is true when the query hit its time bound and the answer holds only what was found by then;
/// <c>ignored</c> (added to v1), the words typed and not searched (beyond 24, the everyday words and words typed again first, then the
/// last; or too long), in the order typed, each once; a word searched, with the same marks, is not listed where typed again, a quoted
/// phrase unless quoted where searched (exclusions still apply).
/// </summary>
/// <param name="Instruments">The instruments the query names by number or a law by name (<see cref="NamedInstruments"/>), for a card leading to each.</param>
public sealed record SearchResponseDto(string Query, int Total, int Page, int Size, double TookMs, IReadOnlyList<HitDto> Hits, FacetsDto Facets, string? DidYouMean, bool Partial,
    IReadOnlyList<string> Ignored, FiltersDto Filters, IReadOnlyList<InstrumentDto> Instruments)
{
    public static SearchResponseDto From(SearchResult r, SearchRequest request, IReadOnlyList<InstrumentDto> named) =>
        new(r.Query, r.Total, r.Page, r.Size, Math.Round(r.TookMs, 2),
            r.Hits.Select(h => new HitDto(h.Document, h.Score, h.Passages.Select(p => new PassageDto(p.SectionId, p.Heading, p.Snippet)).ToList(), h.Missing)).ToList(),
            FacetsDto.From(r.Facets), r.DidYouMean, r.Partial, r.Ignored, FiltersDto.From(request),
            named);
}

/// <summary>
/// The filters as applied, each value as the facets name it ("kind=KH" is "Kế hoạch", "schoolYear=2023-24" "2023-2024", "province=tỉnh
/// Lâm Đồng" "Lâm Đồng"): a page marks the facet values its filters stand for, which the values as typed did not match.
/// </summary>
public sealed record FiltersDto(IReadOnlyList<string> Province, IReadOnlyList<string> Kind, IReadOnlyList<string> Year, IReadOnlyList<string> SchoolYear)
{
    public static FiltersDto From(SearchRequest r) => new(Values(r.Province), Values(r.Kind), Values(r.Year), Values(r.SchoolYear));

    private static IReadOnlyList<string> Values(IReadOnlyList<string>? values) =>
        values?.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList() ?? [];
}

public sealed record InstrumentDto(
    string Key, string Kind, string? Symbol, string? Number, string? IssuerCode, string? Issuer, string Scope,
    string? Date, int? Year, string? Title, string? DocumentId, int CitedByCount)
{
    public static InstrumentDto From(Instrument i, int citedByCount) =>
        new(i.Key, i.Kind, i.Symbol, i.Number, i.IssuerCode, i.Issuer, i.Scope, i.Date, i.Year, i.Title, i.DocumentId, citedByCount);
}

public sealed record CitationDto(string Surface, int Start, int End, string? SectionId, string Relation, string Context, InstrumentDto Instrument, bool? Known = null);

/// <summary>One citing occurrence; <c>start</c> is where it starts in the citing document's text, its anchor there <c>c-{start}</c>.</summary>
public sealed record CitedByDto(DocumentInfo Document, string Relation, string Context, string? SectionId, int Start);

public sealed record InstrumentDetailDto(
    string Key, string Kind, string? Symbol, string? Number, string? IssuerCode, string? Issuer, string Scope,
    string? Date, int? Year, string? Title, string? DocumentId, int CitedByCount,
    IReadOnlyList<CitedByDto> CitedBy, IReadOnlyList<CitationDto>? Cites)
{
    /// <summary>Citing documents per province ("" when unknown), most first: the whole picture when citedBy is one page.</summary>
    public IReadOnlyList<FacetDto> CitedByProvinces { get; init; } = [];

    /// <summary>Citing documents that the province filter keeps: what the pages of citedBy add up to.</summary>
    public int CitedByDocuments { get; init; }
}

public sealed record ExtractRequest(string? Text, string? Province);

public sealed record ExtractResponse(IReadOnlyList<CitationDto> Citations);

public sealed record GraphNodeDto(string Key, string Label, string Kind, string Scope, string? DocumentId, int CitedByCount);

public sealed record GraphEdgeDto(string Source, string Target, string Relation, int Count);

public sealed record GraphDto(IReadOnlyList<GraphNodeDto> Nodes, IReadOnlyList<GraphEdgeDto> Edges);

public sealed record HealthDto(string Status, string? Generation, int Documents, string? Error, IReadOnlyList<CorpusProblemDto> Skipped);

public sealed record CorpusProblemDto(string File, string Reason);
