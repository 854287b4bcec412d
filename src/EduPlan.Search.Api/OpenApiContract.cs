using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EduPlan.Search.Api;

/// <summary>
/// What the OpenAPI document says beyond what the endpoints' metadata gives it, each where the service does it outside an endpoint:
/// numbers read as text, the headers of the middleware's answers, HEAD (answered wherever GET is), and the widget's static script.
/// </summary>
public static class OpenApiContract
{
    /// <summary>The widget's script, a static file of the web root: no endpoint describes it.</summary>
    public const string EmbedScript = "/embed.js";

    public static void Configure(OpenApiOptions options)
    {
        options.AddSchemaTransformer(WholeNumbers);
        options.AddOperationTransformer(MiddlewareHeaders);
        options.AddDocumentTransformer(DescribeEmbedScript);
        // Last: every GET, the embed script's too, is also a HEAD.
        options.AddDocumentTransformer(HeadWhereverGet);
    }

    /// <summary>
    /// A parameter bound as text with a range of whole numbers is a whole number ("page", "size", "depth", "limit"): it is read as
    /// text so that a value that is none gets the service's 400 naming it (<see cref="Paging"/>), and the binder's own 400 does not.
    /// </summary>
    private static Task WholeNumbers(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken _)
    {
        if (context.ParameterDescription?.ParameterDescriptor is IParameterInfoParameterDescriptor { ParameterInfo: { ParameterType: var type } parameter }
            && type == typeof(string) && parameter.GetCustomAttribute<RangeAttribute>() is { OperandType: var operand } && operand == typeof(int))
        {
            schema.Type = JsonSchemaType.Integer;
            schema.Format = "int32";
        }
        return Task.CompletedTask;
    }

    /// <summary>The headers of the answers the middleware gives: when to retry past the rate limit, and the methods a path takes.</summary>
    private static Task MiddlewareHeaders(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken _)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse answer) continue;
            var header = status switch
            {
                "429" => ("Retry-After", new OpenApiHeader
                {
                    Description = "Seconds until this client's requests are taken again.", Required = true,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                }),
                "405" => ("Allow", new OpenApiHeader
                {
                    Description = "The methods this path takes.", Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                }),
                _ => default((string, OpenApiHeader)?),
            };
            if (header is not var (name, value)) continue;
            answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
            answer.Headers[name] = value;
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// The script a portal adds with one tag (api-v1.md, "Embedding"): served by the static files, which no endpoint describes. Another
    /// method there is a 404, as anywhere nothing is served, not a 405.
    /// </summary>
    private static Task DescribeEmbedScript(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken _)
    {
        var item = new OpenApiPathItem();
        item.AddOperation(HttpMethod.Get, new OpenApiOperation
        {
            OperationId = "EmbedScript",
            Tags = new HashSet<OpenApiTagReference> { new("Service", document) },
            Summary = "The script that defines the <eduplan-search> element, which renders the search into an open shadow root",
            Description = "Attributes: q (an initial query), province, kind, year, school-year, size, lang (vi or en), base (this service's address " +
                          "when the script is copied elsewhere); from-url reads them from the page's address. Answers CORS requests from any origin.",
            Responses = new OpenApiResponses
            {
                ["200"] = new OpenApiResponse
                {
                    Description = "OK",
                    Content = new Dictionary<string, OpenApiMediaType> { ["text/javascript"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
                },
            },
        });
        document.Paths[EmbedScript] = item;
        return Task.CompletedTask;
    }

    /// <summary>
    /// HEAD is GET without the body (RFC 9110), and the service answers it wherever it answers GET (<see cref="ServiceSetup"/>): each GET
    /// has its HEAD, with the same parameters and statuses, headers and no content, and an operationId of its own.
    /// </summary>
    private static Task HeadWhereverGet(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken _)
    {
        foreach (var item in document.Paths.Values.OfType<OpenApiPathItem>())
        {
            if (item.Operations is not { } operations || !operations.TryGetValue(HttpMethod.Get, out var get)) continue;
            var responses = new OpenApiResponses();
            foreach (var (status, response) in get.Responses ?? [])
                responses[status] = new OpenApiResponse { Description = response.Description, Headers = response.Headers };
            operations[HttpMethod.Head] = new OpenApiOperation(get) { OperationId = $"Head{get.OperationId}", Responses = responses };
        }
        return Task.CompletedTask;
    }
}
