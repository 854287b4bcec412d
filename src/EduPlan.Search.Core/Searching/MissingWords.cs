using Lucene.Net.Search;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// The words of a query each hit lacks. A query of four words or more finds documents that hold three quarters of
/// them (<see cref="QueryBuilder.RequiredUnits"/>), so "xổ số kiến thiết" may list documents without "xổ": staff
/// reading the list must see so, as a web search shows "Missing: xổ", rather than take them for answers.
/// </summary>
internal static class MissingWords
{
    /// <param name="docs">The hits of one page (global Lucene doc ids).</param>
    /// <returns>For each hit, the words it lacks, as typed (the first alternative of each unit), in query order.</returns>
    public static Dictionary<int, List<string>> Of(IndexSearcher searcher, DocumentOrdinals ordinals, UserQuery query, int requiredUnits,
        IReadOnlyCollection<int> docs, IReadOnlyList<(string Field, float Boost)> fields)
    {
        var missing = docs.Distinct().ToDictionary(d => d, _ => new List<string>());
        // A hit holds every unit when all are required: nothing to look up.
        if (query.Units.Count <= requiredUnits || missing.Count == 0) return missing;
        var only = new DocIdListFilter(missing.Keys.Order().ToArray());
        foreach (var unit in query.Units)
        {
            var holding = new HitCollector(ordinals);
            searcher.Search(only.Only(QueryBuilder.Holding(unit, fields)), holding);
            var held = holding.Hits.Select(h => h.Doc).ToHashSet();
            foreach (var (doc, words) in missing)
                if (!held.Contains(doc) && !words.Contains(unit.Alternatives[0].Text)) words.Add(unit.Alternatives[0].Text);
        }
        return missing;
    }
}
