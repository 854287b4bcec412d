using System.Text.Json;

namespace EduPlan.Search.Tests.Evaluation;

public sealed record EvalQuery(string Id, string Query, string Category, Dictionary<string, int> Judgements);

/// <summary>nDCG@10 and recall@10 of a ranking against the graded judgements of Data/eval-queries.json.</summary>
public static class RankingEvaluation
{
    public static List<EvalQuery> Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateArray().Select(q => new EvalQuery(
            q.GetProperty("id").GetString()!, q.GetProperty("query").GetString()!, q.GetProperty("category").GetString()!,
            q.GetProperty("judgements").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()))).ToList();
    }

    /// <summary>A query with no relevant document scores 1 when nothing is returned, else 1 minus a penalty for confident junk.</summary>
    public static double Ndcg(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements, int k = 10)
    {
        var ideal = judgements.Values.Where(g => g > 0).OrderByDescending(g => g).Take(k).ToList();
        if (ideal.Count == 0) return ranking.Count == 0 ? 1 : 0;
        double Dcg(IEnumerable<int> grades) => grades.Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
        return Dcg(ranking.Take(k).Select(id => judgements.GetValueOrDefault(id))) / Dcg(ideal);
    }

    public static double Recall(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements, int k = 10)
    {
        var relevant = judgements.Where(j => j.Value > 0).Select(j => j.Key).ToHashSet();
        return relevant.Count == 0 ? (ranking.Count == 0 ? 1 : 0) : (double)ranking.Take(k).Count(relevant.Contains) / relevant.Count;
    }
}
