using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EduPlan.Search.Core.Indexing;

/// <summary>
/// A law is cited by its number ("Luật Giáo dục số 43/2019/QH14") or by its name and year ("Luật Giáo dục năm 2019"), and the graph
/// joins the two where some text gives both (<see cref="GraphBuilder"/>). Search joins them the same way from the index alone, so that
/// a live update keeps it true: a citation by name is indexed among the cited symbols as the name's key ("luat-giao-duc-2019"), one
/// giving both as a link from the number to that key; a symbol typed is also sought as the names its links give.
/// </summary>
public static class LawNames
{
    /// <summary>The field of the links, "43/2019/qh14 luat-giao-duc-2019": one term per number and name some text gives together.</summary>
    public const string LinkField = "law_link";

    /// <summary>The most words a law's name has, "Luật" included, as the extractor reads one.</summary>
    public const int MaxNameWords = CitationExtractor.MaxLawWords;

    /// <summary>The key of the name and year a citation gives its law by ("luat-giao-duc-2019"), as the graph keys a law cited so.</summary>
    public static string? NameKey(Instrument cited) =>
        cited is { Kind: "Luật", Title: { Length: > 0 } title, Year: { } year, Scope: Instrument.National } ? NameKey(title, year) : null;

    /// <summary>
    /// The key of a law's name and year: the name as cited ("Luật Giáo dục") or without its kind, however typed ("Giáo dục", "giao duc");
    /// typed "luat giao duc", the kind's word would not be read as the kind's name.
    /// </summary>
    public static string NameKey(string name, int year) => InstrumentKeys.ForNamed("Luật", name, year, Instrument.National);

    /// <summary>The key of a law's name without its year ("luat-vien-chuc"): how a citation of it by name alone is keyed and indexed.</summary>
    public static string? BareNameKey(Instrument cited) =>
        cited is { Kind: "Luật", Title: { Length: > 0 } title, Scope: Instrument.National } ? InstrumentKeys.ForNamed("Luật", title, null, Instrument.National) : null;

    /// <summary>The bare name of a name key ("luat-vien-chuc-2010" → "luat-vien-chuc"); null for a key that ends in no year.</summary>
    public static string? BareOf(string key) =>
        key.Length > 5 && key[^5] == '-' && key.AsSpan(key.Length - 4).IndexOfAnyExceptInRange('0', '9') < 0 ? key[..^5] : null;

    /// <summary>
    /// What a citation is sought by among the cited symbols: its symbol's tokens, its law's name key, or both at one position
    /// ("Luật Giáo dục số 43/2019/QH14" is found as the law "Luật Giáo dục năm 2019" too); null for neither.
    /// </summary>
    /// <param name="datedNames">The bare names (<see cref="BareNameKey"/>) the text cites with a year too (<see cref="DatedNames"/>).</param>
    public static IReadOnlyList<AnalyzedToken>? Searchable(Instrument cited, IReadOnlySet<string> datedNames)
    {
        // A law named alone ("thực hiện Luật Viên chức") is there by its bare name, which a name and year typed finds where the index
        // knows that name with one year only (SoleYearNames); not in a text citing that name with its year, which is found so once.
        var name = NameKey(cited) is { } key ? Token(key)
            : cited is { Symbol: null, Year: null } && BareNameKey(cited) is { } bare && !datedNames.Contains(bare) ? Token(bare) : (AnalyzedToken?)null;
        if (cited.Symbol is not { } symbol) return name is { } alone ? [alone] : null;
        var tokens = AnalyzedToken.Analyze(symbol);
        if (name is { } beside) tokens.Add(beside with { IsSymbolPart = true });
        return tokens;
    }

    /// <summary>The bare names of the laws citations give with a year ("luat-vien-chuc" of "Luật Viên chức năm 2010").</summary>
    public static IReadOnlySet<string> DatedNames(IEnumerable<Instrument> cited) =>
        cited.Where(c => NameKey(c) is not null).Select(BareNameKey).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Where a text cites a law by one of the name keys ("Luật Giáo dục ngày 14/6/2019", "Luật Giáo dục số 43/2019/QH14", or by its name
    /// alone, "Luật Giáo dục", for "luat-giao-duc-2019"), read as the index reads the documents' citations, around each place <paramref name="namedAt"/> the text
    /// writes a law's name: the citation's offsets in the text and its key, in text order.
    /// </summary>
    /// <remarks>
    /// Only around the names, and the first <see cref="MaxNamesRead"/> of them: a snippet shows one, and a page of hits must not read
    /// each long text's citations whole (2.2 MB citing a law 20,000 times took 13 s when bare repeats were sought number by number in
    /// every paragraph; read name by name, 5,000 names took 4 s).
    /// </remarks>
    public static List<(int Start, int End, string Key)> CitedIn(string text, IReadOnlySet<string> keys, IEnumerable<int> namedAt)
    {
        var cited = new List<(int Start, int End, string Key)>();
        if (keys.Count == 0) return cited;
        foreach (var at in namedAt.Order().Take(MaxNamesRead))
        {
            if (cited.Count > 0 && at < cited[^1].End) continue;
            var from = Math.Max(0, at - CitationReach);
            while (from > 0 && !char.IsWhiteSpace(text[from - 1])) from--;
            var to = Math.Min(text.Length, at + CitationReach);
            while (to < text.Length && !char.IsWhiteSpace(text[to])) to++;
            // The citation the name opens: one the stretch's edge cut is of another instrument.
            foreach (var c in DocumentCitations.Extract(text[from..to], province: null))
                if (c.Start + from <= at && at < c.End + from && keys.FirstOrDefault(key => Names(c.Instrument, key)) is { } key)
                {
                    cited.Add((c.Start + from, c.End + from, key));
                    break;
                }
        }
        return cited;
    }

    /// <summary>
    /// Whether a citation names the law of a name key: by its name and year, or by its name alone ("thực hiện Luật Viên chức"), which
    /// names the law of that name in force, not another ("Luật Giáo dục năm 2005" is not "luat-giao-duc-2019").
    /// </summary>
    private static bool Names(Instrument cited, string key)
    {
        if (NameKey(cited) is { } named) return named == key;
        return cited is { Year: null } && BareNameKey(cited) is { } name && BareOf(key) == name;
    }

    /// <summary>
    /// The name keys typed whose law the index knows by that name in one year only, so that its bare name, cited alone, is that law
    /// ("Luật Viên chức" is 2010's); a name known in two years ("Luật Giáo dục" of 2005 and of 2019) names neither, as the graph reads it
    /// (<see cref="GraphBuilder"/>). Read from the terms, as the links are (<see cref="Of"/>), a live update keeps it true.
    /// </summary>
    public static IReadOnlySet<string> SoleYearNames(IndexReader reader, IEnumerable<string> keys)
    {
        var sole = new HashSet<string>(StringComparer.Ordinal);
        if (MultiFields.GetTerms(reader, IndexFields.Leveled(IndexFields.Body, MarkLevel.Folded)) is not { } terms) return sole;
        var live = MultiFields.GetLiveDocs(reader);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (BareOf(key) is not { } bare) continue;
            var years = new List<string>();
            var enumerator = terms.GetEnumerator();
            var prefix = new BytesRef(bare + "-");
            if (enumerator.SeekCeil(prefix) == TermsEnum.SeekStatus.END) continue;
            do
            {
                if (!StringHelper.StartsWith(enumerator.Term, prefix)) break;
                var term = enumerator.Term.Utf8ToString();
                if (BareOf(term) == bare && enumerator.Docs(live, null, DocsFlags.NONE).NextDoc() != DocIdSetIterator.NO_MORE_DOCS) years.Add(term);
            } while (years.Count < 2 && enumerator.MoveNext());
            if (years is [var only] && only == key) sole.Add(key);
        }
        return sole;
    }

    /// <summary>How many of a text's names of laws are read for their citations.</summary>
    private const int MaxNamesRead = 32;

    /// <summary>
    /// How far before a law's name and after it its citation is read: back to the start of an amending law whose title names it
    /// ("Luật sửa đổi, bổ sung một số điều của Luật … và Luật … số 47/2019/QH14": the number is the amending law's), on to its number and date.
    /// </summary>
    public const int CitationReach = 400;

    /// <summary>A name key as the one token it is indexed and sought as, at every level.</summary>
    public static AnalyzedToken Token(string key) => new(0, 0, 0, key, key, key, false);

    /// <summary>The link a citation giving a law's number and name makes ("43/2019/qh14 luat-giao-duc-2019"), or null.</summary>
    public static string? Link(Instrument cited) =>
        cited.Symbol is { } symbol && NameKey(cited) is { } name && AnalyzedToken.Analyze(symbol) is [{ IsSymbol: true } token, ..]
            ? token.Folded + " " + name
            : null;

    /// <summary>
    /// The name keys a live document links to the symbol (its folded token). A link left behind by a document since removed is
    /// still a term until its segment merges: it counts only while a live document holds it.
    /// </summary>
    public static IReadOnlyList<string> Of(IndexReader reader, string foldedSymbol)
    {
        if (MultiFields.GetTerms(reader, LinkField) is not { } terms) return [];
        var prefix = new BytesRef(foldedSymbol + " ");
        var live = MultiFields.GetLiveDocs(reader);
        var names = new List<string>();
        var enumerator = terms.GetEnumerator();
        if (enumerator.SeekCeil(prefix) == TermsEnum.SeekStatus.END) return names;
        do
        {
            if (!StringHelper.StartsWith(enumerator.Term, prefix)) break;
            if (enumerator.Docs(live, null, DocsFlags.NONE).NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                names.Add(enumerator.Term.Utf8ToString()[(foldedSymbol.Length + 1)..]);
        } while (enumerator.MoveNext());
        return names;
    }
}
