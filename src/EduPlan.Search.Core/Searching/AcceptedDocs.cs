using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// A query restricted to the documents a filter accepts, handed to every scorer as the documents it may
/// accept instead of leading the scoring as one more clause. A required clause makes Lucene merge the scorers
/// document by document; as accepted documents, a disjunction is still scored a window at a time, and a phrase
/// reads the positions of accepted documents alone.
/// </summary>
internal static class AcceptedDocs
{
    public static Query Only(Query query, Filter filter) => new FilteredQuery(query, filter, AlwaysRandomAccess.Instance);

    /// <summary>The documents matching <paramref name="query"/>, as a filter that answers "is this one in?" directly.</summary>
    public static Filter Matching(Query query) => new BitsFilter(new QueryWrapperFilter(query));

    private sealed class AlwaysRandomAccess : FilteredQuery.RandomAccessFilterStrategy
    {
        public static readonly AlwaysRandomAccess Instance = new();

        protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) => true;

        // Lucene's own strategy scores document by document even then; a disjunction given the accepted
        // documents can be scored a window at a time. The filter's set already leaves deleted documents out.
        public override BulkScorer? FilteredBulkScorer(AtomicReaderContext context, Weight weight, bool scoreDocsInOrder, DocIdSet docIdSet) =>
            docIdSet.Bits is { } accepted
                ? weight.GetBulkScorer(context, scoreDocsInOrder, accepted)
                : base.FilteredBulkScorer(context, weight, scoreDocsInOrder, docIdSet);
    }

    private sealed class BitsFilter(Filter matching) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (matching.GetDocIdSet(context, acceptDocs)?.GetIterator() is not { } docs) return null;
            var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
            bits.Or(docs);
            return bits;
        }

        public override string ToString() => matching.ToString()!;
    }
}
