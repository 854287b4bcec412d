using System.Text.Json;
using System.Text.RegularExpressions;

namespace EduPlan.Search.Tests.Http;

/// <summary>What the passages of a search for a law named with its year ("Luật giáo dục 2019") show and mark.</summary>
public static partial class LawSnippets
{
    /// <summary>
    /// Asserts that each hit citing the law (as the graph says: <paramref name="key"/>'s citing documents) shows first a passage marking
    /// its citation whole ("Luật Giáo dục ngày 14/6/2019", "… số 43/2019/QH14") and nothing else, and that no passage of any hit marks
    /// "Luật" but before its name, or a symbol but the law's own. Returns how many citing hits were checked.
    /// </summary>
    public static async Task<int> AssertShownWhole(ServiceFixture service, string typed, string key, string name, string year)
    {
        var citing = (await service.Get($"/api/instruments/{key}")).GetProperty("citedBy").EnumerateArray()
            .Select(c => c.GetProperty("document").GetProperty("id").GetString()!).ToHashSet();
        var hits = (await service.Search(typed, "&size=50")).GetProperty("hits").EnumerateArray()
            .Select(h => (Id: h.GetProperty("document").GetProperty("id").GetString()!,
                Snippets: h.GetProperty("passages").EnumerateArray().Select(p => p.GetProperty("snippet").GetString()!).ToList())).ToList();
        var law = new Regex($"^{Regex.Escape(name)}\\b[^;]*{year}[^;]*$");
        var wrong = new List<string>();
        foreach (var (id, snippets) in hits)
        {
            foreach (var snippet in snippets)
            {
                var marks = Mark().Matches(snippet).Select(m => m.Groups[1].Value).ToList();
                if (marks.FirstOrDefault(m => m.Contains('/') && !law.IsMatch(m)) is { } symbol) wrong.Add($"{id} marks {symbol}: {snippet}");
                if (KindAlone().IsMatch(snippet)) wrong.Add($"{id} marks \"Luật\" alone: {snippet}");
            }
            if (!citing.Contains(id)) continue;
            var first = snippets.FirstOrDefault() ?? "";
            var shown = Mark().Matches(first).Select(m => m.Groups[1].Value).ToList();
            if (!shown.Any(law.IsMatch) || !shown.All(law.IsMatch)) wrong.Add($"{id} cites {key} and shows first: {first}");
        }
        Assert.True(wrong.Count == 0, $"\"{typed}\":\n" + string.Join("\n", wrong));
        return hits.Count(h => citing.Contains(h.Id));
    }

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex Mark();

    /// <summary>The kind's word marked but not its name after it: "pháp <mark>luật</mark>", "<mark>Luật</mark> Ngân sách nhà nước".</summary>
    [GeneratedRegex(@"<mark>[Ll]uật</mark>(?! <mark>)")]
    private static partial Regex KindAlone();
}
