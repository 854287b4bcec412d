using EduPlan.Search.Core.Text;
using System.Text;
using EduPlan.Search.Core.Analysis;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// Builds a snippet: a window of the passage around the matched words, cut only between words (never
/// inside a word or a multi-byte character), HTML-escaped, with &lt;mark&gt; around what matched.
/// Matching is on the folded form, so "pho cap" marks "phổ cập" and an abbreviation's long form marks too.
/// </summary>
public static class SnippetBuilder
{
    public const int Window = 240;

    public static string Build(string text, UserQuery query, int window = Window)
    {
        var analyzed = AnalyzedToken.Analyze(text);
        var tokens = analyzed.Where(t => !t.IsSymbolPart).ToList();
        var marked = MatchedTokens(tokens, query);
        MarkSymbols(tokens, analyzed, query, marked);
        var (from, to) = ChooseWindow(text, tokens, marked, window);
        var sb = new StringBuilder();
        if (from > 0) sb.Append('…');
        var at = from;
        foreach (var i in marked.Order())
        {
            var t = tokens[i];
            if (t.Start < from || t.End > to || t.Start < at) continue;
            sb.Append(Html.Escape(text[at..t.Start]));
            sb.Append("<mark>").Append(Html.Escape(text[t.Start..t.End])).Append("</mark>");
            at = t.End;
        }
        sb.Append(Html.Escape(text[at..to]));
        if (to < text.Length) sb.Append('…');
        return sb.ToString().Replace('\n', ' ');
    }

    /// <summary>Indexes of tokens that match a query word, or belong to a run matching a query phrase.</summary>
    private static HashSet<int> MatchedTokens(List<AnalyzedToken> tokens, UserQuery query)
    {
        var marked = new HashSet<int>();
        foreach (var phrase in query.Units.SelectMany(u => u.Alternatives))
        {
            var forms = phrase.Tokens.Select(t => t.Folded).ToArray();
            for (var i = 0; i + forms.Length <= tokens.Count; i++)
            {
                var all = true;
                for (var k = 0; k < forms.Length && all; k++) all = tokens[i + k].Folded == forms[k];
                if (all) for (var k = 0; k < forms.Length; k++) marked.Add(i + k);
            }
        }
        return marked;
    }

    /// <summary>Marks a symbol whose parts a query word or partial symbol named: "QĐ 2457" marks "2457/QĐ-BGDĐT".</summary>
    private static void MarkSymbols(List<AnalyzedToken> tokens, List<AnalyzedToken> analyzed, UserQuery query, HashSet<int> marked)
    {
        var partsAt = analyzed.Where(t => t.IsSymbolPart).GroupBy(t => t.Position).ToDictionary(g => g.Key, g => g.Select(t => t.Folded).ToHashSet());
        if (partsAt.Count == 0) return;
        var sought = query.Units.SelectMany(u => u.Alternatives).Where(p => p.Tokens.Count == 1 || p.Tokens.All(t => t.IsSymbolPart)).ToList();
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].IsSymbol && partsAt.TryGetValue(tokens[i].Position, out var parts) && sought.Any(p => p.Tokens.All(t => parts.Contains(t.Folded))))
                marked.Add(i);
    }

    /// <summary>The window holding the most distinct matched words, widened to whole words.</summary>
    private static (int From, int To) ChooseWindow(string text, List<AnalyzedToken> tokens, HashSet<int> marked, int window)
    {
        if (text.Length <= window) return (0, text.Length);
        var best = (Score: -1, From: 0);
        var hits = marked.Order().ToList();
        foreach (var first in hits)
        {
            var start = tokens[first].Start;
            var distinct = hits.Where(h => tokens[h].Start >= start && tokens[h].End <= start + window)
                .Select(h => tokens[h].Folded).Distinct().Count();
            if (distinct > best.Score) best = (distinct, start);
        }
        var from = best.Score < 0 ? 0 : Math.Max(0, best.From - window / 4);
        // Start and end on word boundaries.
        var startToken = tokens.FindIndex(t => t.Start >= from);
        from = from == 0 || startToken < 0 ? 0 : tokens[startToken].Start;
        var to = Math.Min(text.Length, from + window);
        var endToken = tokens.FindLastIndex(t => t.End <= to);
        if (to < text.Length && endToken >= 0 && tokens[endToken].End > from) to = tokens[endToken].End;
        return (from, to);
    }
}
