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
        problem.Detail ??= problem.Status switch
        {
            404 => $"Nothing is served at {request.Path}. The API is under /api (GET /api/search?q=…, /api/documents, /api/instruments?q=…); /openapi/v1.json describes it.",
            405 => $"{request.Method} is not allowed on {request.Path}; it answers {Allowed(context.HttpContext)}.",
            415 => $"{request.Path} takes a body of another type than {(request.ContentType is { Length: > 0 } type ? type : "none")}: send application/json.",
            400 => "The request could not be read: check its path, parameters and body.",
            _ => null,
        };
    }

    private static string Allowed(HttpContext context) =>
        context.Response.Headers.Allow.ToString() is { Length: > 0 } allow ? allow : "other methods";

    public static ProblemHttpResult NotReady(string? why) =>
        TypedResults.Problem(why ?? "The index is being built; try again in a few seconds.",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "The search index is not ready");
}
