using EduPlan.Search.Core.Indexing;

namespace EduPlan.Search.Core.Searching;

public sealed record SearchOptions(string CorpusPath, string IndexPath);

/// <summary>
/// Keeps one <see cref="SearchIndex"/> in service: opens the current generation at start, builds it when
/// missing, damaged or older than the corpus, and swaps in a rebuilt one while searches go on.
/// </summary>
public sealed class SearchService(SearchOptions options, Action<string>? log = null) : IDisposable
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile SearchIndex? _current;

    public SearchOptions Options { get; } = options;
    public CorpusReader Corpus { get; } = new(options.CorpusPath);
    public IndexLocation Location { get; } = new(options.IndexPath);

    /// <summary>
    /// The index in service; null until the first one is open. It closes when the next one is swapped in: work that may
    /// outlast a swap (a request) takes a <see cref="Lease"/> instead.
    /// </summary>
    public SearchIndex? Current => _current;

    /// <summary>
    /// A hold on the index in service for one piece of work; null until one is open. An index swapped out stays open until
    /// its last lease ends, then closes at once.
    /// </summary>
    public IndexLease? Lease()
    {
        while (_current is { } index)
        {
            if (index.TryHold()) return new IndexLease(index);
            // It closed between the read and the hold: a swap has already put its successor in _current.
        }
        return null;
    }

    /// <summary>Why the last build or open failed, if it did; cleared by a successful one.</summary>
    public string? LastError { get; private set; }

    public BuildResult? LastBuild { get; private set; }

    /// <summary>Raised after another index was put in service.</summary>
    public event Action? Swapped;

    /// <summary>
    /// True while a build runs, or while the index opened at start is compared with the corpus: the index in service (if any)
    /// may then be older than the corpus.
    /// </summary>
    public bool IsBuilding => _building.CurrentCount == 0 || _comparing;

    private volatile bool _comparing;

    /// <summary>Opens the current index, building it first when it is missing, damaged or stale.</summary>
    public void EnsureIndex(IProgress<BuildProgress>? progress = null)
    {
        // The old index serves from the moment it opens, and until the corpus is known to match it (or it is brought up to
        // date) the service says it is rebuilding: "ok" would tell a caller waiting for the corpus's files that they are in.
        _comparing = true;
        try
        {
            OpenOrBuild(progress);
        }
        finally
        {
            _comparing = false;
        }
    }

    private void OpenOrBuild(IProgress<BuildProgress>? progress)
    {
        CorpusFiles.RemoveUnfinished(Corpus.CorpusPath);
        var generation = Location.Current();
        if (generation is not null)
        {
            try
            {
                var index = SearchIndex.Open(generation);
                // It serves at once; comparing it with the corpus (every file's size and time) goes on meanwhile.
                Swap(index);
                if (index.Manifest is { } manifest && manifest.Matches(Corpus.Files()))
                {
                    Location.RemoveStale();
                    return;
                }
                if (index.Manifest is not null && index.Manifest.FormatVersion == IndexManifest.CurrentFormat)
                {
                    log?.Invoke("The corpus changed since the index was built: re-indexing the changed files.");
                    if (ApplyChanges() is not null) { Location.RemoveStale(); return; }
                }
                log?.Invoke("Rebuilding the index.");
            }
            catch (InvalidDataException e)
            {
                log?.Invoke($"The index is damaged ({e.Message}): rebuilding from the corpus.");
            }
        }
        else log?.Invoke($"No index in {Location.Root}: building it from {Corpus.CorpusPath}.");
        Rebuild(progress);
    }

    /// <summary>Builds a new generation from the corpus and puts it in service; the old one serves until then.</summary>
    public BuildResult? Rebuild(IProgress<BuildProgress>? progress = null)
    {
        _building.Wait();
        try
        {
            if (!Directory.Exists(Corpus.CorpusPath))
                throw new DirectoryNotFoundException($"the corpus folder {Corpus.CorpusPath} does not exist");
            var result = IndexBuilder.Build(Corpus, Location, progress);
            LogSkipped(result.Problems);
            Swap(SearchIndex.Open(Location.Current()!));
            LastBuild = result;
            LastError = null;
            Location.RemoveStale(result.Generation);
            return result;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            LastError = $"the index could not be built: {e.Message}";
            log?.Invoke(LastError);
            return null;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>
    /// Re-indexes only the corpus files added, changed or removed since the index in service was built or
    /// last updated; searches go on meanwhile and see the change once it is committed.
    /// </summary>
    public UpdateResult? ApplyChanges()
    {
        if (_current is null) return Rebuild() is null ? null : new UpdateResult(0, 0, TimeSpan.Zero, []);
        if (!Directory.Exists(Corpus.CorpusPath))
        {
            // A vanished folder (an unmounted share) must not read as "every document was removed".
            LastError = $"the corpus folder {Corpus.CorpusPath} does not exist; serving the index as it was";
            log?.Invoke(LastError);
            return null;
        }
        _building.Wait();
        try
        {
            var current = _current!;
            // The manifest the index in service read when it opened, not the file again: the watcher's poll asks every
            // half-minute, and at 100,000 files reading the file grew the service by 140 MB each time.
            if (current.Manifest is not { } manifest) return null;
            var changes = manifest.ChangesIn(Corpus.Files());
            if (changes.IsEmpty) return new UpdateResult(0, 0, TimeSpan.Zero, manifest.Problems);
            var result = IndexUpdater.Apply(Corpus, current.Generation, manifest, changes);
            Swap(SearchIndex.Open(current.Generation));
            LastError = null;
            log?.Invoke($"Re-indexed {result.Changed} changed and {result.Removed} removed files in {result.Elapsed.TotalMilliseconds:F0} ms.");
            // The problems the index already had were logged when they arose.
            LogSkipped(result.Problems.Except(manifest.Problems));
            return result;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
        {
            LastError = $"the changed files could not be indexed: {e.Message}";
            log?.Invoke(LastError);
            return null;
        }
        finally
        {
            _building.Release();
        }
    }

    private void LogSkipped(IEnumerable<CorpusProblem> problems)
    {
        foreach (var p in problems) log?.Invoke($"Skipped {p.File}: {p.Reason}");
    }

    private void Swap(SearchIndex index)
    {
        SearchIndex? old;
        lock (_gate)
        {
            old = _current;
            _current = index;
        }
        if (ReferenceEquals(old, index)) return;
        Swapped?.Invoke();
        // Searches that started on the old index hold leases and finish on it; it closes when the last of them ends.
        old?.Dispose();
    }

    public void Dispose()
    {
        SearchIndex? last;
        lock (_gate) (last, _current) = (_current, null);
        last?.Dispose();
        _building.Dispose();
    }
}
