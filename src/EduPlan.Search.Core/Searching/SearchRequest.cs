namespace EduPlan.Search.Core.Searching;

/// <summary>A search as the user asked it: query text, filters (values of one filter are OR), page and size.</summary>
public sealed record SearchRequest(
    string? Query,
    IReadOnlyList<string>? Province = null,
    IReadOnlyList<string>? Kind = null,
    IReadOnlyList<string>? Year = null,
    IReadOnlyList<string>? SchoolYear = null,
    int Page = 1,
    int Size = 10)
{
    public const int MaxSize = 100;
    public const int MaxQueryLength = 1000;

    public bool HasFilter => new[] { Province, Kind, Year, SchoolYear }.Any(f => f is { Count: > 0 } && f.Any(v => !string.IsNullOrWhiteSpace(v)));
}
