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

        // An id two files share (a.txt and a.md) stays with the file the index being replaced gave it, as live updates and uploads
        // leave it: a rebuild must not swap the served document for the other file. Its manifest is read only when an id is shared.
        var holders = new Dictionary<string, string>(StringComparer.Ordinal);
        var sharing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
            if (!holders.TryAdd(CorpusReader.IdOf(file.Name), file.Name)) sharing.Add(CorpusReader.IdOf(file.Name));
        if (sharing.Count > 0)
        {
            var shared = new SharedIds(location.Current() is { } served ? IndexManifest.Load(served.Path) : null);
            var byId = files.Select(f => f.Name).Where(name => sharing.Contains(CorpusReader.IdOf(name))).ToLookup(CorpusReader.IdOf, StringComparer.Ordinal);
            foreach (var group in byId) holders[group.Key] = shared.HolderOf(group)!;
        }

        using (var citationFile = CitationFile.OpenForAppend(generation.Path))
        // Plain reads, not memory maps: merges read every segment back, and mapped pages would count in
        // the builder's resident memory though the kernel can drop them at will.
        using (var directory = new NIOFSDirectory(new DirectoryInfo(generation.Path)))
        using (var analyzer = IndexFields.CreateAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
               {
                   OpenMode = OpenMode.CREATE, UseCompoundFile = false,
                   // Fewer flushed segments to merge at the end, within the build's 2 GB: at 100,000 documents 128 MB peaked at 0.96 GB, this at 1.3 GB.
                   RAMBufferSizeMB = 256,
                   MergePolicy = new BuildMergePolicy(), MergeScheduler = BuildMergePolicy.Scheduler(),
               }))
        {
            // Both cores read, parse, extract and analyse; Lucene's writer takes documents from several threads,
            // each document's citations go to disk at once, and each thread learns abbreviations on its own.
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                () => new Searching.Abbreviations.Learner(), (i, _, learner) =>
            {
                var file = files[i];
                ManifestFile manifest;
                CorpusProblem? problem;
                CorpusDocument? document = null;
                if (holders[CorpusReader.IdOf(file.Name)] is var holder && holder != file.Name)
                {
                    manifest = IndexManifest.Describe(file);
                    problem = SharedIds.Problem(file.Name, holder);
                }
                else
                    (document, problem, manifest) = corpus.ReadAndDescribe(file);
                if (document is not null)
                {
                    var citations = WriteCitations(document, citationFile, instruments);
                    writer.AddDocument(IndexEntry.OfThisThread.Make(document, i, citations.All));
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
            // flushes its last segments and merges them all.
            var documents = stored.OfType<StoredDocument>().ToList();
            saving = Task.Run(() =>
            {
                GraphStore.Save(generation.Path, documents, documents.ToDictionary(d => d.Ordinal, d => mentions[d.Ordinal]!));
                learners.Aggregate(new Searching.Abbreviations.Learner(), (all, learner) => all.Absorb(learner)).Build().Save(generation.Path);
                return documents.Count;
            });
            try
            {
                writer.ForceMerge(BuildMergePolicy.FinalSegments);
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
}
