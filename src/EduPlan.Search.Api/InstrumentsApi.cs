using System.ComponentModel.DataAnnotations;
using EduPlan.Search.Core.Text;
using System.Text;
using System.Text.Json;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Searching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EduPlan.Search.Api;

public static class InstrumentsApi
{
    public const int MaxExtractBytes = 1024 * 1024;

    /// <summary>JSON escapes (\uXXXX) can make a 1 MB text six times larger on the wire.</summary>
    private const int MaxExtractBody = 7 * MaxExtractBytes;
    public const int MaxDepth = 4;

    public static string PageHref(string key) => $"/?instrument={Uri.EscapeDataString(key)}";

    public static void MapInstrumentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Citations");
        group.MapGet("/instruments", List).RequireCors(ServiceSetup.PublicCors).CacheOutput(ResultCache.Policy).WithName("ListInstruments")
            .WithSummary("Instruments of the citation graph; q matches a symbol typed loosely (\"2457/QD-BGDDT\", \"2457 BGDĐT\"); kind and scope repeatable (any of them)")
            .WithDescription($"Without page or size: the first {UnpagedInstruments} instruments found. With page (from 1) and/or size (1 to 100, default 10): " +
                             "that page of them. The X-Total-Count header gives how many the query finds. kind is a kind's name or code (\"QĐ\"), " +
                             "scope \"national\" or a province (\"tỉnh Sơn La\", \"son la\"); a value naming none answers 400, as search's filters do.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/instruments/{key}", Get).RequireCors(ServiceSetup.PublicCors).CacheOutput(ResultCache.Policy).WithName("GetInstrument")
            .WithSummary("One instrument with every citing occurrence and, for a corpus document, what it cites")
            .WithDescription("citedByProvinces counts the citing documents per province; one without a province (a ministry's text) is in no bucket, as in " +
                             "search's facets, but in citedBy and citedByDocuments. province (repeatable, OR) keeps the citing documents of those provinces; " +
                             "page and size (1 to 100) give one page of citing documents (ordered by province, then id) with all their occurrences, " +
                             "and citedByDocuments says how many documents the filter keeps. Without page or size, every citing occurrence.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/citations/extract", Extract).WithName("ExtractCitations")
            .WithSummary("Finds the citations in a text; offsets index the text exactly as sent")
            .Accepts<ExtractRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapGet("/graph", Graph).RequireCors(ServiceSetup.PublicCors).CacheOutput(ResultCache.Policy).WithName("GetGraph")
            .WithSummary("The citation graph as JSON, or GraphML with format=graphml; focus and depth give one node's neighbourhood, limit (1 to 2000) keeps its nearest and most cited nodes; any of them given empty is a 400")
            .Produces<GraphDto>(StatusCodes.Status200OK, "application/json")
            // Two Produces of one status kept the last alone: the JSON answer, the default, had no schema.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
                    content["application/graphml+xml"] = new Microsoft.OpenApi.OpenApiMediaType { Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String } };
                return Task.CompletedTask;
            })
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static CitationDto ToDto(Citation c, CitationGraph graph, bool? known = null) =>
        new(c.Surface, c.Start, c.End, c.SectionId, c.Relation, c.Context, InstrumentDto.From(c.Instrument, graph.CitedByCount(c.Instrument.Key)), known);

    /// <summary>How many instruments a list without page or size gives: a national graph holds tens of thousands.</summary>
    public const int UnpagedInstruments = 500;

    /// <summary>How long a symbol or title a list is asked for may be.</summary>
    public const int MaxInstrumentQuery = 200;

    private static Results<Ok<IReadOnlyList<InstrumentDto>>, ProblemHttpResult> List([MaxLength(MaxInstrumentQuery)] string? q, [FromQuery] string[]? kind,
        [FromQuery] string[]? scope, [Range(1, int.MaxValue)] string? page, [Range(1, SearchRequest.MaxSize)] string? size, ServedIndex served, HttpResponse response)
    {
        // Paging was ignored: "?page=2&size=5" gave the first 500 again, and nothing said how many there were beyond them.
        if (Paging.ReadOptional(page, size, out var paged, out var pageNumber, out var pageSize) is { } invalid) return invalid;
        if (served.Index is not { } index) return served.NotReady();
        if (q is { Length: > MaxInstrumentQuery }) return Problems.BadRequest($"q is too long for a symbol or title ({MaxInstrumentQuery} characters at most).");
        // As in search: "kind=Decision" or "scope=Lai Chou" is a 400 naming the value, not an empty list as if no instrument were.
        if (FilterValues.InstrumentFilterProblem(kind, scope, index.Graph.Kinds) is { } badFilter) return Problems.BadRequest(badFilter);
        var found = index.Graph.Search(q, kind, scope).ToList();
        response.Headers[DocumentsApi.TotalCountHeader] = found.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var skip = paged ? (int)Math.Min((long)(pageNumber - 1) * pageSize, found.Count) : 0;
        IReadOnlyList<InstrumentDto> list = found.Skip(skip).Take(paged ? pageSize : UnpagedInstruments)
            .Select(i => InstrumentDto.From(i, index.Graph.CitedByCount(i.Key))).ToList();
        return TypedResults.Ok(list);
    }

    private static Results<Ok<InstrumentDetailDto>, ProblemHttpResult> Get(string key, ServedIndex served,
        [FromQuery] string[]? province, [FromQuery, Range(1, int.MaxValue)] string? page, [FromQuery, Range(1, SearchRequest.MaxSize)] string? size)
    {
        // Without page or size every citing occurrence, as v1 promised; a national hub is cited by tens of
        // thousands of documents, so the page asks for them a page of documents at a time.
        if (Paging.ReadOptional(page, size, out var paged, out var pageNumber, out var pageSize) is { } invalid) return invalid;
        if (served.Index is not { } index) return served.NotReady();
        if (!InstrumentKeys.IsWellFormed(key) || index.Graph.Find(key) is not { } i)
            return Problems.NotFound($"There is no instrument with key '{key}'. GET /api/instruments?q=<symbol> finds keys.");
        // A key that joined another node ("luat-giao-duc-2019" where a text gives the law's number) reads that node's citations.
        key = i.Key;
        var graph = index.Graph;
        var citing = graph.CitingDocuments(key).Select(index.Find).OfType<DocumentInfo>().ToList();
        // A citing document without a province (a ministry's circular) is in no bucket, as search's facets count it in none: an empty
        // bucket named nothing a reader or a filter could use.
        var provinces = citing.Where(d => d.Province is not null).GroupBy(d => d.Province!).Select(g => new FacetDto(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, VietnameseOrder.Comparer).ToList();
        // Provinces are compared folded, as search filters are: once per province, not once per citing document.
        // An empty province ("province=") filters nothing, as in search; it kept no citing document.
        var named = province?.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        // As in search: a name that is no province is a 400, not "no citing document" ("province=xyz" answered an empty list).
        if (named?.FirstOrDefault(p => !FilterValues.IsProvince(p)) is { } unknown)
            return Problems.BadRequest(FilterValues.NotAProvince(unknown));
        var wanted = named is { Count: > 0 } ? named.Select(p => IndexFields.FilterValue(FilterValues.Province(p))).ToHashSet(StringComparer.Ordinal) : null;
        var kept = wanted is null ? null : provinces.Select(p => p.Value).Where(v => wanted.Contains(IndexFields.FilterValue(v))).ToHashSet(StringComparer.Ordinal);
        var selected = kept is null ? citing : citing.Where(d => d.Province is { } p && kept.Contains(p)).ToList();
        IReadOnlySet<string>? documents = kept is null ? null : selected.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        // Citing documents by province, then id, on every page and in the whole list: a page of one and a page of two walk them alike.
        var inOrder = selected.OrderBy(d => d.Province is null).ThenBy(d => d.Province, VietnameseOrder.Comparer).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select((d, rank) => (d.Id, rank)).ToDictionary(p => p.Id, p => p.rank, StringComparer.Ordinal);
        if (paged)
            documents = inOrder.Where(p => p.Value >= (long)(pageNumber - 1) * pageSize && p.Value < (long)pageNumber * pageSize)
                .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var citedBy = graph.CitedBy(key, documents)
            .Select(x => new CitedByDto(index.Find(x.DocumentId)!, x.Citation.Relation, x.Citation.Context, x.Citation.SectionId, x.Citation.Start))
            .OrderBy(c => inOrder.GetValueOrDefault(c.Document.Id, int.MaxValue))
            .ToList();
        // A text naming itself (an annex plan "ban hành kèm theo Quyết định số …" of its own decision) cites nothing, as in the graph.
        var cites = i.DocumentId is { } docId ? graph.CitationsOf(docId).Where(c => c.Instrument.Key != i.Key).Select(c => ToDto(c, graph)).ToList() : null;
        return TypedResults.Ok(new InstrumentDetailDto(i.Key, i.Kind, i.Symbol, i.Number, i.IssuerCode, i.Issuer, i.Scope, i.Date, i.Year,
            i.Title, i.DocumentId, graph.CitedByCount(key), citedBy, cites) { CitedByProvinces = provinces, CitedByDocuments = selected.Count });
    }

    private static async Task<Results<Ok<ExtractResponse>, ProblemHttpResult>> Extract(HttpRequest request, ServedIndex served)
    {
        if (await RequestBody.ReadAsync(request, MaxExtractBody) is not { } bytes)
            return Problems.TooLarge("The text may be at most 1 MB.");
        ExtractRequest? body;
        try
        {
            body = JsonSerializer.Deserialize<ExtractRequest>(bytes, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        catch (JsonException e)
        {
            // The serializer's message names the service's own types; where the body went wrong is what a caller can act on.
            var at = e.Path is { Length: > 1 } path ? $" (at {path}, line {e.LineNumber + 1})" : e.LineNumber is { } line ? $" (line {line + 1})" : "";
            return Problems.BadRequest($"The body must be JSON like {{\"text\": \"...\", \"province\": \"Bắc Giang\"}}, text a string{at}.");
        }
        // {} or {"text": null} found nothing, as if the text had no citation: it was no text at all.
        if (body?.Text is not { } text) return Problems.BadRequest("The body must be JSON like {\"text\": \"...\"}, with the text to read in text.");
        if (Encoding.UTF8.GetByteCount(text) > MaxExtractBytes) return Problems.TooLarge("The text may be at most 1 MB.");
        // The province scopes local issuers' keys: one no one knows ("Atlantis", a typo) made keys that never resolve.
        var province = string.IsNullOrWhiteSpace(body.Province) ? null : Provinces.Canonical(FilterValues.Province(body.Province));
        if (province is null && !string.IsNullOrWhiteSpace(body.Province))
            return Problems.BadRequest($"province '{body.Province}' is no province of Vietnam (before or after the 2025 merger); leave it out when unknown.");
        var graph = served.Index?.Graph ?? CitationGraph.Empty;
        var citations = DocumentCitations.Extract(text, province).Select(c =>
        {
            // A known instrument keeps its key and what the corpus says of it; the text may add a date the corpus never gave.
            var known = graph.Resolve(c.Instrument);
            return known is null ? ToDto(c, graph, false) : ToDto(c with { Instrument = known.WithDetailsOf(c.Instrument) }, graph, true);
        }).ToList();
        return TypedResults.Ok(new ExtractResponse(citations));
    }

    public const int MaxGraphLimit = 2000;

    private static IResult Graph(string? focus, [Range(0, MaxDepth)] string? depth, string? format, [Range(1, MaxGraphLimit)] string? limit, ServedIndex served)
    {
        var most = int.MaxValue;
        if (limit is not null && (!int.TryParse(limit, out most) || most < 1 || most > MaxGraphLimit))
            return Problems.BadRequest($"limit must be a whole number from 1 to {MaxGraphLimit}.");
        // depth is checked whether or not focus is given: "depth=abc" alone answered the whole graph.
        var d = 1;
        if (depth is not null && (!int.TryParse(depth, out d) || d < 0 || d > MaxDepth))
            return Problems.BadRequest($"depth must be a whole number from 0 to {MaxDepth}.");
        // "focus=" answered the whole graph, as if none were asked for: a caller whose key was empty drew everything.
        if (focus is not null && string.IsNullOrWhiteSpace(focus))
            return Problems.BadRequest("focus is empty: give an instrument's key (GET /api/instruments?q=<symbol> finds keys), or leave focus out for the whole graph.");
        if (served.Index is not { } index) return served.NotReady();
        var graph = index.Graph;
        IReadOnlyList<Instrument> nodes;
        IReadOnlyList<CitationEdge> edges;
        if (focus is not null)
        {
            if (!InstrumentKeys.IsWellFormed(focus) || graph.Find(focus) is not { } centre) return Problems.NotFound($"There is no instrument with key '{focus}'.");
            // A hub's neighbourhood is every document citing it: the limit keeps the nearest and most cited, and the edges among them.
            (nodes, edges) = graph.Neighbourhood(centre.Key, d, most);
        }
        else if (most < graph.Instruments.Count)
        {
            // The whole graph limited: its most cited nodes and the edges among them (the limit was ignored without a focus).
            var keys = graph.Instruments.OrderByDescending(n => graph.CitedByCount(n.Key)).ThenBy(n => n.Key, StringComparer.Ordinal).Take(most)
                .Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
            (nodes, edges) = (graph.Instruments.Where(n => keys.Contains(n.Key)).ToList(), graph.Edges.Where(e => keys.Contains(e.Source) && keys.Contains(e.Target)).ToList());
        }
        else (nodes, edges) = (graph.Instruments.ToList(), graph.Edges);

        if (string.Equals(format, "graphml", StringComparison.OrdinalIgnoreCase))
            return Results.Text(GraphMl.Write(nodes, edges, graph), "application/graphml+xml; charset=utf-8");
        if (format is not null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            return Problems.BadRequest("format is json (the default) or graphml.");
        return TypedResults.Ok(new GraphDto(
            nodes.Select(n => new GraphNodeDto(n.Key, n.Label, n.Kind, n.Scope, n.DocumentId, graph.CitedByCount(n.Key))).ToList(),
            edges.Select(e => new GraphEdgeDto(e.Source, e.Target, e.Relation, e.Count)).ToList()));
    }

}
