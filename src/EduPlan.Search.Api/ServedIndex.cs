using EduPlan.Search.Core.Searching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduPlan.Search.Api;

/// <summary>
/// The index one request reads, held until the request's services are disposed (a scoped service): an update or rebuild that
/// swaps in another index meanwhile leaves this one open until the last request reading it ends, and no longer.
/// </summary>
public sealed class ServedIndex(SearchService search) : IDisposable
{
    private IndexLease? _lease;
    private bool _asked;

    /// <summary>The index in service when the request first asks, and that one for the rest of the request; null until one is open.</summary>
    public SearchIndex? Index
    {
        get
        {
            if (!_asked) (_lease, _asked) = (search.Lease(), true);
            return _lease?.Index;
        }
    }

    /// <summary>The 503 for a request that came before any index was open, saying why when a build failed.</summary>
    public ProblemHttpResult NotReady() => Problems.NotReady(search.LastError);

    public void Dispose() => _lease?.Dispose();
}
