using System.Text;
using System.Text.RegularExpressions;
using EduPlan.Search.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EduPlan.Search.Core.Analysis;

/// <summary>
/// Splits text into syllables and keeps instrument symbols whole ("2457/QĐ-BGDĐT", "30/2021/QĐ-TTg",
/// "29-CT/TW", even with a stray space: "1646 /QĐ-UBND"), and "GD&amp;ĐT" as one word.
/// StandardTokenizer would cut a symbol into pieces that no longer identify the instrument.
/// Written as its own Tokenizer because Lucene.Net's PatternTokenizer ran twenty times slower than the
/// regular expression it wraps.
/// </summary>
public sealed class VietnameseTokenizer : Tokenizer
{
    private const string Word = @"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:&[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*";

    public static readonly Regex Pattern = new(
        $"{SymbolPatterns.Any}|(?:{Word})",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

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
        _term.SetEmpty().Append(_text, _match.Index, _match.Length);
        _offset.SetOffset(CorrectOffset(_match.Index), CorrectOffset(_match.Index + _match.Length));
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
