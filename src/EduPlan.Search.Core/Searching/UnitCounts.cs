using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// Which of a query's units each document matched, marked as the units' scorers find the document; one
/// search's marks, a 32-bit mask per document of each segment, a bit per unit (a query has at most <see cref="UserQuery.MaxUnits"/> units).
/// The first pass counts units this way so that its query can be a pure disjunction, which Lucene scores a window
/// of documents at a time. Asked for "3 of 4 words" (minimum should match), Lucene merges every scorer document by
/// document instead, and on a query matching 90 % of the corpus that merge was most of the first pass's time.
/// The first pass's collector applies the rule itself (<see cref="MatchCollector"/>).
/// </summary>
internal sealed class UnitCounts : IDisposable
{
    private readonly Dictionary<int, uint[]> _bySegment = [];
    private readonly int[] _words = new int[UserQuery.MaxUnits];
    private uint _required;

    /// <summary>
    /// Evidence of the unit at <paramref name="index"/>, which stands for so many typed words: the documents it finds are marked as
    /// matching that unit. It scores exactly as <paramref name="evidence"/> does; a unit's every piece of evidence may be marked apart,
    /// so that the first pass is one flat disjunction.
    /// </summary>
    public Query Counted(Query evidence, int index, int words)
    {
        _words[index] = words;
        return new CountedQuery(evidence, this, 1u << index);
    }

    /// <summary>Every match must hold the unit at <paramref name="index"/>, whatever else it holds: a symbol typed.</summary>
    public void Require(int index) => _required |= 1u << index;

    /// <summary>Whether the units marked include every one required.</summary>
    public bool Holds(uint units) => (units & _required) == _required;

    /// <summary>How many typed words the units marked stand for.</summary>
    public int Words(uint units)
    {
        var words = 0;
        for (; units != 0; units &= units - 1) words += _words[System.Numerics.BitOperations.TrailingZeroCount(units)];
        return words;
    }

    /// <summary>The marks of one segment, by segment-relative document.</summary>
    public uint[] For(AtomicReaderContext context)
    {
        if (!_bySegment.TryGetValue(context.Ord, out var marks))
        {
            var maxDoc = context.AtomicReader.MaxDoc;
            marks = ArrayPool<uint>.Shared.Rent(Math.Max(1, maxDoc));
            Array.Clear(marks, 0, maxDoc);
            _bySegment[context.Ord] = marks;
        }
        return marks;
    }

    public void Dispose()
    {
        foreach (var marks in _bySegment.Values) ArrayPool<uint>.Shared.Return(marks);
        _bySegment.Clear();
    }

    private sealed class CountedQuery(Query unit, UnitCounts counts, uint bit) : Query
    {
        public override Weight CreateWeight(IndexSearcher searcher) => new CountedWeight(this, unit.CreateWeight(searcher), counts, bit);

        public override Query Rewrite(IndexReader reader)
        {
            var rewritten = unit.Rewrite(reader);
            return ReferenceEquals(rewritten, unit) ? this : new CountedQuery(rewritten, counts, bit) { Boost = Boost };
        }

        public override void ExtractTerms(ISet<Term> terms) => unit.ExtractTerms(terms);

        public override string ToString(string field) => $"counted({unit.ToString(field)})";

        public override bool Equals(object? obj) => obj is CountedQuery other && other.Boost == Boost && other.Unit.Equals(Unit) && ReferenceEquals(other.Counts, Counts) && other.Bit == Bit;

        public override int GetHashCode() => HashCode.Combine(Unit, Boost);

        public Query Unit => unit;
        public UnitCounts Counts => counts;
        public uint Bit => bit;
    }

    private sealed class CountedWeight(CountedQuery query, Weight unit, UnitCounts counts, uint bit) : Weight
    {
        public override Query Query => query;

        public override float GetValueForNormalization() => unit.GetValueForNormalization() * query.Boost * query.Boost;

        public override void Normalize(float norm, float topLevelBoost) => unit.Normalize(norm, topLevelBoost * query.Boost);

        public override Explanation Explain(AtomicReaderContext context, int doc) => unit.Explain(context, doc);

        public override bool ScoresDocsOutOfOrder => unit.ScoresDocsOutOfOrder;

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) =>
            unit.GetScorer(context, acceptDocs) is { } scorer ? new CountingScorer(this, scorer, counts.For(context), bit) : null;

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs) =>
            unit.GetBulkScorer(context, scoreDocsInOrder, acceptDocs) is { } scorer ? new CountingBulkScorer(scorer, counts.For(context), bit) : null;
    }

    /// <summary>Marks each document the evidence's scorer lands on.</summary>
    private sealed class CountingScorer(Weight weight, Scorer unit, uint[] marks, uint bit) : Scorer(weight)
    {
        public override int DocID => unit.DocID;
        public override int Freq => unit.Freq;
        public override float GetScore() => unit.GetScore();
        public override long GetCost() => unit.GetCost();
        public override int NextDoc() => Count(unit.NextDoc());
        public override int Advance(int target) => Count(unit.Advance(target));

        private int Count(int doc)
        {
            if (doc != NO_MORE_DOCS) marks[doc] |= bit;
            return doc;
        }
    }

    private sealed class CountingBulkScorer(BulkScorer unit, uint[] marks, uint bit) : BulkScorer
    {
        private CountingCollector? _counting;

        // A disjunction asks its clauses for one window of documents at a time, always with the same collector.
        public override bool Score(ICollector collector, int max)
        {
            if (_counting?.Next != collector) _counting = new CountingCollector(collector, marks, bit);
            return unit.Score(_counting, max);
        }
    }

    private sealed class CountingCollector(ICollector next, uint[] marks, uint bit) : ICollector
    {
        public ICollector Next => next;
        public bool AcceptsDocsOutOfOrder => next.AcceptsDocsOutOfOrder;
        public void SetScorer(Scorer scorer) => next.SetScorer(scorer);
        public void SetNextReader(AtomicReaderContext context) => next.SetNextReader(context);

        public void Collect(int doc)
        {
            marks[doc] |= bit;
            next.Collect(doc);
        }
    }
}
