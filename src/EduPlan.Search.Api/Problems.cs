using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EduPlan.Search.Api;

/// <summary>RFC 9457 problem results with words a caller can act on.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large");

    public static ProblemHttpResult Busy() =>
        TypedResults.Problem("Too many searches are waiting; try again in a few seconds.",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "The service is busy");

    /// <summary>
    /// Gives the problems the framework writes (an unknown route, a method or a body type an endpoint does not take) a detail a
    /// caller can act on, as the service's own problems have.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var request = context.HttpContext.Request;
        if (problem.Status == StatusCodes.Status405MethodNotAllowed) WithHead(context.HttpContext.Response.Headers);
        problem.Detail ??= problem.Status switch
        {
            404 => $"Nothing is served at {request.Path}. The API is under /api (GET /api/search?q=…, /api/documents, /api/instruments?q=…); /openapi/v1.json describes it.",
            405 => $"{request.Method} is not allowed on {request.Path}; it answers {Allowed(context.HttpContext)}.",
            415 => $"{request.Path} does not take a body of type {(request.ContentType is { Length: > 0 } type ? type : "none")}: send {Accepted(context.HttpContext)}.",
            400 => "The request could not be read: check its path, parameters and body.",
            _ => null,
        };
    }

    /// <summary>
    /// The body types the endpoints at the request's path take, as they declare them (an upload was told "send application/json").
    /// Routing refused the request before choosing an endpoint, so they are looked up by their routes.
    /// </summary>
    private static string Accepted(HttpContext context)
    {
        var path = context.Request.Path;
        var types = context.RequestServices.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(e => new Microsoft.AspNetCore.Routing.Template.TemplateMatcher(
                Microsoft.AspNetCore.Routing.Template.TemplateParser.Parse(e.RoutePattern.RawText ?? ""), new RouteValueDictionary()).TryMatch(path, new RouteValueDictionary()))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return types.Count > 0 ? string.Join(" or ", types) : "a body this endpoint takes";
    }

    /// <summary>Routing lists the methods the endpoints declare; every GET also answers HEAD (<see cref="ServiceSetup"/>), as Allow must then say.</summary>
    private static void WithHead(IHeaderDictionary headers)
    {
        var methods = headers.Allow.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (methods.Contains(HttpMethods.Get) && !methods.Contains(HttpMethods.Head)) headers.Allow = string.Join(", ", [.. methods, HttpMethods.Head]);
    }

    private static string Allowed(HttpContext context) =>
        context.Response.Headers.Allow.ToString() is { Length: > 0 } allow ? allow : "other methods";

    /// <summary>
    /// The corpus folder cannot be changed (gone, an unmounted share, not writable): nothing was changed, and the index in service
    /// goes on answering. A 503, since it is the service's state, not the request, that is wrong.
    /// </summary>
    public static ProblemHttpResult CorpusUnavailable(string why) =>
        TypedResults.Problem($"{why}; nothing was changed, and searches go on against the index in service.",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "The corpus cannot be changed");

    public static ProblemHttpResult NotReady(string? why) =>
        TypedResults.Problem(why ?? "The index is being built; try again in a few seconds.",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "The search index is not ready");
}
