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

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2})+)\.?\s+(?<rest>.+)$", RegexOptions.Singleline)]
    private static partial Regex Dotted();

    [GeneratedRegex(@"^(?<n>\d{1,2})(?<d>[.)-])\s+(?<rest>.+)$", RegexOptions.Singleline)]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^(?<n>[a-zđ])\)\s+(?<rest>.+)$", RegexOptions.Singleline)]
    private static partial Regex Letter();

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
