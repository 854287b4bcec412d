namespace EduPlan.Search.Core.Documents;

public enum BlockKind { Paragraph, Heading, ListItem, Break }

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
    public string SectionId { get; set; } = "";

    /// <summary>Joins the continuation of a sentence that a page break cut off.</summary>
    public void Join(TextBlock next)
    {
        Mapped.AppendSynthetic(" ", SourceEnd);
        Mapped.Append(next.Mapped);
        Text = Mapped.ToString();
        SourceEnd = next.SourceEnd;
    }
}
