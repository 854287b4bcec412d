using System.Text;

namespace EduPlan.Search.Core.Documents;

/// <summary>
/// Text assembled from pieces of a source file, remembering where each piece came from, so an
/// offset found in the assembled text (a citation, a matched word) maps back to the source file.
/// </summary>
public sealed class MappedText
{
    private readonly StringBuilder _text = new();
    private readonly List<(int TextStart, int SourceStart, int Length, bool Exact, int SourceLength)> _pieces = [];

    /// <summary>Whether each piece ends in the source no earlier than the one before, as parsing appends them: then offsets map by halving.</summary>
    private bool _inSourceOrder = true;

    public int Length => _text.Length;

    /// <summary>The last character that is not white space, or '\0' where there is none.</summary>
    public char LastNonSpace()
    {
        for (var i = _text.Length - 1; i >= 0; i--)
            if (!char.IsWhiteSpace(_text[i])) return _text[i];
        return '\0';
    }

    /// <summary>Appends text copied verbatim from the source at <paramref name="sourceStart"/>.</summary>
    public void Append(string piece, int sourceStart, bool exact = true, int? sourceLength = null)
    {
        if (piece.Length == 0) return;
        var added = (_text.Length, sourceStart, piece.Length, exact, sourceLength ?? (exact ? piece.Length : 0));
        if (_pieces.Count > 0 && SourceEnd(added) < SourceEnd(_pieces[^1])) _inSourceOrder = false;
        _pieces.Add(added);
        _text.Append(piece);
    }

    /// <summary>Appends text that stands for something in the source without copying it (a joined page break).</summary>
    public void AppendSynthetic(string piece, int sourcePosition) => Append(piece, sourcePosition, exact: false, sourceLength: 0);

    public void Append(MappedText other)
    {
        foreach (var p in other._pieces)
            Append(other._text.ToString(p.TextStart, p.Length), p.SourceStart, p.Exact, p.SourceLength);
    }

    /// <summary>The source offset of a text offset; an end offset maps to just after its character.</summary>
    public int ToSource(int textOffset, bool isEnd = false)
    {
        if (_pieces.Count == 0) return 0;
        var probe = isEnd ? Math.Max(0, textOffset - 1) : textOffset;
        var lo = 0;
        var hi = _pieces.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_pieces[mid].TextStart <= probe) lo = mid; else hi = mid - 1;
        }
        var piece = _pieces[lo];
        if (!piece.Exact) return piece.SourceStart + (isEnd ? piece.SourceLength : 0);
        var within = Math.Clamp(probe - piece.TextStart, 0, piece.Length - 1);
        return piece.SourceStart + within + (isEnd ? 1 : 0);
    }

    /// <summary>The text offset of a source offset (the first text position at or after it).</summary>
    public int ToText(int sourceOffset)
    {
        // The first piece ending past the offset: found by halving when the pieces follow the source, as parsing appends them.
        // A paragraph of thousands of lines is thousands of pieces, and scanning them for each of its citations was quadratic.
        int first;
        if (_inSourceOrder)
        {
            int lo = 0, hi = _pieces.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (sourceOffset < SourceEnd(_pieces[mid])) hi = mid; else lo = mid + 1;
            }
            first = lo;
        }
        else first = _pieces.FindIndex(p => sourceOffset < SourceEnd(p)) is var i and >= 0 ? i : _pieces.Count;
        if (first == _pieces.Count) return _text.Length;
        var p = _pieces[first];
        if (sourceOffset < p.SourceStart) return p.TextStart;
        return p.TextStart + (p.Exact ? Math.Min(sourceOffset - p.SourceStart, p.Length - 1) : 0);
    }

    /// <summary>Where a piece ends in the source; a synthetic piece stands for the one position it is at.</summary>
    private static int SourceEnd((int TextStart, int SourceStart, int Length, bool Exact, int SourceLength) piece) =>
        piece.SourceStart + Math.Max(1, piece.SourceLength);

    /// <summary>Puts one character in place of another: the offsets stay as they are.</summary>
    public void Replace(int textOffset, char c) => _text[textOffset] = c;

    public override string ToString() => _text.ToString();
}
