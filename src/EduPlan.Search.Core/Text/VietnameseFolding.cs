using System.Buffers;
using System.Globalization;
using System.Text;

namespace EduPlan.Search.Core.Text;

/// <summary>The three levels at which a Vietnamese word is compared.</summary>
public enum MarkLevel
{
    /// <summary>All marks kept; tone placement (hoà/hóa) and i/y spelling (kĩ/kỹ) canonicalised.</summary>
    Exact,
    /// <summary>Tones removed, letter marks kept: "phổ" → "phô", "đ" stays.</summary>
    ToneFolded,
    /// <summary>Every mark removed and đ → d: "phổ" → "pho".</summary>
    Folded,
}

/// <summary>
/// Vietnamese-aware normalisation of single words. Everything here works on one token at a time and
/// is idempotent: applying a fold twice gives the result of applying it once.
/// </summary>
public static class VietnameseFolding
{
    private const char NoTone = '\0';
    private static readonly char[] ToneMarks = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
    private const string Vowels = "aăâeêioôơuưy";
    private const string MarkedVowels = "ăâêôơư";

    /// <summary>
    /// Makes any input safe and canonical for analysis: invisible format characters dropped, NFKC, the look-alike Ð (U+00D0) read
    /// as Đ, lone surrogates and control characters (other than line breaks and tabs) replaced by spaces.
    /// NFKC rather than NFC: text pasted from PDFs and typed with East Asian keyboards carries ligatures
    /// ("ﬁ") and full-width forms ("２４５７／ＱĐ") that mean the plain letters and digits; under NFC they
    /// were other words and found nothing. Vietnamese letters compose the same under both.
    /// Length can change (format characters go, NFKC composes and expands ligatures), so callers that need offsets into the original keep both.
    /// </summary>
    public static string NormalizeText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        text = WithoutFormatCharacters(text);
        // Most text has nothing to replace: one vectorised scan, not a copy character by character.
        var s = text.AsSpan().ContainsAny(NeedsReplacing) ? Replaced(text) : text;
        var normal = s.IsNormalized(NormalizationForm.FormKC) ? s : CompatibilityForm(s);
        // NFKC can make what is replaced ("ᶞ" is ð, a non-breaking hyphen U+2011 is U+2010): read again, normalising twice gave another text.
        if (!ReferenceEquals(normal, s) && normal.AsSpan().ContainsAny(NeedsReplacing)) normal = Replaced(normal);
        return JoinDashes(normal);
    }

    /// <summary>
    /// NFKC, but for the punctuation it writes as several characters ("…" as "...", "‼" as "!!"), kept as written: it means nothing to a
    /// search, and a citation's offsets after it fell two characters past its words in the file (a tester's 806, "ngày … tháng …"), where
    /// the API says they are the NFC file's.
    /// </summary>
    private static string CompatibilityForm(string text)
    {
        if (!text.AsSpan().ContainsAny(PunctuationNfkcLengthens)) return text.Normalize(NormalizationForm.FormKC);
        var normal = new StringBuilder(text.Length);
        var from = 0;
        for (int at; (at = text.AsSpan(from).IndexOfAny(PunctuationNfkcLengthens)) >= 0; from += at + 1)
        {
            normal.Append(text.AsSpan(from, at).ToString().Normalize(NormalizationForm.FormKC));
            normal.Append(text[from + at]);
        }
        return normal.Append(text[from..].Normalize(NormalizationForm.FormKC)).ToString();
    }

    /// <summary>Punctuation NFKC writes as several characters: ellipses, doubled marks of exclamation and question, doubled and tripled primes.</summary>
    private static readonly SearchValues<char> PunctuationNfkcLengthens = SearchValues.Create("\u2025\u2026\u203C\u2047\u2048\u2049\u2033\u2034\u2036\u2037\u2057");

    /// <summary>
    /// The text without its invisible format characters (Unicode Cf): the soft hyphen a PDF leaves where it hyphenated a word, zero-width
    /// spaces and joiners, the word joiner, a byte order mark pasted mid-text, direction marks. Inside a word they cut it in two
    /// ("gi\u00ADáo" was "gi" and "áo", and neither the word nor a suggestion was found); they mean nothing a reader sees.
    /// </summary>
    public static string WithoutFormatCharacters(string text)
    {
        if (!text.AsSpan().ContainsAny(FormatOrHighSurrogate)) return text;
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var category = pair ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[i], text[i + 1])) : CharUnicodeInfo.GetUnicodeCategory(text[i]);
            if (category != UnicodeCategory.Format) kept.Append(text, i, pair ? 2 : 1);
            if (pair) i++;
        }
        return kept.Length == text.Length ? text : kept.ToString();
    }

    /// <summary>Format characters, and the high surrogates that begin the astral ones (tags, musical and hieroglyph format controls).</summary>
    private static readonly SearchValues<char> FormatOrHighSurrogate = SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => char.IsHighSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format).ToArray());

    /// <summary>Control characters other than line breaks and tabs, surrogates (kept only in pairs) and non-characters.</summary>
    private static bool IsUnsafe(char c) => char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c is '\uFFFE' or '\uFFFF';

    /// <summary>
    /// What <see cref="Replaced"/> may change: the unsafe characters, Ð and ð, and the Unicode hyphens (U+2010, U+2011) that word
    /// processors put in "29‐CT/TW": read as the hyphen they look like, or the symbol was two words and found other texts.
    /// </summary>
    private static readonly SearchValues<char> NeedsReplacing = SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => IsUnsafe(c) || c is '\u00D0' or '\u00F0' or '\u2010' or '\u2011').ToArray());

    /// <summary>The dashes Word's autocorrect makes of a hyphen: en dash, em dash, minus.</summary>
    private static readonly SearchValues<char> Dashes = SearchValues.Create("\u2013\u2014\u2212");

    /// <summary>Whether a character is one of the dashes Word's autocorrect makes of a hyphen.</summary>
    public static bool IsDash(char c) => Dashes.Contains(c);

    /// <summary>
    /// Whether the character at <paramref name="i"/> of normalised text is a dash joining two words, read as the hyphen it replaced:
    /// "2457/QĐ–BGDĐT" was no citation. A dash with a space beside it is punctuation and stays ("2023 – 2024").
    /// </summary>
    public static bool IsJoiningDash(string text, int i)
    {
        if (!Dashes.Contains(text[i]) || i + 1 >= text.Length || !char.IsLetterOrDigit(text, i + 1)) return false;
        var before = i - 1;
        while (before >= 0 && IsMark(text[before])) before--;
        if (before > 0 && char.IsLowSurrogate(text[before]) && char.IsHighSurrogate(text[before - 1])) before--;
        return before >= 0 && char.IsLetterOrDigit(text, before);
    }

    /// <summary>A combining mark: in text sent decomposed (NFD), or one that did not compose with the letter before it.</summary>
    internal static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Normalised text with each dash joining two words a hyphen (<see cref="IsJoiningDash"/>); as long as it was.</summary>
    private static string JoinDashes(string text)
    {
        if (!text.AsSpan().ContainsAny(Dashes)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (IsJoiningDash(text, i)) chars[i] = '-';
        return new string(chars);
    }

    private static string Replaced(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c))
            {
                clean.Append(' ');
            }
            else
            {
                clean.Append(c switch { '\u00D0' => 'Đ', '\u00F0' => 'đ', '\u2010' or '\u2011' => '-', _ => c });
            }
        }
        return clean.ToString();
    }

    /// <summary>The form of a (lower-cased or not) word at the given level.</summary>
    public static string Fold(string word, MarkLevel level)
    {
        var forms = Forms(word);
        return level switch { MarkLevel.Exact => forms.Exact, MarkLevel.ToneFolded => forms.ToneFolded, _ => forms.Folded };
    }

    /// <summary>
    /// All three forms of a word, memoised: the language has a few thousand syllables, and decomposing,
    /// re-placing the tone and recomposing each occurrence again dominated indexing time.
    /// </summary>
    public static (string Exact, string ToneFolded, string Folded) Forms(string word) => FormsOf.Get(word);

    /// <summary>The forms of a word still inside its text, found without copying it out when seen before.</summary>
    public static (string Exact, string ToneFolded, string Folded) Forms(ReadOnlySpan<char> word) => FormsOf.Get(word);

    private static readonly StringMemo<(string, string, string)> FormsOf =
        new(word => (Canonical(word), ToneFold(word), FoldAll(word)), maxEntries: 500_000, maxKeyLength: 24);

    /// <summary>Lower case, i/y spelling unified, tone moved to its canonical vowel.</summary>
    public static string Canonical(string word)
    {
        var (bases, tone) = Split(word);
        return tone == NoTone ? bases : ToneOnItsVowel(bases, tone) ?? bases;
    }

    /// <summary>The letters with the tone on the vowel that carries it; null where none can.</summary>
    private static string? ToneOnItsVowel(string bases, char tone)
    {
        var at = TonePosition(bases.ToLowerInvariant());
        return at < 0 || at >= bases.Length ? null : (bases[..at] + bases[at] + tone + bases[(at + 1)..]).Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Text with each syllable's tone where <see cref="Canonical"/> puts it, its letters' case and the text's length kept: "UỶ BAN"
    /// is "ỦY BAN", "Thanh Hoá" "Thanh Hóa". What reads a letterhead or a title with patterns written in one placement reads both
    /// alike, and an offset found in this text is one in the text given. The i/y spelling is not touched: "Mỹ" stays a name's.
    /// </summary>
    public static string PlaceTones(string text)
    {
        StringBuilder? placed = null;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            // Only a run of vowels can have its tone misplaced; a syllable with one vowel, or none, is as it is.
            if (i - start < 2 || i - start > 7) continue;
            var word = text.AsSpan(start, i - start);
            var moved = TonePlacedOf.Get(word);
            if (word.SequenceEqual(moved)) continue;
            placed ??= new StringBuilder(text);
            for (var k = 0; k < moved.Length; k++) placed[start + k] = moved[k];
        }
        return placed?.ToString() ?? text;
    }

    private static readonly StringMemo<string> TonePlacedOf = new(PlaceTone, maxEntries: 100_000, maxKeyLength: 8);

    private static string PlaceTone(string word)
    {
        var tone = NoTone;
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (Array.IndexOf(ToneMarks, c) >= 0) { if (tone == NoTone) tone = c; }
            else sb.Append(c);
        }
        if (tone == NoTone) return word;
        var placed = ToneOnItsVowel(sb.ToString().Normalize(NormalizationForm.FormC), tone);
        return placed is not null && placed.Length == word.Length && placed != word ? placed : word;
    }

    /// <summary>
    /// Puts a tone on a toneless syllable at its canonical vowel. <paramref name="tone"/> is 1 sắc,
    /// 2 huyền, 3 hỏi, 4 ngã, 5 nặng (the VNI numbering); anything else leaves the syllable as it is.
    /// </summary>
    public static string WithTone(string toneless, int tone)
    {
        if (tone is < 1 or > 5) return toneless;
        return Canonical((toneless + ToneMarks[tone - 1]).Normalize(NormalizationForm.FormC));
    }

    /// <summary>
    /// The exact forms a toneless syllable stands for: itself and each of the five tones at its canonical vowel
    /// ("giao": giao, giáo, giào, giảo, gião, giạo). A word without a vowel ("2457", "qđ") stands for itself, and so does a word
    /// with its tone ("cập" typed beside "phô"): its tone was typed, not skipped.
    /// </summary>
    public static IReadOnlyList<string> EveryTone(string toneless) =>
        HasTone(toneless)
            ? [toneless]
            : Enumerable.Range(0, 6).Select(tone => tone == 0 ? toneless : WithTone(toneless, tone)).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Lower case, i/y unified, tones removed, letter marks (ă â ê ô ơ ư đ) kept.</summary>
    public static string ToneFold(string word) => Split(word).Bases;

    /// <summary>Whether a folded word has no vowel, which no syllable is written without: a code or abbreviation ("qd", "thcs").</summary>
    public static bool HasNoVowel(string folded) => folded.AsSpan().IndexOfAny("aeiouy") < 0;

    /// <summary>Lower case, every mark removed, đ → d.</summary>
    public static string FoldAll(string word)
    {
        // Marks go first, then the y/i rule: a stray mark must not stop "ky" from reading as "ki".
        // Vietnamese folds character by character to ASCII, without ICU; anything else takes the full path.
        return UnifyFinalY(AsciiFolding.TryFold(word) ?? RemoveMarks(word));
    }

    /// <summary>
    /// FoldAll before the y/i rule, through ICU: decomposed, lower-cased, marks dropped, đ → d, recomposed.
    /// The reference <see cref="AsciiFolding"/> is built from, one character at a time.
    /// </summary>
    internal static string RemoveMarks(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (IsMark(c)) continue;
            sb.Append(c switch { 'đ' or 'ð' => 'd', _ => c });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when the word carries any tone mark.</summary>
    public static bool HasTone(string word) => Split(word).Tone != NoTone;

    /// <summary>True when the word carries any mark at all (tone or letter mark, đ included).</summary>
    public static bool HasMarks(string word) => FoldAll(word) != word.ToLowerInvariant();

    /// <summary>The most specific level the word was typed at: a word without marks says nothing about marks.</summary>
    public static MarkLevel TypedLevel(string word) =>
        HasTone(word) ? MarkLevel.Exact : HasMarks(word) ? MarkLevel.ToneFolded : MarkLevel.Folded;

    /// <summary>Splits a word into its lower-case letters without tone (i/y unified) and its tone mark.</summary>
    private static (string Bases, char Tone) Split(string word)
    {
        var tone = NoTone;
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (Array.IndexOf(ToneMarks, c) >= 0)
            {
                if (tone == NoTone) tone = c;
                continue;
            }
            sb.Append(c switch { 'ð' => 'đ', _ => c });
        }
        var bases = sb.ToString().Normalize(NormalizationForm.FormC);
        return (UnifyFinalY(bases), tone);
    }

    /// <summary>
    /// "kỹ"/"kĩ", "lý"/"lí", "tỷ"/"tỉ", "công ty"/"công ti": after a consonant onset, a lone final y is
    /// written i or y. "quy", "uy" and "y" (as in "y tế") are not variants: they have no consonant-only onset.
    /// </summary>
    private static string UnifyFinalY(string bases)
    {
        if (bases.Length < 2 || bases[^1] != 'y') return bases;
        for (var i = 0; i < bases.Length - 1; i++)
            if (!IsConsonant(bases[i])) return bases;
        return bases[..^1] + "i";
    }

    private static bool IsConsonant(char c) => c is 'b' or 'c' or 'd' or 'đ' or 'g' or 'h' or 'k' or 'l' or 'm' or 'n'
        or 'p' or 'q' or 'r' or 's' or 't' or 'v' or 'x';

    /// <summary>
    /// Where the tone goes in a toneless syllable, old style (hóa, khỏe, thủy): the marked vowel if any;
    /// else the last vowel before a final consonant; else the first of two, the middle of three.
    /// Deterministic, so both placements a user might type land on the same form.
    /// </summary>
    private static int TonePosition(string s)
    {
        var start = 0;
        while (start < s.Length && Vowels.IndexOf(s[start]) < 0) start++;
        if (start == s.Length) return -1;
        // "qu" and "gi" onsets: their u and i are consonants when a vowel follows.
        if (start > 0 && start + 1 < s.Length && Vowels.IndexOf(s[start + 1]) >= 0 &&
            ((s[start] == 'u' && s[start - 1] == 'q') || (s[start] == 'i' && s[start - 1] == 'g' && start == 1)))
            start++;
        var end = start;
        while (end < s.Length && Vowels.IndexOf(s[end]) >= 0) end++;
        for (var i = end - 1; i >= start; i--)
            if (MarkedVowels.IndexOf(s[i]) >= 0) return i;
        var length = end - start;
        if (end < s.Length) return end - 1;
        return length switch { 1 => start, 2 => start, _ => start + 1 };
    }
}
