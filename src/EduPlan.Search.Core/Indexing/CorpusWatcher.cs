using EduPlan.Search.Core.Searching;

namespace EduPlan.Search.Core.Indexing;

/// <summary>
/// Watches the corpus folder and re-indexes the files that changed, once the folder has been quiet for
/// a moment (an editor saves in several steps). A slow poll backs up the watcher, which can miss events
/// on network file systems or when inotify's limit is reached.
/// </summary>
public sealed class CorpusWatcher : IDisposable
{
    private readonly SearchService _service;
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _quiet;
    private readonly Timer _poll;
    private readonly TimeSpan _delay;

    public CorpusWatcher(SearchService service, TimeSpan? quietDelay = null, TimeSpan? pollInterval = null)
    {
        _service = service;
        _delay = quietDelay ?? TimeSpan.FromMilliseconds(400);
        _quiet = new Timer(_ => Apply(), null, Timeout.Infinite, Timeout.Infinite);
        var poll = pollInterval ?? TimeSpan.FromSeconds(30);
        _poll = new Timer(_ => Apply(), null, poll, poll);
        if (!Directory.Exists(service.Corpus.CorpusPath)) return;
        _watcher = new FileSystemWatcher(service.Corpus.CorpusPath)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            IncludeSubdirectories = false,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (CorpusReader.IsCorpusFile(e.Name ?? "") || e is RenamedEventArgs r && CorpusReader.IsCorpusFile(r.OldName ?? ""))
            _quiet.Change(_delay, Timeout.InfiniteTimeSpan);
    }

    private void Apply()
    {
        try
        {
            _service.ApplyChanges();
        }
        catch (Exception)
        {
            // ApplyChanges records its own failures in LastError; a watcher thread must never crash the service.
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _quiet.Dispose();
        _poll.Dispose();
    }
}
