using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// How many of a query's units each document matched, counted as the units' scorers find the document; one
/// search's counts, a byte per document of each segment (a query has at most <see cref="UserQuery.MaxUnits"/> units).
/// The first pass counts units this way so that its query can be a pure disjunction, which Lucene scores a window
/// of documents at a time. Asked for "3 of 4 words" (minimum should match), Lucene merges every scorer document by
/// document instead, and on a query matching 90 % of the corpus that merge was most of the first pass's time.
/// The first pass's collector applies the rule itself (<see cref="MatchCollector"/>).
/// </summary>
internal sealed class UnitCounts : IDisposable
{
    private readonly Dictionary<int, byte[]> _bySegment = [];

    /// <summary>A unit whose matches count here as the typed words it stands for; it scores exactly as <paramref name="unit"/> does.</summary>
    public Query Counted(Query unit, int words) => new CountedQuery(unit, this, (byte)words);

    /// <summary>The counts of one segment, by segment-relative document.</summary>
    public byte[] For(AtomicReaderContext context)
    {
        if (!_bySegment.TryGetValue(context.Ord, out var counts))
        {
            var maxDoc = context.AtomicReader.MaxDoc;
            counts = ArrayPool<byte>.Shared.Rent(Math.Max(1, maxDoc));
            Array.Clear(counts, 0, maxDoc);
            _bySegment[context.Ord] = counts;
        }
        return counts;
    }

    public void Dispose()
    {
        foreach (var counts in _bySegment.Values) ArrayPool<byte>.Shared.Return(counts);
        _bySegment.Clear();
    }

    private sealed class CountedQuery(Query unit, UnitCounts counts, byte words) : Query
    {
        public override Weight CreateWeight(IndexSearcher searcher) => new CountedWeight(this, unit.CreateWeight(searcher), counts, words);

        public override Query Rewrite(IndexReader reader)
        {
            var rewritten = unit.Rewrite(reader);
            return ReferenceEquals(rewritten, unit) ? this : new CountedQuery(rewritten, counts, words) { Boost = Boost };
        }

        public override void ExtractTerms(ISet<Term> terms) => unit.ExtractTerms(terms);

        public override string ToString(string field) => $"counted({unit.ToString(field)})";

        public override bool Equals(object? obj) => obj is CountedQuery other && other.Boost == Boost && other.Unit.Equals(Unit) && ReferenceEquals(other.Counts, Counts) && other.Words == Words;

        public override int GetHashCode() => HashCode.Combine(Unit, Boost);

        public Query Unit => unit;
        public UnitCounts Counts => counts;
        public byte Words => words;
    }

    private sealed class CountedWeight(CountedQuery query, Weight unit, UnitCounts counts, byte words) : Weight
    {
        public override Query Query => query;

        public override float GetValueForNormalization() => unit.GetValueForNormalization() * query.Boost * query.Boost;

        public override void Normalize(float norm, float topLevelBoost) => unit.Normalize(norm, topLevelBoost * query.Boost);

        public override Explanation Explain(AtomicReaderContext context, int doc) => unit.Explain(context, doc);

        public override bool ScoresDocsOutOfOrder => unit.ScoresDocsOutOfOrder;

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) =>
            unit.GetScorer(context, acceptDocs) is { } scorer ? new CountingScorer(this, scorer, counts.For(context), words) : null;

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs) =>
            unit.GetBulkScorer(context, scoreDocsInOrder, acceptDocs) is { } scorer ? new CountingBulkScorer(scorer, counts.For(context), words) : null;
    }

    /// <summary>Counts each document the unit's scorer lands on: a scorer lands only on its matches, each once.</summary>
    private sealed class CountingScorer(Weight weight, Scorer unit, byte[] counts, byte words) : Scorer(weight)
    {
        public override int DocID => unit.DocID;
        public override int Freq => unit.Freq;
        public override float GetScore() => unit.GetScore();
        public override long GetCost() => unit.GetCost();
        public override int NextDoc() => Count(unit.NextDoc());
        public override int Advance(int target) => Count(unit.Advance(target));

        private int Count(int doc)
        {
            if (doc != NO_MORE_DOCS) counts[doc] += words;
            return doc;
        }
    }

    private sealed class CountingBulkScorer(BulkScorer unit, byte[] counts, byte words) : BulkScorer
    {
        private CountingCollector? _counting;

        // A disjunction asks its clauses for one window of documents at a time, always with the same collector.
        public override bool Score(ICollector collector, int max)
        {
            if (_counting?.Next != collector) _counting = new CountingCollector(collector, counts, words);
            return unit.Score(_counting, max);
        }
    }

    private sealed class CountingCollector(ICollector next, byte[] counts, byte words) : ICollector
    {
        public ICollector Next => next;
        public bool AcceptsDocsOutOfOrder => next.AcceptsDocsOutOfOrder;
        public void SetScorer(Scorer scorer) => next.SetScorer(scorer);
        public void SetNextReader(AtomicReaderContext context) => next.SetNextReader(context);

        public void Collect(int doc)
        {
            counts[doc] += words;
            next.Collect(doc);
        }
    }
}
