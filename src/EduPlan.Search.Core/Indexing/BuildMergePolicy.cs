using Lucene.Net.Index;

namespace EduPlan.Search.Core.Indexing;

/// <summary>
/// How a full build merges its segments: not at all while documents are added, then once, into as many segments as
/// merge side by side. At 100,000 documents Lucene's tiered merges, run while the documents were added, took the
/// cores from the documents for about a fifth of the build and rewrote most of the index twice; left unmerged,
/// the ten flushed segments made a search 10-15 % slower and the serving process ~200 MB larger than two do.
/// One pass that writes each byte once, two merges at a time, costs ~20 s of a 100,000-document build instead.
/// </summary>
internal sealed class BuildMergePolicy : TieredMergePolicy
{
    /// <summary>The segments a build ends with: one merge per core of the two-core machines the service is sized for.</summary>
    public const int FinalSegments = 2;

    /// <summary>A scheduler that runs the final merges on threads of their own, all at once.</summary>
    public static ConcurrentMergeScheduler Scheduler()
    {
        var scheduler = new ConcurrentMergeScheduler();
        scheduler.SetMaxMergesAndThreads(FinalSegments + 2, FinalSegments);
        return scheduler;
    }

    public override MergeSpecification? FindMerges(MergeTrigger mergeTrigger, SegmentInfos infos) => null;

    /// <summary>
    /// The segments in groups of about equal size, largest first, each group one merge. Lucene asks again as each merge ends;
    /// a group with a segment still being merged is refused by the writer, so nothing is merged twice.
    /// </summary>
    public override MergeSpecification? FindForcedMerges(SegmentInfos infos, int maxSegmentCount, IDictionary<SegmentCommitInfo, bool> segmentsToMerge)
    {
        var segments = infos.Where(segmentsToMerge.ContainsKey).OrderByDescending(s => s.GetSizeInBytes()).ToList();
        if (segments.Count <= maxSegmentCount) return null;
        var groups = Enumerable.Range(0, maxSegmentCount).Select(_ => new List<SegmentCommitInfo>()).ToArray();
        var bytes = new long[maxSegmentCount];
        foreach (var segment in segments)
        {
            var smallest = Array.IndexOf(bytes, bytes.Min());
            groups[smallest].Add(segment);
            bytes[smallest] += segment.GetSizeInBytes();
        }
        var merges = new MergeSpecification();
        foreach (var group in groups.Where(g => g.Count > 1)) merges.Add(new OneMerge(group));
        return merges.Merges.Count == 0 ? null : merges;
    }
}
