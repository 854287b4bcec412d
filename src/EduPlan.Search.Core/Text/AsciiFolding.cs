namespace EduPlan.Search.Core.Text;

/// <summary>
/// <see cref="VietnameseFolding.RemoveMarks"/> without ICU for text whose every character folds to one
/// ASCII character or to nothing: all of Vietnamese, NFC or NFD, upper or lower case. Decomposing,
/// dropping marks and recomposing a whole string through ICU dominated citation extraction.
/// </summary>
/// <remarks>
/// Such a text folds character by character: decomposition and lower-casing work on each character
/// alone, the marks they produce (the only characters decomposition reorders) are all dropped, and
/// ASCII never composes with what follows it, so recomposing changes nothing. The table is filled
/// from <see cref="VietnameseFolding.RemoveMarks"/> itself, so both paths agree by construction.
/// </remarks>
internal static class AsciiFolding
{
    /// <summary>Not in the table: the text takes the ICU path.</summary>
    private const char Unfoldable = '\uFFFF';

    /// <summary>A mark on its own: it folds to nothing.</summary>
    private const char Dropped = '\uFFFE';

    /// <summary>Basic Latin to Latin Extended-B, the combining diacritical marks, Latin Extended Additional (ạ…ỹ).</summary>
    private static readonly (char First, char Last)[] Ranges = [('\u0000', '\u024F'), ('\u0300', '\u036F'), ('\u1E00', '\u1EFF')];

    private static readonly char[] Table = Build();

    private static char[] Build()
    {
        var table = new char[Ranges[^1].Last + 1];
        Array.Fill(table, Unfoldable);
        foreach (var (first, last) in Ranges)
            for (var c = first; c <= last; c++)
            {
                var folded = VietnameseFolding.RemoveMarks(c.ToString());
                if (folded.Length == 0) table[c] = Dropped;
                else if (folded.Length == 1 && char.IsAscii(folded[0])) table[c] = folded[0];
            }
        return table;
    }

    /// <summary>The text with marks removed, or null when a character is not in the table.</summary>
    public static string? TryFold(string text)
    {
        var length = 0;
        var unchanged = true;
        foreach (var c in text)
        {
            var folded = c < Table.Length ? Table[c] : Unfoldable;
            if (folded == Unfoldable) return null;
            if (folded != Dropped) length++;
            unchanged &= folded == c;
        }
        if (unchanged) return text;
        return string.Create(length, text, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
                if (Table[c] is var folded && folded != Dropped) span[i++] = folded;
        });
    }
}
