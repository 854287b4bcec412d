using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// Turns a <see cref="UserQuery"/> into Lucene queries. Every word matches at the fully folded level;
/// the tone-folded and exact levels add score only where the user typed those marks, so exact marks
/// rank above tone-folded above folded. Adjacent syllables typed in order add a phrase boost, so
/// "phổ cập giáo dục" as a phrase outranks its syllables scattered.
/// </summary>
public static class QueryBuilder
{
    private const float ToneBoost = 1.5f;
    private const float ExactBoost = 3f;

    /// <summary>
    /// When the user typed marks, a folded-only match is weak evidence ("Bác" is not "Bắc"), so the folded
    /// level counts little and the levels the user typed decide the ranking.
    /// </summary>
    private const float FoldedWhenMarked = 0.2f;
    private const float AdjacentBoost = 2f;

    /// <summary>All the typed words adjacent, in order: the strongest evidence that a passage is about the query.</summary>
    private const float WholePhraseBoost = 4f;

    /// <summary>How many of the units a document must match: all of up to three, three quarters beyond.</summary>
    public static int RequiredUnits(int units) => units <= 3 ? units : (int)Math.Ceiling(units * 0.75);

    public static Query Build(UserQuery query, IReadOnlyList<(string Field, float Boost)> fields, int requiredUnits)
    {
        var units = new BooleanQuery();
        foreach (var unit in query.Units) units.Add(Unit(unit, fields), Occur.SHOULD);
        units.MinimumNumberShouldMatch = Math.Min(requiredUnits, query.Units.Count);

        var root = new BooleanQuery { { units, Occur.MUST } };
        var pairs = query.AdjacentPairs().ToList();
        foreach (var (first, second) in pairs)
            foreach (var (field, boost) in fields)
                root.Add(Phrase([first, second], field, boost * AdjacentBoost), Occur.SHOULD);
        if (pairs.Count >= 2 && pairs.Count == query.Units.Count - 1)
        {
            var whole = pairs.Select(p => p.First).Append(pairs[^1].Second).ToList();
            foreach (var (field, boost) in fields)
                root.Add(Phrase(whole, field, boost * WholePhraseBoost), Occur.SHOULD);
        }
        foreach (var phrase in query.Excluded)
            foreach (var (field, _) in fields)
                root.Add(Exclusion(phrase, field), Occur.MUST_NOT);
        return root;
    }

    private static Query Unit(QueryUnit unit, IReadOnlyList<(string Field, float Boost)> fields)
    {
        var any = new BooleanQuery();
        foreach (var phrase in unit.Alternatives)
            foreach (var (field, boost) in fields)
                any.Add(Phrase(phrase.Tokens, field, boost), Occur.SHOULD);
        return any;
    }

    /// <summary>A word or phrase at every level the user's marks allow.</summary>
    public static Query Phrase(IReadOnlyList<AnalyzedToken> tokens, string field, float boost)
    {
        var typed = tokens.Select(t => VietnameseFolding.TypedLevel(t.Exact)).Min();
        var levels = new BooleanQuery();
        levels.Add(Level(tokens, field, MarkLevel.Folded, typed == MarkLevel.Folded ? boost : boost * FoldedWhenMarked), Occur.SHOULD);
        if (typed <= MarkLevel.ToneFolded) levels.Add(Level(tokens, field, MarkLevel.ToneFolded, boost * ToneBoost), Occur.SHOULD);
        if (typed == MarkLevel.Exact) levels.Add(Level(tokens, field, MarkLevel.Exact, boost * ExactBoost), Occur.SHOULD);
        return levels;
    }

    private static Query Level(IReadOnlyList<AnalyzedToken> tokens, string field, MarkLevel level, float boost)
    {
        var name = IndexFields.Leveled(field, level);
        Query q;
        if (tokens.Count == 1) q = new TermQuery(new Term(name, tokens[0].Form(level)));
        else
        {
            var phrase = new PhraseQuery();
            foreach (var t in tokens) phrase.Add(new Term(name, t.Form(level)));
            q = phrase;
        }
        q.Boost = boost;
        return q;
    }

    /// <summary>"-Lào" excludes at the level typed: it must not drop documents that only say "lao động".</summary>
    private static Query Exclusion(QueryPhrase phrase, string field)
    {
        var level = phrase.Tokens.Select(t => VietnameseFolding.TypedLevel(t.Exact)).Min();
        return Level(phrase.Tokens, field, level, 1f);
    }

    /// <summary>Documents whose filter field holds any of the values (values of one filter are OR).</summary>
    public static Query? Filter(string field, IReadOnlyList<string>? values)
    {
        if (values is null || values.Count == 0) return null;
        var any = new BooleanQuery();
        foreach (var v in values.Where(v => !string.IsNullOrWhiteSpace(v)))
            any.Add(new TermQuery(new Term(field, IndexFields.FilterValue(v))), Occur.SHOULD);
        return any.Clauses.Count == 0 ? null : any;
    }
}
