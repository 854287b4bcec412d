using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduPlan.Search.Core.Searching;

/// <summary>Collects every matching document with its score and corpus ordinal: what ranking, paging and facet counts need.</summary>
internal sealed class HitCollector(DocumentOrdinals ordinals) : ICollector
{
    private Scorer? _scorer;
    private int[] _ordinals = [];
    private int _docBase;

    public List<(int Doc, float Score, int Ordinal)> Hits { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _ordinals = ordinals.For(context);
    }

    public void Collect(int doc) =>
        Hits.Add((_docBase + doc, _scorer!.GetScore(), _ordinals[doc]));
}
