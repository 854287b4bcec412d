using System.Text.RegularExpressions;

namespace EduPlan.Search.Core.Text;

/// <summary>
/// Words set in capitals, written as the text's own sentences write them. A heading in capitals does not say which words a proper name
/// capitalises ("HUYỆN TÂN KỲ", "ĐIỀU LỆ TRƯỜNG TRUNG HỌC CƠ SỞ"): where the text writes the same words in running text, that is how they
/// read; otherwise each word as the text writes it most often, an abbreviation ("THPT", "UBND") or a symbol as it stands.
/// </summary>
public static partial class Truecasing
{
    /// <summary>The capitals as the text writes them.</summary>
    public static string Of(string capitals, string text)
    {
        // The whole phrase in running text: the enacting words of a circular repeat its subject ("ban hành Thông tư sửa đổi, bổ sung …").
        for (var at = text.IndexOf(capitals, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(capitals, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var written = text.Substring(at, capitals.Length);
            if (written != written.ToUpperInvariant()) return written;
        }
        // Each word as the text writes it after the word before it, or where that pair is not in its sentences, as it writes the word:
        // "phổ thông" is in small letters though "Thông tư" is not, and "một số điều" though "Điều 3" is not.
        var capitalised = new Dictionary<string, int>(StringComparer.Ordinal);
        var previous = "";
        foreach (Match word in Word().Matches(text))
        {
            var w = word.Value;
            var key = w.ToLowerInvariant();
            // Capitals say nothing of a word's case, nor does a sentence's first word.
            if (!(w.Length > 1 && w == w.ToUpperInvariant()) && !OpensSentence(text, word.Index))
            {
                var vote = char.IsUpper(w[0]) ? 1 : -1;
                capitalised[key] = capitalised.GetValueOrDefault(key) + vote;
                capitalised[previous + " " + key] = capitalised.GetValueOrDefault(previous + " " + key) + vote;
            }
            previous = key;
        }
        previous = "";
        return Word().Replace(capitals, word =>
        {
            var lower = word.Value.ToLowerInvariant();
            var after = previous;
            previous = lower;
            if (!VietnameseSyllable.IsWellFormed(VietnameseFolding.FoldAll(lower))) return word.Value;
            var vote = capitalised.GetValueOrDefault(after + " " + lower) is var paired and not 0 ? paired : capitalised.GetValueOrDefault(lower);
            return vote > 0 ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
        });
    }

    private static bool OpensSentence(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd(" \t\"“*_(#-–•".AsSpan());
        return before.Length == 0 || before[^1] is '\n' or '.' or ':' or ';' or '!' or '?';
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
