using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// Turns a <see cref="UserQuery"/> into Lucene queries. Every word matches at the fully folded level;
/// the level the user typed (exact marks, or letter marks without tones) adds score, so the marks typed
/// rank above the folded form. Adjacent syllables typed in order add a phrase boost, so
/// "phổ cập giáo dục" as a phrase outranks its syllables scattered.
/// </summary>
public static class QueryBuilder
{
    private const float ToneBoost = 1.5f;

    /// <summary>What exact marks weigh: the exact form is the tone-folded one too, so it weighs both.</summary>
    private const float ExactBoost = 3f + ToneBoost;

    /// <summary>
    /// When the user typed marks, a folded-only match is weak evidence ("Bác" is not "Bắc"), so the folded
    /// level counts little and the level the user typed decides the ranking: a folded-only match of an exact word
    /// weighs a seventieth of an exact one (with the coord of a match at one level of two, 0.13 ÷ 2 against 4.63).
    /// </summary>
    private const float FoldedWhenMarked = 0.13f;

    /// <summary>What another tone of a word typed with letter marks and no tone mark weighs: a twelfth of the word as typed.</summary>
    private const float OtherTone = 0.25f;
    private const float AdjacentBoost = 2f;

    /// <summary>
    /// A document of a province the query names gains what the name would weigh found once more: staff typing "Hà Nội năm học
    /// 2024-2025" want Hà Nội's directive above every other province's for that year, whose words "nội" (nội dung) and
    /// "năm học 2024 - 2025" in their titles matched as well.
    /// </summary>
    private const float ProvinceBoost = 1f;

    /// <summary>
    /// A document of the school year the query names gains, as a province's does: "nhiệm vụ trọng tâm năm học 2023-2024" listed two
    /// 2024-2025 directives titled "… nhiệm vụ trọng tâm năm học 2024 - 2025" second and third, above that year's own plans, for their
    /// title's words in a row and the "2023 - 2024" they look back on. A year files a third of the texts, so its term weighs little:
    /// at a province's weight, or four times it, the order did not move; at sixteen the year's texts on the task lead (nDCG unchanged).
    /// </summary>
    private const float SchoolYearBoost = 16f;

    /// <summary>All the typed words adjacent, in order: the strongest evidence that a passage is about the query.</summary>
    private const float WholePhraseBoost = 4f;

    /// <summary>
    /// A number and a code found in one symbol ("QĐ 2457" or "Quyết định 2457" in 2457/QĐ-BGDĐT): staff typing them mean that instrument, and
    /// a title that says "QĐ" and a date that says "2457" elsewhere must not outrank its citation. A title is short, so a word
    /// there weighs several times what it weighs in a body; the symbol cited in a body must still outweigh a title that holds
    /// the kind's name and "số" ("Chỉ thị số 29-CT/TW" for "chỉ thị số 15").
    /// </summary>
    private const float InOneSymbolBoost = 128f;

    /// <summary>How many of the units a document must match: all of up to three, three quarters beyond.</summary>
    public static int RequiredUnits(int units) => units <= 3 ? units : (int)Math.Ceiling(units * 0.75);

    /// <summary>The full ranking query: the words at the levels typed, and the phrase evidence at those levels too.</summary>
    public static Query Build(UserQuery query, IReadOnlyList<(string Field, float Boost)> fields, int requiredUnits) =>
        ToLucene(Plan(query, fields, requiredUnits));

    /// <summary>
    /// The same documents as <see cref="Build"/> finds (those with enough units in <c>counts</c>), scored more cheaply: the first pass of a search, which
    /// counts and facets every match and picks the candidates that <see cref="Build"/> then ranks. Phrases
    /// (adjacent words, the whole phrase, a quoted or abbreviated unit) are read folded from the pairs field and
    /// weigh as the phrases they stand for; words keep their levels (<see cref="CandidateUnit"/>).
    /// Without the phrases the candidates would miss the documents that say "học tập suốt đời" in so many words.
    /// </summary>
    /// <param name="counts">
    /// Where the units each document matched are counted: the query itself does not require them, so that Lucene
    /// can score it as a pure disjunction, and the first pass's collector keeps only the documents with enough.
    /// </param>
    internal static Query Candidates(UserQuery query, IReadOnlyList<(string Field, float Boost)> fields, int requiredUnits, IndexReader reader, UnitCounts counts) =>
        Flat(Plan(query, fields, requiredUnits, CandidateUnit, (tokens, field, boost) => [Folded(tokens, field, boost)])
            .Map(e => e.InPairs ? e with { Boost = e.Boost * AsPhrase(e, reader) } : e), counts);

    /// <summary>
    /// What makes a phrase found in the pairs field weigh as the same phrase of words would. The default
    /// similarity squares a phrase's idf, the sum of its terms' idfs: a pair is rarer than either of its
    /// words but less rare than both together, so unadjusted the pairs would count for less than the
    /// phrases they stand for, and the words alone would pick the candidates.
    /// </summary>
    private static float AsPhrase(Evidence evidence, IndexReader reader)
    {
        if (reader.MaxDoc == 0) return 1f; // nothing to weigh, and the idfs would be undefined
        var tokens = evidence.Tokens;
        var words = tokens.Sum(t => Idf(reader, new Term(IndexFields.Leveled(evidence.Field, MarkLevel.Folded), t.Folded)));
        var pairs = PairTerms(evidence).Sum(p => Idf(reader, p.Term));
        return words * words / (pairs * pairs);
    }

    private static readonly DefaultSimilarity Similarity = new();

    /// <summary>A term's idf over the whole index, as Lucene's default similarity, which scores every query here, computes it.</summary>
    internal static float Idf(IndexReader reader, Term term) => Similarity.Idf(reader.DocFreq(term), reader.MaxDoc);

    /// <summary>Where the pairs covering a phrase of so many words start: every second word, and the last pair.</summary>
    private static IEnumerable<int> PairStarts(int words) => Enumerable.Range(0, (words - 2) / 2 + 1).Select(k => 2 * k).Append(words - 2).Distinct();

    /// <summary>What <see cref="Build"/> looks for, as a plan other rankers can read.</summary>
    public static QueryPlan Plan(UserQuery query, IReadOnlyList<(string Field, float Boost)> fields, int requiredUnits) =>
        Plan(query, fields, requiredUnits, Phrase, Phrase);

    /// <summary>
    /// A unit's evidence in the first pass. A word keeps every level the full query reads it at: term lookups
    /// are cheap, and each level picks its own documents ("Bắc" exact is not "Bác", which fills documents
    /// folded "bac" does not tell apart). A phrase is read folded alone, from the pairs field: it
    /// finds every document the marked levels find, so the matches and their count are the same, and checking
    /// a phrase's positions in 90,000 documents once instead of at every level was most of a headline query's time.
    /// </summary>
    private static IReadOnlyList<Evidence> CandidateUnit(IReadOnlyList<AnalyzedToken> tokens, string field, float boost) =>
        tokens.Count == 1 ? Phrase(tokens, field, boost) : [Folded(tokens, field, boost)];

    /// <summary>
    /// A phrase at the folded level, from the pairs field where it is the same match: "a b c d" is "a b" and
    /// "c d" two positions apart. It stands for the phrase at every level the full query reads, so it weighs
    /// what they weigh together. A symbol's parts share its position, and so does a percentage its number's ("12%" beside 12), so a
    /// phrase with either is read word by word.
    /// </summary>
    private static Evidence Folded(IReadOnlyList<AnalyzedToken> tokens, string field, float boost) =>
        new(field, tokens, MarkLevel.Folded, Phrase(tokens, field, boost).Sum(e => e.Boost), InPairs: PairsHold(tokens));

    /// <summary>Whether the pairs field finds the phrase where its words are: not where a word shares another's position (a symbol's parts, a percentage's number).</summary>
    private static bool PairsHold(IReadOnlyList<AnalyzedToken> tokens) => tokens.All(t => !t.IsSymbol && !t.IsSymbolPart && !t.IsPercentage);

    private static QueryPlan Plan(UserQuery query, IReadOnlyList<(string Field, float Boost)> fields, int requiredUnits,
        Func<IReadOnlyList<AnalyzedToken>, string, float, IReadOnlyList<Evidence>> unitEvidence,
        Func<IReadOnlyList<AnalyzedToken>, string, float, IReadOnlyList<Evidence>> phraseEvidence)
    {
        var units = query.Units.Select(unit => (IReadOnlyList<IReadOnlyList<Evidence>>)unit.Alternatives
            .SelectMany(phrase => fields.Select(f => unitEvidence(phrase.Tokens, f.Field, f.Boost * phrase.Weight))).ToList()).ToList();
        var phrases = new List<IReadOnlyList<Evidence>>();
        var pairs = query.AdjacentPairs().ToList();
        foreach (var (first, second) in pairs)
            foreach (var (field, boost) in fields)
                phrases.Add(phraseEvidence([first, second], field, boost * AdjacentBoost));
        // The parts are sought folded, yet weigh what the words they stand for weigh at the levels typed:
        // "Chỉ thị 15" typed with marks must not let the marked words "chỉ thị" outweigh the symbol 15-CT/TU.
        foreach (var (first, second, typed) in query.SymbolParts())
            foreach (var (field, boost) in fields)
                phrases.Add(phraseEvidence([first, second], field, Phrase(typed, field, boost).Sum(e => e.Boost) * InOneSymbolBoost));
        // "Luật Giáo dục năm 2019" names one instrument, as a symbol's parts typed do: the texts citing that law, in whatever words
        // ("… ngày 14 tháng 6 năm 2019", "… số 43/2019/QH14"), weigh as a symbol found. As words, "giáo dục" and a 2019 date apart outranked them.
        // A text naming the law alone ("thực hiện Luật Viên chức") cites it too where the index knows its name in that year only.
        foreach (var (key, typed, _) in query.LawsNamed())
            foreach (var (field, boost) in fields.Where(f => f.Field == IndexFields.Body))
                foreach (var sought in query.LawKeysSought(key))
                    phrases.Add([new Evidence(field, [LawNames.Token(sought)], MarkLevel.Folded, Phrase(typed, field, boost).Sum(e => e.Boost) * InOneSymbolBoost)]);
        // Three or more words typed in a row, across units: the whole phrase. Two are one adjacent pair, and one unit is its own phrase.
        if (query.Units.Count >= 2 && query.WholePhrase() is { Count: >= 3 } whole)
            foreach (var (field, boost) in fields)
                phrases.Add(phraseEvidence(whole, field, boost * WholePhraseBoost));
        // "-Lào" excludes at the level typed: it must not drop documents that only say "lao động". Among words typed with marks, a word
        // excluded without any is that word as typed, the level tone: "phổ cập giáo dục -Lai" dropped every text saying "đi lại".
        var marked = query.TypedWithMarks;
        MarkLevel Excluding(IReadOnlyList<AnalyzedToken> tokens) => Typed(tokens) is var typed && typed == MarkLevel.Folded && marked ? MarkLevel.Exact : typed;
        var excluded = query.Excluded.SelectMany(phrase => fields.Select(f => Level(phrase.Tokens, f.Field, Excluding(phrase.Tokens), 1f))).ToList();
        var filed = query.Provinces().Select(p => (IndexFields.Province, p.Province, ProvinceBoost * Phrase(p.Typed, IndexFields.Title, 1f).Sum(e => e.Boost)))
            .Concat(query.SchoolYears().Select(y => (IndexFields.SchoolYear, y.SchoolYear, SchoolYearBoost * Phrase(y.Typed, IndexFields.Title, 1f).Sum(e => e.Boost))))
            .ToList();
        // A symbol typed names one instrument: "Chỉ thị số 29-CT/TW" is not any text saying "chỉ thị số", as three words of four were.
        // Every match holds it (NamingInstruments), and a school year typed, its words together.
        var required = query.Together.Select(phrase => Holding(new QueryUnit([phrase]), fields)).ToList();
        return new QueryPlan(units, Math.Min(requiredUnits, query.Units.Count), phrases, excluded)
        {
            Filed = filed, Required = required, UnitWords = query.Units.Select(u => u.Words).ToList(),
            NamingInstruments = Enumerable.Range(0, query.Units.Count).Where(i => UserQuery.IsSymbol(query.Units[i])).ToList(),
        };
    }

    /// <summary>
    /// Every document but those a query's exclusions remove: a query of exclusions alone ("-bão" with a filter, or by itself).
    /// Read as no query at all, it listed the documents it excluded.
    /// </summary>
    public static Query AllBut(UserQuery query, IReadOnlyList<(string Field, float Boost)> fields)
    {
        var all = new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST } };
        foreach (var evidence in Plan(query, fields, 0).Excluded) all.Add(ToLucene(evidence), Occur.MUST_NOT);
        return all;
    }

    /// <summary>The plan as a Lucene query: a match needs its required units; phrases add score; exclusions remove.</summary>
    /// <param name="requirementsMet">
    /// Whether the documents it will run over are known to hold what every match must (the symbols typed, a school year): a first pass's
    /// candidates. Each requirement is otherwise a filter computed over the whole index, which for a symbol's parts read word by word
    /// was a fifth of a symbol query's time at 100,000 documents, to rescore 200 documents that hold it.
    /// </param>
    public static Query ToLucene(QueryPlan plan, bool requirementsMet = false)
    {
        var units = new BooleanQuery { MinimumNumberShouldMatch = plan.RequiredUnits };
        foreach (var unit in plan.Units)
        {
            var any = new BooleanQuery();
            foreach (var group in unit) any.Add(ToLucene(group), Occur.SHOULD);
            units.Add(any, Occur.SHOULD);
        }
        var root = new BooleanQuery { { units, Occur.MUST } };
        foreach (var group in plan.Phrases) root.Add(ToLucene(group), Occur.SHOULD);
        return Completed(root, plan, requirementsMet ? [] : plan.NamingInstruments.Select(i => Held(plan.Units[i])).Concat(plan.Required));
    }

    /// <summary>
    /// The first pass's query: every piece of evidence one clause of a single disjunction, without coord, each unit's marked as that
    /// unit's in <paramref name="counts"/>, which the first pass's collector reads instead of requiring the units (a phrase alone, whose
    /// words are among the units, marks none). Nested as the full query is (unit, field, level), a posting passed through a window
    /// scorer's table at each level, and those tables were a fifth of a search at 100,000 documents; flat, the mix's searches took
    /// 11-14 % less, with the same totals and facets and, rescored by the full query, the same top tens for the 26 queries of the mix
    /// and 300 sampled ones (with coord, 6 of the 300 moved).
    /// </summary>
    private static Query Flat(QueryPlan plan, UnitCounts counts)
    {
        var root = new BooleanQuery(disableCoord: true);
        for (var i = 0; i < plan.Units.Count; i++)
        {
            var words = i < plan.UnitWords.Count ? plan.UnitWords[i] : 1;
            var evidence = plan.Units[i].SelectMany(levels => levels).ToList();
            if (evidence.Count <= MaxFlatEvidence)
                foreach (var e in evidence) root.Add(counts.Counted(ToLucene(e), i, words), Occur.SHOULD);
            else
            {
                // A unit standing for many spellings ("NQ 12": the 32 symbols so numbered) is a disjunction of its own, which sums alike:
                // flat, twelve such units passed the 1,024 clauses Lucene allows a query, and the search failed.
                var any = new BooleanQuery(disableCoord: true);
                foreach (var e in evidence) any.Add(ToLucene(e), Occur.SHOULD);
                root.Add(counts.Counted(any, i, words), Occur.SHOULD);
            }
        }
        foreach (var evidence in plan.Phrases.SelectMany(levels => levels)) root.Add(ToLucene(evidence), Occur.SHOULD);
        // A symbol's unit marks the very documents holding it: the collector requires its mark, and no filter reads its parts again.
        foreach (var unit in plan.NamingInstruments) counts.Require(unit);
        return Completed(root, plan, plan.Required);
    }

    /// <summary>The most evidence of one unit the first pass's disjunction holds as clauses of its own: 24 units of it stay well within Lucene's 1,024.</summary>
    private const int MaxFlatEvidence = 16;

    /// <summary>A query of the units and phrases with what else the plan asks: the gain of the values filed, the exclusions, what every match must hold.</summary>
    private static Query Completed(BooleanQuery root, QueryPlan plan, IEnumerable<Query> required)
    {
        foreach (var (field, value, boost) in plan.Filed)
            root.Add(new TermQuery(new Term(field, IndexFields.FilterValue(value))) { Boost = boost }, Occur.SHOULD);
        foreach (var evidence in plan.Excluded) root.Add(ToLucene(evidence), Occur.MUST_NOT);
        var holding = new BooleanQuery();
        foreach (var query in required) holding.Add(query, Occur.MUST);
        return holding.Clauses.Count == 0 ? root : AcceptedDocs.Only(root, AcceptedDocs.Matching(holding));
    }

    /// <summary>
    /// The documents holding a unit of a plan in some spelling: its evidence at the folded level, which every unit's evidence has and
    /// every other level's match is a match of too.
    /// </summary>
    private static Query Held(IReadOnlyList<IReadOnlyList<Evidence>> unit) => AnyOf(unit.SelectMany(levels => levels).Where(e => e.Level == MarkLevel.Folded));

    /// <summary>The documents any of the evidence finds.</summary>
    private static Query AnyOf(IEnumerable<Evidence> evidence)
    {
        var any = new BooleanQuery();
        foreach (var e in evidence) any.Add(ToLucene(e), Occur.SHOULD);
        return any;
    }

    /// <summary>One phrase's levels, any of which counts; a single level is its own query.</summary>
    private static Query ToLucene(IReadOnlyList<Evidence> levels)
    {
        if (levels.Count == 1) return ToLucene(levels[0]);
        var any = new BooleanQuery();
        foreach (var evidence in levels) any.Add(ToLucene(evidence), Occur.SHOULD);
        return any;
    }

    private static Query ToLucene(Evidence evidence)
    {
        if (evidence.InPairs && evidence.Tokens.Count >= 2) return InPairs(evidence);
        var name = IndexFields.Leveled(evidence.Field, evidence.Level);
        Query q;
        if (evidence.Level == MarkLevel.ToneFolded)
            q = new ToneFoldedQuery(name, evidence.Tokens.Select(t => t.ToneSought).ToArray(), AnalyzedToken.PhraseOffsets(evidence.Tokens));
        else if (evidence.Tokens.Count == 1) q = new TermQuery(new Term(name, evidence.Tokens[0].Form(evidence.Level)));
        else
        {
            var phrase = new PhraseQuery();
            var offsets = AnalyzedToken.PhraseOffsets(evidence.Tokens);
            for (var i = 0; i < evidence.Tokens.Count; i++) phrase.Add(new Term(name, evidence.Tokens[i].Form(evidence.Level)), offsets[i]);
            q = phrase;
        }
        q.Boost = evidence.Boost;
        return q;
    }

    /// <summary>
    /// The documents holding a unit in some spelling, any of its alternatives in any field: folded, where every level's match is also
    /// a match, and from the pairs field where it holds the phrase (read word by word, "năm học 2024-2025" checked the positions of
    /// "năm" and "học" in every document of a national corpus). What every match must hold of a school year typed.
    /// </summary>
    internal static Query Holding(QueryUnit unit, IReadOnlyList<(string Field, float Boost)> fields)
    {
        var any = new BooleanQuery();
        foreach (var phrase in unit.Alternatives)
            foreach (var (field, _) in fields)
                any.Add(FoldedPhrase(phrase.Tokens, field, inPairs: PairsHold(phrase.Tokens)), Occur.SHOULD);
        return any;
    }

    /// <summary>The documents citing a law the query names with its year (<see cref="UserQuery.LawKeysSought"/>).</summary>
    internal static Query CitingLaw(UserQuery query, string key)
    {
        var any = new BooleanQuery();
        foreach (var sought in query.LawKeysSought(key)) any.Add(new TermQuery(new Term(IndexFields.Leveled(IndexFields.Body, MarkLevel.Folded), sought)), Occur.SHOULD);
        return any;
    }

    /// <summary>
    /// The documents holding a unit of a plan as typed (<see cref="Evidence.AsTyped"/>): with the marks typed, in any alternative and field.
    /// A word typed without marks is held in any spelling; one typed with letter marks alone, in any tone of them.
    /// </summary>
    internal static Query HeldAsTyped(IReadOnlyList<IReadOnlyList<Evidence>> unit) => AnyOf(unit.SelectMany(levels => levels).Where(e => e.AsTyped));

    /// <summary>A phrase at the folded level, read word by word or from the pairs field: the same documents either way.</summary>
    internal static Query FoldedPhrase(IReadOnlyList<AnalyzedToken> tokens, string field, bool inPairs) =>
        ToLucene(new Evidence(field, tokens, MarkLevel.Folded, 1f, inPairs));

    /// <summary>The phrase as the pairs field holds it: one term where it is indexed whole, else every second pair and the last.</summary>
    private static Query InPairs(Evidence evidence)
    {
        var terms = PairTerms(evidence);
        Query q;
        if (terms.Count == 1) q = new TermQuery(terms[0].Term);
        else
        {
            var phrase = new PhraseQuery();
            foreach (var (term, offset) in terms) phrase.Add(term, offset);
            q = phrase;
        }
        q.Boost = evidence.Boost;
        return q;
    }

    /// <summary>The terms of the pairs field that find a phrase of words, each at its offset in the phrase.</summary>
    private static List<(Term Term, int Offset)> PairTerms(Evidence evidence)
    {
        var name = IndexFields.Pairs(evidence.Field);
        var tokens = evidence.Tokens;
        if (IndexedPhrases.Term(tokens) is { } whole) return [(new Term(name, whole), 0)];
        return PairStarts(tokens.Count).Select(i => (new Term(name, TokenPairStream.Term(tokens[i], tokens[i + 1])), i)).ToList();
    }

    /// <summary>A word or phrase folded, and at the level the user's marks say.</summary>
    private static IReadOnlyList<Evidence> Phrase(IReadOnlyList<AnalyzedToken> tokens, string field, float boost)
    {
        var typed = Typed(tokens);
        // A symbol's marks are no choice of the user's: "2457/QĐ" folded is the symbol as typed.
        var folded = Level(tokens, field, MarkLevel.Folded, typed == MarkLevel.Folded ? boost : boost * FoldedWhenMarked)
            with { AsTyped = typed == MarkLevel.Folded || tokens.Any(t => t.IsSymbol || t.IsSymbolPart) };
        var levels = new List<Evidence> { folded };
        if (typed == MarkLevel.ToneFolded)
        {
            // Letter marks without a tone mark are the level tone written exactly ("thương", "ngăn"), or tones skipped ("phô câp"): the
            // texts writing the word as typed weigh as an exact match, those writing another tone of it ("thường", "ngắn") less, yet more
            // than a folded match. Sought at the tone-folded level alone, "Ban Thường vụ" in a title outranked "tai nạn thương tích".
            levels.Add(Level(tokens, field, MarkLevel.ToneFolded, boost * OtherTone));
            levels.Add(Level(tokens, field, MarkLevel.Exact, boost * (ExactBoost - OtherTone)));
        }
        // A word left without its tone among words typed with theirs ("phô cập giáo dục", "kiêm định chất lượng") is a tone skipped: the
        // phrase as the texts write it, in whatever tone of that word, is the phrase typed. Sought exactly, it was found nowhere, and the
        // texts saying "PCGD", or "chất lượng" in a title, came first, the texts saying "phổ cập giáo dục" listed as lacking it.
        else if (typed == MarkLevel.Exact && tokens.Any(t => VietnameseFolding.TypedLevel(t.Exact) == MarkLevel.ToneFolded))
            levels.Add(Level(tokens, field, MarkLevel.ToneFolded, boost * ExactBoost));
        else if (typed == MarkLevel.Exact) levels.Add(Level(tokens, field, MarkLevel.Exact, boost * ExactBoost));
        return levels;
    }

    /// <summary>
    /// What a document writing the words as typed weighs over the levels they are sought at, boosts summed: "phổ thông dân tộc bán trú",
    /// with marks, is sought at its marks and folded, 4.63 in all; "PTDTBT", without, folded alone, 1.
    /// </summary>
    internal static float LevelsWeight(IReadOnlyList<AnalyzedToken> tokens) => Phrase(tokens, IndexFields.Body, 1f).Sum(e => e.Boost);

    /// <summary>The least folded level of any word: "pho cập" was typed with marks.</summary>
    private static MarkLevel Typed(IReadOnlyList<AnalyzedToken> tokens) => tokens.Select(t => VietnameseFolding.TypedLevel(t.Exact)).Min();

    private static Evidence Level(IReadOnlyList<AnalyzedToken> tokens, string field, MarkLevel level, float boost) =>
        new(field, tokens, level, boost);

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
