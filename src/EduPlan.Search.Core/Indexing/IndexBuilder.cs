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
        var abbreviations = new Searching.Abbreviations.Learner();

        using (var directory = FSDirectory.Open(new DirectoryInfo(generation.Path)))
        using (var analyzer = IndexFields.CreateAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
               { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 }))
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < files.Count; i++)
            {
                var file = files[i];
                progress?.Report(new BuildProgress(i, files.Count, file.Name, bytes, clock.Elapsed));
                var (document, problem) = corpus.Read(file);
                if (problem is not null)
                {
                    problems.Add(problem);
                    continue;
                }
                if (!ids.Add(document!.Id))
                {
                    problems.Add(new CorpusProblem(file.Name, $"another file already has the id '{document.Id}'"));
                    continue;
                }
                manifestFiles.Add(IndexManifest.Describe(file));
                bytes += file.Length;
                var citations = DocumentCitations.Extract(document);
                stored.Add(new StoredDocument(stored.Count, document.Info, citations));
                abbreviations.Add(document);
                writer.AddDocuments(ToLucene(document, stored.Count - 1, citations));
            }
            // Files that were unreadable are recorded too, so the index is not rebuilt for them at every start.
            foreach (var p in problems)
            {
                var f = files.FirstOrDefault(x => x.Name == p.File);
                if (f is not null && manifestFiles.All(m => m.Name != f.Name)) manifestFiles.Add(IndexManifest.Describe(f));
            }
            writer.Commit();
        }

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
        var body = string.Join("\n", document.Blocks.Select(b => b.Text));
        // Symbols of what the document cites are searchable in their normalised form too, wherever written.
        var cited = string.Join(" ", citations.Where(c => c.Instrument.Symbol is not null).Select(c => c.Instrument.Symbol));

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
            doc.Add(new TextField(IndexFields.Leveled(IndexFields.Title, level), $"{info.Title} {info.Symbol}", Field.Store.NO));
            doc.Add(new TextField(IndexFields.Leveled(IndexFields.Body, level), body + "\n" + cited, Field.Store.NO));
        }
        AddFilter(doc, IndexFields.Province, info.Province);
        AddFilter(doc, IndexFields.Kind, info.Kind);
        AddFilter(doc, IndexFields.Year, info.Year?.ToString());
        AddFilter(doc, IndexFields.SchoolYear, info.SchoolYear);
        yield return doc;

        foreach (var section in document.Sections)
        {
            if (section.Text.Length == 0) continue;
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
                passage.Add(new TextField(IndexFields.Leveled(IndexFields.Passage, level), section.Text, Field.Store.NO));
            yield return passage;
        }
    }

    private static void AddFilter(Document doc, string field, string? value)
    {
        if (value is not null) doc.Add(new StringField(field, IndexFields.FilterValue(value), Field.Store.NO));
    }
}
