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
        // And any portal's page may frame the search.
        using var embed = await api.Client.GetAsync("/embed?q=gi%C3%A1o%20d%E1%BB%A5c");
        Assert.EndsWith("frame-ancestors *", embed.Headers.GetValues("Content-Security-Policy").Single());
    }

    /// <summary>The origins a page's Content-Security-Policy lets frame it.</summary>
    internal static string FrameAncestors(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single().Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("frame-ancestors ", StringComparison.Ordinal));

    [Fact]
    public async Task A_method_or_route_the_API_does_not_have_is_refused_with_problem_details_a_portal_can_read()
    {
        // A portal's DELETE /api/search (or a POST of a form) got its 405 without CORS headers: its browser said only "network error",
        // not "DELETE is not allowed on /api/search; it answers GET, HEAD".
        using var delete = await api.Client.SendAsync(From(Portal, HttpMethod.Delete, "/api/search?q=a"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
        Assert.Equal("*", AllowedOrigin(delete));
        Assert.Contains("Allow", delete.Headers.GetValues("Access-Control-Expose-Headers").Single());
        Assert.Contains("it answers GET", (await delete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        // A browser asks before a DELETE: it is let send it, to be told why not (no endpoint there takes it, so nothing else can happen).
        using var preflight = await api.Client.SendAsync(Preflight(Portal, "DELETE", "/api/search?q=a"));
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal("*", AllowedOrigin(preflight));
        Assert.Contains("DELETE", preflight.Headers.GetValues("Access-Control-Allow-Methods").Single());

        using var post = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/documents")
            { Headers = { { "Origin", Portal } }, Content = new StringContent("x") });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal("*", AllowedOrigin(post));
        // A route the API does not have, and a parameter given twice on it.
        using var missing = await api.Client.SendAsync(From(Portal, HttpMethod.Get, "/api/serch?q=a"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("*", AllowedOrigin(missing));
        using var twice = await api.Client.SendAsync(From(Portal, HttpMethod.Get, "/api/serch?q=a&q=b"));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal("*", AllowedOrigin(twice));

        // The admin routes still answer no other origin, refusing or not.
        using var admin = await api.Client.SendAsync(From(Portal, HttpMethod.Get, "/api/admin/reindex"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, admin.StatusCode);
        Assert.Null(AllowedOrigin(admin));
        using var adminPreflight = await api.Client.SendAsync(Preflight(Portal, "DELETE", "/api/admin/documents/a.txt"));
        Assert.Null(AllowedOrigin(adminPreflight));
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

    [Fact]
    public async Task Only_the_listed_origins_may_frame_the_embedded_search()
    {
        // With the origins restricted, /embed still said "frame-ancestors *": any site could frame the search the deployment kept from it.
        using var embed = await fx.Client.GetAsync("/embed?q=gi%C3%A1o%20d%E1%BB%A5c");
        Assert.Equal(HttpStatusCode.OK, embed.StatusCode);
        Assert.Equal($"frame-ancestors 'self' {RestrictedCorsFixture.PortalA} {RestrictedCorsFixture.PortalB}", CorsTests.FrameAncestors(embed));
        using var page = await fx.Client.GetAsync("/");
        Assert.Equal($"frame-ancestors 'self' {RestrictedCorsFixture.PortalA} {RestrictedCorsFixture.PortalB}", CorsTests.FrameAncestors(page));
    }

    [Fact]
    public async Task A_refusal_is_readable_by_a_listed_origin_alone()
    {
        using var listed = await fx.Client.SendAsync(CorsTests.From(RestrictedCorsFixture.PortalA, HttpMethod.Delete, Search));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, listed.StatusCode);
        Assert.Equal(RestrictedCorsFixture.PortalA, CorsTests.AllowedOrigin(listed));
        using var preflight = await fx.Client.SendAsync(CorsTests.Preflight(Other, "DELETE", Search));
        Assert.Null(CorsTests.AllowedOrigin(preflight));
        using var other = await fx.Client.SendAsync(CorsTests.From(Other, HttpMethod.Delete, Search));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, other.StatusCode);
        Assert.Null(CorsTests.AllowedOrigin(other));
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
