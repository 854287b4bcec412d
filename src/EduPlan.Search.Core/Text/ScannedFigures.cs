using System.Text.RegularExpressions;

namespace EduPlan.Search.Core.Text;

/// <summary>
/// Figures a scan read as letters: l or I for 1, O for 0 ("l5/CT-UBND", "năm 2O24", a tester's 876; "l9/2019/TT-BGDĐT", 484-486). Each
/// letter is mended in place, one character for one, so an offset found in the mended text is one in the text as written.
/// </summary>
public static partial class ScannedFigures
{
    /// <summary>The figures with each letter a scan reads for one mended.</summary>
    public static string Read(string figures) => figures.Replace('l', '1').Replace('I', '1').Replace('O', '0');

    /// <summary>
    /// A line with each run of figures holding such a letter mended: a run of figures and l, I, O alone, at least one of each, set apart from
    /// any letter or figure ("l5/", "2O24"). Words are left as they are: "lO" holds no figure, "Ola" runs on into letters.
    /// </summary>
    public static string Mend(string line) => LetterBesideFigure(line) ? Run().Replace(line, m => Read(m.Value)) : line;

    /// <summary>Whether an l, I or O stands against a figure: every paragraph has an "l" ("lớp", "là"), few have one beside a figure.</summary>
    private static bool LetterBesideFigure(string line)
    {
        var span = line.AsSpan();
        for (var at = span.IndexOfAny('l', 'I', 'O'); at >= 0;)
        {
            if ((at > 0 && char.IsAsciiDigit(span[at - 1])) || (at + 1 < span.Length && char.IsAsciiDigit(span[at + 1]))) return true;
            var next = span[(at + 1)..].IndexOfAny('l', 'I', 'O');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}\p{N}])(?=[0-9lIO]*[0-9])(?=[0-9lIO]*[lIO])[0-9lIO]+(?![\p{L}\p{M}\p{N}])")]
    private static partial Regex Run();
}
