using EduPlan.Search.Core.Text;
using Lucene.Net.Analysis.TokenAttributes;

namespace EduPlan.Search.Core.Analysis;

/// <summary>
/// One token of a text with its forms at every level and its offsets in that text.
/// <see cref="IsSymbolNumber"/> marks the number indexed beside a symbol at the same position.
/// </summary>
public sealed record AnalyzedToken(int Start, int End, int Position, string Exact, string ToneFolded, string Folded, bool IsSymbolNumber)
{
    public bool IsSymbol => Exact.IndexOf('/') > 0;

    public string Form(MarkLevel level) => level switch
    {
        MarkLevel.Exact => Exact,
        MarkLevel.ToneFolded => ToneFolded,
        _ => Folded,
    };

    private static readonly VietnameseAnalyzer ExactAnalyzer = new(MarkLevel.Exact);

    /// <summary>Runs the exact-level chain over NFC text and derives the other forms from each token.</summary>
    public static List<AnalyzedToken> Analyze(string text)
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
            var exact = term.ToString();
            var forms = VietnameseFolding.Forms(exact);
            tokens.Add(new AnalyzedToken(offset.StartOffset, offset.EndOffset, position, exact,
                forms.ToneFolded, forms.Folded, increment.PositionIncrement == 0));
        }
        stream.End();
        return tokens;
    }
}
