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

    public static ProblemHttpResult NotReady(string? why) =>
        TypedResults.Problem(why ?? "The index is being built; try again in a few seconds.",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "The search index is not ready");
}
