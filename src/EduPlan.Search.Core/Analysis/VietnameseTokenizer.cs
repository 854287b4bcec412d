using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EduPlan.Search.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EduPlan.Search.Core.Analysis;

/// <summary>
/// Splits text into syllables and keeps instrument symbols whole ("2457/QĐ-BGDĐT", "30/2021/QĐ-TTg",
/// "29-CT/TW", even with a stray space: "1646 /QĐ-UBND"), "GD&amp;ĐT" as one word, and a percentage with its sign ("12%", "12 %").
/// StandardTokenizer would cut a symbol into pieces that no longer identify the instrument.
/// Written as its own Tokenizer because Lucene.Net's PatternTokenizer ran twenty times slower than the
/// regular expression it wraps.
/// </summary>
public sealed class VietnameseTokenizer : Tokenizer
{
    private const string Word = @"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:&[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*";

    /// <summary>A number and its percent sign, which says it is a figure, not a day or a document's number.</summary>
    private const string Percentage = @"\p{Nd}+[ \u00A0]?%";

    public static readonly Regex Pattern = new(
        $"{SymbolPatterns.Any}|{Percentage}|(?:{Word})",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The next token of <paramref name="text"/> from <paramref name="from"/> on, as <see cref="Pattern"/> finds it. A symbol
    /// starts with a digit: only there is the expression run; a word is read by hand, which made a build's tokenising about
    /// three times faster (the expression tries both symbol shapes at every word before it reads the word).
    /// </summary>
    public static bool NextToken(string text, int from, out int index, out int length)
    {
        var i = from;
        while (i < text.Length && !StartsWord(text[i])) i++;
        if (i >= text.Length)
        {
            index = length = 0;
            return false;
        }
        if (char.IsDigit(text[i]))
        {
            // A letter or number starts a word, so the expression's first match from here starts here.
            var match = Pattern.Match(text, i);
            index = DecimalStart(text, match.Index, match.Length);
            length = match.Index + match.Length - index;
            return true;
        }
        var end = i + 1;
        while (true)
        {
            while (end < text.Length && InWord(text[end])) end++;
            // "GD&ĐT": an ampersand between two words joins them.
            if (end + 1 < text.Length && text[end] == '&' && StartsWord(text[end + 1])) end += 2;
            else break;
        }
        (index, length) = (i, end - i);
        return true;
    }

    /// <summary>
    /// Where a percentage starts: at its decimal's whole part where it is one ("70,1%" after "70"), so that the figure is written
    /// whole beside its last number (<see cref="InstrumentSymbolFilter"/>). Read from its last digits, "70,1%" was a "1%", and a
    /// search for "1%" found it.
    /// </summary>
    private static int DecimalStart(string text, int index, int length)
    {
        if (text[index + length - 1] != '%' || index < 2 || text[index - 1] is not (',' or '.') || !char.IsDigit(text[index - 2])) return index;
        var start = index - 2;
        while (start > 0 && char.IsDigit(text[start - 1])) start--;
        return start;
    }

    /// <summary>[\p{L}\p{N}], as the expression reads it.</summary>
    private static bool StartsWord(char c) => c < 0x80
        ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9
        : char.GetUnicodeCategory(c) is >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.OtherLetter
            or >= UnicodeCategory.DecimalDigitNumber and <= UnicodeCategory.OtherNumber;

    /// <summary>[\p{L}\p{M}\p{N}], as the expression reads it.</summary>
    private static bool InWord(char c) => c < 0x80
        ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9
        : char.GetUnicodeCategory(c) <= UnicodeCategory.OtherNumber;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly StringBuilder _buffer = new();
    private readonly char[] _chunk = new char[8192];
    private string _text = "";
    private Match? _match;
    private int _end;

    public VietnameseTokenizer(TextReader reader) : base(reader)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public static Tokenizer Create(TextReader reader) => new VietnameseTokenizer(reader);

    public override bool IncrementToken()
    {
        if (_match is null) return false;
        if (!_match.Success)
        {
            _match = null;
            return false;
        }
        ClearAttributes();
        var start = DecimalStart(_text, _match.Index, _match.Length);
        _term.SetEmpty().Append(_text, start, _match.Index + _match.Length - start);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(_match.Index + _match.Length));
        _match = _match.NextMatch();
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_end);
        _offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        _buffer.Clear();
        int read;
        while ((read = m_input.Read(_chunk, 0, _chunk.Length)) > 0) _buffer.Append(_chunk, 0, read);
        _text = _buffer.ToString();
        _end = _text.Length;
        _match = Pattern.Match(_text);
    }
}
