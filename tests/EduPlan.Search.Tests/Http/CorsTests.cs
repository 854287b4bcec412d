using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EduPlan.Search.Tests.Http;

/// <summary>What a portal's browser may read of the API, with the default setting (any origin): answers and refusals alike.</summary>
[Collection(ApiCollection.Name)]
public sealed class CorsTests(ApiFixture api)
{
    internal const string Portal = "https://portal.example";

    internal static HttpRequestMessage From(string origin, HttpMethod method, string url) => new(method, url) { Headers = { { "Origin", origin } } };

    internal static HttpRequestMessage Preflight(string origin, string method, string url) =>
        new(HttpMethod.Options, url) { Headers = { { "Origin", origin }, { "Access-Control-Request-Method", method } } };

    internal static string? AllowedOrigin(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origin) ? origin.Single() : null;

    [Fact]
    public async Task By_default_any_origin_reads_the_public_API_and_is_answered_its_preflight()
    {
        using var preflight = await api.Client.SendAsync(Preflight("https://any.example", "GET", "/api/search?q=gi%C3%A1o%20d%E1%BB%A5c"));
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal("*", AllowedOrigin(preflight));
        using var search = await api.Client.SendAsync(From("https://any.example", HttpMethod.Get, "/api/search?q=gi%C3%A1o%20d%E1%BB%A5c&size=3"));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal("*", AllowedOrigin(search));
        using var script = await api.Client.SendAsync(From("https://any.example", HttpMethod.Get, "/embed.js"));
        Assert.Equal("*", AllowedOrigin(script));
    }
}

/// <summary>The service with EduPlan:Cors:AllowedOrigins set: only the portals listed read the API.</summary>
public sealed class RestrictedCorsFixture() : IAsyncLifetime
{
    internal const string PortalA = "https://portal-a.example";
    internal const string PortalB = "http://portal-b.example:8080";
    private readonly string _index = TestPaths.TempFolder("index");
    private WebApplicationFactory<Program>? _factory;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // As an environment variable gives it (EduPlan__Cors__AllowedOrigins): one string, origins apart by commas or spaces.
        _factory = TestHost.Create(TestPaths.Seeds, _index, ("EduPlan:Cors:AllowedOrigins", $"{PortalA}/, {PortalB}"));
        Client = _factory.CreateClient();
        await ApiFixture.WaitUntilReady(Client);
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        _factory?.Dispose();
        try { Directory.Delete(_index, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}

public sealed class RestrictedCorsTests(RestrictedCorsFixture fx) : IClassFixture<RestrictedCorsFixture>
{
    private const string Other = "https://elsewhere.example";
    private const string Search = "/api/search?q=ph%E1%BB%95%20c%E1%BA%ADp&size=4";

    [Fact]
    public async Task Only_the_listed_origins_are_answered_their_preflight_and_read_the_answers()
    {
        foreach (var origin in new[] { RestrictedCorsFixture.PortalA, RestrictedCorsFixture.PortalB })
        {
            using var preflight = await fx.Client.SendAsync(CorsTests.Preflight(origin, "GET", Search));
            Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
            Assert.Equal(origin, CorsTests.AllowedOrigin(preflight));
            // The answer is the same search for both, the second from the cache: each is told its own origin.
            using var search = await fx.Client.SendAsync(CorsTests.From(origin, HttpMethod.Get, Search));
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            Assert.Equal(origin, CorsTests.AllowedOrigin(search));
            Assert.Contains("Origin", search.Headers.Vary);
            Assert.Equal(origin == RestrictedCorsFixture.PortalB, search.Headers.Age.HasValue);
            using var script = await fx.Client.SendAsync(CorsTests.From(origin, HttpMethod.Get, "/embed.js"));
            Assert.Equal(origin, CorsTests.AllowedOrigin(script));
        }

        using var otherPreflight = await fx.Client.SendAsync(CorsTests.Preflight(Other, "GET", Search));
        Assert.Null(CorsTests.AllowedOrigin(otherPreflight));
        using var other = await fx.Client.SendAsync(CorsTests.From(Other, HttpMethod.Get, Search));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode); // answered, as to curl; only its browser keeps the page from reading it
        Assert.Null(CorsTests.AllowedOrigin(other));
        using var otherScript = await fx.Client.SendAsync(CorsTests.From(Other, HttpMethod.Get, "/embed.js"));
        Assert.Null(CorsTests.AllowedOrigin(otherScript));
        // The same origin with another scheme or port is another origin.
        using var http = await fx.Client.SendAsync(CorsTests.From("http://portal-a.example", HttpMethod.Get, Search));
        Assert.Null(CorsTests.AllowedOrigin(http));
    }

    [Theory]
    [InlineData("https://portal.example/search")]
    [InlineData("portal.example")]
    [InlineData("https://portal.example?x=1")]
    public void An_origin_that_is_no_origin_stops_the_service_at_start_naming_it(string origin)
    {
        // A path or a missing scheme never matches a browser's Origin: every portal would be refused, with nothing said.
        using var factory = TestHost.Create(TestPaths.Seeds, TestPaths.TempFolder("index"), ("EduPlan:Cors:AllowedOrigins:0", origin));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(origin, error.ToString());
        Assert.Contains("EduPlan:Cors:AllowedOrigins", error.ToString());
    }
}
