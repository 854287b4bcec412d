using System.Net.Http.Json;
using System.Text.Json;

namespace EduPlan.Search.Tests.Http;

/// <summary>The OpenAPI document says what the service answers, as the contract (api-v1.md) does: generated clients rely on it.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiTests(ApiFixture api)
{
    private async Task<JsonElement> Paths() => (await api.Get("/openapi/v1.json")).GetProperty("paths");

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement paths) =>
        paths.EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(o => o.Name is "get" or "head" or "post" or "put" or "delete")
            .Select(o => (path.Name, o.Name, o.Value)));

    [Fact]
    public async Task Every_API_operation_lists_the_rate_limits_429_with_Retry_After_and_every_endpoint_405_with_Allow()
    {
        // The rate limiter answers 429 with Retry-After on every /api route, and a method a path does not take is a 405 naming those
        // it does; neither was in the document, so generated clients had no type for them.
        var checkedOperations = 0;
        foreach (var (path, method, operation) in Operations(await Paths()))
        {
            var responses = operation.GetProperty("responses");
            if (path.StartsWith("/api/", StringComparison.Ordinal))
            {
                Assert.True(responses.TryGetProperty("429", out var limited), $"{method} {path} does not list 429");
                Assert.True(limited.GetProperty("headers").TryGetProperty("Retry-After", out var retry), $"{method} {path}: 429 without Retry-After");
                Assert.Equal("integer", retry.GetProperty("schema").GetProperty("type").GetString());
                if (method != "head") Assert.True(limited.GetProperty("content").TryGetProperty("application/problem+json", out _));
                checkedOperations++;
            }
            if (path == "/embed.js") continue; // a static file: another method is a 404, as for any path nothing is served at
            Assert.True(responses.TryGetProperty("405", out var notAllowed), $"{method} {path} does not list 405");
            Assert.True(notAllowed.GetProperty("headers").TryGetProperty("Allow", out _), $"{method} {path}: 405 without Allow");
        }
        Assert.True(checkedOperations > 15, $"{checkedOperations} operations under /api");
    }

    [Fact]
    public async Task Health_lists_the_503_it_answers_while_the_index_is_built_with_the_same_body_as_its_200()
    {
        // Monitors and orchestrators read /healthz's 503 (no index open yet); the document listed 200 alone.
        var health = (await Paths()).GetProperty("/healthz").GetProperty("get").GetProperty("responses");
        Assert.True(health.TryGetProperty("503", out var starting), "/healthz does not list 503");
        var schema = starting.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetRawText();
        Assert.Equal(health.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetRawText(), schema);
    }

    [Theory]
    [InlineData("/api/search", "page", 1, null)]
    [InlineData("/api/search", "size", 1, 100)]
    [InlineData("/api/documents", "page", 1, null)]
    [InlineData("/api/documents", "size", 1, 100)]
    [InlineData("/api/instruments", "page", 1, null)]
    [InlineData("/api/instruments", "size", 1, 100)]
    [InlineData("/api/instruments/{key}", "page", 1, null)]
    [InlineData("/api/instruments/{key}", "size", 1, 100)]
    [InlineData("/api/graph", "depth", 0, 4)]
    [InlineData("/api/graph", "limit", 1, 2000)]
    public async Task Numeric_parameters_are_integers_within_the_contracts_bounds(string path, string name, int minimum, int? maximum)
    {
        // page and size were typed as any string: "size=1000" is a 400, which the document did not say.
        var schema = Parameter(await Paths(), path, name).GetProperty("schema");
        Assert.Equal("integer", schema.GetProperty("type").GetString());
        Assert.Equal(minimum, schema.GetProperty("minimum").GetInt32());
        if (maximum is { } most) Assert.Equal(most, schema.GetProperty("maximum").GetInt32());
        else Assert.False(schema.TryGetProperty("maximum", out var none) && none.GetInt64() < int.MaxValue, $"{path} {name} has a maximum");
    }

    [Theory]
    [InlineData("/api/search", 1000)]
    [InlineData("/api/documents/{id}", 1000)]
    [InlineData("/api/instruments", 200)]
    public async Task A_query_says_how_long_it_may_be(string path, int maxLength) =>
        Assert.Equal(maxLength, Parameter(await Paths(), path, "q").GetProperty("schema").GetProperty("maxLength").GetInt32());

    [Fact]
    public async Task Every_GET_is_also_HEAD_without_a_body_and_operation_ids_are_unique()
    {
        // Every GET answers HEAD (the server sends its headers alone); the document listed HEAD for /healthz only, with GET's operationId.
        var paths = await Paths();
        foreach (var path in paths.EnumerateObject().Where(p => p.Value.TryGetProperty("get", out _)))
        {
            Assert.True(path.Value.TryGetProperty("head", out var head), $"{path.Name} has no HEAD");
            Assert.All(head.GetProperty("responses").EnumerateObject(), r => Assert.False(r.Value.TryGetProperty("content", out _), $"HEAD {path.Name} {r.Name} has a body"));
        }
        var ids = Operations(paths).Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task The_embedding_endpoints_are_described()
    {
        // api-v1.md's "Embedding": the widget's script and the iframe page, which the document left out.
        var paths = await Paths();
        Assert.Contains("text/javascript", paths.GetProperty("/embed.js").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content")
            .EnumerateObject().Select(c => c.Name));
        var embed = paths.GetProperty("/embed").GetProperty("get");
        Assert.Contains("text/html", embed.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name));
        var parameters = embed.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["q", "province"], parameters.Take(2));
    }

    [Fact]
    public async Task The_document_answers_CORS_as_the_API_it_describes_does()
    {
        // A portal's generated client or documentation page on another origin fetches the document as it fetches /api/*.
        foreach (var url in new[] { "/openapi/v1.json", "/api/documents", "/opensearch.xml" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "Origin", "https://portal.example" } } };
            using var response = await api.Client.SendAsync(request);
            Assert.Equal("*", response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origin) ? origin.Single() : null);
        }
    }

    [Theory]
    [InlineData("/api/search?q=gi%C3%A1o&page=abc", "page")]
    [InlineData("/api/search?q=gi%C3%A1o&page=1.5", "page")]
    [InlineData("/api/search?q=gi%C3%A1o&size=1000", "size")]
    [InlineData("/api/documents?size=x", "size")]
    [InlineData("/api/instruments?page=0", "page")]
    [InlineData("/api/graph?depth=abc", "depth")]
    [InlineData("/api/graph?limit=0", "limit")]
    public async Task A_bad_number_is_a_400_naming_its_parameter(string url, string parameter)
    {
        using var response = await api.Client.GetAsync(url);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith($"{parameter} must be a whole number", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    private static JsonElement Parameter(JsonElement paths, string path, string name) =>
        paths.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);
}
