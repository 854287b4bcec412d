namespace EduPlan.Search.Core.Text;

/// <summary>
/// The three shapes of a số ký hiệu (see docs/legal-citations.md), as regular-expression fragments
/// shared by the tokenizer, the metadata reader and the citation extractor.
/// </summary>
public static class SymbolPatterns
{
    private const string Sep = @"[ \t]*/[ \t]*";

    /// <summary>"2457/QĐ-BGDĐT", "5046/UBND-KGVX", "30/2021/QĐ-TTg", "88/2014/QH13", "1646 /QĐ-UBND".</summary>
    /// <remarks>
    /// Its hyphens are typed one way: each joining its codes, or each with a space before it (<see cref="SpacedHyphen"/>). After a code
    /// whose hyphens join, a spaced one opens what the text goes on with: a school's name ("Hỏi về Công văn 2874/SGDĐT-GDTrH - THCS Lê Quý
    /// Đôn", a tester's 986, an e-mail's subject) or a former province's initials in a table's cell ("QĐ 32/2019/QĐ-UBND - VP", 975), read
    /// as a second symbol of the number, whose bare repeats then named neither.
    /// </remarks>
    public const string Administrative = @"\d+(?:" + Sep + @"\d{4})?" + Sep + @"[\p{L}&][\p{L}\p{M}\d&]*(?:(?:-" + Continued + @"[\p{L}\p{M}\d&]+)+|(?:" + SpacedHyphen + ")+)?";

    /// <summary>
    /// A hyphen with a space before it, then a code in capitals: "2457/QĐ - BGDĐT", "633/KH -UBND", or a unit's code with a small letter
    /// between capitals, "2697/SGDĐT - GDTrH" (a tester's 389, typed with spaces around every hyphen), or the Prime Minister's "TTg"
    /// ("1248/QĐ - TTg", a tester's 776). Only those: "123/QĐ-UBND - Kế hoạch năm 2024" is a symbol and then a title.
    /// </summary>
    private const string SpacedHyphen = SpacedDash + @"\p{Lu}[\p{Lu}\d&]*(?:\p{Ll}\p{Lu}[\p{Lu}\d&]*)*(?:(?<=TT)g)?(?![\p{L}\p{M}\d])";

    /// <summary>
    /// A hyphen with a space before it, or the dash Word's autocorrect makes of one typed between spaces ("29 – NQ/TW", "633/KH – UBND"):
    /// a dash joining two words is a hyphen already (<see cref="VietnameseFolding.IsJoiningDash"/>), one between spaces is not.
    /// </summary>
    private const string SpacedDash = @"[ \t]+[-\u2013\u2014\u2212][ \t]*";

    /// <summary>A code's next part after its hyphen, past a stray space or a line break: "22/2021/TT- BGDĐT", "4560/BGDĐT-⏎CSVC".</summary>
    private const string Continued = @"(?:[ \t]?\n?[ \t]?(?=\p{Lu}))?";

    /// <summary>
    /// "29-CT/TW", "49-CTr/TU", "06-ĐA/TU", "15-NQ/ĐH"; "29 - NQ/TW", "29 – NQ/TW", "29- CT/TW" with stray spaces; a unit in capitals after the issuer,
    /// "301-KH/TWĐTN-TNTH" (the Youth Union centre's issuer code, then its unit). The issuer opens with a letter, as every body's code
    /// does: in "4-e/  29-CT/TW" (a property test's random text) "4-e/  29-CT" had been a symbol, and 29-CT/TW, after it, none.
    /// </summary>
    /// <remarks>Its unit may go on past a line's break ("12-CTr/TWĐTN-⏎TNTH", a tester's 989), as an administrative code does (<see cref="Continued"/>).</remarks>
    public const string Party = @"\d+(?:-[ \t]*|" + SpacedDash + @"(?=\p{Lu}))[\p{L}\p{M}&]+" + Sep + @"[\p{L}&][\p{L}\p{M}\d&]*(?:-" + Continued + @"\p{Lu}[\p{Lu}\d&]*(?![\p{L}\p{M}\d]))*";

    /// <summary>Either shape.</summary>
    public const string Any = "(?:" + Administrative + ")|(?:" + Party + ")";

    /// <summary>
    /// Where a symbol whose first slash is the one at <paramref name="slash"/> must start, read back from the slash as <see cref="Any"/>
    /// reads to it: past spaces, a number ("2457 /", <see cref="Administrative"/>) or a code and the dash before it with its number ("29-CT /",
    /// "29 – NQ/", <see cref="Party"/>), to the number's first figure; -1 where no symbol can have its first slash there. A symbol starts only
    /// at a number's first figure, and a scan for symbols that starts there alone reads no other figure of the text.
    /// </summary>
    public static int StartBeforeSlash(string text, int slash)
    {
        var at = SkipBack(text, slash, IsSpace);
        if (at > 0 && !char.IsDigit(text[at - 1]))
        {
            var code = SkipBack(text, at, IsCodeLetter);
            if (code == at) return -1;
            at = SkipBack(text, code, IsSpace);
            if (at == 0 || text[at - 1] is not ('-' or '\u2013' or '\u2014' or '\u2212')) return -1;
            at = SkipBack(text, at - 1, IsSpace);
        }
        var number = SkipBack(text, at, char.IsDigit);
        return number < at ? number : -1;
    }

    private static int SkipBack(string text, int end, Func<char, bool> skipped)
    {
        while (end > 0 && skipped(text[end - 1])) end--;
        return end;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t';

    /// <summary>A character of a Party symbol's type code: a letter, a mark, "&".</summary>
    private static bool IsCodeLetter(char c) => char.IsLetter(c) || c == '&' || VietnameseFolding.IsMark(c);
}
