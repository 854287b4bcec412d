using System.Text.Json;
using System.Text.RegularExpressions;

namespace EduPlan.Search.Tests.Http;

/// <summary>
/// Pipe tables (seven held-out directives have them: schedules, targets, lists of reviewed instruments) read as tables: they were
/// one paragraph of pipes on the page, and a row's citation was the whole cell's.
/// </summary>
[Collection(HeldOutCollection.Name)]
public sealed partial class DocumentTablesTests(HeldOutFixture heldOut)
{
    /// <summary>A pipe table in the source: its rows, the line of dashes under the header not counted.</summary>
    private static List<List<string[]>> SourceTables(string text)
    {
        var tables = new List<List<string[]>>();
        List<string[]>? rows = null;
        foreach (var line in text.Split('\n'))
        {
            if (!line.TrimStart().StartsWith('|')) { rows = null; continue; }
            if (rows is null) tables.Add(rows = []);
            if (DelimiterRow().IsMatch(line)) continue;
            rows.Add(line.Trim().Trim('|').Split('|').Select(c => c.Trim().Trim('*').Trim()).ToArray());
        }
        return tables;
    }

    private static IEnumerable<string> WithTables() =>
        Directory.GetFiles(TestPaths.HeldOut).Where(f => SourceTables(File.ReadAllText(f)).Count > 0);

    [Fact]
    public async Task Every_pipe_table_is_shown_as_a_table_with_its_rows_and_cells()
    {
        var files = WithTables().ToList();
        Assert.True(files.Count >= 5, $"{files.Count} held-out files with tables");
        foreach (var file in files)
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var source = SourceTables(File.ReadAllText(file));
            var html = (await heldOut.Get($"/api/documents/{id}")).GetProperty("html").GetString()!;
            var shown = TableElement().Matches(html).Select(t => RowElement().Matches(t.Value)
                .Select(r => CellElement().Matches(r.Value).Select(c => Text(c.Groups["text"].Value)).ToArray()).ToList()).ToList();
            Assert.True(source.Count == shown.Count, $"{id}: {source.Count} tables in the source, {shown.Count} shown");
            for (var t = 0; t < source.Count; t++)
            {
                Assert.True(source[t].Count == shown[t].Count, $"{id} table {t + 1}: {source[t].Count} rows, {shown[t].Count} shown");
                for (var r = 0; r < source[t].Count; r++)
                    Assert.Equal(source[t][r], shown[t][r]);
                Assert.StartsWith("<tr><th>", RowElement().Match(TableElement().Matches(html)[t].Value).Value, StringComparison.Ordinal);
            }
            Assert.DoesNotContain(" | ", Regex.Replace(html, "<table.*?</table>", "", RegexOptions.Singleline), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_citation_in_a_cell_is_its_own_words_linked_in_its_cell()
    {
        const string id = "123_heldout_bc_sgd_bang";
        var citations = (await heldOut.Get($"/api/documents/{id}/citations")).EnumerateArray().ToList();
        var text = File.ReadAllText(Path.Combine(TestPaths.Data, "heldout", id + ".md"));
        var reviewed = SourceTables(text).Single().Skip(1).Where(r => r[1].Contains('/')).ToList();
        Assert.True(reviewed.Count >= 10, $"{reviewed.Count} rows with a symbol");
        foreach (var row in reviewed)
        {
            // The row's symbol, as written in its column: the link is the symbol, not the cell with its spaces, nor the date beside it.
            var cited = citations.Where(c => c.GetProperty("surface").GetString() == row[1]).ToList();
            Assert.True(cited.Count >= 1, $"{row[1]}: {string.Join(" / ", citations.Select(c => c.GetProperty("surface").GetString()))}");
        }
        Assert.All(citations, c => Assert.DoesNotContain("|", c.GetProperty("surface").GetString()!));

        var html = (await heldOut.Get($"/api/documents/{id}")).GetProperty("html").GetString()!;
        foreach (Match link in Regex.Matches(html, "<a class=\"citation\".*?</a>"))
            Assert.DoesNotMatch("</?t[dh]>", link.Value);
        Assert.Contains("<td><a class=\"citation\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rows_number_opens_no_section_and_its_passage_keeps_the_cells_apart()
    {
        const string id = "123_heldout_bc_sgd_bang";
        var document = await heldOut.Get($"/api/documents/{id}");
        var headings = document.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("heading").GetString()!).ToList();
        // "| **I** | **Văn bản chỉ đạo, điều hành** |" and "| 1 | 91-KL/TW | …" are rows, not sections I and 1.
        Assert.Contains("Danh mục văn bản đã rà soát và kết quả thực hiện", headings);
        Assert.DoesNotContain(headings, h => h.StartsWith("Văn bản chỉ đạo", StringComparison.Ordinal) || h.Contains("91-KL/TW", StringComparison.Ordinal));

        var passages = (await heldOut.Search("\"Bộ Chính trị\" 91-KL/TW")).GetProperty("hits").EnumerateArray()
            .Where(h => h.GetProperty("document").GetProperty("id").GetString() == id)
            .SelectMany(h => h.GetProperty("passages").EnumerateArray()).Select(p => p.GetProperty("snippet").GetString()!).ToList();
        Assert.Contains(passages, p => Text(p).Contains("91-KL/TW | 12/8/2024 | Bộ Chính trị", StringComparison.Ordinal));
        Assert.DoesNotContain(passages, p => p.Contains('\t'));
    }

    private static string Text(string html) => System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")).Trim();

    [GeneratedRegex(@"^\s*\|(\s*:?-+:?\s*\|)+\s*$")]
    private static partial Regex DelimiterRow();

    [GeneratedRegex("<table.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TableElement();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowElement();

    [GeneratedRegex("<t[dh]>(?<text>.*?)</t[dh]>", RegexOptions.Singleline)]
    private static partial Regex CellElement();
}
