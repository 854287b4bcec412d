using EduPlan.Search.Core.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// A word or phrase typed with its letter marks but without tones ("phô câp"), sought among the exact forms it
/// stands for (<see cref="VietnameseFolding.EveryTone"/>): the index keeps no tone-folded copy of its text. Rewritten
/// against the index into the forms the corpus has, each form of a word or each spelling of a phrase weighing what it
/// weighs typed exactly: "giao" is "giao" and "giáo", and "phô câp giao duc" is "phổ cập giáo dục" and "phổ cập giao dục".
/// </summary>
/// <param name="exactField">The exact-level field.</param>
/// <param name="forms">Each word's form as sought (<see cref="Analysis.AnalyzedToken.ToneSought"/>): tone-folded, or with the tone typed.</param>
/// <param name="offsets">Each word's position from the first (<see cref="Analysis.AnalyzedToken.PhraseOffsets"/>).</param>
public sealed class ToneFoldedQuery(string exactField, IReadOnlyList<string> forms, IReadOnlyList<int> offsets) : Query
{
    /// <summary>
    /// At most this many spellings of a phrase are sought, the corpus's most frequent forms of each word first: a
    /// word has one to three forms in real text, so a phrase has a handful; this bounds a made-up one.
    /// </summary>
    public const int MaxSpellings = 32;

    public override Query Rewrite(IndexReader reader)
    {
        var variants = forms.Select(form => VietnameseFolding.EveryTone(form)
            .Select(v => (Term: new Term(exactField, v), Documents: reader.DocFreq(new Term(exactField, v))))
            .Where(v => v.Documents > 0).OrderByDescending(v => v.Documents).Select(v => v.Term).ToList()).ToList();
        while (variants.Aggregate(1L, (product, v) => product * v.Count) > MaxSpellings)
        {
            var most = variants.MaxBy(v => v.Count)!;
            most.RemoveAt(most.Count - 1);
        }

        // No coord: a document holds one or two of a word's forms, and must not weigh less for the others it lacks.
        var any = new BooleanQuery(disableCoord: true);
        foreach (var spelling in Spellings(variants))
        {
            if (spelling.Length == 1)
            {
                any.Add(new TermQuery(spelling[0]), Occur.SHOULD);
                continue;
            }
            var phrase = new PhraseQuery();
            for (var i = 0; i < spelling.Length; i++) phrase.Add(spelling[i], offsets[i]);
            any.Add(phrase, Occur.SHOULD);
        }
        Query rewritten = any.Clauses.Count == 1 ? any.Clauses[0].Query : any;
        rewritten.Boost = Boost;
        return rewritten;
    }

    /// <summary>Every choice of one form per word; none when a word has no form in the index.</summary>
    private static IEnumerable<Term[]> Spellings(List<List<Term>> variants)
    {
        IEnumerable<Term[]> spellings = [[]];
        foreach (var forms in variants)
            spellings = spellings.SelectMany(prefix => forms.Select(form => prefix.Append(form).ToArray()));
        return spellings;
    }

    public override string ToString(string field) =>
        $"{(field == exactField ? "" : exactField + ":")}~\"{string.Join(' ', forms)}\"{(Boost == 1f ? "" : "^" + Boost)}";

    public override bool Equals(object? obj) =>
        obj is ToneFoldedQuery other && other.Boost == Boost && other.Field == Field && other.Forms.SequenceEqual(Forms) && other.Offsets.SequenceEqual(Offsets);

    public override int GetHashCode() => HashCode.Combine(Field, string.Join(' ', Forms), Boost);

    public string Field => exactField;
    public IReadOnlyList<string> Forms => forms;
    public IReadOnlyList<int> Offsets => offsets;
}
