using EduPlan.Search.Core.Documents;

namespace EduPlan.Search.Core.Searching;

/// <summary>A passage of a hit: the section and an HTML-escaped snippet with &lt;mark&gt; around matched words.</summary>
public sealed record Passage(string SectionId, string Heading, string Snippet);

public sealed record SearchHit(DocumentInfo Document, float Score, IReadOnlyList<Passage> Passages)
{
    /// <summary>The query's words the document does not hold, as typed; empty when it holds them all.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];
}

public sealed record FacetValue(string Value, int Count);

public sealed record SearchResult(
    string Query,
    int Total,
    int Page,
    int Size,
    double TookMs,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    string? DidYouMean)
{
    /// <summary>True when the query reached its time bound and ranks only what it found by then.</summary>
    public bool Partial { get; init; }

    /// <summary>The words typed past the limit of a query's words, as typed: not searched.</summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];
}
