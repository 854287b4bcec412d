using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Text;
using Lucene.Net.Index;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// Ranks a document's sections by the <see cref="QueryPlan"/> its document was found with, from where the
/// plan's words occur in the document's body: the positions Lucene keeps for phrase queries, read for this
/// one document and divided among its sections. Each evidence is weighed as Lucene's default similarity
/// weighs it in a field as long as the section (boost × √tf × idf² ÷ √length), so a section a phrase fills
/// outranks a long one that mentions a word. One ranker serves one search: it remembers the idfs it read.
/// </summary>
public sealed class PassageRanker(IndexReader reader)
{
    /// <summary>Sections holding enough of the plan's units and none of its exclusions, best first.</summary>
    public IReadOnlyList<int> Rank(int doc, IndexedSections sections, QueryPlan plan)
    {
        var n = sections.Sections.Count;
        if (n == 0) return [];
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var document = new Occurrences(leaf.AtomicReader, doc - leaf.DocBase, sections);

        var score = new double[n];
        var units = new int[n];
        var asTyped = new int[n];
        var instruments = new int[n];
        for (var u = 0; u < plan.Units.Count; u++)
        {
            var matched = new bool[n];
            var typed = new bool[n];
            foreach (var evidence in plan.Units[u].SelectMany(levels => levels)) Add(evidence, document, sections, score, evidence.AsTyped ? typed : matched);
            for (var s = 0; s < n; s++)
            {
                if (matched[s] || typed[s]) units[s]++;
                if (typed[s]) asTyped[s]++;
                if ((matched[s] || typed[s]) && plan.NamingInstruments.Contains(u)) instruments[s]++;
            }
        }
        var any = new bool[n];
        foreach (var evidence in plan.Phrases.SelectMany(levels => levels)) Add(evidence, document, sections, score, any);
        var excluded = new bool[n];
        foreach (var evidence in plan.Excluded) Add(evidence, document, sections, new double[n], excluded);

        // As Lucene's coord factor ranks documents: a section holding more of the query's units ranks higher, so a
        // short section that mentions one word of three does not outrank the one that holds them all. Units held with the marks
        // typed count first: "dẫn" showed first a short line saying "Ủy ban nhân dân", before every "hướng dẫn".
        // Before both, the instruments the query names, which every hit holds: "thực hiện 2457/QĐ-BGDĐT" showed 004's heading
        // "III. TỔ CHỨC THỰC HIỆN" first and 001's passages on "thực hiện" alone, short sections the other words filled.
        var coord = Math.Max(1, plan.Units.Count);
        return Enumerable.Range(0, n).Where(s => units[s] >= Math.Max(1, plan.RequiredUnits) && !excluded[s])
            .OrderByDescending(s => instruments[s])
            .ThenByDescending(s => score[s] * asTyped[s] / coord).ThenByDescending(s => score[s] * units[s] / coord).ThenBy(s => s).ToList();
    }

    private void Add(Evidence evidence, Occurrences document, IndexedSections sections, double[] score, bool[] matched)
    {
        var counts = document.PerSection(evidence);
        if (counts is null) return;
        // A number typed alone is not the number of a section or an item: "bão số 3" showed first the short section "3. Xây dựng thư
        // viện số", its "3" and "số" two of the three words, as its snippet no longer marked that "3" (SnippetBuilder).
        if (evidence.Tokens is [{ IsSymbolPart: false } number] && number.Exact.All(char.IsAsciiDigit))
            for (var s = 0; s < counts.Length; s++)
                if (counts[s] > 0) counts[s] -= document.TimesNumberingALine(s, number.Exact);
        var idf = Idf(evidence);
        for (var s = 0; s < counts.Length; s++)
            if (counts[s] > 0)
            {
                matched[s] = true;
                score[s] += evidence.Boost * Math.Sqrt(counts[s]) * idf * idf / Math.Sqrt(sections.Length(s));
            }
    }

    private readonly Dictionary<Term, double> _idf = [];

    /// <summary>
    /// The default similarity's idf over the whole index; a phrase's is the sum of its words'. A tone-folded word
    /// weighs as the most frequent of its exact forms does, the spelling its document most likely has.
    /// </summary>
    private double Idf(Evidence evidence)
    {
        var sum = 0.0;
        foreach (var forms in Occurrences.Terms(evidence))
            sum += forms.Min(term =>
            {
                if (!_idf.TryGetValue(term, out var idf))
                    _idf[term] = idf = QueryBuilder.Idf(reader, term);
                return idf;
            });
        return sum;
    }

    /// <summary>Where each term occurs in one document's body, read once per term.</summary>
    private sealed class Occurrences(AtomicReader reader, int doc, IndexedSections sections)
    {
        private readonly Dictionary<Term, HashSet<int>> _positions = [];

        /// <summary>Each word's terms: its form at the evidence's level, or every exact form of a tone-folded word.</summary>
        public static IEnumerable<IReadOnlyList<Term>> Terms(Evidence evidence)
        {
            var field = IndexFields.Leveled(evidence.Field, evidence.Level);
            return evidence.Tokens.Select(t => evidence.Level == MarkLevel.ToneFolded
                ? VietnameseFolding.EveryTone(t.ToneSought).Select(form => new Term(field, form)).ToArray()
                : (IReadOnlyList<Term>)[new Term(field, t.Form(evidence.Level))]);
        }

        /// <summary>How often the evidence occurs in each section (a phrase: its words at consecutive positions, a symbol's parts at one); null when nowhere.</summary>
        public int[]? PerSection(Evidence evidence)
        {
            var positions = Terms(evidence).Select(forms => forms.Count == 1 ? Positions(forms[0]) : forms.SelectMany(Positions).ToHashSet()).ToList();
            if (positions.Any(p => p.Count == 0)) return null;
            var offsets = AnalyzedToken.PhraseOffsets(evidence.Tokens);
            // Not in the text as sought, only among the cited symbols: the sections of the citations it was found in.
            return Count(sections.SectionAt) ?? Count(sections.CitedSectionAt);

            int[]? Count(Func<int, int> sectionOf)
            {
                var counts = new int[sections.Sections.Count];
                var any = false;
                foreach (var start in positions[0])
                {
                    var all = true;
                    for (var i = 1; i < positions.Count && all; i++) all = positions[i].Contains(start + offsets[i]);
                    var s = all ? sectionOf(start) : -1;
                    if (s < 0) continue;
                    counts[s]++;
                    any = true;
                }
                return any ? counts : null;
            }
        }

        private readonly Dictionary<(int Section, string Number), int> _numbering = [];

        /// <summary>How often a number numbers a line of a section as search reads it: read once per section and number, not at each mark level.</summary>
        public int TimesNumberingALine(int section, string number)
        {
            if (!_numbering.TryGetValue((section, number), out var times))
                _numbering[(section, number)] = times = SectionNumbering.TimesNumberingALine(Addressees.Searchable(sections.Sections[section].Text), number);
            return times;
        }

        private HashSet<int> Positions(Term term)
        {
            if (_positions.TryGetValue(term, out var found)) return found;
            var positions = new HashSet<int>();
            var postings = reader.GetTermPositionsEnum(term);
            if (postings is not null && postings.Advance(doc) == doc)
                for (var i = 0; i < postings.Freq; i++) positions.Add(postings.NextPosition());
            return _positions[term] = positions;
        }
    }
}
