using EduPlan.Search.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EduPlan.Search.Core.Analysis;

/// <summary>
/// Replays tokens analysed once, at one <see cref="MarkLevel"/>. A document's text feeds a field
/// per indexed level: analysing it once and replaying the forms is what keeps indexing fast. Several texts
/// (a document's sections) replay in a row, with a position gap between texts so no phrase spans two.
/// </summary>
public sealed class TokenListStream : TokenStream
{
    private IReadOnlyList<IReadOnlyList<AnalyzedToken>> _parts;
    private readonly MarkLevel _level;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private int _part, _next, _previous, _shift, _offsetShift;

    public TokenListStream(IReadOnlyList<AnalyzedToken> tokens, MarkLevel level) : this([tokens], level) { }

    public TokenListStream(IReadOnlyList<IReadOnlyList<AnalyzedToken>> parts, MarkLevel level)
    {
        _parts = parts;
        _level = level;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        Reset();
    }

    /// <summary>
    /// The same stream over other tokens. Lucene sets up a stream's attributes at a cost (a lock and a
    /// walk of its attribute map) worth paying once per field and thread, not once per field and document.
    /// </summary>
    public TokenListStream Replay(IReadOnlyList<IReadOnlyList<AnalyzedToken>> parts)
    {
        _parts = parts;
        Reset();
        return this;
    }

    public override bool IncrementToken()
    {
        while (_part < _parts.Count && _next >= _parts[_part].Count)
        {
            if (_parts[_part].Count > 0) (_shift, _offsetShift) = NextShift(_parts[_part], _shift, _offsetShift);
            _part++;
            _next = 0;
        }
        if (_part >= _parts.Count) return false;
        // No ClearAttributes: the three attributes are all this stream has, and each is set for every token.
        var token = _parts[_part][_next++];
        var position = token.Position + _shift;
        _term.SetEmpty().Append(token.Form(_level));
        _offset.SetOffset(token.Start + _offsetShift, token.End + _offsetShift);
        _increment.PositionIncrement = Math.Max(0, position - _previous);
        _previous = position;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _part = _next = _shift = _offsetShift = 0;
        _previous = -1;
    }

    /// <summary>The position each text starts at when the texts replay in a row.</summary>
    public static List<int> Starts(IReadOnlyList<IReadOnlyList<AnalyzedToken>> parts)
    {
        var starts = new List<int>(parts.Count);
        int shift = 0, offsetShift = 0;
        foreach (var part in parts)
        {
            starts.Add(shift);
            if (part.Count > 0) (shift, offsetShift) = NextShift(part, shift, offsetShift);
        }
        return starts;
    }

    /// <summary>Where the text after this one starts: a position and a character past its last token.</summary>
    internal static (int Shift, int OffsetShift) NextShift(IReadOnlyList<AnalyzedToken> part, int shift, int offsetShift) =>
        (part[^1].Position + shift + 2, part[^1].End + offsetShift + 1);
}
