using EduPlan.Search.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace EduPlan.Search.Core.Analysis;

/// <summary>
/// The analysis chain of one <see cref="MarkLevel"/>: tokenizer → symbol normalisation → folding → length cap.
/// Input is expected in NFC (see <see cref="VietnameseFolding.NormalizeText"/>): ingestion and query
/// parsing normalise first, so offsets refer to the text as stored. No stop list: English stop words
/// fold onto real Vietnamese syllables (thể, ít, ổn, bé, tổ).
/// </summary>
public sealed class VietnameseAnalyzer(MarkLevel level) : Analyzer
{
    /// <summary>Lucene rejects terms over 32 KB; no real word or symbol is near this.</summary>
    public const int MaxTokenLength = 120;

    public MarkLevel Level { get; } = level;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = VietnameseTokenizer.Create(reader);
        TokenStream stream = new LengthFilter(LuceneVersion.LUCENE_48, tokenizer, 1, MaxTokenLength);
        stream = new InstrumentSymbolFilter(stream);
        stream = new VietnameseFoldingFilter(stream, Level);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
