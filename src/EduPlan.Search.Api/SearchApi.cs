using System.ComponentModel.DataAnnotations;
using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Searching;
using EduPlan.Search.Core.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EduPlan.Search.Api;

public static class SearchApi
{
    public static void MapSearchApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Search").RequireCors(ServiceSetup.PublicCors);
        group.MapGet("/search", Search)
            .CacheOutput(ResultCache.Policy)
            .WithName("Search")
            .WithSummary("Full-text search over the directives")
            .WithDescription("One hit per document, best first, with up to three passages whose snippets are HTML-escaped with <mark> around matched words. " +
                             "q is typed with or without diacritics, in any case, NFC or NFD; quotes make a phrase, -word excludes, OR joins alternatives, AND requires every word, NOT excludes the next; " +
                             "an operator with nothing to join is left out, and a q of operators alone answers 400 (quoted, \"AND\" is the word). " +
                             "Filters combine with AND; several values of one filter are OR. Facet counts are over the filtered result. " +
                             "year is a four-digit year and schoolYear two consecutive years (\"2023-2024\", \"2023 - 2024\", \"năm học 2023-2024\", \"2023-24\"); " +
                             "other values answer 400. province may carry \"tỉnh\" or \"thành phố\". A query finding nothing because of a word no document " +
                             "holds gets the rest of it as didYouMean.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/facets", Facets)
            .CacheOutput(ResultCache.Policy)
            .WithName("Facets")
            .WithSummary("Facet counts over every document of the index")
            .WithDescription("The same shape and order as a search's facets (most frequent first, then by value), counted over all documents: " +
                             "what a page shows before anything is searched, without listing the documents.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static Results<Ok<FacetsDto>, ProblemHttpResult> Facets(ServedIndex served) =>
        served.Index is { } index ? TypedResults.Ok(FacetsDto.From(index.AllFacets())) : served.NotReady();

    /// <summary>
    /// The query string as the contract names it: generated clients send what the OpenAPI document says. page and size are read as
    /// text, so that a value that is no whole number gets <see cref="Paging"/>'s 400 naming it, not the binder's; their ranges say
    /// in the document that they are whole numbers (<see cref="OpenApiContract"/>).
    /// </summary>
    public sealed record SearchParameters(
        [FromQuery(Name = "q")][property: MaxLength(SearchRequest.MaxQueryLength)] string? Q,
        [FromQuery(Name = "province")] string[]? Province,
        [FromQuery(Name = "kind")] string[]? Kind,
        [FromQuery(Name = "year")] string[]? Year,
        [FromQuery(Name = "schoolYear")] string[]? SchoolYear,
        [FromQuery(Name = "page")][property: Range(1, int.MaxValue)] string? Page,
        [FromQuery(Name = "size")][property: Range(1, SearchRequest.MaxSize)] string? Size,
        [FromQuery(Name = "sort")] string? Sort);

    /// <summary>The only order v1 has: a portal asking for another (sort=date) was answered in relevance order as if it had been obeyed.</summary>
    public const string Relevance = "relevance";

    /// <summary>
    /// A 400 for a query past the limit, null when it fits. Measured as searched, normalised: the same query pasted in NFD is longer but
    /// is the same query, and one whose full-width forms or ligatures expand past the limit is refused whichever form it came in.
    /// </summary>
    public static ProblemHttpResult? TooLong(string? q) =>
        q is { Length: > 0 } && VietnameseFolding.NormalizeText(q) is { Length: > SearchRequest.MaxQueryLength } normal
            ? Problems.BadRequest($"q is {normal.Length} characters long; the most is {SearchRequest.MaxQueryLength}.")
            : null;

    private static async Task<Results<Ok<SearchResponseDto>, ProblemHttpResult>> Search([AsParameters] SearchParameters p, ServedIndex served,
        SearchGate gate, HttpContext http)
    {
        if (Paging.Read(p.Page, p.Size, out var page, out var size) is { } invalid) return invalid;
        if (!string.IsNullOrWhiteSpace(p.Sort) && !string.Equals(p.Sort.Trim(), Relevance, StringComparison.OrdinalIgnoreCase))
            return Problems.BadRequest($"sort '{p.Sort}' is not supported: hits are ranked by relevance (sort={Relevance}, or leave sort out); " +
                                       "narrow by date with the year or schoolYear filter.");
        if (TooLong(p.Q) is { } tooLong) return tooLong;
        if (FilterValues.Read(new SearchRequest(p.Q, p.Province, p.Kind, p.Year, p.SchoolYear, page, size), out var problem) is not { } request)
            return Problems.BadRequest(problem!);
        var query = UserQuery.Parse(p.Q);
        if (query.IsEmpty && query.Excluded.Count == 0 && !request.HasFilter)
            return Problems.BadRequest(string.IsNullOrWhiteSpace(p.Q)
                ? "Give a query in q (for example q=phổ cập giáo dục), or at least one filter."
                : query.Ignored.Count > 0
                    ? $"q has no searchable word: words over {VietnameseAnalyzer.MaxTokenLength} characters are not searched; type at least one word or number."
                    : query.TypedOperators.Count > 0
                        ? $"q has no searchable word: {string.Join(" ", query.TypedOperators)} {(query.TypedOperators.Count > 1 ? "are operators" : "is an operator")}, " +
                          $"which join words (a AND b, a OR b, NOT a); type the words to search, or quote an operator to search it as a word (q=\"{query.TypedOperators[0]}\")."
                        : "q has no searchable word; type at least one word or number.");
        using var turn = await gate.EnterAsync(http.RequestAborted);
        if (!turn.IsAcquired) return Problems.Busy();
        if (served.Index is not { } index) return served.NotReady();
        var result = index.Search(request, query);
        if (result.Partial) ResultCache.DoNotKeep(http);
        return TypedResults.Ok(SearchResponseDto.From(result, request,
            NamedInstruments.In(query, () => index.Graph).Select(i => InstrumentDto.From(i, index.Graph.CitedByCount(i.Key))).ToList()));
    }
}
