using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EduPlan.Search.Tests.Http;

/// <summary>The real service over a corpus, through the real HTTP stack, with its index in a fresh temporary folder.</summary>
public abstract class ServiceFixture(string corpus) : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    public string IndexPath { get; } = TestPaths.TempFolder("index");
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _factory = TestHost.Create(corpus, IndexPath);
        Client = _factory.CreateClient();
        await ApiFixture.WaitUntilReady(Client);
    }

    public async Task<JsonElement> Get(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> Search(string q, string extra = "") =>
        await Get($"/api/search?q={Uri.EscapeDataString(q)}{extra}");

    /// <summary>Each passage of a search's first 50 hits: its document, its section, its heading, its section's text, and its snippet as read (no marks).</summary>
    public async Task<List<ShownPassage>> ShownPassages(string q)
    {
        var passages = new List<ShownPassage>();
        foreach (var hit in (await Search(q, "&size=50")).GetProperty("hits").EnumerateArray())
        {
            var id = hit.GetProperty("document").GetProperty("id").GetString()!;
            var texts = (await Get($"/api/documents/{id}")).GetProperty("sections").EnumerateArray()
                .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("text").GetString()!);
            foreach (var passage in hit.GetProperty("passages").EnumerateArray())
            {
                var section = passage.GetProperty("sectionId").GetString()!;
                passages.Add(new(id, section, passage.GetProperty("heading").GetString()!, texts[section],
                    System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(passage.GetProperty("snippet").GetString()!, "</?mark>", ""))));
            }
        }
        return passages;
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        _factory?.Dispose();
        try { Directory.Delete(IndexPath, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}

/// <summary>A passage of a hit as <see cref="ServiceFixture.ShownPassages"/> reads it; <see cref="Shown"/> keeps a leading "…".</summary>
public sealed record ShownPassage(string Id, string SectionId, string Heading, string Text, string Shown);

/// <summary>The real service over the real seeds.</summary>
public sealed class ApiFixture() : ServiceFixture(TestPaths.Seeds)
{
    public static async Task WaitUntilReady(HttpClient client)
    {
        for (var i = 0; i < 300; i++)
        {
            var response = await client.GetAsync("/healthz");
            if (response.IsSuccessStatusCode) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("the index did not open within 30 s");
    }

    public static List<string> HitIds(JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("document").GetProperty("id").GetString()!).ToList();
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
