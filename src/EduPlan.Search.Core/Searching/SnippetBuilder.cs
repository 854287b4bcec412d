using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Indexing;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// Builds a snippet: a window of the passage around the matched words, cut only between words (never
/// inside a word or a multi-byte character), HTML-escaped, with &lt;mark&gt; around what matched.
/// Matching is on the folded form, so "pho cap" marks "phổ cập" and an abbreviation's long form marks too.
/// </summary>
public static partial class SnippetBuilder
{
    public const int Window = 240;

    /// <summary>
    /// A passage's snippet under its heading. A section opened by a numbered paragraph starts with the words its heading
    /// shows ("1.4. Duy trì, nâng cao …"): the snippet is taken from the words after them when the query matches there,
    /// so the hit does not say the same line twice; from the whole text when little of what the heading matched is after it.
    /// A heading cut short (past 160 characters, "… của Ban …") goes on in the text: the words after it begin where it ends, and its
    /// tail is the heading's still ("…Ban Thường vụ Tỉnh ủy tạo sự đồng thuận." opened the snippet under it). Where the heading ends is
    /// the section's (<see cref="Section.HeadingEnd"/>), not the label's length: "3- Ban …" labelled "3. Ban …" showed its heading again.
    /// </summary>
    /// <param name="lawsCited">The laws the query names that the section's document cites (<see cref="LawsCited"/>).</param>
    public static string Build(IndexedSection section, UserQuery query, IReadOnlySet<string> lawsCited)
    {
        // What search does not read is not shown either: a hit found by the signature under "Nơi nhận" showed the recipients' list.
        var text = Addressees.Searchable(section.Text);
        var (tokens, marked, laws) = Marked(text, query, lawsCited);
        var headingEnd = section.HeadingEnd > 0 ? Math.Min(section.HeadingEnd, text.Length)
            : section.Heading.Length > 0 && text.StartsWith(section.Heading, StringComparison.Ordinal) ? section.Heading.Length : 0;
        if (headingEnd == 0) return Render(text, tokens, marked, laws, Window);
        // The words after the heading serve when they hold most of the words the heading matched (three quarters, as a query
        // of four words or more needs): "và" alone after "Quán triệt và chỉ đạo toàn ngành" would show nothing of what was found,
        // while "phổ cập giáo dục" again after "Công tác phổ cập giáo dục (PCGD-XMC)" shows all but the abbreviation.
        // Only the words as typed count where the text has any: "hướng dẫn" in the heading is what was found, not the "nhân dân" after it.
        var asTyped = marked.Any(m => m.Value > FoldedOnly);
        var counted = marked.Keys.Where(i => !asTyped || marked[i] > FoldedOnly).ToList();
        var after = counted.Where(i => tokens[i].Start >= headingEnd).Select(i => tokens[i].Folded).ToHashSet();
        var inHeading = counted.Where(i => tokens[i].Start < headingEnd).Select(i => tokens[i].Folded).ToHashSet();
        if (after.Count == 0 || inHeading.Count(after.Contains) * 4 < inHeading.Count * 3) return Render(text, tokens, marked, laws, Window);
        var rest = text[headingEnd..].TrimStart(' ', '\n', ':', '.', ',', ';');
        var snippet = Snippet(rest, query, Window, lawsCited);
        return snippet.StartsWith('…') || OpensASentence(text, text.Length - rest.Length) ? snippet : "…" + snippet;
    }

    /// <summary>
    /// Whether the words at <paramref name="at"/> open a paragraph or a sentence, as a snippet starting there without "…" says they do. A heading
    /// that is a paragraph's first clause ("3- Ban Tuyên giáo … và Chỉ thị này; hướng dẫn việc học tập, …", "3.3. Giáo dục thường xuyên: đa dạng
    /// hóa …") is followed by the rest of its sentence. After a colon, a capital opens one.
    /// </summary>
    private static bool OpensASentence(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd(" \t");
        return before.Length == 0 || before[^1] is '\n' or '.' or '!' or '?' || (before[^1] == ':' && at < text.Length && char.IsUpper(text[at]));
    }

    public static string Build(string text, UserQuery query, int window = Window) => Snippet(Addressees.Searchable(text), query, window, NoLaws);

    private static readonly IReadOnlySet<string> NoLaws = new HashSet<string>();

    /// <summary>The snippet of a text as search reads it (<see cref="Addressees.Searchable(string, IReadOnlySet{int}?)"/>).</summary>
    private static string Snippet(string searchable, UserQuery query, int window, IReadOnlySet<string> lawsCited)
    {
        var (tokens, marked, laws) = Marked(searchable, query, lawsCited);
        return Render(searchable, tokens, marked, laws, window);
    }

    /// <summary>
    /// A text's words (a symbol's parts left out) and those matching the query, each with what its match is worth, and the citation of a
    /// law the query names that each word stands in. The text is as search reads it: what search does not read (<see cref="Addressees"/>:
    /// the recipients, the state's motto) never made the match.
    /// </summary>
    /// <param name="lawsCited">The laws the query names that the text's document cites, here or elsewhere: their words are not marked apart.</param>
    private static (List<AnalyzedToken> Tokens, Dictionary<int, double> Marked, Dictionary<int, (int Start, int End)> Laws) Marked(string searchable, UserQuery query,
        IReadOnlySet<string> lawsCited)
    {
        var analyzed = AnalyzedToken.Analyze(searchable);
        var tokens = analyzed.Where(t => !t.IsSymbolPart).ToList();
        var partsAt = analyzed.Where(t => t.IsSymbolPart).GroupBy(t => t.Position).ToDictionary(g => g.Key, g => g.ToList());
        // "Luật Giáo dục 2019" names one law, as a symbol does: where the text cites it ("Luật Giáo dục ngày 14/6/2019", "… số 43/2019/QH14"),
        // the citation is what was found, marked whole and weighed as the words typed in a row. Its "Luật" and its year elsewhere are other
        // laws and other dates ("Luật Tổ chức chính quyền địa phương ngày 22/11/2019"): marked, they showed a passage of the grounds cut off
        // before the law sought. Where the text does not cite it, its words are all there is, as words, but for its "Luật" and the "năm"
        // before its year, which name nothing alone ("pháp luật", "Luật Ngân sách nhà nước", "hằng năm"): those only beside its other words.
        // In a document citing it, its words elsewhere are no more what was found than a symbol's number in a date: "bồi dưỡng viên chức"
        // in a text citing "Luật Viên chức năm 2010" is not the law.
        var named = query.LawsNamed().ToList();
        var cited = CitedLaws(searchable, tokens, named);
        var shownWhole = named.Where(n => lawsCited.Contains(n.Key) || cited.Any(c => c.Key == n.Key)).SelectMany(UnitsOf).ToHashSet();
        var notAlone = named.SelectMany(n => UnitsOf(n).Skip(NameLength(n.Typed)).SkipLast(1).Prepend(n.First)).ToHashSet();
        var marked = MatchedTokens(tokens, partsAt, query, shownWhole, notAlone);
        // A syllable the text holds in a run of the words typed is marked there only, as the document view marks it: "phổ cập" marked the
        // "phổ" of "phổ thông" and the "cập" of "cập nhật" beside it, words that were not sought.
        var inRuns = marked.Where(m => m.Value >= 2).Select(m => tokens[m.Key].Folded).ToHashSet(StringComparer.Ordinal);
        foreach (var alone in marked.Where(m => m.Value < 2 && inRuns.Contains(tokens[m.Key].Folded)).Select(m => m.Key).ToList()) marked.Remove(alone);
        // The number heading a section or an item ("2. Tổ chức dạy học 2 buổi/ngày", "4. Bãi bỏ …") numbers it: a number typed alone is
        // not it. Typed with the word before it ("Điều 4", "khoản 2"), it is in a run, and marked.
        // Nor is a date's day or month: "lớp 10" typed is not the 10 of "ngày 10/9/2025" or "ngày 10 tháng 12".
        foreach (var i in marked.Where(m => m.Value < 2 && (IsNumberingALine(searchable, tokens[m.Key]) || IsDayOrMonth(searchable, tokens[m.Key]))).Select(m => m.Key).ToList())
            marked.Remove(i);
        // A year typed with a law's name is the law's, not any symbol's of that year (47/2019/QH14, 25/2019/QĐ-UBND).
        MarkSymbols(tokens, partsAt, query, named.SelectMany(UnitsOf).ToHashSet(), marked);
        MarkKindsBeforeSymbols(tokens, query, marked);
        return (tokens, marked, MarkCitations(tokens, cited, key => named.Where(n => n.Key == key).Max(n => n.Typed.Count), marked));
    }

    /// <summary>
    /// Where a text cites the laws the query names: by name and year, by name alone ("thực hiện Luật Viên chức"), or listed after one kind
    /// word ("các Luật: Giáo dục năm 2019, Viên chức năm 2010"), its name written without "Luật".
    /// </summary>
    private static List<(int Start, int End, string Key)> CitedLaws(string searchable, List<AnalyzedToken> tokens,
        List<(string Key, IReadOnlyList<AnalyzedToken> Typed, int First)> named) =>
        LawNames.CitedIn(searchable, named.Select(n => n.Key).ToHashSet(),
            named.SelectMany(n => Written(tokens, n.Typed.Take(NameLength(n.Typed))).Concat(Listed(searchable, tokens, n.Typed.Skip(1).Take(NameLength(n.Typed) - 1))))
                .Select(i => tokens[i].Start));

    /// <summary>
    /// The laws the query names (<see cref="UserQuery.LawsNamed"/>) that a document of these texts (its sections, its blocks) cites somewhere:
    /// there, the law's words are marked where it is cited only. A text without the word "Luật" cites none and is not read.
    /// </summary>
    public static IReadOnlySet<string> LawsCited(IEnumerable<string> texts, UserQuery query)
    {
        var named = query.LawsNamed().ToList();
        var cited = new HashSet<string>();
        if (named.Count == 0) return cited;
        foreach (var text in texts)
        {
            if (!text.Contains("luật", StringComparison.OrdinalIgnoreCase) && !text.Contains("luat", StringComparison.OrdinalIgnoreCase)) continue;
            var searchable = Addressees.Searchable(text);
            var tokens = AnalyzedToken.Analyze(searchable).Where(t => !t.IsSymbolPart).ToList();
            cited.UnionWith(CitedLaws(searchable, tokens, named).Select(c => c.Key));
            if (cited.Count == named.Count) break;
        }
        return cited;
    }

    /// <summary>Whether a number is the day or the month of a date written as the directives write one (<see cref="VietnameseDates.Date"/>).</summary>
    private static bool IsDayOrMonth(string text, AnalyzedToken token)
    {
        if (token.Exact.Length > 2 || !token.Exact.All(char.IsAsciiDigit)) return false;
        // A month stands a day and "tháng" at most after the date's start.
        for (var date = WrittenDate().Match(text, Math.Max(0, token.Start - 12)); date.Success && date.Index <= token.Start; date = date.NextMatch())
            if (date.Groups["d"].Index == token.Start || date.Groups["m"].Index == token.Start) return true;
        return false;
    }

    [GeneratedRegex(VietnameseDates.Date, RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();

    private static bool IsNumberingALine(string text, AnalyzedToken token) =>
        token.Exact.All(char.IsAsciiDigit) && SectionNumbering.NumbersALine(text, token.Start, token.End);

    /// <summary>The units of the query a law named with its year was typed as.</summary>
    private static IEnumerable<int> UnitsOf((string Key, IReadOnlyList<AnalyzedToken> Typed, int First) named) => Enumerable.Range(named.First, named.Typed.Count);

    /// <summary>The words naming a law typed with its year, "Luật" first: all but the year, and the "năm" before it.</summary>
    private static int NameLength(IReadOnlyList<AnalyzedToken> typed) => typed.Count - (typed[^2].Folded == "nam" ? 2 : 1);

    /// <summary>Marks the words of each citation of a law named, each worth what the words typed for it are: the citation each stands in.</summary>
    private static Dictionary<int, (int Start, int End)> MarkCitations(List<AnalyzedToken> tokens, List<(int Start, int End, string Key)> cited,
        Func<string, int> worthOf, Dictionary<int, double> marked)
    {
        var laws = new Dictionary<int, (int Start, int End)>();
        // Citations and tokens both in text order: each token is looked at once, however many times the text cites the law.
        var at = 0;
        foreach (var (start, end, key) in cited)
        {
            var worth = worthOf(key);
            while (at < tokens.Count && tokens[at].Start < start) at++;
            for (; at < tokens.Count && tokens[at].End <= end; at++)
            {
                marked[at] = Math.Max(marked.GetValueOrDefault(at), worth);
                laws[at] = (start, end);
            }
        }
        return laws;
    }

    /// <summary>Where the text writes the words in a row, however marked: the index of the first.</summary>
    private static IEnumerable<int> Written(List<AnalyzedToken> tokens, IEnumerable<AnalyzedToken> words)
    {
        var folded = words.Select(w => w.Folded).ToList();
        for (var i = 0; i + folded.Count <= tokens.Count; i++)
        {
            var k = 0;
            while (k < folded.Count && tokens[i + k].Folded == folded[k]) k++;
            if (k == folded.Count) yield return i;
        }
    }

    /// <summary>
    /// Where the text may list a law by its name alone, after the kind word of a list's first law: the name capitalised, as a listed law's is,
    /// not right after a "Luật" (written so, <see cref="Written"/> finds it), and with a "Luật" close enough before it for the list to be read
    /// with it (<see cref="LawNames.CitationReach"/>). Only the capitalised name is read: "viên chức", "giáo dục" in running text are no law.
    /// </summary>
    private static IEnumerable<int> Listed(string text, List<AnalyzedToken> tokens, IEnumerable<AnalyzedToken> name)
    {
        var lastKind = int.MinValue;
        var next = 0;
        foreach (var i in Written(tokens, name))
        {
            for (; next < i; next++)
                if (tokens[next] is { Folded: "luat" } kind && char.IsUpper(text[kind.Start])) lastKind = kind.Start;
            if (char.IsUpper(text[tokens[i].Start]) && tokens[i].Start - lastKind <= LawNames.CitationReach && (i == 0 || tokens[i - 1].Folded != "luat"))
                yield return i;
        }
    }

    /// <summary>The snippet of a text already matched: its best window, escaped, with its matches marked.</summary>
    private static string Render(string text, List<AnalyzedToken> tokens, Dictionary<int, double> marked, Dictionary<int, (int Start, int End)> laws, int window)
    {
        var (from, to) = ChooseWindow(text, tokens, marked, window);
        var sb = new StringBuilder();
        if (from > 0) sb.Append('…');
        var at = from;
        // Where words match with the marks typed, their folded look-alikes are other words ("hóa" for a typed "hoà", "đoạn" for
        // "Đoàn"): marked, they would point the reader at the wrong place. Where only look-alikes match, they are all there is.
        var asTyped = marked.Any(m => m.Value > FoldedOnly && tokens[m.Key].Start >= from && tokens[m.Key].End <= to);
        var shown = marked.Keys.Order().Select(i => (tokens[i].Start, tokens[i].End, Worth: marked[i], Law: LawOf(laws, i)))
            .Where(t => t.Start >= from && t.End <= to && !(asTyped && t.Worth <= FoldedOnly)).Select(t => (t.Start, t.End, t.Law));
        foreach (var (start, end) in Whole(text, shown))
        {
            if (start < at) continue;
            sb.Append(Html.Escape(text[at..start]));
            sb.Append("<mark>").Append(Html.Escape(text[start..end])).Append("</mark>");
            at = end;
        }
        sb.Append(Html.Escape(text[at..to]));
        if (to < text.Length) sb.Append('…');
        return Spaces().Replace(sb.ToString(), " ");
    }

    /// <summary>
    /// Where a text matches the query as its snippet marks it: each word with whether it matches as typed (marks included) or
    /// only folded. The document view marks these, the folded-only ones only where nothing in the document matches as typed.
    /// </summary>
    /// <param name="lawsCited">The laws the query names that the text's document cites (<see cref="LawsCited"/>).</param>
    public static List<MatchedWord> Matches(string text, UserQuery query, IReadOnlySet<string> lawsCited)
    {
        var (tokens, marked, laws) = Marked(Addressees.Searchable(text), query, lawsCited);
        return marked.OrderBy(m => m.Key).Select(m => new MatchedWord(tokens[m.Key].Start, tokens[m.Key].End, tokens[m.Key].Folded, m.Value > FoldedOnly, m.Value >= 2)
        {
            Law = LawOf(laws, m.Key),
        }).ToList();
    }

    private static (int Start, int End)? LawOf(Dictionary<int, (int Start, int End)> laws, int token) =>
        laws.TryGetValue(token, out var law) ? law : null;

    /// <summary>
    /// A matched word: where it is, its folded form, whether it matches as typed, and whether it is part of a run of query words
    /// (two typed in a row, a quoted phrase) rather than alone.
    /// </summary>
    public readonly record struct MatchedWord(int Start, int End, string Folded, bool AsTyped, bool InRun)
    {
        /// <summary>The citation of a law the query names that the word stands in, shown as one mark with the others in it.</summary>
        public (int Start, int End)? Law { get; init; }
    }

    /// <summary>
    /// Tokens that match a query word, or belong to a run matching a query phrase or two adjacent words typed in
    /// order, each with what the match is worth: as many as the words of its run at the marks the user typed (a
    /// typed phrase outweighs its words apart), <see cref="FoldedOnly"/> when only the folded forms agree ("tiêu"
    /// for a typed "tiểu").
    /// </summary>
    /// <param name="partsAt">What is indexed beside a token at its position: in a phrase, a word is found there as Lucene finds it (the
    /// "1%" of "70,1%", the 88 of 88/2014/QH13 after "Nghị quyết số").</param>
    /// <param name="shownWhole">The units whose words are matched elsewhere, as a whole (a law's name and year the text cites), and not here.</param>
    /// <param name="notAlone">The units whose words are matched beside the next or the previous only.</param>
    private static Dictionary<int, double> MatchedTokens(List<AnalyzedToken> tokens, Dictionary<int, List<AnalyzedToken>> partsAt, UserQuery query,
        IReadOnlySet<int> shownWhole, IReadOnlySet<int> notAlone)
    {
        var marked = new Dictionary<int, double>();
        // A school year's years are marked side by side only, as they are sought: "2024" alone is a date's year ("ngày 12 tháng 9 năm
        // 2024") or another school year's ("2023 - 2024"), and marked it pointed the reader at the wrong year.
        var together = query.Together.SelectMany(p => p.Tokens).Select(t => t.Folded).ToHashSet();
        var typedWithMarks = query.TypedWithMarks;
        var words = query.Units.Where((_, i) => !shownWhole.Contains(i) && !notAlone.Contains(i)).SelectMany(u => u.Alternatives)
            .Where(p => p.Tokens is not [var alone] || !together.Contains(alone.Folded));
        var pairs = query.AdjacentPairsAt().Where(p => !together.Contains(p.First.Folded) && !together.Contains(p.Second.Folded)
                                                       && !shownWhole.Contains(p.Unit) && !shownWhole.Contains(p.Unit + 1))
            .Select(p => new QueryPhrase([p.First, p.Second], false));
        // A phrase is tried only where its first word stands, as written or as a symbol's part: trying it at every word was most of a hit's
        // snippets (a section of some 200 words, a query's words, pairs and their other spellings some 8 phrases, at every word).
        var span = CollectionsMarshal.AsSpan(tokens);
        var withParts = new bool[partsAt.Count == 0 ? 0 : span.Length];
        for (var i = 0; i < withParts.Length; i++) withParts[i] = partsAt.ContainsKey(span[i].Position);
        foreach (var phrase in words.Concat(pairs).Concat(query.Together))
        {
            var sought = phrase.Tokens;
            var first = sought[0].Folded;
            var inPhrase = sought.Count > 1;
            // The level each word was typed at, read once per phrase rather than at every place it matches.
            var levels = sought.Select(t => VietnameseFolding.TypedLevel(t.Exact)).ToArray();
            var found = new AnalyzedToken[sought.Count];
            for (var i = 0; i + sought.Count <= tokens.Count; i++)
            {
                if (span[i].Folded != first && !(inPhrase && withParts.Length > 0 && withParts[i])) continue;
                var all = true;
                for (var k = 0; k < sought.Count && all; k++) all = Found(i + k, sought[k], sought.Count > 1, out found[k]);
                if (!all) continue;
                var worth = sought is [{ IsSymbol: true }] ? Named : sought.Count;
                for (var k = 0; k < sought.Count; k++)
                {
                    // Among words typed with marks, a word typed without any is that word as written ("an toàn", "y tế", "Sơn La"): its
                    // look-alikes with marks ("bữa ăn", "Đề án", "ý thức", "là") are other words, as folded look-alikes of a marked word are.
                    var weight = found[k].Form(levels[k]) != sought[k].Form(levels[k])
                                 || (typedWithMarks && levels[k] == MarkLevel.Folded && found[k].Exact != sought[k].Exact) ? FoldedOnly : worth;
                    marked[i + k] = Math.Max(marked.GetValueOrDefault(i + k), weight);
                }
            }
        }
        return marked;

        // A word alone beside a symbol's parts is MarkSymbols' to mark: "QĐ" typed with a number marks only the symbols holding both.
        bool Found(int at, AnalyzedToken sought, bool inPhrase, out AnalyzedToken found)
        {
            found = tokens[at];
            if (found.Folded == sought.Folded) return true;
            if (!inPhrase || !partsAt.TryGetValue(found.Position, out var parts)) return false;
            foreach (var part in parts)
                if (part.Folded == sought.Folded)
                {
                    found = part;
                    return true;
                }
            return false;
        }
    }

    /// <summary>
    /// The marks of a text as shown: the words of one law's citation ("Luật Giáo dục ngày 14/6/2019") one mark, as the one thing they
    /// name, and the numbers of one figure one (<see cref="FiguresWhole"/>).
    /// </summary>
    public static List<(int Start, int End)> Whole(string text, IEnumerable<(int Start, int End, (int Start, int End)? Law)> marks)
    {
        var joined = new List<(int Start, int End)>();
        (int Start, int End)? previous = null;
        foreach (var (start, end, law) in marks)
        {
            if (law is not null && law == previous) joined[^1] = (joined[^1].Start, end);
            else joined.Add((start, end));
            previous = law;
        }
        return FiguresWhole(text, joined);
    }

    /// <summary>
    /// The marks of a text with the numbers of one figure or date joined ("70,1%", "1.500", "23/8/2023", "2023-2024"): marked word by
    /// word, a decimal read "<mark>70</mark>,<mark>1%</mark>", two numbers where one was sought, and a date three.
    /// </summary>
    public static List<(int Start, int End)> FiguresWhole(string text, IEnumerable<(int Start, int End)> marks)
    {
        var joined = new List<(int Start, int End)>();
        foreach (var (start, end) in marks)
            if (joined.Count > 0 && joined[^1].End + 1 == start && text[start - 1] is ',' or '.' or '/' or '-' && char.IsAsciiDigit(text[start - 2]) && char.IsAsciiDigit(text[start]))
                joined[^1] = (joined[^1].Start, end);
            // A decimal percentage's last number spans the figure ("70,1%"), over its whole part's mark.
            else if (joined.Count > 0 && start < joined[^1].End) joined[^1] = (joined[^1].Start, Math.Max(end, joined[^1].End));
            else joined.Add((start, end));
        return joined;
    }

    private const double FoldedOnly = 0.2;

    /// <summary>
    /// What an instrument the query names is worth where a text cites it (the symbol typed, or a kind and a number in one symbol): more
    /// than every word a window can hold, so that a passage citing it shows the citation. Every hit holds it; "thực hiện 2457/QĐ-BGDĐT"
    /// showed 004's "việc thực hiện kế hoạch năm học" and 001's "Thực hiện Kế hoạch …", the decision beyond the window.
    /// </summary>
    private const double Named = 1000;

    /// <summary>Marks a symbol whose parts a query word or partial symbol named ("QĐ 2457" marks "2457/QĐ-BGDĐT"), or words an "&amp;" joins ("GDTX" marks "GDNN&amp;GDTX").</summary>
    /// <param name="lawWords">The units of a law's name and year typed, which name that law and no symbol.</param>
    private static void MarkSymbols(List<AnalyzedToken> tokens, Dictionary<int, List<AnalyzedToken>> partsAt, UserQuery query,
        IReadOnlySet<int> lawWords, Dictionary<int, double> marked)
    {
        if (partsAt.Count == 0) return;
        // A number and a code typed together ("QĐ 2457", "Quyết định 2457") name one symbol: those holding both are marked, not every
        // symbol holding the code. Otherwise a word, or parts sought at one position (every token after the first a part).
        var pairs = query.SymbolParts().Select(p => (IReadOnlyList<AnalyzedToken>)[p.First, p.Second]).ToList();
        var paired = pairs.SelectMany(p => p).Select(t => t.Folded).ToHashSet();
        var sought = query.Units.Where((_, i) => !lawWords.Contains(i)).SelectMany(u => u.Alternatives)
            .Where(p => p.Tokens.Skip(1).All(t => t.IsSymbolPart)).Select(p => p.Tokens).Where(p => !p.All(t => paired.Contains(t.Folded))).Concat(pairs).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!partsAt.TryGetValue(tokens[i].Position, out var parts)) continue;
            // As words are: a part alike only folded is a look-alike of a word typed with marks ("ĐA" of 06-ĐA/TU for a typed "Đà").
            // A number with a code ("QĐ 2457", "2457 BGDĐT") names the instrument; a part alone ("2457", "UBND") is a word of many symbols.
            var worth = sought.Where(p => p.All(t => parts.Any(part => part.Folded == t.Folded)))
                .Select(p => p.All(t => parts.Any(part => AsTyped(part, t))) ? p.Count > 1 ? Named : 1 : FoldedOnly).DefaultIfEmpty(0).Max();
            if (worth > 0) marked[i] = Math.Max(marked.GetValueOrDefault(i), worth);
        }
    }

    /// <summary>
    /// Marks the words typed to name a symbol's kind (<see cref="QueryUnit.KindTyped"/>) where the text writes them right before a symbol
    /// the query names, with or without the "số" between: "Chỉ thị số 29-CT/TW" typed marked the symbol alone in "Chỉ thị số 29-CT/TW".
    /// They are one run with the symbol, as words typed in a row are.
    /// </summary>
    private static void MarkKindsBeforeSymbols(List<AnalyzedToken> tokens, UserQuery query, Dictionary<int, double> marked)
    {
        var kinds = query.Units.Where(u => u.KindTyped.Count > 0).Select(u => u.KindTyped.Select(w => w.Folded).Where(w => w != "so").ToList()).ToList();
        if (kinds.Count == 0) return;
        foreach (var symbol in marked.Where(m => m.Value >= Named).Select(m => m.Key).ToList())
        {
            var kindEnd = symbol > 0 && tokens[symbol - 1].Folded == "so" ? symbol - 1 : symbol;
            foreach (var kind in kinds)
            {
                var start = kindEnd - kind.Count;
                if (start < 0 || !kind.Select((w, k) => tokens[start + k].Folded == w).All(same => same)) continue;
                for (var k = start; k < symbol; k++) marked[k] = Math.Max(marked.GetValueOrDefault(k), symbol - start + 1);
            }
        }
    }

    private static bool AsTyped(AnalyzedToken found, AnalyzedToken typed) =>
        VietnameseFolding.TypedLevel(typed.Exact) is var level && found.Form(level) == typed.Form(level);

    /// <summary>
    /// The window worth most, widened to whole words: each distinct matched word counts what its best match there is
    /// worth, so the typed phrase outweighs its words apart, and the words as typed outweigh their folded look-alikes.
    /// </summary>
    private static (int From, int To) ChooseWindow(string text, List<AnalyzedToken> tokens, Dictionary<int, double> marked, int window)
    {
        if (text.Length <= window) return (0, text.Length);
        var best = (Score: -1.0, Lead: -1.0, From: 0);
        var hits = marked.Keys.Order().ToList();
        var bestOfWord = new Dictionary<string, double>();
        // The matches inside the window, hits[lo..hi): both ends only move forward as the window does. Counting every match
        // for every window was quadratic: a 4 MB document with 35,000 matches of "phổ cập" took 20 s to show its snippet.
        int lo = 0, hi = 0;
        foreach (var first in hits)
        {
            // The window shown: a little of what leads up to its first match, then the matches.
            var start = Math.Max(0, tokens[first].Start - window / 4);
            while (lo < hits.Count && tokens[hits[lo]].Start < start) lo++;
            hi = Math.Max(hi, lo);
            while (hi < hits.Count && tokens[hits[hi]].End <= start + window) hi++;
            bestOfWord.Clear();
            for (var k = lo; k < hi; k++)
            {
                var h = hits[k];
                bestOfWord[tokens[h].Folded] = Math.Max(bestOfWord.GetValueOrDefault(tokens[h].Folded), marked[h]);
            }
            var worth = bestOfWord.Values.Sum();
            // Of windows worth the same, the one led by the stronger match: the window led by a word alone ("nhà vệ <mark>sinh</mark>")
            // that also reached the phrase ("học sinh bỏ học") showed the phrase last, cut by the window's end.
            if (worth > best.Score || (worth == best.Score && marked[first] > best.Lead)) best = (worth, marked[first], start);
        }
        var from = best.Score < 0 ? 0 : best.From;
        // Start and end on word boundaries, and a phrase found is shown whole: a window cutting one ("… ưu tiên phổ cập giáo…" for
        // "phổ cập giáo dục") takes in the rest of it, a quarter of the window at most.
        var startToken = tokens.FindIndex(t => t.Start >= from);
        while (startToken > 0 && InOneRun(marked, startToken - 1, startToken) && from - tokens[startToken - 1].Start <= window / 4) startToken--;
        from = from == 0 || startToken < 0 ? 0 : tokens[startToken].Start;
        var to = Math.Min(text.Length, from + window);
        var endToken = tokens.FindLastIndex(t => t.End <= to);
        if (to < text.Length && endToken >= 0 && tokens[endToken].End > from)
        {
            while (endToken + 1 < tokens.Count && InOneRun(marked, endToken, endToken + 1) && tokens[endToken + 1].End - from <= window + window / 4) endToken++;
            to = tokens[endToken].End;
        }
        return (from, to);
    }

    /// <summary>Whether two words side by side are both matched as part of a run of query words (a phrase, words typed in a row).</summary>
    private static bool InOneRun(Dictionary<int, double> marked, int first, int second) =>
        marked.GetValueOrDefault(first) >= 2 && marked.GetValueOrDefault(second) >= 2;

    /// <summary>Line breaks, and the runs of spaces a blanked list leaves.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Spaces();
}
