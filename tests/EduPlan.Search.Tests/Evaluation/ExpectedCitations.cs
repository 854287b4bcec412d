using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Tests.Evaluation;

/// <summary>One hand-checked citation of a seed file (Data/citations/*.tsv), located by the nth occurrence of its anchor text.</summary>
public sealed record ExpectedCitation(string Anchor, int Nth, string Kind, string Symbol, string Scope, string Relation, string Category, int Start, int End)
{
    /// <summary>How the instrument is told apart: its symbol and scope, or its folded name.</summary>
    public string Identity => Symbol.Length > 0 ? $"{VietnameseFolding.FoldAll(Symbol)}|{SectionBuilder.Slug(Scope)}" : SectionBuilder.Slug(Anchor);
}

public sealed record CitationScore(string Name, int TruePositives, int Found, int Expected)
{
    public double Precision => Found == 0 ? 1 : (double)TruePositives / Found;
    public double Recall => Expected == 0 ? 1 : (double)TruePositives / Expected;
    public override string ToString() => $"{Name,-28} precision {Precision:P1} ({TruePositives}/{Found})  recall {Recall:P1} ({TruePositives}/{Expected})";
}

/// <summary>Compares the extractor with the hand-checked lists: occurrences by overlapping offsets, instruments by identity.</summary>
public static class CitationEvaluation
{
    public static List<ExpectedCitation> Load(string tsvPath, string sourceText)
    {
        var list = new List<ExpectedCitation>();
        foreach (var line in File.ReadLines(tsvPath).Skip(1).Where(l => l.Trim().Length > 0))
        {
            var c = line.Split('\t');
            var nth = int.Parse(c[1]);
            var at = -1;
            for (var n = 0; n < nth; n++)
            {
                at = sourceText.IndexOf(c[0], at + 1, StringComparison.Ordinal);
                if (at < 0) throw new InvalidDataException($"{Path.GetFileName(tsvPath)}: anchor '{c[0]}' #{nth} is not in the text");
            }
            list.Add(new ExpectedCitation(c[0], nth, c[2], c[3], c[8], c[9], c[10], at, at + c[0].Length));
        }
        return list;
    }

    /// <summary>The first row not yet paired that overlaps the citation, of its category (numbered or named) where asked; -1 for none.</summary>
    private static int Overlapping(List<ExpectedCitation> expected, HashSet<int> used, Citation c, bool sameCategory)
    {
        for (var i = 0; i < expected.Count; i++)
            if (!used.Contains(i) && expected[i].Start < c.End && c.Start < expected[i].End
                && (!sameCategory || (expected[i].Category == "numbered") == (c.Instrument.Symbol is not null)))
                return i;
        return -1;
    }

    public static (CitationScore Occurrences, CitationScore Numbered, CitationScore Instruments, CitationScore Relations) Score(
        IEnumerable<(IReadOnlyList<ExpectedCitation> Expected, IReadOnlyList<Citation> Found)> documents)
    {
        int tp = 0, found = 0, expected = 0, ntp = 0, nfound = 0, nexpected = 0, rel = 0;
        int itp = 0, ifound = 0, iexpected = 0;
        foreach (var (expectedList, got) in documents)
        {
            var exp = expectedList.ToList();
            var used = new HashSet<int>();
            found += got.Count;
            expected += exp.Count;
            nfound += got.Count(c => c.Instrument.Symbol is not null);
            nexpected += exp.Count(e => e.Category == "numbered");
            foreach (var c in got)
            {
                // Of the rows it overlaps, one of its own category first: an amending law's span ("Luật sửa đổi, bổ sung … của Luật Giáo dục
                // đại học số 34/2018/QH14") holds the name of the law it amends, which has a row of its own and is found on its own.
                var i = Overlapping(exp, used, c, sameCategory: true);
                if (i < 0) i = Overlapping(exp, used, c, sameCategory: false);
                if (i < 0) continue;
                used.Add(i);
                tp++;
                if (exp[i].Category == "numbered" && c.Instrument.Symbol is not null) ntp++;
                if (exp[i].Relation == c.Relation) rel++;
            }
            var expectedIds = exp.Select(e => e.Identity).ToHashSet();
            var foundIds = got.Select(c => c.Instrument.Symbol is not null
                ? $"{VietnameseFolding.FoldAll(c.Instrument.Symbol)}|{SectionBuilder.Slug(c.Instrument.Scope)}"
                : SectionBuilder.Slug(c.Surface)).ToHashSet();
            // A named instrument is found when a named citation overlaps one of its anchors.
            var named = exp.Where(e => e.Symbol.Length == 0).GroupBy(e => e.Identity).ToList();
            var namedHits = named.Count(g => g.Any(e => got.Any(c => c.Instrument.Symbol is null && e.Start < c.End && c.Start < e.End)));
            var namedExpected = named.Count;
            var numberedExpected = expectedIds.Where(id => id.Contains('|')).ToHashSet();
            var numberedFound = foundIds.Where(id => id.Contains('|')).ToHashSet();
            itp += numberedExpected.Intersect(numberedFound).Count() + namedHits;
            ifound += numberedFound.Count + got.Where(c => c.Instrument.Symbol is null).Select(c => c.Instrument.Key).Distinct().Count();
            iexpected += numberedExpected.Count + namedExpected;
        }
        return (new CitationScore("occurrences", tp, found, expected), new CitationScore("numbered occurrences", ntp, nfound, nexpected),
            new CitationScore("distinct instruments", itp, ifound, iexpected), new CitationScore("relations (of matched)", rel, tp, tp));
    }
}
