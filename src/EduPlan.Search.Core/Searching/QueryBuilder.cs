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

    /// <summary>The full ranking query: the words at the levels typed, and the phrase evidence at those levels too.</summary>
    public static Query Build(UserQuery query, IReadOnlyList<(string Field, float Boost)> fields, int requiredUnits) =>
        Build(query, fields, requiredUnits, Phrase);

    /// <summary>
    /// The same documents as <see cref="Build"/> finds, with the phrase evidence read only at the level the
    /// user typed, the one that weighs most in <see cref="Build"/>: the cheaper first pass of a search, which counts and facets every match and picks the
    /// candidates that <see cref="Build"/> then ranks. The words keep their levels (scored folded alone,
    /// "suốt đời" would pick the documents full of "đổi" and "đội") and the phrases stay (without them
    /// the candidates miss the documents that say "học tập suốt đời" in so many words).
    /// </summary>
    public static Query Candidates(UserQuery query, IReadOnlyList<(string Field, float Boost)> fields, int requiredUnits) =>
        Build(query, fields, requiredUnits, (tokens, field, boost) => Level(tokens, field, Typed(tokens), boost));

    private static Query Build(UserQuery query, IReadOnlyList<(string Field, float Boost)> fields, int requiredUnits,
        Func<IReadOnlyList<AnalyzedToken>, string, float, Query> phraseEvidence)
    {
        var root = new BooleanQuery { { Units(query, fields, requiredUnits), Occur.MUST } };
        var pairs = query.AdjacentPairs().ToList();
        foreach (var (first, second) in pairs)
            foreach (var (field, boost) in fields)
                root.Add(phraseEvidence([first, second], field, boost * AdjacentBoost), Occur.SHOULD);
        if (pairs.Count >= 2 && pairs.Count == query.Units.Count - 1)
        {
            var whole = pairs.Select(p => p.First).Append(pairs[^1].Second).ToList();
            foreach (var (field, boost) in fields)
                root.Add(phraseEvidence(whole, field, boost * WholePhraseBoost), Occur.SHOULD);
        }
        foreach (var phrase in query.Excluded)
            foreach (var (field, _) in fields)
                root.Add(Exclusion(phrase, field), Occur.MUST_NOT);
        return root;
    }

    private static BooleanQuery Units(UserQuery query, IReadOnlyList<(string Field, float Boost)> fields, int requiredUnits)
    {
        var units = new BooleanQuery();
        foreach (var unit in query.Units)
        {
            var any = new BooleanQuery();
            foreach (var phrase in unit.Alternatives)
                foreach (var (field, boost) in fields)
                    any.Add(Phrase(phrase.Tokens, field, boost), Occur.SHOULD);
            units.Add(any, Occur.SHOULD);
        }
        units.MinimumNumberShouldMatch = Math.Min(requiredUnits, query.Units.Count);
        return units;
    }

    /// <summary>A word or phrase at every level the user's marks allow.</summary>
    public static Query Phrase(IReadOnlyList<AnalyzedToken> tokens, string field, float boost)
    {
        var typed = Typed(tokens);
        var levels = new BooleanQuery();
        levels.Add(Level(tokens, field, MarkLevel.Folded, typed == MarkLevel.Folded ? boost : boost * FoldedWhenMarked), Occur.SHOULD);
        if (typed <= MarkLevel.ToneFolded) levels.Add(Level(tokens, field, MarkLevel.ToneFolded, boost * ToneBoost), Occur.SHOULD);
        if (typed == MarkLevel.Exact) levels.Add(Level(tokens, field, MarkLevel.Exact, boost * ExactBoost), Occur.SHOULD);
        return levels;
    }

    /// <summary>The least folded level of any word: "pho cập" was typed with marks.</summary>
    private static MarkLevel Typed(IReadOnlyList<AnalyzedToken> tokens) => tokens.Select(t => VietnameseFolding.TypedLevel(t.Exact)).Min();

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
        return Level(phrase.Tokens, field, Typed(phrase.Tokens), 1f);
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
