using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Runtime.CompilerServices;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Searching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduPlan.Search.Api;

public static class DocumentsApi
{
    public static void MapDocumentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/documents").WithTags("Documents").RequireCors(ServiceSetup.PublicCors).CacheOutput(ResultCache.Policy);
        group.MapGet("/", List).WithName("ListDocuments")
            .WithSummary("Every document of the corpus with its metadata, or with page and size one page of them, most recent first")
            .WithDescription("Without page or size: every document, ordered by id. With page (from 1) and/or size (1 to 100, default 10): that page " +
                             "of the documents ordered by date descending (a date without its day after the days of its month), documents " +
                             "without a date last, then by id. The X-Total-Count header gives the number of documents.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{id}", Get).WithName("GetDocument")
            .WithSummary("One document: metadata, sections with stable anchors, and HTML for reading with each citation a link")
            .WithDescription("With q (a search query), the HTML marks the query's words (<mark>) as a hit's snippets mark them.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/citations", Citations).WithName("GetDocumentCitations")
            .WithSummary("Every citation occurrence in the document, in text order")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public const string TotalCountHeader = "X-Total-Count";

    /// <summary>Each index's documents most recent first, sorted once: a page of a national corpus is then a slice, not a sort.</summary>
    private static readonly ConditionalWeakTable<SearchIndex, DocumentInfo[]> RecentFirst = new();

    private static Results<Ok<IReadOnlyList<DocumentInfo>>, ProblemHttpResult> List([Range(1, int.MaxValue)] string? page, [Range(1, SearchRequest.MaxSize)] string? size,
        ServedIndex served, HttpResponse response)
    {
        // Without parameters the whole list, as v1 promised; a page is asked for by naming one.
        if (Paging.ReadOptional(page, size, out var paged, out var pageNumber, out var pageSize) is { } invalid) return invalid;
        if (served.Index is not { } index) return served.NotReady();
        response.Headers[TotalCountHeader] = index.Documents.Count.ToString(CultureInfo.InvariantCulture);
        if (!paged) return TypedResults.Ok(index.Documents);
        var all = RecentFirst.GetValue(index, i => i.Documents
            .OrderBy(d => d.Date is null).ThenByDescending(d => d.Date, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).ToArray());
        var skip = (int)Math.Min((long)(pageNumber - 1) * pageSize, all.Length);
        IReadOnlyList<DocumentInfo> slice = all[skip..Math.Min(skip + pageSize, all.Length)];
        return TypedResults.Ok(slice);
    }

    private static Results<Ok<DocumentDetailDto>, ProblemHttpResult> Get(string id, [FromQuery(Name = "q"), MaxLength(SearchRequest.MaxQueryLength)] string? q, ServedIndex served)
    {
        if (SearchApi.TooLong(q) is { } tooLong) return tooLong;
        if (served.Index is not { } index) return served.NotReady();
        if (index.Load(id) is not { } document) return Problems.NotFound($"There is no document with id '{id}'. GET /api/documents lists them.");
        var citations = index.Graph.CitationsOf(id);
        var html = DocumentHtml.Render(document, citations, InstrumentsApi.PageHref, string.IsNullOrWhiteSpace(q) ? null : UserQuery.Parse(q).Expand(index.Abbreviations));
        return TypedResults.Ok(DocumentDetailDto.From(document.Info, document.Sections, html, index.Graph.NodeOfDocument(id)));
    }

    private static Results<Ok<IReadOnlyList<CitationDto>>, ProblemHttpResult> Citations(string id, ServedIndex served)
    {
        if (served.Index is not { } index) return served.NotReady();
        if (index.Find(id) is null) return Problems.NotFound($"There is no document with id '{id}'.");
        IReadOnlyList<CitationDto> list = index.Graph.CitationsOf(id).Select(c => InstrumentsApi.ToDto(c, index.Graph)).ToList();
        return TypedResults.Ok(list);
    }
}
