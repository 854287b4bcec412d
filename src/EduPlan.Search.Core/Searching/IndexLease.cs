namespace EduPlan.Search.Core.Searching;

/// <summary>
/// One piece of work's hold on an index (see <see cref="SearchService.Lease"/>): the index stays open until the lease is
/// disposed, even when a newer one has been put in service meanwhile.
/// </summary>
public sealed class IndexLease : IDisposable
{
    private int _released;

    internal IndexLease(SearchIndex index) => Index = index;

    public SearchIndex Index { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) Index.Release();
    }
}
