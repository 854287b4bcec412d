namespace EduPlan.Search.Core.Text;

/// <summary>
/// A count before a noun, written in words or in figures: the directives write "chính quyền địa phương hai cấp", "02 cấp" and
/// "2 cấp" alike, "04 buổi" beside "bốn buổi", and staff type whichever they remember.
/// </summary>
public static class CountWords
{
    /// <summary>
    /// The counts by value. "một" (also "a") and "năm" (also "year": "năm học" is no "05 học") are left out, and so is every form
    /// typed without its marks but "hai" and "ba", which have none: "sau khi" typed unmarked is no "06 khi".
    /// </summary>
    private static readonly string?[] Words = [null, null, "hai", "ba", "bốn", null, "sáu", "bảy", "tám", "chín", "mười"];

    /// <summary>The count a word stands for, written in words or in one or two figures; null for any other word.</summary>
    public static int? ValueOf(string word)
    {
        if (word.Length is 1 or 2 && word.All(char.IsAsciiDigit))
            return int.Parse(word) is var value && value < Words.Length && Words[value] is not null ? value : null;
        var at = Array.IndexOf(Words, word);
        return at > 0 ? at : null;
    }

    /// <summary>Every way the directives write a count: in words, in two figures and in one ("hai", "02", "2"; "mười", "10").</summary>
    public static IReadOnlyList<string> Forms(int value) => new[] { Words[value]!, $"{value:00}", $"{value}" }.Distinct().ToList();
}
