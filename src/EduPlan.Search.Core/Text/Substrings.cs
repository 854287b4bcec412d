namespace EduPlan.Search.Core.Text;

/// <summary>Ordinal substring tests run for every block of every text extracted.</summary>
public static class Substrings
{
    /// <summary>
    /// Whether <paramref name="text"/> holds one of <paramref name="words"/>. A loop, not Array.Exists or Any with a lambda: that lambda
    /// captures the text, so each call allocated a closure and a delegate, for every pattern of every block of a corpus.
    /// </summary>
    public static bool AnyIn(string text, string[] words)
    {
        foreach (var word in words)
            if (text.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }
}
