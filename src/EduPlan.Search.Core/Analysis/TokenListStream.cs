using EduPlan.Search.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EduPlan.Search.Core.Analysis;

/// <summary>
/// Replays tokens analysed once, at one <see cref="MarkLevel"/>. A document's text feeds three fields
/// (one per level): analysing it once and replaying the forms is what keeps indexing fast.
/// </summary>
public sealed class TokenListStream : TokenStream
{
    private readonly IReadOnlyList<AnalyzedToken> _tokens;
    private readonly MarkLevel _level;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private int _next;

    public TokenListStream(IReadOnlyList<AnalyzedToken> tokens, MarkLevel level)
    {
        _tokens = tokens;
        _level = level;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count) return false;
        ClearAttributes();
        var token = _tokens[_next];
        var previous = _next == 0 ? -1 : _tokens[_next - 1].Position;
        _term.SetEmpty().Append(token.Form(_level));
        _offset.SetOffset(token.Start, token.End);
        _increment.PositionIncrement = Math.Max(0, token.Position - previous);
        _next++;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }

    /// <summary>
    /// Tokens of several texts in a row, with a position gap between texts so no phrase spans two;
    /// <paramref name="starts"/> gets the position each text starts at.
    /// </summary>
    public static List<AnalyzedToken> Concatenate(IEnumerable<IReadOnlyList<AnalyzedToken>> parts, List<int>? starts = null)
    {
        var all = new List<AnalyzedToken>();
        var shift = 0;
        var offsetShift = 0;
        foreach (var part in parts)
        {
            starts?.Add(shift);
            foreach (var t in part)
                all.Add(t with { Position = t.Position + shift, Start = t.Start + offsetShift, End = t.End + offsetShift });
            if (part.Count > 0)
            {
                shift = all[^1].Position + 2;
                offsetShift = all[^1].End + 1;
            }
        }
        return all;
    }
}
