using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using EduPlan.Search.Core.Searching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EduPlan.Search.Api;

/// <summary>Health, the OpenSearch description and the iframe page: what browsers and portals fetch besides the API.</summary>
public static class SiteEndpoints
{
    public static void MapSiteEndpoints(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("").WithTags("Service").ProducesProblem(StatusCodes.Status405MethodNotAllowed);
        // Uptime monitors ask with HEAD as often as with GET: every GET answers it (ServiceSetup).
        site.MapGet("/healthz", Health).WithName("Health")
            .WithSummary("200 once an index is open (status ok, or rebuilding while a newer one is built, or degraded with the error); 503 before")
            // The typed union names Json<HealthDto> without its status: the 503 a monitor sees while the index is built was not in the contract.
            .Produces<HealthDto>(StatusCodes.Status503ServiceUnavailable);
        site.MapGet("/opensearch.xml", OpenSearch).WithName("OpenSearch").RequireCors(ServiceSetup.PublicCors)
            .WithSummary("The OpenSearch description of the search page")
            .Produces<string>(StatusCodes.Status200OK, "application/opensearchdescription+xml");
        site.MapGet("/embed", ([AsParameters] EmbedParameters _, IWebHostEnvironment env) =>
                env.WebRootFileProvider.GetFileInfo("embed.html") is { Exists: true } page
                    ? Results.Stream(page.CreateReadStream(), "text/html; charset=utf-8") : Results.NotFound())
            .WithName("Embed").WithSummary("The search as a compact page for an iframe, its widget set by the query string")
            .WithDescription($"The page of {OpenApiContract.EmbedScript} in an iframe: its widget reads q, the filters, size and lang from the page's address.")
            .Produces<string>(StatusCodes.Status200OK, "text/html");
    }

    /// <summary>What the iframe page's widget reads from the page's address (embed.js, from-url): the same names as the search's.</summary>
    public sealed record EmbedParameters(
        [FromQuery(Name = "q")][property: MaxLength(SearchRequest.MaxQueryLength)] string? Q,
        [FromQuery(Name = "province")] string[]? Province,
        [FromQuery(Name = "kind")] string[]? Kind,
        [FromQuery(Name = "year")] string[]? Year,
        [FromQuery(Name = "schoolYear")] string[]? SchoolYear,
        [FromQuery(Name = "size")][property: Range(1, 50), Description("Hits shown; the widget keeps it within 1 to 50")] string? Size,
        [FromQuery(Name = "lang")][property: Description("vi (the default) or en")] string? Lang);

    private static Results<Ok<HealthDto>, JsonHttpResult<HealthDto>> Health(SearchService search, ServedIndex served)
    {
        var index = served.Index;
        // Until the index's manifest is read, the files it skipped are not known: the service is still comparing it with the corpus.
        var reading = index is { ManifestRead: false };
        var skipped = reading ? [] : index?.Manifest?.Problems.Select(p => new CorpusProblemDto(p.File, p.Reason)).ToList() ?? [];
        var status = index is null ? "starting" : search.LastError is not null ? "degraded" : search.IsBuilding || reading ? "rebuilding" : "ok";
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

    public static void MapAbbreviationsApi(this RouteGroupBuilder api) =>
        api.MapGet("/abbreviations", (ServedIndex served) => served.Index is { } index
                ? Results.Ok(index.Abbreviations.All.Select(a => new AbbreviationDto(a.Short, a.LongForm, a.Origin,
                    a.DefinedIn.Select(d => new SourceDto(d.DocumentId, d.SectionId)).ToList())).ToList())
                : served.NotReady())
            .RequireCors(ServiceSetup.PublicCors).WithTags("Search").WithName("ListAbbreviations")
            .WithSummary("Abbreviations a query may use: learned from inline definitions \"long form (ABBR)\" or curated")
            .Produces<List<AbbreviationDto>>();
}
