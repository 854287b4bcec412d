using System.Threading.RateLimiting;

namespace EduPlan.Search.Api;

/// <summary>
/// At most as many searches compute at once as there are cores (EduPlan:Search:Concurrency); the rest wait
/// their turn, oldest first. Thirty-two searches sharing two cores would each take sixteen times longer
/// and run into the per-query time bound; queued, each runs at full speed and answers in full.
/// </summary>
public sealed class SearchGate(IConfiguration configuration) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = int.TryParse(configuration["EduPlan:Search:Concurrency"], out var n) && n > 0 ? n : Environment.ProcessorCount,
        QueueLimit = int.TryParse(configuration["EduPlan:Search:Queue"], out var q) && q >= 0 ? q : 2000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>A lease to compute; not acquired when the queue is full (the caller answers 503).</summary>
    public ValueTask<RateLimitLease> EnterAsync(CancellationToken cancellation) => _limiter.AcquireAsync(1, cancellation);

    public void Dispose() => _limiter.Dispose();
}
