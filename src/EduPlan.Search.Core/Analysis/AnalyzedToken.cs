using EduPlan.Search.Core.Text;
using Lucene.Net.Analysis.TokenAttributes;

namespace EduPlan.Search.Core.Analysis;

/// <summary>
/// One token of a text with its forms at every level and its offsets in that text.
/// <see cref="IsSymbolNumber"/> marks the number indexed beside a symbol at the same position.
/// </summary>
public readonly record struct AnalyzedToken(int Start, int End, int Position, string Exact, string ToneFolded, string Folded, bool IsSymbolNumber)
{
    public bool IsSymbol => Exact.IndexOf('/') > 0;

    public string Form(MarkLevel level) => level switch
    {
        MarkLevel.Exact => Exact,
        MarkLevel.ToneFolded => ToneFolded,
        _ => Folded,
    };

    /// <summary>
    /// The tokens of NFC text, as <see cref="VietnameseAnalyzer"/> makes them (a test holds the two
    /// equal), in one pass without Lucene's per-token attribute work: indexing and snippets call this
    /// on every section, and it was the bulk of indexing time.
    /// </summary>
    public static List<AnalyzedToken> Analyze(string text)
    {
        var tokens = new List<AnalyzedToken>(text.Length / 4 + 4); // Vietnamese syllables are short: about one token every 4.5 characters
        var position = -1;
        foreach (var match in VietnameseTokenizer.Pattern.EnumerateMatches(text))
        {
            position++; // a token too long to index still takes its place, as Lucene's LengthFilter leaves it
            if (match.Length > VietnameseAnalyzer.MaxTokenLength) continue;
            var raw = text.AsSpan(match.Index, match.Length);
            if (raw.IndexOfAny('&', '/') < 0)
            {
                var forms = VietnameseFolding.Forms(raw);
                tokens.Add(new AnalyzedToken(match.Index, match.Index + match.Length, position, forms.Exact, forms.ToneFolded, forms.Folded, false));
            }
            else
            {
                var word = InstrumentSymbolFilter.Normalize(raw.ToString());
                var forms = VietnameseFolding.Forms(word);
                tokens.Add(new AnalyzedToken(match.Index, match.Index + match.Length, position, forms.Exact, forms.ToneFolded, forms.Folded, false));
                if (word.IndexOf('/') <= 0) continue;
                var n = 0;
                while (n < word.Length && char.IsDigit(word[n])) n++;
                var number = VietnameseFolding.Forms(word[..n]);
                tokens.Add(new AnalyzedToken(match.Index, match.Index + match.Length, position, number.Exact, number.ToneFolded, number.Folded, true));
            }
        }
        return tokens;
    }

    private static readonly VietnameseAnalyzer ExactAnalyzer = new(MarkLevel.Exact);

    /// <summary>The same tokens through the Lucene analysis chain: the reference <see cref="Analyze"/> must equal.</summary>
    public static List<AnalyzedToken> AnalyzeWithLucene(string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = ExactAnalyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var forms = VietnameseFolding.Forms(term.ToString());
            tokens.Add(new AnalyzedToken(offset.StartOffset, offset.EndOffset, position, forms.Exact,
                forms.ToneFolded, forms.Folded, increment.PositionIncrement == 0));
        }
        stream.End();
        return tokens;
    }
}
