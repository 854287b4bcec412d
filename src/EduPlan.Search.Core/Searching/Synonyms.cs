using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// Phrases a query may be typed in that the directives write otherwise ("tuyên dương" for "khen thưởng", "đoạt giải" for "đạt giải"),
/// from Data/synonyms.tsv: a reader typing one wants the texts writing the others (a blind reader's eval-testers4.json w04 found nothing of
/// the Sở's decision awarding prizes). Curated, not learned: only what means the same whatever surrounds it.
/// </summary>
/// <remarks>
/// Lucene's SynonymFilter rewrites a token stream; a query here is units of alternatives (<see cref="UserQuery"/>), each weighed and shown
/// as typed, so the phrases are matched against the typed words and added as alternatives, as abbreviations are.
/// </remarks>
public sealed class Synonyms
{
    /// <summary>Each phrase, as its words are typed in small letters, and the phrases it is said otherwise as; longest first.</summary>
    private readonly List<(string[] Words, string[] Others)> _phrases;

    public Synonyms(IEnumerable<IReadOnlyList<string>> sets)
    {
        var others = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var set in sets)
            foreach (var phrase in set)
            {
                if (!others.TryGetValue(phrase, out var said)) others[phrase] = said = [];
                said.UnionWith(set.Where(p => p != phrase));
            }
        _phrases = others.Select(p => (WordsOf(p.Key), p.Value.Order(StringComparer.Ordinal).ToArray()))
            .OrderByDescending(p => p.Item1.Length).ToList();
    }

    /// <summary>The curated list of this build.</summary>
    public static Synonyms Curated { get; } = new(DataFiles.Rows("synonyms.tsv").Where(r => r.Length >= 2).Select(r => (IReadOnlyList<string>)r.Where(p => p.Length > 0).ToList()));

    private static string[] WordsOf(string phrase) => AnalyzedToken.Analyze(phrase.ToLowerInvariant()).Select(t => t.Exact).ToArray();

    /// <summary>The longest phrase typed at <paramref name="start"/> of the words (in small letters), its length and its other phrases.</summary>
    public (int Length, IReadOnlyList<string> Others)? Find(IReadOnlyList<string> words, int start)
    {
        foreach (var (phrase, others) in _phrases)
        {
            if (start + phrase.Length > words.Count) continue;
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++) all = words[start + k] == phrase[k];
            if (all) return (phrase.Length, others);
        }
        return null;
    }
}
