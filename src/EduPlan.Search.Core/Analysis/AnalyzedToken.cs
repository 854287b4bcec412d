using EduPlan.Search.Core.Text;
using Lucene.Net.Analysis.TokenAttributes;

namespace EduPlan.Search.Core.Analysis;

/// <summary>
/// One token of a text with its forms at every level and its offsets in that text.
/// <see cref="IsSymbolPart"/> marks a part of a symbol (its number, type or issuer) indexed beside it at the same position.
/// </summary>
public readonly record struct AnalyzedToken(int Start, int End, int Position, string Exact, string ToneFolded, string Folded, bool IsSymbolPart)
{
    public bool IsSymbol => Exact.IndexOf('/') > 0;

    /// <summary>A figure written with its percent sign ("12%"): indexed beside its number, not among the words side by side (the pairs).</summary>
    public bool IsPercentage => Exact.EndsWith('%');

    /// <summary>
    /// A query word as the tone-folded level seeks it (<see cref="VietnameseFolding.EveryTone"/>): its letters without tone, or, where
    /// it was typed with its tone among words typed without ("phô cập"), the word itself.
    /// </summary>
    public string ToneSought => VietnameseFolding.HasTone(Exact) ? Exact : ToneFolded;

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
        for (var at = 0; VietnameseTokenizer.NextToken(text, at, out var index, out var length); at = index + length)
        {
            position++; // a token too long to index still takes its place, as Lucene's LengthFilter leaves it
            if (length > VietnameseAnalyzer.MaxTokenLength) continue;
            var raw = text.AsSpan(index, length);
            if (raw.IndexOfAny('&', '/', '%') < 0)
            {
                var forms = VietnameseFolding.Forms(raw);
                tokens.Add(new AnalyzedToken(index, index + length, position, forms.Exact, forms.ToneFolded, forms.Folded, false));
            }
            else
            {
                var (word, parts) = InstrumentSymbolFilter.Read(raw.ToString());
                var forms = VietnameseFolding.Forms(word);
                tokens.Add(new AnalyzedToken(index, index + length, position, forms.Exact, forms.ToneFolded, forms.Folded, false));
                foreach (var part in parts)
                {
                    var partForms = VietnameseFolding.Forms(part);
                    tokens.Add(new AnalyzedToken(index, index + length, position, partForms.Exact, partForms.ToneFolded, partForms.Folded, true));
                }
            }
        }
        return tokens;
    }

    /// <summary>
    /// Where each token of a phrase stands, from its first: the next position, or the same one for a symbol's
    /// part, which shares its symbol's position ("2457/QĐ" sought as its parts 2457 and QĐ at one position).
    /// </summary>
    public static int[] PhraseOffsets(IReadOnlyList<AnalyzedToken> phrase)
    {
        var offsets = new int[phrase.Count];
        for (var i = 1; i < phrase.Count; i++) offsets[i] = offsets[i - 1] + (phrase[i].IsSymbolPart ? 0 : 1);
        return offsets;
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
