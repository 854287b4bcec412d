using System.Text.RegularExpressions;

namespace EduPlan.Search.Core.Documents;

/// <summary>
/// Recognises the numbering that opens a heading: "I.", "1.", "1.1.", "a)", "Điều 1.". The Markdown
/// level of a line is unreliable in the seeds, so the numbering style is what gives the structure.
/// </summary>
public static partial class SectionNumbering
{
    public sealed record Match(string Style, string Number, string Rest);

    [GeneratedRegex(@"^(?<n>Điều\s+\d+)\s*[.:]?\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Article();

    /// <summary>"PHẦN I. …", "Phần II: …", "CHƯƠNG I": parts and chapters above the numbered headings.</summary>
    [GeneratedRegex(@"^(?<n>(?:PHẦN|Phần|CHƯƠNG|Chương)\s+(?:[IVXL]+|\d{1,2}))\s*[.:\-–]?\s*(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex Part();

    // Party documents write "I-" and "1-" where others write "I." and "1.".
    [GeneratedRegex(@"^(?<n>[IVXL]+)\s?[.-]\s+(?<rest>.+)$", RegexOptions.Singleline)]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2})+)(?:\.\s+|\s+(?![\s" + FigureGoesOn + @"]))(?<rest>.+)$", RegexOptions.Singleline)]
    private static partial Regex Dotted();

    /// <summary>
    /// What goes on after a decimal figure opening a line, a word in small letters, a number or a percent sign ("1.5 triệu đồng", "12.5 %"),
    /// where the words of a dotted numbering with no full stop of its own open with a capital ("1.2 Thuận lợi"). With its full stop ("1.5.")
    /// it numbers its line whatever follows.
    /// </summary>
    private const string FigureGoesOn = @"\p{Ll}\d%";

    [GeneratedRegex(@"^(?<n>\d{1,2})(?<d>[.)-])\s+(?<rest>.+)$", RegexOptions.Singleline)]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^(?<n>[a-zđ])\)\s+(?<rest>.+)$", RegexOptions.Singleline)]
    private static partial Regex Letter();

    /// <summary>
    /// Whether the number at [<paramref name="start"/>, <paramref name="end"/>) of a text numbers a line rather than saying a number: it is
    /// (a part of) the numbering opening its line ("3.", "4)", "3- ", "3.2.2 ", "### 3.3 "), or a clause an amendment quotes ("… như sau:
    /// “3. Hội đồng …"). An article's number ("Điều 3.") is not: staff cite articles by it.
    /// </summary>
    public static bool NumbersALine(string text, int start, int end)
    {
        // From the first number of a dotted numbering: the "2" of "3.2" is the line's number as much as the "3".
        var from = start;
        while (from > 1 && text[from - 1] == '.' && char.IsAsciiDigit(text[from - 2]))
            for (from--; from > 0 && char.IsAsciiDigit(text[from - 1]); from--) { }
        if (ItemNumberAt().Match(text, from) is not { Success: true } numbering || end > from + numbering.Groups["n"].Length) return false;
        var at = from;
        var quoted = false;
        while (at > 0 && text[at - 1] is ' ' or '\t' or '"' or '“' or '(' or '*' or '#' or '_')
        {
            quoted |= text[at - 1] is '"' or '“';
            at--;
        }
        return quoted || at == 0 || text[at - 1] == '\n';
    }

    /// <summary>How many times a number typed numbers a line of the text (<see cref="NumbersALine"/>) rather than being said in it.</summary>
    public static int TimesNumberingALine(string text, string number)
    {
        var times = 0;
        for (var at = text.IndexOf(number, StringComparison.Ordinal); at >= 0; at = text.IndexOf(number, at + number.Length, StringComparison.Ordinal))
            if ((at == 0 || !char.IsAsciiDigit(text[at - 1])) && (at + number.Length == text.Length || !char.IsAsciiDigit(text[at + number.Length]))
                && NumbersALine(text, at, at + number.Length))
                times++;
        return times;
    }

    /// <summary>
    /// An item's numbering as a line opens with it: a number and its delimiter, or numbers joined by dots, then a space; not a decimal
    /// figure, which nothing or <see cref="FigureGoesOn"/> follows on its line ("2.5 ").
    /// </summary>
    [GeneratedRegex(@"\G(?<n>\d{1,2}(?:\.\d{1,2})+)(?:\.[ \t]|[ \t](?![ \t]*(?:[\r\n" + FigureGoesOn + @"]|$)))|\G(?<n>\d{1,2})[.)\-–][ \t]")]
    private static partial Regex ItemNumberAt();

    public static Match? Read(string blockText)
    {
        var text = blockText.TrimStart(MarkdownBlocks.Decoration);
        if (text.Length < 3) return null;
        System.Text.RegularExpressions.Match m;
        if ((m = Part().Match(text)).Success) return new("part", Regex.Replace(m.Groups["n"].Value, @"\s+", " "), m.Groups["rest"].Value);
        if ((m = Article().Match(text)).Success) return new("article", Regex.Replace(m.Groups["n"].Value, @"\s+", " "), m.Groups["rest"].Value);
        if ((m = Roman().Match(text)).Success) return new("roman", m.Groups["n"].Value, m.Groups["rest"].Value);
        if ((m = Dotted().Match(text)).Success)
            return new("dotted" + m.Groups["n"].Value.Count(c => c == '.'), m.Groups["n"].Value, m.Groups["rest"].Value);
        if ((m = Arabic().Match(text)).Success) return new("arabic" + m.Groups["d"].Value, m.Groups["n"].Value, m.Groups["rest"].Value);
        if ((m = Letter().Match(text)).Success) return new("letter", m.Groups["n"].Value, m.Groups["rest"].Value);
        return null;
    }
}
