using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace EduPlan.Search.Core.Indexing;

/// <summary>
/// The index's fields. Text is indexed twice, with its exact marks and folded, so a query can match the
/// folded form and rank the exact marks above it. A tone-folded word is sought as the exact forms it stands
/// for (<see cref="Searching.ToneFoldedQuery"/>): a third copy of every word cost a seventh of a build.
/// </summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string Ordinal = "ord";
    public const string Source = "source";
    /// <summary>The document's <see cref="IndexedSections"/>: its passages come from its body's positions.</summary>
    public const string Sections = "sections";
    public const string Province = "province";
    public const string Kind = "kind";
    public const string Year = "year";
    public const string SchoolYear = "schoolYear";

    public const string Title = "title";
    public const string Body = "body";

    /// <summary>The levels a text is indexed at.</summary>
    public static readonly MarkLevel[] Levels = [MarkLevel.Exact, MarkLevel.Folded];

    /// <summary>The field of a text's adjacent word pairs, folded (<see cref="TokenPairStream"/>).</summary>
    public static string Pairs(string field) => field + "_p";

    /// <summary>The field a level of a text is sought in: tone-folded words are sought among the exact forms.</summary>
    public static string Leveled(string field, MarkLevel level) => level == MarkLevel.Folded ? field + "_f" : field + "_e";

    /// <summary>The analyzer for every field: each leveled text field gets its level's chain.</summary>
    public static Analyzer CreateAnalyzer()
    {
        var perField = new Dictionary<string, Analyzer>();
        foreach (var level in Levels)
        {
            var analyzer = new VietnameseAnalyzer(level);
            foreach (var field in new[] { Title, Body }) perField[Leveled(field, level)] = analyzer;
        }
        return new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(MarkLevel.Folded), perField);
    }

    /// <summary>A filter value as indexed: folded, so "Lai Chau" and "Lai Châu" filter alike.</summary>
    public static string FilterValue(string value) =>
        string.Join(' ', VietnameseFolding.NormalizeText(value).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(VietnameseFolding.FoldAll));
}
