using System.Collections.Concurrent;
using System.Diagnostics;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Searching;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace EduPlan.Search.Core.Indexing;

/// <summary>Corpus files added or changed, and removed, since an index was built.</summary>
public sealed record CorpusChanges(IReadOnlyList<FileInfo> Changed, IReadOnlyList<string> Removed)
{
    public bool IsEmpty => Changed.Count == 0 && Removed.Count == 0;
}

public sealed record UpdateResult(int Changed, int Removed, TimeSpan Elapsed, IReadOnlyList<CorpusProblem> Problems);

/// <summary>
/// Re-indexes only the files that changed, in the generation in service: Lucene's commit is atomic,
/// and the side files (citations, abbreviations) and the manifest are replaced after it, manifest last,
/// so a crash between the steps leaves a manifest that disagrees with the corpus and the next start
/// repairs it.
/// </summary>
public static class IndexUpdater
{
    /// <param name="manifest">What the generation was built from as its index in service read it: the changes are relative to it.</param>
    public static UpdateResult Apply(CorpusReader corpus, IndexGeneration generation, IndexManifest manifest, CorpusChanges changes)
    {
        var clock = Stopwatch.StartNew();
        Dictionary<string, StoredDocument> stored;
        Dictionary<int, Mention[]> mentions;
        using (var graph = GraphStore.Open(generation.Path))
        {
            stored = graph.Documents.ToDictionary(d => d.Info.Id, StringComparer.Ordinal);
            mentions = graph.ReadMentions();
        }
        var files = manifest.Files.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var problems = manifest.Problems.ToDictionary(p => p.File, StringComparer.Ordinal);
        var abbreviations = Abbreviations.Load(generation.Path);
        var touchedIds = new HashSet<string>(StringComparer.Ordinal);
        var learner = new Abbreviations.Learner();
        var instruments = new ConcurrentDictionary<Instrument, Instrument>();
        var next = stored.Count == 0 ? 0 : stored.Values.Max(d => d.Ordinal) + 1;

        void Forget(string id)
        {
            if (stored.Remove(id, out var old)) mentions.Remove(old.Ordinal);
            touchedIds.Add(id);
        }

        // New citations are appended: the file's records for the documents as they were stay readable by the index in service.
        using (var citationFile = CitationFile.OpenForAppend(generation.Path))
        using (var directory = FSDirectory.Open(new DirectoryInfo(generation.Path)))
        using (var analyzer = IndexFields.CreateAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.APPEND }))
        {
            foreach (var name in changes.Removed)
            {
                files.Remove(name);
                problems.Remove(name);
            }
            var changed = changes.Changed.ToDictionary(f => f.Name, StringComparer.Ordinal);
            foreach (var file in changes.Changed)
            {
                files[file.Name] = IndexManifest.Describe(file);
                problems.Remove(file.Name);
            }
            // Each id touched stays with the file that had it, as a rebuild and an upload leave it: "300_dup.md" added beside the
            // served "300_dup.txt" is skipped and named, not served in its place for sorting first; it takes the id once the .txt is removed.
            var byId = files.Keys.ToLookup(CorpusReader.IdOf, StringComparer.Ordinal);
            var shared = new SharedIds(manifest);
            foreach (var id in changes.Removed.Concat(changed.Keys).Select(CorpusReader.IdOf).Distinct(StringComparer.Ordinal))
            {
                var holder = shared.HolderOf(byId[id]);
                foreach (var other in byId[id].Where(n => n != holder)) problems[other] = SharedIds.Problem(other, holder!);
                if (holder is not null && !changed.ContainsKey(holder) && stored.TryGetValue(id, out var kept)
                    && kept.Info.Source.EndsWith("/" + holder, StringComparison.Ordinal)) continue;
                writer.DeleteDocuments(new Term(IndexFields.Id, id));
                Forget(id);
                if (holder is null) continue;
                problems.Remove(holder);
                var (document, problem, described) = corpus.ReadAndDescribe(changed.GetValueOrDefault(holder) ?? new FileInfo(Path.Combine(corpus.CorpusPath, holder)));
                files[holder] = described;
                if (problem is not null)
                {
                    problems[holder] = problem;
                    continue;
                }
                var citations = IndexBuilder.WriteCitations(document!, citationFile, instruments);
                var ordinal = next++;
                stored[id] = new StoredDocument(ordinal, document!.Info, citations.Record);
                mentions[ordinal] = citations.Mentions;
                learner.Add(document, ordinal);
                writer.AddDocument(IndexEntry.OfThisThread.Make(document, ordinal, citations.All));
            }
            citationFile.FlushToDisk();
            writer.Commit();
        }

        var documents = stored.Values.OrderBy(d => d.Ordinal).ToList();
        GraphStore.Save(generation.Path, documents, mentions);
        abbreviations.Without(touchedIds).Merge(learner).Save(generation.Path);
        new IndexManifest(IndexManifest.CurrentFormat, DateTime.UtcNow, files.Values.OrderBy(f => f.Name, StringComparer.Ordinal).ToList(),
            problems.Values.ToList()).Save(generation.Path);
        return new UpdateResult(changes.Changed.Count, changes.Removed.Count, clock.Elapsed, problems.Values.ToList());
    }
}
