using EduPlan.Search.Core.Analysis;
using System.Diagnostics;
using System.Text.Json;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace EduPlan.Search.Core.Indexing;

/// <summary>Progress of a build: files done out of the total, and the file being read.</summary>
public sealed record BuildProgress(int Done, int Total, string? File, long Bytes, TimeSpan Elapsed);

public sealed record BuildResult(string Generation, int Documents, long Bytes, TimeSpan Elapsed, IReadOnlyList<CorpusProblem> Problems);

/// <summary>
/// Builds a complete index generation from the corpus into a fresh folder and only then makes it
/// current, so readers never see a half-built index and a failed build leaves the old one serving.
/// </summary>
public static class IndexBuilder
{
    public static BuildResult Build(CorpusReader corpus, IndexLocation location, IProgress<BuildProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var files = corpus.Files();
        var generation = location.NewGeneration();
        var problems = new List<CorpusProblem>();
        var stored = new List<StoredDocument>();
        var manifestFiles = new List<ManifestFile>();
        long bytes = 0;
        var done = 0;
        var abbreviations = new Searching.Abbreviations.Learner();
        var gate = new object();

        // The first file in name order keeps an id that two files share (a.txt and a.md).
        var firstWithId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++) firstWithId.TryAdd(CorpusReader.IdOf(files[i].Name), i);

        using (var directory = FSDirectory.Open(new DirectoryInfo(generation.Path)))
        using (var analyzer = IndexFields.CreateAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
               { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 128 }))
        {
            // Both cores read, parse, extract and analyse; Lucene's writer takes documents from several threads.
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var file = files[i];
                var manifest = IndexManifest.Describe(file);
                CorpusProblem? problem;
                CorpusDocument? document = null;
                if (firstWithId[CorpusReader.IdOf(file.Name)] != i)
                    problem = new CorpusProblem(file.Name, $"another file already has the id '{CorpusReader.IdOf(file.Name)}'");
                else
                    (document, problem) = corpus.Read(file);
                if (document is not null)
                {
                    // The ordinal is the file's place in name order: the same whichever thread reads it.
                    var citations = DocumentCitations.Extract(document);
                    writer.AddDocuments(ToLucene(document, i, citations));
                    lock (gate)
                    {
                        stored.Add(new StoredDocument(i, document.Info, citations));
                        abbreviations.Add(document);
                    }
                    Interlocked.Add(ref bytes, file.Length);
                }
                lock (gate)
                {
                    manifestFiles.Add(manifest);
                    if (problem is not null) problems.Add(problem);
                }
                var count = Interlocked.Increment(ref done);
                if (progress is not null && (count % 64 == 0 || count == files.Count))
                    progress.Report(new BuildProgress(count, files.Count, file.Name, Interlocked.Read(ref bytes), clock.Elapsed));
            });
            writer.Commit();
        }
        manifestFiles.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        problems.Sort((a, b) => string.CompareOrdinal(a.File, b.File));

        GraphStore.Save(generation.Path, stored);
        abbreviations.Build().Save(generation.Path);
        new IndexManifest(IndexManifest.CurrentFormat, DateTime.UtcNow, manifestFiles, problems).Save(generation.Path);
        location.MakeCurrent(generation);
        progress?.Report(new BuildProgress(files.Count, files.Count, null, bytes, clock.Elapsed));
        return new BuildResult(generation.Name, stored.Count, bytes, clock.Elapsed, problems);
    }

    internal static IEnumerable<IEnumerable<IIndexableField>> ToLucene(CorpusDocument document, int ordinal, List<Citation> citations)
    {
        var info = document.Info;
        // Each section is analysed once; its tokens feed the passage fields and, joined, the document's body.
        var sections = document.Sections.Where(s => s.Text.Length > 0).Select(s => (Section: s, Tokens: AnalyzedToken.Analyze(s.Text))).ToList();
        // Symbols of what the document cites are searchable in their normalised form too, wherever written.
        var cited = AnalyzedToken.Analyze(string.Join(" ", citations.Where(c => c.Instrument.Symbol is not null).Select(c => c.Instrument.Symbol)));
        var body = TokenListStream.Concatenate(sections.Select(s => (IReadOnlyList<AnalyzedToken>)s.Tokens).Append(cited));
        var title = AnalyzedToken.Analyze($"{info.Title} {info.Symbol}");

        var doc = new Document
        {
            new StringField(IndexFields.Type, IndexFields.DocumentType, Field.Store.NO),
            new StringField(IndexFields.Id, info.Id, Field.Store.YES),
            new NumericDocValuesField(IndexFields.Ordinal, ordinal),
            new StoredField(IndexFields.Info, JsonSerializer.Serialize(info)),
            new StoredField(IndexFields.Source, document.Text),
        };
        foreach (var level in IndexFields.Levels)
        {
            doc.Add(new TextField(IndexFields.Leveled(IndexFields.Title, level), new TokenListStream(title, level)));
            doc.Add(new TextField(IndexFields.Leveled(IndexFields.Body, level), new TokenListStream(body, level)));
        }
        AddFilter(doc, IndexFields.Province, info.Province);
        AddFilter(doc, IndexFields.Kind, info.Kind);
        AddFilter(doc, IndexFields.Year, info.Year?.ToString());
        AddFilter(doc, IndexFields.SchoolYear, info.SchoolYear);
        yield return doc;

        foreach (var (section, tokens) in sections)
        {
            var passage = new Document
            {
                new StringField(IndexFields.Type, IndexFields.SectionType, Field.Store.NO),
                new StringField(IndexFields.Id, info.Id, Field.Store.YES),
                new NumericDocValuesField(IndexFields.Ordinal, ordinal),
                new StoredField(IndexFields.SectionId, section.Id),
                new StoredField(IndexFields.Heading, section.Number.Length > 0 ? $"{section.Number}. {section.Heading}" : section.Heading),
                new StoredField(IndexFields.SectionText, section.Text),
            };
            foreach (var level in IndexFields.Levels)
                passage.Add(new TextField(IndexFields.Leveled(IndexFields.Passage, level), new TokenListStream(tokens, level)));
            yield return passage;
        }
    }

    private static void AddFilter(Document doc, string field, string? value)
    {
        if (value is not null) doc.Add(new StringField(field, IndexFields.FilterValue(value), Field.Store.NO));
    }
}
