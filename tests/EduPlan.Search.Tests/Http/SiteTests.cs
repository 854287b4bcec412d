using System.Net.Http.Json;
using System.Net;
using System.Xml.Linq;

namespace EduPlan.Search.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class SiteTests(ApiFixture api)
{
    [Fact]
    public async Task The_OpenSearch_description_points_at_this_service()
    {
        var response = await api.Client.GetAsync("/opensearch.xml");
        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var urls = xml.Descendants().Where(e => e.Name.LocalName == "Url").Select(e => e.Attribute("template")!.Value).ToList();
        Assert.Contains(urls, u => u.StartsWith(api.Client.BaseAddress!.GetLeftPart(UriPartial.Authority)) && u.Contains("{searchTerms}"));
        Assert.DoesNotContain(urls, u => u.Contains("{origin}"));
    }

    [Theory]
    [InlineData("/api/search?q=gi%C3%A1o%20d%E1%BB%A5c")]
    [InlineData("/api/documents")]
    [InlineData("/api/documents/000_c8332dcbed01a365")]
    [InlineData("/api/instruments?q=2457")]
    [InlineData("/api/graph?focus=2457-qd-bgddt-2023")]
    [InlineData("/api/facets")]
    [InlineData("/embed")]
    [InlineData("/opensearch.xml")]
    [InlineData("/openapi/v1.json")]
    public async Task HEAD_answers_wherever_GET_does_with_the_same_status_and_type(string url)
    {
        // Uptime monitors and link checkers ask with HEAD: every endpoint but /healthz answered 405.
        var get = await api.Client.GetAsync(url);
        var head = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/embed?q=ph%E1%BB%95%20c%E1%BA%ADp&province=S%C6%A1n%20La", "text/html")]
    [InlineData("/embed.js", "text/javascript")]
    [InlineData("/integrators.html", "text/html")]
    public async Task Pages_for_staff_and_integrators_are_served_with_no_other_host(string url, string type)
    {
        var response = await api.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        // Said in the header: a portal page in another encoding must not read the Vietnamese labels in its own.
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var body = await response.Content.ReadAsStringAsync();
        // Offline: no page loads a script, style or font from another host.
        if (type == "text/html") Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']https?://", body);
        Assert.DoesNotContain("fonts.googleapis", body);
    }

    [Theory]
    [InlineData("GET", "/api/nonexistent", 404, "/api/search")]
    [InlineData("POST", "/api/search?q=x", 405, "GET")]
    [InlineData("DELETE", "/api/documents", 405, "GET")]
    public async Task Problems_the_framework_writes_say_what_to_do(string method, string url, int status, string hint)
    {
        var response = await api.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Contains(hint, problem.GetProperty("detail").GetString());
        // Every GET answers HEAD too, and a 405's Allow says so (RFC 9110): it said "GET" alone.
        if (status == 405)
        {
            var allowed = response.Content.Headers.Allow.ToHashSet();
            Assert.Equal(["GET", "HEAD"], allowed.Order());
            Assert.Contains("GET, HEAD", problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Health_answers_HEAD_as_uptime_monitors_ask()
    {
        var response = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
