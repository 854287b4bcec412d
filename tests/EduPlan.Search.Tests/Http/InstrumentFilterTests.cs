using System.Net.Http.Json;
using System.Text.Json;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Tests.Http;

/// <summary>/api/instruments's kind and scope read as /api/search reads kind and province: a value naming none is said so.</summary>
[Collection(ApiCollection.Name)]
public sealed class InstrumentFilterTests(ApiFixture api)
{
    private async Task<(int Status, string? MediaType, string? Detail)> Answer(string url)
    {
        var response = await api.Client.GetAsync(url);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            body.ValueKind == JsonValueKind.Object && body.TryGetProperty("detail", out var d) ? d.GetString() : null);
    }

    [Theory]
    [InlineData("kind", "kind", "Decision")]
    [InlineData("kind", "kind", "XQ")] // no code; "CV" is a Công văn, as staff write it
    [InlineData("province", "scope", "Lai Chou")]
    [InlineData("province", "scope", "Atlantis")]
    public async Task A_kind_or_scope_naming_none_is_a_400_naming_it_as_in_search(string searchName, string name, string value)
    {
        // "kind=Decision" and "scope=Lai Chou" answered 200 [], as if the graph had no such instrument.
        var search = await Answer($"/api/search?q=a&{searchName}={Uri.EscapeDataString(value)}");
        Assert.Equal(400, search.Status);
        var instruments = await Answer($"/api/instruments?{name}={Uri.EscapeDataString(value)}");
        Assert.Equal((400, "application/problem+json"), (instruments.Status, instruments.MediaType));
        Assert.StartsWith($"{name} '{value}' is not", instruments.Detail);
        // Among good values, the bad one is still named.
        var mixed = await Answer($"/api/instruments?q=2457&{name}={Uri.EscapeDataString(value)}&{name}=");
        Assert.Equal(400, mixed.Status);
    }

    [Fact]
    public async Task Every_kind_and_scope_the_graph_files_instruments_under_is_a_filter_as_search_reads_it()
    {
        var all = (await api.Get("/api/instruments")).EnumerateArray().ToList();
        foreach (var (name, field) in new[] { ("kind", "kind"), ("scope", "scope") })
            foreach (var value in all.Select(i => i.GetProperty(field).GetString()!).Distinct())
                foreach (var typed in new[] { value, VietnameseFolding.FoldAll(value).ToUpperInvariant() })
                {
                    var found = (await api.Get($"/api/instruments?{name}={Uri.EscapeDataString(typed)}")).EnumerateArray().ToList();
                    Assert.Equal(all.Count(i => i.GetProperty(field).GetString() == value), found.Count);
                    Assert.All(found, i => Assert.Equal(value, i.GetProperty(field).GetString()));
                }
        Assert.Contains(all, i => i.GetProperty("scope").GetString() == "national");
        // A code search accepts for a kind is that kind here too, and a province as staff write it.
        foreach (var (name, typed, same) in new[] { ("kind", "QĐ", "Quyết định"), ("kind", "qd", "Quyết định"), ("scope", "tỉnh Sơn La", "Sơn La") })
        {
            Assert.Equal(200, (await Answer($"/api/search?q=a&{(name == "scope" ? "province" : name)}={Uri.EscapeDataString(typed)}")).Status);
            Assert.Equal((await api.Get($"/api/instruments?{name}={Uri.EscapeDataString(same)}")).ToString(),
                (await api.Get($"/api/instruments?{name}={Uri.EscapeDataString(typed)}")).ToString());
        }
    }
}
