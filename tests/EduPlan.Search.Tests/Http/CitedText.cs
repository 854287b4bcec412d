using System.Text;
using System.Text.Json;
using EduPlan.Search.Core.Indexing;

namespace EduPlan.Search.Tests.Http;

/// <summary>What a client reading a document's file finds where the API says a citation is.</summary>
public static class CitedText
{
    /// <summary>
    /// Asserts that each citation of each document a service lists is, as its surface says, the text of the document's file (read as the
    /// corpus reader reads it, in NFC) from its start to its end; returns how many citations were checked.
    /// </summary>
    public static async Task<int> AssertSurfacesAreTheFilesText(HttpClient client, string corpus)
    {
        var documents = JsonDocument.Parse(await client.GetStringAsync("/api/documents")).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(documents);
        var checkedCitations = 0;
        var wrong = new List<string>();
        foreach (var document in documents)
        {
            var id = document.GetProperty("id").GetString()!;
            var file = Path.Combine(corpus, Path.GetFileName(document.GetProperty("source").GetString()!));
            var text = CorpusText.Decode(File.ReadAllBytes(file)).Text!.Normalize(NormalizationForm.FormC);
            foreach (var c in JsonDocument.Parse(await client.GetStringAsync($"/api/documents/{id}/citations")).RootElement.EnumerateArray())
            {
                var (start, end, surface) = (c.GetProperty("start").GetInt32(), c.GetProperty("end").GetInt32(), c.GetProperty("surface").GetString()!);
                if (text[start..end] != surface) wrong.Add($"{id} [{start}, {end}): \"{surface}\" where the file has \"{text[start..end]}\"");
                checkedCitations++;
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        return checkedCitations;
    }
}
