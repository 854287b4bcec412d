using EduPlan.Search.Core.Searching;
using Microsoft.AspNetCore.OutputCaching;

namespace EduPlan.Search.Api;

/// <summary>
/// Answers of the public reads are cached by ASP.NET Core's output cache, keyed by the whole query string
/// and by the index in service: staff repeat the same headline searches all day, and an answer only
/// changes when the index does. A swapped-in index (rebuild or live update) is a new key, so no stale
/// answer is ever served, and its old answers are evicted. EduPlan:ResultCache=false turns it off.
/// </summary>
public static class ResultCache
{
    public const string Policy = "per-index";
    private const string Tag = "index";

    public static IServiceCollection AddResultCache(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = !string.Equals(configuration["EduPlan:ResultCache"], "false", StringComparison.OrdinalIgnoreCase);
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 64L << 20;
            o.MaximumBodySize = 4L << 20;
            o.AddPolicy(Policy, b =>
            {
                if (!enabled) { b.NoCache(); return; }
                // Same index, same query string: the same answer. Requests that arrive together wait for the first.
                b.Expire(TimeSpan.FromMinutes(30)).Tag(Tag)
                    .VaryByValue(context => new("index", context.RequestServices.GetRequiredService<SearchService>().Current?.Serial.ToString() ?? "none"));
            });
        });
        return services;
    }

    /// <summary>Evicts the answers of an index taken out of service; they could never be asked for again.</summary>
    public static void EvictOnSwap(IServiceProvider services)
    {
        var store = services.GetRequiredService<IOutputCacheStore>();
        services.GetRequiredService<SearchService>().Swapped += () => _ = store.EvictByTagAsync(Tag, CancellationToken.None).AsTask();
    }

    /// <summary>A partial answer (cut by the time bound under load) is given once, never kept.</summary>
    public static void DoNotKeep(HttpContext context)
    {
        if (context.Features.Get<IOutputCacheFeature>() is { } feature) feature.Context.AllowCacheStorage = false;
    }
}
