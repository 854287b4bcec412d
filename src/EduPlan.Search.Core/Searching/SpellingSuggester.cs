using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// "Did you mean": corrects each word of a query that finds little, from the index's own vocabulary:
/// a word typed in Telex or VNI without an input method is read as Vietnamese; an unknown word is
/// replaced by the known word within one or two edits of its folded form that is nearest with its marks,
/// the most frequent of those. A word spelt as a syllable can be is corrected only into a word written beside its neighbours.
/// </summary>
public sealed class SpellingSuggester
{
    /// <summary>Each folded form's spellings with marks, and how many documents hold each.</summary>
    private readonly Dictionary<string, List<(string Exact, int Frequency)>> _byFolded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<string>> _foldedByInitial = new();

    private readonly IndexReader _reader;
    private readonly Abbreviations _abbreviations;

    public SpellingSuggester(IndexReader reader, Abbreviations abbreviations)
    {
        _reader = reader;
        _abbreviations = abbreviations;
        var field = IndexFields.Leveled(IndexFields.Body, MarkLevel.Exact);
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return;
        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            var term = e.Term.Utf8ToString();
            if (term.Length < 2 || term.Any(char.IsDigit) || term.Contains('/')) continue;
            if (VietnameseFolding.FoldAll(term) is not { Length: > 0 }) continue;
            _exact.Add(term);
            var folded = VietnameseFolding.FoldAll(term);
            if (!_byFolded.TryGetValue(folded, out var spellings)) _byFolded[folded] = spellings = [];
            spellings.Add((term, e.DocFreq));
        }
        foreach (var folded in _byFolded.Keys)
        {
            if (!_foldedByInitial.TryGetValue(folded[0], out var list)) _foldedByInitial[folded[0]] = list = [];
            list.Add(folded);
        }
    }

    /// <summary>The corrected query, or null when every word is already known.</summary>
    public string? Suggest(string normalizedQuery)
    {
        var words = normalizedQuery.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 12) return null;
        var changed = false;
        var result = new List<string>(words.Length);
        // Letters without a vowel carry no mark to leave out ("thm"): the words typed around them say whether the user types marks.
        var marked = words.Any(w => VietnameseFolding.TypedLevel(w) != MarkLevel.Folded);
        for (var i = 0; i < words.Length; i++)
        {
            var raw = words[i];
            var (lead, word, trail) = Syntax(raw);
            // The words beside it, as corrected so far: "giao dut" is "giao dục" because "giáo dục" is written everywhere.
            var before = i > 0 ? Syntax(result[i - 1]).Word : null;
            var after = i + 1 < words.Length ? Syntax(words[i + 1]).Word : null;
            var suggestion = Correct(word, before, after, marked);
            if (suggestion is not null && suggestion != word.ToLowerInvariant())
            {
                // Only the word is replaced: the quotes, the minus and the brackets around it stay, or the suggestion is another query
                // ("kiem dinh chat luog" was offered with its closing quote lost).
                result.Add(lead + LikeTyped(suggestion, word) + trail);
                changed = true;
            }
            else result.Add(raw);
        }
        return changed ? string.Join(' ', result) : null;
    }

    /// <summary>A word typed, apart from the query syntax and punctuation around it: <c>-"giao</c> is <c>-"</c>, <c>giao</c>, nothing.</summary>
    private static (string Lead, string Word, string Trail) Syntax(string raw)
    {
        var start = 0;
        while (start < raw.Length && (raw[start] == '-' || Punctuation.Contains(raw[start]))) start++;
        var end = raw.Length;
        while (end > start && Punctuation.Contains(raw[end - 1])) end--;
        return (raw[..start], raw[start..end], raw[end..]);
    }

    private const string Punctuation = "\"(),.;";

    private string? Correct(string word, string? before, string? after, bool queryMarked)
    {
        if (word.Length < 2 || UserQuery.Operator(word) is not null) return null;
        // An abbreviation search knows is what staff typed, in small letters too: "tp hà nội" was offered "tap hà nội", "tp hcm" "tap hc".
        if (_abbreviations.FindShort(word) is not null) return null;
        // "CV45", "QĐ2791": a code and a number, as search reads them, no misspelt word ("CV45" was offered "CV").
        if (DocumentKinds.CodeAndNumberApart(word) != word) return null;
        var tokens = AnalyzedToken.Analyze(word);
        if (tokens.Count != 1 || tokens[0].IsSymbol) return TypedScheme(word);
        var token = tokens[0];
        // A word the texts write, the last typed, never written after the word before it: being typed on ("kế hoạ", "minh họa"'s "họa"),
        // it is the word it begins that the texts write there.
        if (_exact.Contains(token.Exact))
            return after is null && Stranded(token.Folded, before, null) ? Nearest(token.Folded, token.Exact, before, null, besideOnly: true, begunOnly: true) : null;
        // Telex or VNI typed for a word the texts write, in capitals too: "GIAOS DUCJ" (caps lock on, no input method) is "GIÁO DỤC".
        if (TypedScheme(word) is { } typed) return typed;
        // Otherwise capitals without tones are an acronym or an operator ("TIMSS", "AND", "GDĐT"), not a misspelt word: "tìm", "án"
        // helped no one. A tone says the capitals are words: "GIÁO DỤCC" is "GIÁO DỤC".
        if (word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && VietnameseFolding.TypedLevel(token.Exact) != MarkLevel.Exact) return null;
        if (token.Folded.Length == 0 || !char.IsLetter(token.Folded[0])) return null;
        // Known without marks: nothing to correct, unless no text writes it beside the words typed beside it. "kế hoạc" (typed on, or a
        // letter short) folds to "hoặc", which no text writes after "kế": the word is "hoạch", written there everywhere.
        if (_byFolded.ContainsKey(token.Folded))
            return Stranded(token.Folded, before, after) ? Nearest(token.Folded, token.Exact, before, after, besideOnly: true) : null;
        return Nearest(token.Folded, token.Exact, before, after, marksAround: queryMarked && VietnameseFolding.HasNoVowel(token.Folded));
    }

    /// <summary>Whether a known word is written beside none of the known words typed beside it; false when none beside it is known.</summary>
    private bool Stranded(string folded, string? typedBefore, string? typedAfter)
    {
        var (before, after) = (Known(Folded(typedBefore)), Known(Folded(typedAfter)));
        return (before is not null || after is not null) && BesideNeighbours(folded, before, after) == 0;
    }

    private string? Known(string? folded) => folded is not null && _byFolded.ContainsKey(folded) ? folded : null;

    /// <summary>The correction in the typed word's case: "GIÁO DỤCC" is "GIÁO DỤC", "Giáo Dụcc" is "Giáo Dục".</summary>
    private static string LikeTyped(string suggestion, string typed)
    {
        var letters = typed.Where(char.IsLetter).ToList();
        if (letters.Count > 1 && letters.All(char.IsUpper)) return suggestion.ToUpperInvariant();
        return letters.Count > 0 && char.IsUpper(letters[0]) && suggestion.Length > 0 ? char.ToUpperInvariant(suggestion[0]) + suggestion[1..] : suggestion;
    }

    private string? TypedScheme(string word)
    {
        foreach (var candidate in TypingSchemes.Readings(word))
            if (_exact.Contains(VietnameseFolding.Canonical(candidate)) || WrittenInSomeTone(candidate)) return candidate;
        return null;
    }

    /// <summary>
    /// Whether letters typed without a tone are a word the texts write in some tone of them: "phoo" (the tone key left out) is "phô",
    /// which no text writes, yet search finds its "phổ"; it was offered as typed, "phoo cập giáo dục", which found nothing.
    /// </summary>
    private bool WrittenInSomeTone(string candidate) =>
        !VietnameseFolding.HasTone(candidate) && _byFolded.TryGetValue(VietnameseFolding.FoldAll(candidate), out var spellings)
        && spellings.Any(s => VietnameseFolding.ToneFold(s.Exact) == VietnameseFolding.ToneFold(candidate));

    private static string? Folded(string? word) => word is null ? null : VietnameseFolding.FoldAll(word.ToLowerInvariant());

    /// <summary>Whether some document writes the spelling beside a word typed beside it, marks and all.</summary>
    private bool WrittenBeside(string spelling, string? before, string? after)
    {
        var field = IndexFields.Leveled(IndexFields.Body, MarkLevel.Exact);
        bool Written(string first, string second)
        {
            var (a, b) = (AnalyzedToken.Analyze(first), AnalyzedToken.Analyze(second));
            if (a.Count != 1 || b.Count != 1) return false;
            var phrase = new PhraseQuery { new Term(field, a[0].Exact), new Term(field, b[0].Exact) };
            return new IndexSearcher(_reader).Search(phrase, 1).TotalHits > 0;
        }
        return (before is { Length: > 0 } && Written(before, spelling)) || (after is { Length: > 0 } && Written(spelling, after));
    }

    /// <summary>How many documents write the candidate beside the words typed beside it.</summary>
    private int BesideNeighbours(string candidate, string? before, string? after)
    {
        var field = IndexFields.Pairs(IndexFields.Body);
        return (before is { Length: > 0 } ? _reader.DocFreq(new Term(field, TokenPairStream.Term(before, candidate))) : 0)
               + (after is { Length: > 0 } ? _reader.DocFreq(new Term(field, TokenPairStream.Term(candidate, after))) : 0);
    }

    /// <summary>
    /// The known word nearest the typed one: fewest edits folded, then the most often written beside the words typed beside it
    /// ("giao dut" is "giao duc"), then fewest edits with the marks as typed ("dụt" is "dục", one letter off, not "đủ"; "cậpp" is
    /// "cập", not the more frequent "cấp"), then the most frequent.
    /// </summary>
    /// <param name="besideOnly">Only a word written beside the words typed beside it, and, for the last word typed, also a word it begins
    /// (staff typing on: "kế hoạ" is "kế hoạch").</param>
    /// <param name="begunOnly">Only a word the last word typed begins.</param>
    /// <param name="marksAround">Whether to correct with marks a word typed without: "thm" among marked words is "thêm", not "them".</param>
    private string? Nearest(string folded, string exact, string? typedBefore, string? typedAfter, bool besideOnly = false, bool begunOnly = false,
        bool marksAround = false)
    {
        var withMarks = marksAround || VietnameseFolding.TypedLevel(exact) != MarkLevel.Folded;
        // A word spelt as a syllable can be may be a word the corpus lacks, not a slip: "xổ số" was offered "xã số", "bão lũ" "bão lực"
        // ("bạo lực" folded stands beside it). Such a word is replaced only by a word written beside the words typed beside it, and
        // typed with marks, only by one a letter or mark away written so beside them, marks and all ("giáo dụt" is "giáo dục").
        var wellFormed = VietnameseSyllable.IsWellFormed(folded);
        var (before, after) = (Folded(typedBefore), Folded(typedAfter));
        if (!_foldedByInitial.TryGetValue(folded[0], out var candidates)) return null;
        var maxDistance = folded.Length <= 4 ? 1 : 2;
        var typingOn = besideOnly && typedAfter is null;
        string? best = null;
        var bestScore = (Distance: int.MaxValue, Beside: 0, Marked: int.MaxValue, Frequency: 0);
        foreach (var c in candidates)
        {
            // A word typed on is one letter short of the word it begins, however many it lacks.
            var begun = typingOn && c.Length > folded.Length && c.StartsWith(folded, StringComparison.Ordinal);
            if ((Math.Abs(c.Length - folded.Length) > maxDistance || begunOnly) && !begun) continue;
            var d = begun ? 1 : EditDistance.Between(folded, c, maxDistance);
            if (d > maxDistance) continue;
            // Two letters are too few to tell a slip from another word: "gv" (giáo viên) was offered "go", "hs" any word of two letters.
            // Only a letter left out is put back.
            if (folded.Length <= 2 && !IsSubsequence(folded, c)) continue;
            var beside = BesideNeighbours(c, before, after);
            if ((wellFormed || besideOnly) && beside == 0) continue;
            // Two letters dropped is a word cut down, not a slip, unless the texts write it beside the words around it: "covid" is no "coi".
            if (d == 2 && c.Length == folded.Length - 2 && beside == 0) continue;
            foreach (var (spelling, frequency) in _byFolded[c])
            {
                var marked = !withMarks ? 0 : begun && TypedOn(exact, spelling) ? 1 : EditDistance.Between(exact, spelling, int.MaxValue - 1);
                if (wellFormed && withMarks && (marked > 1 || !WrittenBeside(spelling, typedBefore, typedAfter))) continue;
                if ((d, -beside, marked, -frequency).CompareTo((bestScore.Distance, -bestScore.Beside, bestScore.Marked, -bestScore.Frequency)) >= 0) continue;
                // Typed without marks, corrected without marks: "giao dut" is "giao duc".
                best = withMarks ? spelling : c;
                bestScore = (d, beside, marked, frequency);
            }
        }
        return best;
    }

    /// <summary>
    /// Whether a spelling is the word typed, typed on: its letters and then more, with the tone typed, which moves as letters come
    /// ("họa" typed on is "hoạch").
    /// </summary>
    private static bool TypedOn(string typed, string spelling)
    {
        var (begun, whole) = (VietnameseFolding.ToneFold(typed), VietnameseFolding.ToneFold(spelling));
        return whole.Length > begun.Length && whole.StartsWith(begun, StringComparison.Ordinal)
               && VietnameseFolding.Canonical(typed + whole[begun.Length..]) == spelling;
    }

    private static bool IsSubsequence(string letters, string word)
    {
        var k = 0;
        foreach (var c in word)
            if (k < letters.Length && letters[k] == c) k++;
        return k == letters.Length;
    }
}
