using Lucene.Net.Search;
using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// A word or phrase sought at one mark level of one field, and what finding it is worth. <see cref="InPairs"/>
/// evidence is sought in the field's folded pairs (<see cref="TokenPairStream"/>), where a phrase costs less.
/// </summary>
public sealed record Evidence(string Field, IReadOnlyList<AnalyzedToken> Tokens, MarkLevel Level, float Boost, bool InPairs = false)
{
    /// <summary>
    /// Whether finding it is finding the words as typed. A word typed with its marks and found only folded is another word ("thiểu" for
    /// "thiếu", "sát" for "sạt"): it adds a little score, yet the document lacks the word typed (<see cref="MissingWords"/>).
    /// </summary>
    public bool AsTyped { get; init; } = true;
}

/// <summary>
/// What a query looks for, before it is a Lucene query: the units a match needs (any evidence of a unit
/// counts for it), the phrases that only add score, and what must not appear. Documents are searched with
/// it as a Lucene query (<see cref="QueryBuilder"/>); the passages of a page's documents are ranked with
/// the same plan (<see cref="PassageRanker"/>), so both weigh the same evidence alike.
/// </summary>
/// <param name="Units">Each unit as groups of evidence: one group per alternative and field, one evidence per mark level.</param>
/// <param name="Phrases">Adjacent words and the whole phrase, each group one phrase in one field.</param>
public sealed record QueryPlan(
    IReadOnlyList<IReadOnlyList<IReadOnlyList<Evidence>>> Units,
    int RequiredUnits,
    IReadOnlyList<IReadOnlyList<Evidence>> Phrases,
    IReadOnlyList<Evidence> Excluded)
{
    /// <summary>
    /// The filter values the query names (a province, a school year) and what a document filed under one gains: it is from where, or
    /// for the year, the user asked about.
    /// </summary>
    public IReadOnlyList<(string Field, string Value, float Boost)> Filed { get; init; } = [];

    /// <summary>How many typed words each unit stands for (<see cref="QueryUnit.Words"/>), in the order of <see cref="Units"/>.</summary>
    public IReadOnlyList<int> UnitWords { get; init; } = [];

    /// <summary>What every match must hold besides its units and the instruments it names, scoring nothing: a school year typed, its words together.</summary>
    public IReadOnlyList<Query> Required { get; init; } = [];

    /// <summary>The units among <see cref="Units"/> that name one instrument (a symbol, or a kind and a number), by their index: every match holds them.</summary>
    public IReadOnlyList<int> NamingInstruments { get; init; } = [];

    /// <summary>The same plan with every evidence changed by <paramref name="change"/>.</summary>
    public QueryPlan Map(Func<Evidence, Evidence> change)
    {
        IReadOnlyList<Evidence> Levels(IReadOnlyList<Evidence> levels) => levels.Select(change).ToList();
        return this with
        {
            Units = Units.Select(unit => (IReadOnlyList<IReadOnlyList<Evidence>>)unit.Select(Levels).ToList()).ToList(),
            Phrases = Phrases.Select(Levels).ToList(),
            Excluded = Excluded.Select(change).ToList(),
        };
    }
}
