using EduPlan.Search.Core.Searching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduPlan.Search.Api;

/// <summary>Health, the OpenSearch description and the iframe page: what browsers and portals fetch besides the API.</summary>
public static class SiteEndpoints
{
    public static void MapSiteEndpoints(this IEndpointRouteBuilder app)
    {
        // Uptime monitors ask with HEAD as often as with GET.
        app.MapMethods("/healthz", [HttpMethods.Get, HttpMethods.Head], Health).WithTags("Service").WithName("Health")
            .WithSummary("200 once an index is open (status ok, or rebuilding while a newer one is built, or degraded with the error); 503 before");
        app.MapGet("/opensearch.xml", OpenSearch).WithTags("Service").WithName("OpenSearch").RequireCors(ServiceSetup.PublicCors)
            .WithSummary("The OpenSearch description of the search page");
        app.MapGet("/embed", (IWebHostEnvironment env) => env.WebRootFileProvider.GetFileInfo("embed.html") is { Exists: true } page
                ? Results.Stream(page.CreateReadStream(), "text/html; charset=utf-8") : Results.NotFound())
            .WithTags("Service").WithName("Embed").WithSummary("The search as a compact page for an iframe (?q=&province=)").ExcludeFromDescription();
    }

    private static Results<Ok<HealthDto>, JsonHttpResult<HealthDto>> Health(SearchService search)
    {
        var index = search.Current;
        var skipped = index?.Manifest?.Problems.Select(p => new CorpusProblemDto(p.File, p.Reason)).ToList() ?? [];
        var status = index is null ? "starting" : search.LastError is not null ? "degraded" : search.IsBuilding ? "rebuilding" : "ok";
        var dto = new HealthDto(status,
            index?.Generation.Name, index?.Documents.Count ?? 0, search.LastError, skipped);
        return index is null ? TypedResults.Json(dto, statusCode: StatusCodes.Status503ServiceUnavailable) : TypedResults.Ok(dto);
    }

    private static IResult OpenSearch(HttpContext context, IWebHostEnvironment env)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        if (env.WebRootFileProvider.GetFileInfo("opensearch.xml") is not { Exists: true } file) return Results.NotFound();
        string template;
        using (var reader = new StreamReader(file.CreateReadStream())) template = reader.ReadToEnd();
        return Results.Text(template.Replace("{origin}", System.Security.SecurityElement.Escape(origin)), "application/opensearchdescription+xml; charset=utf-8");
    }
}

public static class AbbreviationsApi
{
    public sealed record SourceDto(string DocumentId, string SectionId);

    public sealed record AbbreviationDto(string Abbreviation, string LongForm, string Origin, IReadOnlyList<SourceDto> DefinedIn);

    public static void MapAbbreviationsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/abbreviations", (SearchService search) => search.Current is { } index
                ? Results.Ok(index.Abbreviations.All.Select(a => new AbbreviationDto(a.Short, a.LongForm, a.Origin,
                    a.DefinedIn.Select(d => new SourceDto(d.DocumentId, d.SectionId)).ToList())).ToList())
                : Problems.NotReady(search.LastError))
            .RequireCors(ServiceSetup.PublicCors).WithTags("Search").WithName("ListAbbreviations")
            .WithSummary("Abbreviations a query may use: learned from inline definitions \"long form (ABBR)\" or curated")
            .Produces<List<AbbreviationDto>>();
}
