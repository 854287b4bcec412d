using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// Exactly the given Lucene documents (global doc ids, sorted): how the second pass of a search
/// scores only the first pass's candidates with the full query. Sparse: a few hundred ids in a
/// segment of millions cost a few hundred steps, not a bit set of the segment.
/// </summary>
internal sealed class DocIdListFilter(int[] sortedDocs) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var docs = new List<int>();
        for (var i = LowerBound(context.DocBase); i < sortedDocs.Length && sortedDocs[i] < context.DocBase + context.AtomicReader.MaxDoc; i++)
        {
            var doc = sortedDocs[i] - context.DocBase;
            if (acceptDocs is null || acceptDocs.Get(doc)) docs.Add(doc);
        }
        return docs.Count == 0 ? null : new ListSet(docs);
    }

    private int LowerBound(int doc)
    {
        var i = Array.BinarySearch(sortedDocs, doc);
        return i >= 0 ? i : ~i;
    }

    private sealed class ListSet(List<int> docs) : DocIdSet
    {
        public override DocIdSetIterator GetIterator() => new ListIterator(docs);
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
