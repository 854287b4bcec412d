using System.Text.Json;

namespace EduPlan.Search.Tests.Http;

/// <summary>Citations as clients read them, on the held-out directives (Data/heldout), which the extractor was not tuned on.</summary>
[Collection(HeldOutCollection.Name)]
public sealed class HeldOutCitationTests(HeldOutFixture heldOut)
{
    [Fact]
    public async Task A_citations_surface_is_the_held_out_text_between_its_offsets() =>
        Assert.True(await CitedText.AssertSurfacesAreTheFilesText(heldOut.Client, TestPaths.HeldOut) > 400);

    [Fact]
    public async Task A_citing_document_without_a_province_is_counted_in_no_province_as_in_search_facets()
    {
        // A ministry's circular citing Nghị định 24/2021/NĐ-CP was a bucket named "" beside the provinces: nothing a reader could
        // read or a filter select. Search's facets count such a document under no province; so does an instrument's page, which
        // still lists it and counts it among its citing documents.
        var documents = (await heldOut.Get("/api/documents")).EnumerateArray().ToList();
        var provinceOf = documents.ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("province").GetString());
        var national = provinceOf.Where(p => p.Value is null).Select(p => p.Key).ToList();
        Assert.NotEmpty(national);
        var searched = await heldOut.Search("-xyzzy");
        Assert.Equal(documents.Count, searched.GetProperty("total").GetInt32());
        Assert.Equal(provinceOf.Values.OfType<string>().GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key),
            searched.GetProperty("facets").GetProperty("province").EnumerateArray()
                .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32()).OrderBy(p => p.Key));

        var keys = new HashSet<string>();
        foreach (var id in national)
            foreach (var c in (await heldOut.Get($"/api/documents/{id}/citations")).EnumerateArray())
                keys.Add(c.GetProperty("instrument").GetProperty("key").GetString()!);
        var alsoCitedByProvinces = 0;
        foreach (var key in keys)
        {
            var instrument = await heldOut.Get($"/api/instruments/{Uri.EscapeDataString(key)}");
            var citing = instrument.GetProperty("citedBy").EnumerateArray().Select(c => c.GetProperty("document").GetProperty("id").GetString()!).Distinct().ToList();
            var expected = citing.Select(d => provinceOf[d]).OfType<string>().GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
            var buckets = instrument.GetProperty("citedByProvinces").EnumerateArray()
                .ToDictionary(b => b.GetProperty("value").GetString()!, b => b.GetProperty("count").GetInt32());
            Assert.Equal(expected.OrderBy(p => p.Key), buckets.OrderBy(p => p.Key));
            Assert.Equal(citing.Count, instrument.GetProperty("citedByDocuments").GetInt32());
            // Each bucket is a filter, as a search's facet is, keeping its count of documents.
            foreach (var (province, count) in buckets)
            {
                var kept = await heldOut.Get($"/api/instruments/{Uri.EscapeDataString(key)}?province={Uri.EscapeDataString(province)}");
                Assert.Equal(count, kept.GetProperty("citedByDocuments").GetInt32());
            }
            if (buckets.Count > 0) alsoCitedByProvinces++;
        }
        Assert.True(alsoCitedByProvinces >= 3, $"{alsoCitedByProvinces} of {keys.Count} instruments the national texts cite are cited in a province too");
    }

    [Theory]
    [InlineData("114_heldout_cv_phong", "1287/UBND-VP", "Văn bản số 1287/UBND-VP")]
    [InlineData("104_heldout_quan1", "4528/SGDĐT-GDTH", "Văn bản số 4528/SGDĐT-GDTH")]
    public async Task A_letter_cited_as_Van_ban_so_is_shown_from_Van_ban(string id, string symbol, string surface)
    {
        // "… của UBND huyện tại Văn bản số 1287/UBND-VP ngày 09/9/2024": the link and the citation list showed "số 1287/UBND-VP …", the kind's
        // word left out, where every other kind's citation opens with its name ("Công văn số …").
        var cited = (await heldOut.Get($"/api/documents/{id}/citations")).EnumerateArray()
            .Where(c => c.GetProperty("instrument").GetProperty("symbol").GetString() == symbol).Select(c => c.GetProperty("surface").GetString()!).ToList();
        Assert.Contains(cited, s => s.StartsWith(surface, StringComparison.Ordinal));
        Assert.DoesNotContain(cited, s => s.StartsWith("số", StringComparison.Ordinal));
    }
}
