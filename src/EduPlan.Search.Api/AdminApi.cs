using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Searching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduPlan.Search.Api;

/// <summary>
/// Adding, replacing and removing directives, and rebuilding the index. Off unless EduPlan:ApiKey is
/// configured (the routes then answer 404); the key comes in X-Api-Key: none → 401, wrong → 403.
/// Never CORS-enabled: a browser on another origin cannot call these.
/// </summary>
public static partial class AdminApi
{
    public const string KeyHeader = "X-Api-Key";

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.(?:txt|md)$")]
    private static partial Regex FileNamePattern();

    public static void MapAdminApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin").WithTags("Administration").AddEndpointFilter(RequireKey)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPut("/documents/{fileName}", Put).WithName("PutDocument")
            .WithSummary("Adds or replaces a corpus file (text/plain or text/markdown, UTF-8) and re-indexes")
            .Accepts<string>("text/plain", "text/markdown")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapDelete("/documents/{fileName}", Delete).WithName("DeleteDocument")
            .WithSummary("Removes a corpus file and re-indexes").ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/reindex", Reindex).WithName("Reindex")
            .WithSummary("Rebuilds the index from the corpus; searches go on against the old index until the new one is complete")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async ValueTask<object?> RequireKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>()["EduPlan:ApiKey"];
        if (string.IsNullOrEmpty(configured)) return Results.NotFound();
        if (!context.HttpContext.Request.Headers.TryGetValue(KeyHeader, out var given) || string.IsNullOrEmpty(given))
            return TypedResults.Problem($"Send the API key in the {KeyHeader} header.", statusCode: 401, title: "Authentication required");
        var a = SHA256.HashData(Encoding.UTF8.GetBytes(given.ToString()));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(configured));
        if (!CryptographicOperations.FixedTimeEquals(a, b))
            return TypedResults.Problem("The API key is not valid.", statusCode: 403, title: "Forbidden");
        return await next(context);
    }

    public sealed record ChangeResult(string FileName, string? DocumentId, int Documents, IReadOnlyList<CorpusProblemDto> Skipped);

    private static async Task<Results<Ok<ChangeResult>, Created<ChangeResult>, ProblemHttpResult>> Put(string fileName, HttpRequest request, SearchService search)
    {
        if (!FileNamePattern().IsMatch(fileName) || fileName.Contains(".."))
            return Problems.BadRequest("The file name must be letters, digits, '.', '_' or '-', ending in .txt or .md.");
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("text/plain" or "text/markdown"))
            return TypedResults.Problem("Send the directive as text/plain or text/markdown (UTF-8).", statusCode: 415, title: "Unsupported media type");
        if (await RequestBody.ReadAsync(request, CorpusReader.MaxFileBytes) is not { } body)
            return Problems.TooLarge($"A directive may be at most {CorpusReader.MaxFileBytes / 1024 / 1024} MB.");
        var (text, unreadable) = CorpusText.Decode(body);
        if (text is null) return Problems.BadRequest($"The body cannot be read: {unreadable}.");
        if (string.IsNullOrWhiteSpace(text)) return Problems.BadRequest("The body is empty; send the directive's text.");
        try
        {
            DocumentParser.Parse(text, CorpusReader.IdOf(fileName), fileName);
        }
        catch (InvalidDataException e)
        {
            return Problems.BadRequest($"The text cannot be read as a directive: {e.Message}");
        }

        // One change of the corpus at a time: two uploads of one id at once ("x.md" and "x.txt") both passed the check below, both
        // answered 201, and one of them was skipped.
        await Writing.WaitAsync();
        try
        {
            if (CorpusMissing(search) is { } missing) return missing;
            // "g1.txt" beside "g1.md", "H.1.txt" beside "h-1.txt": one id, two files. Written, the upload would be skipped behind a 201;
            // the file that has the id (the one served) may be replaced, though another of its id lies in the folder.
            var id = CorpusReader.IdOf(fileName);
            var sameId = search.Corpus.Files().Select(f => f.Name).Where(name => CorpusReader.IdOf(name) == id).ToList();
            if (new SharedIds(search.Current?.Manifest).HolderOf(sameId) is { } owner && owner != fileName)
                return TypedResults.Problem($"The corpus file '{owner}' already has the document id '{id}': replace that file, delete it first, or choose another name.",
                    statusCode: 409, title: "Conflict");
            var path = Path.Combine(search.Corpus.CorpusPath, fileName);
            var existed = File.Exists(path);
            try
            {
                CorpusFiles.WriteAtomically(path, body);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Problems.CorpusUnavailable($"{fileName} could not be written to the corpus folder {search.Corpus.CorpusPath}: {e.Message}");
            }
            var result = await Reindexed(fileName, search);
            return existed ? TypedResults.Ok(result) : TypedResults.Created($"/api/documents/{result.DocumentId}", result);
        }
        finally
        {
            Writing.Release();
        }
    }

    /// <summary>An unmounted share or a folder moved away: said as such, not a 500 from the write (or a 404 for every file removed).</summary>
    private static ProblemHttpResult? CorpusMissing(SearchService search) =>
        Directory.Exists(search.Corpus.CorpusPath) ? null : Problems.CorpusUnavailable($"the corpus folder {search.Corpus.CorpusPath} does not exist");

    /// <summary>Held while an upload or a removal checks the corpus, writes it and re-indexes it.</summary>
    private static readonly SemaphoreSlim Writing = new(1, 1);

    private static async Task<Results<Ok<ChangeResult>, ProblemHttpResult>> Delete(string fileName, SearchService search)
    {
        var path = Path.Combine(search.Corpus.CorpusPath, fileName);
        await Writing.WaitAsync();
        try
        {
            if (CorpusMissing(search) is { } missing) return missing;
            if (!FileNamePattern().IsMatch(fileName) || fileName.Contains("..") || !File.Exists(path))
                return Problems.NotFound($"There is no corpus file '{fileName}'.");
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Problems.CorpusUnavailable($"{fileName} could not be removed from the corpus folder {search.Corpus.CorpusPath}: {e.Message}");
            }
            return TypedResults.Ok(await Reindexed(fileName, search));
        }
        finally
        {
            Writing.Release();
        }
    }

    private static async Task<Results<Ok<ChangeResult>, ProblemHttpResult>> Reindex(SearchService search)
    {
        var result = await Task.Run(() => search.Rebuild());
        if (result is null)
            return TypedResults.Problem($"{search.LastError}; the index in service goes on answering.", statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The index could not be rebuilt");
        return TypedResults.Ok(new ChangeResult("", null, result.Documents, result.Problems.Select(p => new CorpusProblemDto(p.File, p.Reason)).ToList()));
    }

    /// <summary>Only the changed file is re-indexed; the answer comes once the index agrees with the corpus.</summary>
    private static async Task<ChangeResult> Reindexed(string fileName, SearchService search)
    {
        var result = await Task.Run(() => search.ApplyChanges());
        var id = CorpusReader.IdOf(fileName);
        using var lease = search.Lease();
        var known = lease?.Index.Find(id) is not null ? id : null;
        return new ChangeResult(fileName, known, lease?.Index.Documents.Count ?? 0,
            result?.Problems.Select(p => new CorpusProblemDto(p.File, p.Reason)).ToList() ?? []);
    }
}
