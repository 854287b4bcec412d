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

    /// <summary>What separates a table row's cells in its <see cref="Text"/>: whitespace to words and sentences, a cell's edge to a reader.</summary>
    public const char CellSeparator = '\t';

    /// <summary>
    /// Where a span of the text that starts at <paramref name="start"/> ends within its cell: a citation read on into the next
    /// column ("91-KL/TW | 12/8/2024", its date) keeps what it read there, and its words stay in the cell they are in.
    /// </summary>
    public int EndInCell(int start, int end)
    {
        if (Kind != BlockKind.TableRow) return end;
        var edge = Text.IndexOf(CellSeparator, start, end - start);
        return edge < 0 ? end : Text.AsSpan(start, edge - start).TrimEnd().Length + start;
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
