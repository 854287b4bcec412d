namespace EduPlan.Search.Core.Documents;

/// <summary>
/// A pipe table whose cells hold several lines, as Word's text export writes them: the row goes on over real line breaks
/// ("| 1 | … | - Luật Giáo dục …;" / "- Nghị định số 125/2024/NĐ-CP …;" / "- … | Cơ quan tiếp nhận hồ sơ |", a tester's 796).
/// Markdig ends a row at its line, so the table stopped at the first such row and its column of grounds governed nothing. Such a
/// row's line breaks are read as spaces: one character for another, so every offset stays the source's.
/// </summary>
public static class BrokenTableRows
{
    /// <summary>A cell of a register runs to a dozen lines at most; past this the lines are no row's.</summary>
    private const int MaxLinesInRow = 40;

    /// <summary>The source with each broken row's line breaks as spaces; the source itself when it has none.</summary>
    public static string Repair(string source)
    {
        if (!source.Contains("|\n", StringComparison.Ordinal) && !source.Contains("|\r\n", StringComparison.Ordinal)) return source;
        char[]? repaired = null;
        var headerPipes = 0;
        (int Start, int End, int Next) previous = (0, 0, 0);
        for (var start = 0; start < source.Length;)
        {
            var line = Line(source, start);
            var text = source.AsSpan(line.Start, line.End - line.Start).Trim();
            if (headerPipes == 0)
            {
                if (MarkdownBlocks.DelimiterRow().IsMatch(text) && source.AsSpan(previous.Start, previous.End - previous.Start).Trim() is ['|', ..] header)
                    headerPipes = Pipes(header);
            }
            else if (text is not ['|', ..])
            {
                headerPipes = 0;
            }
            else if (Pipes(text) < headerPipes && text[^1] != '|' && RowEnd(source, line, Pipes(text), headerPipes) is { } end)
            {
                repaired ??= source.ToCharArray();
                for (var i = line.End; i < end.End; i++)
                    if (repaired[i] is '\n' or '\r') repaired[i] = ' ';
                line = (line.Start, end.End, end.Next);
            }
            previous = line;
            start = line.Next;
        }
        return repaired is null ? source : new string(repaired);
    }

    /// <summary>
    /// Where a row cut off at <paramref name="line"/> ends: at the end of the line that closes it with a pipe, the pipes of the row
    /// then the header's. Null when a line opening a row, a blank line or too many lines come first, or the pipes do not add up.
    /// </summary>
    private static (int End, int Next)? RowEnd(string source, (int Start, int End, int Next) line, int pipes, int headerPipes)
    {
        var next = line.Next;
        for (var lines = 0; lines < MaxLinesInRow && next < source.Length; lines++)
        {
            var more = Line(source, next);
            var text = source.AsSpan(more.Start, more.End - more.Start).Trim();
            if (text.IsEmpty || text[0] == '|') return null;
            pipes += Pipes(text);
            if (pipes > headerPipes) return null;
            if (text[^1] == '|') return pipes == headerPipes ? (more.End, more.Next) : null;
            next = more.Next;
        }
        return null;
    }

    private static (int Start, int End, int Next) Line(string source, int start)
    {
        var newline = source.IndexOf('\n', start);
        var next = newline < 0 ? source.Length : newline + 1;
        var end = newline < 0 ? source.Length : newline;
        if (end > start && source[end - 1] == '\r') end--;
        return (start, end, next);
    }

    private static int Pipes(ReadOnlySpan<char> line)
    {
        var pipes = 0;
        for (var i = 0; i < line.Length; i++)
            if (PartsCells(line, i)) pipes++;
        return pipes;
    }

    /// <summary>Whether the character at <paramref name="i"/> is a pipe that parts cells: an escaped one is a cell's character.</summary>
    internal static bool PartsCells(ReadOnlySpan<char> line, int i) => line[i] == '|' && (i == 0 || line[i - 1] != '\\');
}
