using EduPlan.Search.Core.Searching;

namespace EduPlan.Search.Core.Analysis;

/// <summary>
/// The curated long forms of three words or more ("phổ cập giáo dục", "xóa mù chữ"), each indexed whole in the pairs field, as
/// one folded term at its first word's position wherever a text writes it (<see cref="TokenPairStream"/>). A search's first pass
/// finds such a phrase with one term lookup: read as pairs, "phổ cập giáo dục" checked the positions of "giao duc", which nearly
/// every document holds many times, and was the headline queries' largest cost. The same documents match either way, as often.
/// </summary>
public static class IndexedPhrases
{
    /// <summary>Each phrase's folded words, by its first word.</summary>
    private static readonly Dictionary<string, string[][]> ByFirstWord = Abbreviations.CuratedLongForms()
        .Select(longForm => AnalyzedToken.Analyze(longForm).Select(t => t.Folded).ToArray())
        .Where(words => words.Length >= 3)
        .DistinctBy(Join)
        .GroupBy(words => words[0])
        .ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly Dictionary<string, string> Terms = ByFirstWord.Values.SelectMany(forms => forms).Select(Join).ToDictionary(t => t);

    /// <summary>Every phrase indexed whole, as its term.</summary>
    public static IEnumerable<string> All => Terms.Keys;

    private static string Join(string[] words) => string.Join(' ', words);

    /// <summary>The term of a phrase indexed whole, or null when it is not one of them: its folded words, each after a space.</summary>
    public static string? Term(IReadOnlyList<AnalyzedToken> tokens) =>
        tokens.Count >= 3 && Terms.TryGetValue(string.Join(' ', tokens.Select(t => t.Folded)), out var term) ? term : null;

    /// <summary>Whether some indexed phrase opens with this folded word: asked of every word indexed, before anything is allocated.</summary>
    public static bool Opens(string folded) => ByFirstWord.ContainsKey(folded);

    /// <summary>The terms of the indexed phrases whose words follow one another from <paramref name="first"/>, by the given next-word step.</summary>
    internal static IEnumerable<string> StartingAt(IReadOnlyList<AnalyzedToken> tokens, int first, Func<int, int> nextWord)
    {
        if (!ByFirstWord.TryGetValue(tokens[first].Folded, out var forms)) yield break;
        foreach (var words in forms)
        {
            var (at, k) = (first, 1);
            for (; k < words.Length; k++)
            {
                var next = nextWord(at);
                if (next < 0 || tokens[next].Folded != words[k]) break;
                at = next;
            }
            if (k == words.Length) yield return Terms[Join(words)];
        }
    }
}
