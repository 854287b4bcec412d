using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Searching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduPlan.Search.Api;

public static class DocumentsApi
{
    public static void MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents").WithTags("Documents").RequireCors(ServiceSetup.PublicCors).CacheOutput(ResultCache.Policy);
        group.MapGet("/", List).WithName("ListDocuments").WithSummary("Every document of the corpus with its metadata")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{id}", Get).WithName("GetDocument")
            .WithSummary("One document: metadata, sections with stable anchors, and HTML for reading with each citation a link")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/citations", Citations).WithName("GetDocumentCitations")
            .WithSummary("Every citation occurrence in the document, in text order")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Results<Ok<IReadOnlyList<DocumentInfo>>, ProblemHttpResult> List(SearchService search) =>
        search.Current is { } index ? TypedResults.Ok(index.Documents) : Problems.NotReady(search.LastError);

    private static Results<Ok<DocumentDetailDto>, ProblemHttpResult> Get(string id, SearchService search)
    {
        if (search.Current is not { } index) return Problems.NotReady(search.LastError);
        if (index.Load(id) is not { } document) return Problems.NotFound($"There is no document with id '{id}'. GET /api/documents lists them.");
        var citations = index.Graph.CitationsOf(id);
        var html = DocumentHtml.Render(document, citations, InstrumentsApi.PageHref);
        return TypedResults.Ok(DocumentDetailDto.From(document.Info, document.Sections, html));
    }

    private static Results<Ok<IReadOnlyList<CitationDto>>, ProblemHttpResult> Citations(string id, SearchService search)
    {
        if (search.Current is not { } index) return Problems.NotReady(search.LastError);
        if (index.Find(id) is null) return Problems.NotFound($"There is no document with id '{id}'.");
        IReadOnlyList<CitationDto> list = index.Graph.CitationsOf(id).Select(c => InstrumentsApi.ToDto(c, index.Graph)).ToList();
        return TypedResults.Ok(list);
    }
}
