using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EduPlan.Search.Core.Analysis;

/// <summary>
/// Every two adjacent words of a text as one folded term ("giao duc"), at the first word's position: the
/// pairs field. A search's first pass finds adjacent words with a term lookup there, and a phrase with
/// half as many positions to check, instead of reading every position of its common words ("giáo" and
/// "dục" are in nearly every document); the curated long forms are there whole as well (<see cref="IndexedPhrases"/>).
/// Texts replay in a row with <see cref="TokenListStream"/>'s gaps, so no pair spans two sections.
/// </summary>
public sealed class TokenPairStream : TokenStream
{
    private IReadOnlyList<IReadOnlyList<AnalyzedToken>> _parts = [];
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private int _part, _first, _second, _previous, _shift;
    private readonly Queue<string> _phrases = new();

    public TokenPairStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>The stream over other texts; one stream per field and thread, as <see cref="TokenListStream.Replay"/>.</summary>
    public TokenPairStream Replay(IReadOnlyList<IReadOnlyList<AnalyzedToken>> parts)
    {
        _parts = parts;
        Reset();
        return this;
    }

    /// <summary>
    /// The index-time boost that gives a pairs field the length norm of its words' field. The default
    /// similarity normalises by the square root of the positions a field holds, and a text has fewer pairs
    /// than words (none at the end of a section): unadjusted, a document's norm in the two fields falls on
    /// different sides of a one-byte rounding step often enough to reorder the first pass's candidates.
    /// </summary>
    public static float NormBoost(IReadOnlyList<IReadOnlyList<AnalyzedToken>> parts)
    {
        int words = 0, pairs = 0;
        foreach (var tokens in parts)
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].IsSymbolPart) continue; // shares its symbol's position, as Lucene counts it
                words++;
                if (IsNextWord(tokens, i, NextPosition(tokens, i))) pairs++;
            }
        return pairs == 0 ? 1f : (float)Math.Sqrt(pairs / (double)words);
    }

    /// <summary>
    /// The first token after <paramref name="i"/> at another position: a symbol's number shares the symbol's
    /// position, so it pairs with the neighbours, not with the symbol.
    /// </summary>
    private static int NextPosition(IReadOnlyList<AnalyzedToken> tokens, int i)
    {
        var next = i + 1;
        while (next < tokens.Count && tokens[next].Position == tokens[i].Position) next++;
        return next;
    }

    /// <summary>Whether the token at <paramref name="next"/> is the word right after the one at <paramref name="i"/>.</summary>
    private static bool IsNextWord(IReadOnlyList<AnalyzedToken> tokens, int i, int next) =>
        next < tokens.Count && tokens[next].Position == tokens[i].Position + 1;

    /// <summary>The first token of the word right after the one at <paramref name="i"/>, or -1 where none follows in the text.</summary>
    private static int NextWordAfter(IReadOnlyList<AnalyzedToken> tokens, int i)
    {
        var next = NextPosition(tokens, i);
        return IsNextWord(tokens, i, next) ? next : -1;
    }

    /// <summary>The pair term of two adjacent words, as indexed and as a query looks it up.</summary>
    public static string Term(AnalyzedToken first, AnalyzedToken second) => Term(first.Folded, second.Folded);

    /// <summary>The pair term of two words already folded.</summary>
    public static string Term(string firstFolded, string secondFolded) => $"{firstFolded} {secondFolded}";

    public override bool IncrementToken()
    {
        if (_phrases.TryDequeue(out var whole))
        {
            _term.SetEmpty().Append(whole);
            _increment.PositionIncrement = 0;
            return true;
        }
        while (_part < _parts.Count)
        {
            var tokens = _parts[_part];
            while (_first < tokens.Count)
            {
                var first = tokens[_first];
                if (_second <= _first) _second = NextPosition(tokens, _first);
                if (IsNextWord(tokens, _first, _second))
                {
                    // The word's first pair: the indexed phrases opening with the word follow it, at its position.
                    if (IndexedPhrases.Opens(first.Folded) && _second == NextPosition(tokens, _first))
                        foreach (var phrase in IndexedPhrases.StartingAt(tokens, _first, at => NextWordAfter(tokens, at)))
                            _phrases.Enqueue(phrase);
                    var second = tokens[_second++];
                    var position = first.Position + _shift;
                    _term.SetEmpty().Append(first.Folded).Append(' ').Append(second.Folded);
                    _increment.PositionIncrement = Math.Max(0, position - _previous);
                    _previous = position;
                    return true;
                }
                _first++;
                _second = 0;
            }
            if (tokens.Count > 0) _shift = TokenListStream.NextShift(tokens, _shift, 0).Shift;
            _part++;
            _first = _second = 0;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _part = _first = _second = _shift = 0;
        _previous = -1;
        _phrases.Clear();
    }
}
