using System.Text.Json;

namespace EduPlan.Search.Tests.Http;

/// <summary>What makes citations in different directives one instrument of the graph, on the held-out directives (Data/heldout).</summary>
public sealed class InstrumentIdentityTests : IAsyncLifetime
{
    private readonly string _index = TestPaths.TempFolder("identity");
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>? _factory;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = TestHost.Create(Path.Combine(TestPaths.Data, "heldout"), _index);
        _client = _factory.CreateClient();
        await ApiFixture.WaitUntilReady(_client);
    }

    [Fact]
    public async Task A_law_named_with_its_year_is_the_law_another_text_cites_by_name_and_number()
    {
        // 113 cites "Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015"; other directives name the same law
        // "ngày 19 tháng 6 năm 2015" without its number. They were two nodes, and the numbered one was cited by a single directive.
        var numbered = await Get("/api/instruments/77-2015-qh13-2015");
        Assert.Equal("Luật Tổ chức chính quyền địa phương", numbered.GetProperty("title").GetString());
        var citing = numbered.GetProperty("citedBy").EnumerateArray().Select(c => c.GetProperty("document").GetProperty("id").GetString()).Distinct().ToList();
        Assert.Contains("113_heldout_nqhdnd", citing);
        Assert.True(citing.Count >= 3, string.Join(", ", citing));

        // The named key still leads there, with the node's citations (it answered the node with none).
        var named = await Get("/api/instruments/luat-to-chuc-chinh-quyen-dia-phuong-2015");
        Assert.Equal("77-2015-qh13-2015", named.GetProperty("key").GetString());
        Assert.Equal(numbered.GetProperty("citedBy").GetArrayLength(), named.GetProperty("citedBy").GetArrayLength());
        var graph = await Get("/api/graph?focus=luat-to-chuc-chinh-quyen-dia-phuong-2015&depth=1");
        Assert.Contains(graph.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("key").GetString() == "77-2015-qh13-2015");
        Assert.True(graph.GetProperty("edges").GetArrayLength() >= 3);
    }

    private async Task<JsonElement> Get(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        _factory?.Dispose();
        try { Directory.Delete(_index, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}
