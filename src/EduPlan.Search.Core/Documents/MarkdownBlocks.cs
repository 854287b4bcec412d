using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EduPlan.Search.Core.Documents;

/// <summary>
/// Reads a directive with Markdig and returns its leaf blocks as plain text mapped to the source.
/// Markdown heading levels are kept only as a hint: the conversion mixed them up, so sections are
/// derived from the numbering later. Ordered-list markers ("1.") are put back in front of the
/// text because they are the section numbers.
/// </summary>
public static class MarkdownBlocks
{
    /// <summary>What emphasis, headings and indentation leave around a line's words once Markdown is read.</summary>
    public static readonly char[] Decoration = [' ', '*', '_', '#', '\t'];

    private static readonly char[] Emphasis = ['*', '_', ' '];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static List<TextBlock> Read(string source)
    {
        var document = Markdown.Parse(source, Pipeline);
        var blocks = new List<TextBlock>();
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case ThematicBreakBlock br:
                    blocks.Add(new TextBlock(BlockKind.Break, new MappedText(), br.Span.Start, br.Span.End + 1));
                    break;
                case LeafBlock leaf when leaf is ParagraphBlock or HeadingBlock:
                    var text = new MappedText();
                    var item = leaf.Parent as ListItemBlock;
                    var kind = leaf is HeadingBlock ? BlockKind.Heading : BlockKind.Paragraph;
                    if (item is not null && item[0] == leaf && item.Parent is ListBlock list)
                    {
                        kind = BlockKind.ListItem;
                        if (list.IsOrdered)
                        {
                            var marker = source[item.Span.Start..Math.Min(leaf.Span.Start, source.Length)].Trim();
                            text.Append(marker + " ", item.Span.Start, exact: false, sourceLength: marker.Length);
                            kind = BlockKind.Paragraph;
                        }
                    }
                    var strong = AppendInlines(leaf.Inline, source, text);
                    if (text.Length == 0) continue;
                    blocks.Add(new TextBlock(kind, text, item?.Span.Start ?? leaf.Span.Start, leaf.Span.End + 1)
                    {
                        Strong = strong,
                    });
                    break;
                case CodeBlock code:
                    var lines = new MappedText();
                    foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                    {
                        if (lines.Length > 0) lines.AppendSynthetic(" ", line.Position);
                        lines.Append(line.Slice.ToString(), line.Position);
                    }
                    if (lines.Length > 0) blocks.Add(new TextBlock(BlockKind.Paragraph, lines, code.Span.Start, code.Span.End + 1));
                    break;
            }
        }
        return blocks;
    }

    /// <summary>Appends the inline text; returns true when all of it is inside emphasis (a bold line).</summary>
    private static bool AppendInlines(ContainerInline? container, string source, MappedText text)
    {
        if (container is null) return false;
        var allEmphasised = true;
        var any = false;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case EmphasisInline emphasis:
                    AppendInlines(emphasis, source, text);
                    any = true;
                    break;
                case ContainerInline inner:
                    allEmphasised &= AppendInlines(inner, source, text);
                    any = true;
                    break;
                case LiteralInline literal:
                    var s = literal.Content.ToString();
                    var exact = literal.Span.Length == s.Length && literal.Span.Start + s.Length <= source.Length &&
                                string.CompareOrdinal(source, literal.Span.Start, s, 0, s.Length) == 0;
                    text.Append(s, literal.Span.Start, exact, literal.Span.Length);
                    if (!string.IsNullOrWhiteSpace(s) && s.AsSpan().Trim(Emphasis).Length > 0) allEmphasised = false;
                    any = true;
                    break;
                case LineBreakInline br:
                    text.AppendSynthetic(" ", br.Span.Start);
                    break;
                case CodeInline code:
                    text.Append(code.Content, code.Span.Start, exact: false, sourceLength: code.Span.Length);
                    allEmphasised = false;
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString(), entity.Span.Start, exact: false, sourceLength: entity.Span.Length);
                    allEmphasised = false;
                    break;
                case AutolinkInline link:
                    text.Append(link.Url, link.Span.Start, exact: false, sourceLength: link.Span.Length);
                    allEmphasised = false;
                    break;
            }
        }
        return any && allEmphasised;
    }
}
