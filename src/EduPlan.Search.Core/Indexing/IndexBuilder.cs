using EduPlan.Search.Core.Analysis;
using System.Collections.Concurrent;
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
        // By ordinal, the file's place in name order: the same whichever thread reads it.
        var stored = new StoredDocument?[files.Count];
        var mentions = new Mention[]?[files.Count];
        var manifestFiles = new List<ManifestFile>();
        var learners = new List<Searching.Abbreviations.Learner>();
        var instruments = new ConcurrentDictionary<Instrument, Instrument>();
        long bytes = 0;
        var done = 0;
        var gate = new object();
        Task<int> saving;

        // The first file in name order keeps an id that two files share (a.txt and a.md).
        var firstWithId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++) firstWithId.TryAdd(CorpusReader.IdOf(files[i].Name), i);

        using (var citationFile = CitationFile.OpenForAppend(generation.Path))
        // Plain reads, not memory maps: merges read every segment back, and mapped pages would count in
        // the builder's resident memory though the kernel can drop them at will.
        using (var directory = new NIOFSDirectory(new DirectoryInfo(generation.Path)))
        using (var analyzer = IndexFields.CreateAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
               { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 128, UseCompoundFile = false }))
        {
            // Both cores read, parse, extract and analyse; Lucene's writer takes documents from several threads,
            // each document's citations go to disk at once, and each thread learns abbreviations on its own.
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                () => new Searching.Abbreviations.Learner(), (i, _, learner) =>
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
                    var citations = WriteCitations(document, citationFile, instruments);
                    writer.AddDocument(ToLucene(document, i, citations.All));
                    stored[i] = new StoredDocument(i, document.Info, citations.Record);
                    mentions[i] = citations.Mentions;
                    learner.Add(document, i);
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
                return learner;
            }, learner => { lock (gate) learners.Add(learner); });
            // The graph and the abbreviations need only what the documents gave: they are saved while Lucene
            // flushes and merges its last segments, which keeps one core busy and the other idle otherwise.
            var documents = stored.OfType<StoredDocument>().ToList();
            saving = Task.Run(() =>
            {
                GraphStore.Save(generation.Path, documents, documents.ToDictionary(d => d.Ordinal, d => mentions[d.Ordinal]!));
                learners.Aggregate(new Searching.Abbreviations.Learner(), (all, learner) => all.Absorb(learner)).Build().Save(generation.Path);
                return documents.Count;
            });
            try
            {
                writer.Commit();
                citationFile.FlushToDisk();
            }
            catch
            {
                // The caller removes a failed generation: nothing may still be writing into it.
                try { saving.Wait(); } catch (AggregateException) { }
                throw;
            }
        }
        var indexed = saving.GetAwaiter().GetResult();
        manifestFiles.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        problems.Sort((a, b) => string.CompareOrdinal(a.File, b.File));

        new IndexManifest(IndexManifest.CurrentFormat, DateTime.UtcNow, manifestFiles, problems).Save(generation.Path);
        location.MakeCurrent(generation);
        progress?.Report(new BuildProgress(files.Count, files.Count, null, bytes, clock.Elapsed));
        return new BuildResult(generation.Name, indexed, bytes, clock.Elapsed, problems);
    }

    /// <summary>
    /// Extracts a document's citations and appends them to the citation file; what the graph needs of them (the
    /// instrument, one shared copy per distinct one, and the relation) is returned with where they were written.
    /// </summary>
    internal static WrittenCitations WriteCitations(CorpusDocument document, CitationFile file, ConcurrentDictionary<Instrument, Instrument> instruments)
    {
        var citations = DocumentCitations.Extract(document);
        return new WrittenCitations(citations, file.Append(citations),
            citations.Select(c => new Mention(instruments.GetOrAdd(c.Instrument, c.Instrument), c.Relation)).ToArray());
    }

    internal sealed record WrittenCitations(List<Citation> All, CitationRecord Record, Mention[] Mentions);

    /// <summary>This thread's token streams, one per text field: a document is added before its thread makes the next.</summary>
    [ThreadStatic] private static TokenListStream[]? _streams;

    /// <summary>The document's index entry. Its text fields replay this thread's streams, so add it before making another.</summary>
    internal static Document ToLucene(CorpusDocument document, int ordinal, List<Citation> citations)
    {
        var info = document.Info;
        // Each section is analysed once; its tokens, joined, are the document's body, and the section keeps where it starts in it.
        var sections = document.Sections.Where(s => s.Text.Length > 0).Select(s => (Section: s, Tokens: AnalyzedToken.Analyze(s.Text))).ToList();
        // Symbols of what the document cites are searchable in their normalised form too, wherever written.
        var cited = AnalyzedToken.Analyze(string.Join(" ", citations.Where(c => c.Instrument.Symbol is not null).Select(c => c.Instrument.Symbol)));
        var body = sections.Select(s => (IReadOnlyList<AnalyzedToken>)s.Tokens).Append(cited).ToList();
        var starts = TokenListStream.Starts(body);
        var title = AnalyzedToken.Analyze($"{info.Title} {info.Symbol}");
        var indexed = new IndexedSections(sections.Select((s, i) => new IndexedSection(s.Section.Id,
            s.Section.Number.Length > 0 ? $"{s.Section.Number}. {s.Section.Heading}" : s.Section.Heading, s.Section.Text, starts[i])).ToList(), starts[^1]);

        var doc = new Document
        {
            new StringField(IndexFields.Id, info.Id, Field.Store.YES),
            new NumericDocValuesField(IndexFields.Ordinal, ordinal),
            new StoredField(IndexFields.Info, JsonSerializer.Serialize(info)),
            new StoredField(IndexFields.Source, document.Text),
            new StoredField(IndexFields.Sections, indexed.Serialize()),
        };
        _streams ??= IndexFields.Levels.SelectMany(level => new[] { Stream(level), Stream(level) }).ToArray();
        for (var i = 0; i < IndexFields.Levels.Length; i++)
        {
            var level = IndexFields.Levels[i];
            doc.Add(new TextField(IndexFields.Leveled(IndexFields.Title, level), _streams[2 * i].Replay([title])));
            doc.Add(new TextField(IndexFields.Leveled(IndexFields.Body, level), _streams[2 * i + 1].Replay(body)));
        }
        AddFilter(doc, IndexFields.Province, info.Province);
        AddFilter(doc, IndexFields.Kind, info.Kind);
        AddFilter(doc, IndexFields.Year, info.Year?.ToString());
        AddFilter(doc, IndexFields.SchoolYear, info.SchoolYear);
        return doc;
    }

    private static TokenListStream Stream(MarkLevel level) => new((IReadOnlyList<IReadOnlyList<AnalyzedToken>>)[], level);

    private static void AddFilter(Document doc, string field, string? value)
    {
        if (value is not null) doc.Add(new StringField(field, IndexFields.FilterValue(value), Field.Store.NO));
    }
}
