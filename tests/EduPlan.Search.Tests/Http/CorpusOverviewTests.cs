using System.Text.Json;

namespace EduPlan.Search.Tests.Http;

/// <summary>What a page shows before anything is searched, without loading every document: facets over the corpus, documents a page at a time, a document's own graph node.</summary>
[Collection(ApiCollection.Name)]
public sealed class CorpusOverviewTests(ApiFixture api)
{
    private static readonly string[] FacetNames = ["province", "kind", "year", "schoolYear"];

    [Fact]
    public async Task Facets_count_every_document_like_a_search_facet()
    {
        var documents = (await api.Get("/api/documents")).EnumerateArray().ToList();
        var facets = await api.Get("/api/facets");
        foreach (var name in FacetNames)
        {
            var expected = documents
                .Select(d => d.GetProperty(name))
                .Where(v => v.ValueKind != JsonValueKind.Null)
                .Select(v => v.ValueKind == JsonValueKind.Number ? v.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : v.GetString()!)
                .GroupBy(v => v)
                .Select(g => (Value: g.Key, Count: g.Count()))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
                .ToList();
            var actual = facets.GetProperty(name).EnumerateArray()
                .Select(v => (Value: v.GetProperty("value").GetString()!, Count: v.GetProperty("count").GetInt32())).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(100)]
    public async Task Pages_of_documents_run_most_recent_first_and_carry_the_total(int size)
    {
        var all = (await api.Get("/api/documents")).EnumerateArray().ToList();
        var expected = all
            .OrderBy(d => d.GetProperty("date").ValueKind == JsonValueKind.Null)
            .ThenByDescending(d => d.GetProperty("date").GetString(), StringComparer.Ordinal)
            .ThenBy(d => d.GetProperty("id").GetString(), StringComparer.Ordinal)
            .Select(d => d.GetProperty("id").GetString()!).ToList();
        Assert.Equal(Seeds.LaiChauDirective, expected[^1]); // the seed with no date at all

        var paged = new List<string>();
        for (var page = 1; ; page++)
        {
            using var response = await api.Client.GetAsync($"/api/documents?page={page}&size={size}");
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal(all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
            var ids = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
                .Select(d => d.GetProperty("id").GetString()!).ToList();
            Assert.True(ids.Count <= size);
            if (ids.Count == 0) break;
            paged.AddRange(ids);
        }
        Assert.Equal(expected, paged);
    }

    [Fact]
    public async Task A_page_far_past_the_end_is_empty_and_only_page_or_size_is_enough_to_page()
    {
        Assert.Empty((await api.Get($"/api/documents?page={int.MaxValue}&size=100")).EnumerateArray());
        Assert.Equal(5, (await api.Get("/api/documents?page=1")).GetArrayLength());
        Assert.Equal(2, (await api.Get("/api/documents?size=2")).GetArrayLength());
    }

    [Fact]
    public async Task The_total_is_readable_by_a_portal_on_another_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents?page=1&size=1") { Headers = { { "Origin", "https://portal.example" } } };
        using var response = await api.Client.SendAsync(request);
        Assert.Contains("X-Total-Count", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-1")]
    [InlineData("page=x")]
    [InlineData("page=1.5")]
    [InlineData("size=0")]
    [InlineData("size=101")]
    [InlineData("size=abc")]
    [InlineData("page=1&size=-5")]
    public async Task Bad_page_or_size_gives_400_problem_details(string query)
    {
        using var response = await api.Client.GetAsync("/api/documents?" + query);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Each_document_names_its_own_instrument_in_the_graph()
    {
        foreach (var document in (await api.Get("/api/documents")).EnumerateArray())
        {
            var id = document.GetProperty("id").GetString()!;
            var key = (await api.Get($"/api/documents/{id}")).GetProperty("instrumentKey").GetString();
            Assert.False(string.IsNullOrEmpty(key), $"{id} has no instrumentKey");
            var instrument = await api.Get($"/api/instruments/{Uri.EscapeDataString(key!)}");
            Assert.Equal(id, instrument.GetProperty("documentId").GetString());
        }
    }

    [Fact]
    public async Task The_new_endpoint_and_parameters_are_in_the_OpenAPI_document()
    {
        var paths = (await api.Get("/openapi/v1.json")).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/facets", out _));
        var parameters = paths.GetProperty("/api/documents").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("page", parameters);
        Assert.Contains("size", parameters);
    }
}
