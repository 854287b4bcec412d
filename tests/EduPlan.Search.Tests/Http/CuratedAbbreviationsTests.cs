using System.Text.Json;
using System.Text.Json.Nodes;

namespace EduPlan.Search.Tests.Http;

/// <summary>The curated abbreviations ship with the service: an index built by an older release follows the list of this one.</summary>
public sealed class CuratedAbbreviationsTests
{
    [Fact]
    public async Task An_index_built_before_an_abbreviation_was_curated_finds_it_after_a_restart_without_a_rebuild()
    {
        var index = TestPaths.TempFolder("index");
        try
        {
            string generation;
            using (var first = TestHost.Create(TestPaths.Seeds, index))
            {
                var client = first.CreateClient();
                await ApiFixture.WaitUntilReady(client);
                generation = File.ReadAllText(Path.Combine(index, "current")).Trim();
            }

            // As an older release wrote it: one entry not yet curated, and one this release no longer curates. The entry is
            // one that some seeds write only in its long form, so that only the curated entry can find them by the abbreviation.
            var saved = Path.Combine(index, generation, "abbreviations.json");
            var entries = JsonNode.Parse(File.ReadAllText(saved))!.AsArray();
            var texts = Directory.GetFiles(TestPaths.Seeds, "*.txt").ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => TestPaths.FoldedWords(File.ReadAllText(f)));
            var (entry, writing) = entries.Where(e => e!["Origin"]!.GetValue<string>() == "curated")
                .Select(e => (Entry: e!, Writing: texts.Where(t => t.Value.Contains(TestPaths.FoldedWords(e!["LongForm"]!.GetValue<string>()), StringComparison.Ordinal)
                                                             && !t.Value.Contains(TestPaths.FoldedWords(e!["Short"]!.GetValue<string>()), StringComparison.Ordinal))
                    .Select(t => t.Key).ToHashSet()))
                .First(x => x.Writing.Count > 0);
            var abbreviation = entry["Short"]!.GetValue<string>();
            entries.Remove(entry);
            entries.Add(new JsonObject { ["Short"] = "ZQX", ["LongForm"] = "giáo dục", ["Origin"] = "curated", ["DefinedIn"] = new JsonArray() });
            File.WriteAllText(saved, entries.ToJsonString());

            using var second = TestHost.Create(TestPaths.Seeds, index);
            var restarted = second.CreateClient();
            await ApiFixture.WaitUntilReady(restarted);
            Assert.Equal(generation, File.ReadAllText(Path.Combine(index, "current")).Trim());
            var found = ApiFixture.HitIds(await Search(restarted, abbreviation));
            Assert.True(writing.IsSubsetOf(found), $"{abbreviation} misses {string.Join(", ", writing.Except(found))}, which write its long form");
            Assert.Empty(ApiFixture.HitIds(await Search(restarted, "ZQX")));
        }
        finally
        {
            try { Directory.Delete(index, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<JsonElement> Search(HttpClient client, string q) =>
        JsonDocument.Parse(await client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(q)}&size=50")).RootElement;
}
