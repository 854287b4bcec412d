using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// Exactly the given Lucene documents (global doc ids, sorted): how the second pass of a search
/// scores only the first pass's candidates with the full query. It leads the scoring as a list (a few
/// hundred steps), and <see cref="Only"/> hands it to every scorer as the documents they may accept.
/// </summary>
internal sealed class DocIdListFilter(int[] sortedDocs) : Filter
{
    /// <summary>
    /// The query scored only on these documents. Leading the scoring is not enough: asked for the next
    /// document from a candidate on, a phrase reads the positions of every document between two candidates
    /// that holds its words, up to one that holds the phrase. Given the candidates as its accepted documents,
    /// it reads no other document's positions: that was most of the second pass's time.
    /// </summary>
    public Query Only(Query query) => AcceptedDocs.Only(new BooleanQuery
    {
        { query, Occur.MUST },
        { new ConstantScoreQuery(this) { Boost = 0f }, Occur.MUST },
    }, this);

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var docs = new List<int>();
        for (var i = LowerBound(context.DocBase); i < sortedDocs.Length && sortedDocs[i] < context.DocBase + context.AtomicReader.MaxDoc; i++)
        {
            var doc = sortedDocs[i] - context.DocBase;
            if (acceptDocs is null || acceptDocs.Get(doc)) docs.Add(doc);
        }
        return docs.Count == 0 ? null : new ListSet(docs, context.AtomicReader.MaxDoc);
    }

    private int LowerBound(int doc)
    {
        var i = Array.BinarySearch(sortedDocs, doc);
        return i >= 0 ? i : ~i;
    }

    private sealed class ListSet(List<int> docs, int maxDoc) : DocIdSet
    {
        private readonly Lazy<FixedBitSet> _bits = new(() =>
        {
            var bits = new FixedBitSet(maxDoc);
            foreach (var doc in docs) bits.Set(doc);
            return bits;
        });

        public override DocIdSetIterator GetIterator() => new ListIterator(docs);

        public override IBits Bits => _bits.Value;
    }

    private sealed class ListIterator(List<int> docs) : DocIdSetIterator
    {
        private int _i = -1;
        private int _doc = -1;

        public override int DocID => _doc;

        public override int NextDoc() => _doc = ++_i < docs.Count ? docs[_i] : NO_MORE_DOCS;

        public override int Advance(int target)
        {
            while (_doc < target) NextDoc();
            return _doc;
        }

        public override long GetCost() => docs.Count;
    }
}
