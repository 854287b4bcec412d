namespace EduPlan.Search.Core.Documents;

public enum BlockKind { Paragraph, Heading, ListItem, Break, TableRow }

/// <summary>
/// One block of a document after page breaks are repaired: its plain text, where it came from,
/// and the section it belongs to. <see cref="Strong"/> is true when the whole block is bold.
/// </summary>
public sealed class TextBlock(BlockKind kind, MappedText text, int sourceStart, int sourceEnd)
{
    public BlockKind Kind { get; } = kind;
    public MappedText Mapped { get; } = text;
    public string Text { get; private set; } = text.ToString();
    public int SourceStart { get; } = sourceStart;
    public int SourceEnd { get; private set; } = sourceEnd;
    public bool Strong { get; init; }
    /// <summary>A table's header row.</summary>
    public bool Header { get; init; }

    /// <summary>
    /// What stands between a table row's cells in its <see cref="Text"/>, as the source wrote it: the pipe keeps a citation, a
    /// province or a date from reading on into the next column, as it did when a table was one paragraph.
    /// </summary>
    public const string CellSeparator = " | ";

    /// <summary>Where each <see cref="CellSeparator"/> of a table row starts in its <see cref="Text"/>: the cells' edges to a reader.</summary>
    public IReadOnlyList<int> CellEdges { get; init; } = [];

    /// <summary>Which cell of a table row an offset of its <see cref="Text"/> falls in, counted from 0; 0 for any other block.</summary>
    public int CellOf(int offset) => CellEdges.Count(edge => edge < offset);

    /// <summary>Where a cell of a table row starts in its <see cref="Text"/>: after the separator that opens it.</summary>
    public int CellStart(int cell) => cell == 0 ? 0 : CellEdges[cell - 1] + CellSeparator.Length;

    /// <summary>A table row's cells' texts, left to right, empty ones included; any other block's text alone.</summary>
    public IReadOnlyList<string> Cells()
    {
        var cells = new List<string>(CellEdges.Count + 1);
        var start = 0;
        foreach (var edge in CellEdges)
        {
            cells.Add(Text[start..edge]);
            start = edge + CellSeparator.Length;
        }
        cells.Add(Text[start..]);
        return cells;
    }

    public string SectionId { get; set; } = "";

    /// <summary>
    /// Joins the continuations of a sentence that page breaks cut off, all at once: the text is made once, not once per piece
    /// (a file of 80,000 short paragraphs joined one by one took twenty minutes).
    /// </summary>
    public void Join(IEnumerable<TextBlock> continuations)
    {
        foreach (var next in continuations)
        {
            Mapped.AppendSynthetic(" ", SourceEnd);
            Mapped.Append(next.Mapped);
            SourceEnd = next.SourceEnd;
        }
        Text = Mapped.ToString();
    }
}
