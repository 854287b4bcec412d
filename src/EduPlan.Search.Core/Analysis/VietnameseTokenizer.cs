using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Pattern;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Analysis;

/// <summary>
/// Splits text into syllables and keeps instrument symbols whole ("2457/QĐ-BGDĐT", "30/2021/QĐ-TTg",
/// "29-CT/TW", even with a stray space: "1646 /QĐ-UBND"), and "GD&amp;ĐT" as one word.
/// StandardTokenizer would cut a symbol into pieces that no longer identify the instrument.
/// </summary>
public static class VietnameseTokenizer
{
    private const string Word = @"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:&[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*";

    public static readonly Regex Pattern = new(
        $"{SymbolPatterns.Any}|(?:{Word})",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static Tokenizer Create(TextReader reader) => new PatternTokenizer(reader, Pattern, 0);
}
