using Lucene.Net.Search;

namespace EduPlan.Search.Core.Searching;

/// <summary>The typed words a hit lacks, as typed, and the units of the query they are.</summary>
internal sealed record Lacking(List<string> Words, IReadOnlyList<int> Units);

/// <summary>
/// The words of a query each hit lacks. A query of four words or more finds documents that hold three quarters of
/// them (<see cref="QueryBuilder.RequiredUnits"/>), so "xổ số kiến thiết" may list documents without "xổ": staff
/// reading the list must see so, as a web search shows "Missing: xổ", rather than take them for answers. A word typed
/// with marks is lacking where a document holds it only with other marks (<see cref="Evidence.AsTyped"/>): a text saying
/// "thiểu số" does not say "thiếu", whatever its letters folded.
/// </summary>
internal static class MissingWords
{
    /// <param name="plan">The plan the hits were ranked with, its units in the order of the query's.</param>
    /// <param name="docs">The hits (global Lucene doc ids).</param>
    /// <returns>For each hit, the words it lacks, as typed (the first alternative of each unit), in query order.</returns>
    public static Dictionary<int, Lacking> Of(IndexSearcher searcher, DocumentOrdinals ordinals, UserQuery query, QueryPlan plan, IReadOnlyCollection<int> docs)
    {
        var lacked = docs.Distinct().ToDictionary(d => d, _ => new List<int>());
        if (lacked.Count > 0)
        {
            var only = new DocIdListFilter(lacked.Keys.Order().ToArray());
            for (var i = 0; i < query.Units.Count && i < plan.Units.Count; i++)
            {
                var holding = new HitCollector(ordinals);
                searcher.Search(only.Only(QueryBuilder.HeldAsTyped(plan.Units[i])), holding);
                var held = holding.Hits.Select(h => h.Doc).ToHashSet();
                foreach (var (doc, units) in lacked)
                    if (!held.Contains(doc)) units.Add(i);
            }
            // A text citing a law the query names holds the words naming it: "thực hiện Luật Viên chức" lacks no "2010" of "Luật Viên chức
            // 2010" where that name is 2010's alone, and lacking it cost the text nineteen twentieths of its score.
            foreach (var (key, typed, first) in query.LawsNamed())
            {
                var citing = new HitCollector(ordinals);
                searcher.Search(only.Only(QueryBuilder.CitingLaw(query, key)), citing);
                foreach (var hit in citing.Hits) lacked[hit.Doc].RemoveAll(i => i >= first && i < first + typed.Count);
            }
        }
        // A question's words (QuestionWords) stand for no word typed: not shown as lacking.
        return lacked.ToDictionary(d => d.Key, d => new Lacking(d.Value.Where(i => query.Units[i].Words > 0).Select(i => query.Units[i].Alternatives[0].Text).Distinct().ToList(), d.Value));
    }

    /// <summary>
    /// What a hit's score is multiplied by for the words it lacks: the share of the typed words it holds, to the power
    /// <see cref="CoordinationPower"/>. Lucene's coord factor (the share itself) let a long circular repeating "tuyển sinh" and lacking
    /// "lớp" outrank every text saying "tuyển sinh vào lớp 10". The name of a kind ("kế hoạch", "hướng dẫn") counts for nothing: it
    /// says what form a text takes, not what it is about.
    /// </summary>
    /// <returns>The factor for a hit's <see cref="Lacking"/>; the query's kind names and typed words are read once, not per hit.</returns>
    public static Func<Lacking?, float> Coordination(UserQuery query)
    {
        var kinds = query.KindNames();
        int Words(IEnumerable<int> units) => units.Where(i => !kinds.Contains(i)).Sum(i => query.Units[i].Words);
        var typed = Words(Enumerable.Range(0, query.Units.Count));
        return lacking => lacking is null || lacking.Units.Count == 0 || typed == 0
            ? 1f
            : (float)Math.Pow(Math.Max(0, typed - Words(lacking.Units)) / (double)typed, CoordinationPower);
    }

    /// <summary>
    /// Lacking one word of four leaves a twentieth of the score; one of three, a sixtieth; three of sixteen (a question typed in full), an
    /// eighth. Judged sets at 3, 6 and 10: seeds 0.922, 0.923, 0.923; held-out topics 0.843, 0.836, 0.839; symbols 0.943 at each.
    /// </summary>
    private const double CoordinationPower = 10;
}
