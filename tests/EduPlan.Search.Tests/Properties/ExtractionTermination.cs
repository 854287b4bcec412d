using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Searching;

namespace EduPlan.Search.Tests.Properties;

/// <summary>
/// Whether extraction finishes on sentences no directive wrote but any could: clauses of the seeds and the held-out directives,
/// recombined. A sentence of ordinary clauses ("1660/QĐ-TTg của Thủ tướng Chính phủ phê duyệt …; 13/2016/TTLT-BYT-BGDĐT") once made a
/// pattern backtrack for ever, and the service never started. Seeded, so a failure is the same sentence every run.
/// </summary>
public sealed class ExtractionTermination
{
    private const int Sentences = 6000;

    [Fact]
    public async Task Extraction_finishes_on_clauses_of_the_corpus_recombined()
    {
        var sentences = Recombined(Sentences, maxClauses: 5);
        // The bound is only against never finishing: the whole set takes a few seconds.
        var reading = Task.Run(() => sentences.Sum(s => DocumentCitations.Extract(s, null).Count));
        Assert.True(await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(120))) == reading, "extraction did not finish on the recombined sentences");
        var citations = await reading;
        Assert.True(citations > Sentences / 4, $"{citations} citations in {Sentences} sentences");
    }

    [Fact]
    public async Task A_query_and_its_snippet_are_read_at_once_from_clauses_of_the_corpus_recombined()
    {
        // Staff paste what they read: a query of clauses (up to the 1,000 characters a query may have), and its snippet of other clauses.
        var queries = Recombined(Sentences / 4, maxClauses: 3).Select(q => q.Length > 1000 ? q[..1000] : q).ToList();
        var texts = Recombined(Sentences / 4, maxClauses: 5);
        var reading = Task.Run(() => queries.Zip(texts).Sum(p => SnippetBuilder.Build(p.Second, UserQuery.Parse(p.First)).Length));
        Assert.True(await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(120))) == reading, "a query or its snippet was not read");
        Assert.True(await reading > 0);
    }

    [Fact]
    public async Task A_file_of_forty_thousand_lines_and_no_blank_line_is_read()
    {
        // A text copied from a PDF without its blank lines is one paragraph, its letterhead's block the whole text: its lines were joined one
        // to the next by concatenation, each join matched whole, and a file of 40,000 such lines (2.6 MB) took two minutes to read, the
        // indexer stalled meanwhile. The bound is only against that: it reads in a second or two.
        var text = "UBND TỈNH LÂM ĐỒNG\nSố: 12/KH-UBND\n" + string.Concat(Enumerable.Range(0, 40_000).Select(i => $"dòng văn bản thứ {i} theo Quyết định số {i}/QĐ-UBND của tỉnh\n"));
        var reading = Task.Run(() => DocumentCitations.Extract(EduPlan.Search.Core.Documents.DocumentParser.Parse(text, "x", "corpus/x.txt")).Count);
        Assert.True(await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(60))) == reading, "the file was not read");
        Assert.True(await reading >= 40_000);
    }

    private static readonly Lazy<string[]> Clauses = new(() => Directory.EnumerateFiles(TestPaths.Seeds)
        .Concat(Directory.EnumerateFiles(TestPaths.HeldOut, "*.txt")).Concat(Directory.EnumerateFiles(TestPaths.HeldOut, "*.md"))
        .SelectMany(f => File.ReadAllText(f).Split([";", ". ", "\n", ","], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Where(c => c.Length is > 10 and < 400).Distinct().ToArray());

    private static List<string> Recombined(int count, int maxClauses)
    {
        var clauses = Clauses.Value;
        Assert.True(clauses.Length > 2000, $"{clauses.Length} clauses");
        string[] joints = ["; ", ", ", " và ", " ", " (", ") ", ": "];
        var random = new Random(20261204 + maxClauses);
        return Enumerable.Range(0, count).Select(_ => string.Concat(Enumerable.Range(0, random.Next(2, maxClauses + 1))
            .Select(k => (k == 0 ? "" : joints[random.Next(joints.Length)]) + clauses[random.Next(clauses.Length)]))).ToList();
    }
}
