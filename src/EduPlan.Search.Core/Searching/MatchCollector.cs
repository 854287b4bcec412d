using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// The first pass of a search: counts every match and its facet values, and keeps only the best
/// <see cref="Candidates"/> documents by the cheap matching score, for the full ranking to rescore.
/// Nothing is allocated per match, so a query matching most of a national corpus stays cheap.
/// </summary>
/// <param name="units">Where the first-pass query counted each document's units; null when it requires them itself.</param>
/// <param name="requiredWords">How many typed words the units a match holds must stand for (<see cref="UserQuery.RequiredWords"/>).</param>
internal sealed class MatchCollector(DocumentTable table, DocumentOrdinals ordinals, int candidates, UnitCounts? units, int requiredWords) : ICollector
{
    private readonly PriorityQueue<Candidate, Candidate> _best = new(Math.Min(candidates, 4096) + 1, Candidate.WorstFirst);
    private Scorer? _scorer;
    private int[] _ordinals = [];
    private int _docBase;
    private uint[]? _unitMarks;

    public int Total { get; private set; }
    public int[][] FacetCounts { get; } = table.NewFacetCounters();

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _ordinals = ordinals.For(context);
        _unitMarks = units?.For(context);
    }

    public void Collect(int doc)
    {
        var words = 0;
        if (_unitMarks is not null)
        {
            var marks = _unitMarks[doc];
            if (!units!.Holds(marks)) return;
            words = units.Words(marks);
        }
        if (words < requiredWords) return;
        var ordinal = _ordinals[doc];
        if (!table.Contains(ordinal)) return;
        Total++;
        table.Count(FacetCounts, ordinal);
        var candidate = new Candidate(_docBase + doc, words, _scorer!.GetScore(), ordinal, table.IdRank(ordinal));
        if (_best.Count < candidates) _best.Enqueue(candidate, candidate);
        else if (Candidate.WorstFirst.Compare(candidate, _best.Peek()) > 0) _best.EnqueueDequeue(candidate, candidate);
    }

    /// <summary>The best matches, best first: global Lucene doc id, first-pass score, corpus ordinal.</summary>
    public List<(int Doc, float Score, int Ordinal)> Best() => _best.UnorderedItems.Select(i => i.Element).Order(Candidate.WorstFirst).Reverse()
        .Select(c => (c.Doc, c.Score, c.Ordinal)).ToList();

    /// <param name="Words">How many typed words the document holds: the full ranking puts those holding more first, whatever their score.</param>
    private readonly record struct Candidate(int Doc, int Words, float Score, int Ordinal, int IdRank)
    {
        /// <summary>Fewer words first, then lower score; at equal score the larger id, which ranks below.</summary>
        public static readonly IComparer<Candidate> WorstFirst = Comparer<Candidate>.Create((a, b) =>
            a.Words != b.Words ? a.Words.CompareTo(b.Words) : a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.IdRank.CompareTo(a.IdRank));
    }
}
