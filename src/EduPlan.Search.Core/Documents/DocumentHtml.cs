using EduPlan.Search.Core.Text;
using System.Text;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Searching;

namespace EduPlan.Search.Core.Documents;

/// <summary>
/// Renders a document for reading: one &lt;section&gt; per numbered section with its anchor, the text
/// HTML-escaped, and each citation a link to its instrument. Nothing from the text is emitted unescaped.
/// </summary>
public static class DocumentHtml
{
    /// <param name="query">What the reader searched for, marked in the text (&lt;mark&gt;) as the hit's snippets mark it; null for none.</param>
    public static string Render(CorpusDocument document, IReadOnlyList<Citation> citations, Func<string, string> instrumentHref, UserQuery? query = null)
    {
        var sb = new StringBuilder();
        var marks = Marks(document, query);
        var cited = InBlocks(document.Blocks, citations);
        var depthOf = document.Sections.ToDictionary(s => s.Id, s => s.Depth);
        string? open = null;
        // The list or table the blocks are in, closed when a block of another kind or another section comes.
        string? container = null;
        void Enter(string? next)
        {
            if (container == next) return;
            if (container is not null) sb.Append("</").Append(container).Append('>');
            if (next is not null) sb.Append('<').Append(next).Append(next == "table" ? " class=\"document-table\">" : ">");
            container = next;
        }
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
            if (block.SectionId != open)
            {
                Enter(null);
                if (open is not null) sb.Append("</section>");
                open = block.SectionId;
                sb.Append($"<section id=\"{Html.Escape(open)}\" class=\"depth-{depthOf.GetValueOrDefault(open)}\">");
                if (block.Kind is not (BlockKind.Break or BlockKind.TableRow))
                {
                    var heading = IsHeading(block);
                    AppendBlock(sb, block, cited[b], instrumentHref, marks[b], heading, heading ? 0 : LeadLength(block));
                    continue;
                }
            }
            if (block.Kind == BlockKind.Break) { Enter(null); sb.Append("<hr>"); continue; }
            // Every table opens with its header row: two tables apart in the source stay apart.
            if (block.Kind == BlockKind.TableRow && block.Header) Enter(null);
            Enter(ContainerOf(block));
            AppendBlock(sb, block, cited[b], instrumentHref, marks[b], heading: block.Kind == BlockKind.Heading);
        }
        Enter(null);
        if (open is not null) sb.Append("</section>");
        return sb.ToString();
    }

    /// <summary>The element that holds a run of blocks of this kind: items a list, rows a table.</summary>
    private static string? ContainerOf(TextBlock block) => block.Kind switch { BlockKind.ListItem => "ul", BlockKind.TableRow => "table", _ => null };

    /// <summary>
    /// The words of each block to mark: those matching the query as typed, or, in a document where nothing does, their folded look-alikes
    /// ("hóa" for a typed "hoà" points at the wrong word where the right one is there). A word the document has in a run of the query's
    /// words ("phổ cập" for "pho cap giao duc") is marked there only, not wherever it stands alone ("cấp học", "thành phố").
    /// </summary>
    private static List<(int Start, int End)>[] Marks(CorpusDocument document, UserQuery? query)
    {
        var lawsCited = query is null ? new HashSet<string>() : SnippetBuilder.LawsCited(document.Blocks.Where(b => b.Kind != BlockKind.Break).Select(b => b.Text), query);
        var found = document.Blocks.Select(b => query is null || query.IsEmpty || b.Kind == BlockKind.Break ? [] : SnippetBuilder.Matches(b.Text, query, lawsCited)).ToList();
        var asTyped = found.Any(m => m.Any(w => w.AsTyped));
        var inRuns = found.SelectMany(m => m).Where(w => w.InRun && (w.AsTyped || !asTyped)).Select(w => w.Folded).ToHashSet();
        return found.Select((m, b) => SnippetBuilder.Whole(document.Blocks[b].Text,
            m.Where(w => (w.AsTyped || !asTyped) && (w.InRun || !inRuns.Contains(w.Folded))).Select(w => (w.Start, w.End, w.Law)))).ToArray();
    }

    /// <summary>
    /// The citations lying within each block, in order of where they start. Picking them out of the document's whole list for
    /// every block was quadratic: a file of 45,000 lines citing 35,000 times took seconds to show.
    /// </summary>
    private static List<Citation>[] InBlocks(IReadOnlyList<TextBlock> blocks, IReadOnlyList<Citation> citations)
    {
        var sorted = citations.OrderBy(c => c.Start).ToList();
        var starts = sorted.Select(c => c.Start).ToList();
        return blocks.Select(block =>
        {
            var from = starts.BinarySearch(block.SourceStart);
            if (from < 0) from = ~from;
            while (from > 0 && starts[from - 1] >= block.SourceStart) from--;
            var inBlock = new List<Citation>();
            for (var i = from; i < sorted.Count && sorted[i].Start < block.SourceEnd; i++)
                if (sorted[i].End <= block.SourceEnd) inBlock.Add(sorted[i]);
            return inBlock;
        }).ToArray();
    }

    /// <summary>The anchor of a citation's occurrence in the rendered document: "c-" and its start in the source.</summary>
    public static string CitationAnchor(Citation citation) => $"c-{citation.Start}";

    /// <remarks>
    /// A short numbered paragraph that ends a sentence ("b) Rà soát, sắp xếp mạng lưới trường lớp theo Kế hoạch số 120/KH-UBND.") is
    /// an item like its longer siblings, not a heading: it was shown in bold as one, its sibling "a) …" as a paragraph.
    /// </remarks>
    private static bool IsHeading(TextBlock block) =>
        block.Kind == BlockKind.Heading || block.Strong || (block.Text.Length < 120 && block.Text.AsSpan().TrimEnd() is not [.., '.' or ';']);

    /// <summary>
    /// A section opened by a long numbered paragraph ("3. Tăng cường công tác kiểm tra: các trường …") is headed by its number and
    /// first sentence, as its entry in the table of contents is (<see cref="SectionBuilder.HeadingEnd"/>): that lead is shown in bold,
    /// so the section reads as one. A long heading line is its lead whole.
    /// </summary>
    private static int LeadLength(TextBlock block)
    {
        var text = block.Text;
        if (SectionNumbering.Read(text) is not { } numbering || !text.EndsWith(numbering.Rest, StringComparison.Ordinal)) return 0;
        var restStart = text.Length - numbering.Rest.Length;
        var (headingEnd, line) = SectionBuilder.HeadingEnd(block, numbering);
        var end = restStart + headingEnd;
        if (end > restStart && end + 1 < text.Length && text.AsSpan(end + 1).Trim(MarkdownBlocks.Decoration).Length > 0) return end + 1;
        // One long sentence, or an article without a title: its number alone is the lead, rather than the whole paragraph in bold.
        return line && end > restStart ? text.Length : text.AsSpan(0, restStart).TrimEnd().Length;
    }

    /// <param name="inBlock">The citations within the block, in order of where they start.</param>
    private static void AppendBlock(StringBuilder sb, TextBlock block, List<Citation> inBlock, Func<string, string> href,
        List<(int Start, int End)> marks, bool heading, int lead = 0)
    {
        var tag = block.Kind switch { BlockKind.ListItem => "li", BlockKind.TableRow => "tr", _ => heading ? "h3" : "p" };
        var cell = block.Header ? "th" : "td";
        sb.Append('<').Append(tag).Append('>');
        if (block.Kind == BlockKind.TableRow) sb.Append('<').Append(cell).Append('>');
        var text = block.Text;
        var leadOpen = lead > 0;
        if (leadOpen) sb.Append("<strong class=\"lead\">");
        var at = 0;
        void Plain(int end)
        {
            // The lead closes inside plain text where it ends there.
            if (leadOpen && lead > at && lead <= end)
            {
                Escaped(at, lead);
                sb.Append("</strong>");
                leadOpen = false;
                at = lead;
            }
            Escaped(at, end);
            at = end;
        }
        // The text from one offset to another, a table row's separators its cells' edges.
        void Escaped(int from, int to)
        {
            foreach (var edge in block.CellEdges)
            {
                var end = edge + TextBlock.CellSeparator.Length;
                if (end <= from || edge >= to) continue;
                if (edge >= from)
                {
                    Marked(from, edge);
                    sb.Append("</").Append(cell).Append("><").Append(cell).Append('>');
                }
                from = Math.Min(end, to);
            }
            Marked(from, to);
        }
        // The text from one offset to another, escaped, with the query's words marked (cut at a link's or the lead's edge).
        // Text is emitted front to back: marks ending before it never matter again.
        var firstMark = 0;
        void Marked(int from, int to)
        {
            while (firstMark < marks.Count && marks[firstMark].End <= from) firstMark++;
            for (var m = firstMark; m < marks.Count && marks[m].Start < to; m++)
            {
                var (start, end) = marks[m];
                if (end <= from) continue;
                var (a, b) = (Math.Max(start, from), Math.Min(end, to));
                sb.Append(Html.Escape(text[from..a])).Append("<mark>").Append(Html.Escape(text[a..b])).Append("</mark>");
                from = b;
            }
            sb.Append(Html.Escape(text[from..to]));
        }
        // Where a citation's surface lies in the block's text.
        (int From, int To) InText(Citation c) => (block.Mapped.ToText(c.Start), block.Mapped.ToText(c.End - 1) + 1);
        for (var k = 0; k < inBlock.Count; k++)
        {
            var c = inBlock[k];
            var (from, to) = InText(c);
            if (from < at || to > text.Length || from >= to) continue;
            Plain(from);
            // Each occurrence has its anchor, by where it starts in the source, so a list of what the document cites can point at it.
            sb.Append($"<a class=\"citation\" id=\"{CitationAnchor(c)}\" href=\"{Html.Escape(href(c.Instrument.Key))}\" data-key=\"{Html.Escape(c.Instrument.Key)}\" data-relation=\"{c.Relation}\">");
            // A citation inside this one's text (a law named in an amending law's title) cannot be a link of its own: its words are
            // a span with its anchor inside this link.
            var inside = from;
            for (var n = k + 1; n < inBlock.Count && inBlock[n].Start < c.End; n++)
            {
                var inner = inBlock[n];
                if (inner.Start == c.Start || inner.End > c.End) continue;
                var (innerFrom, innerTo) = InText(inner);
                if (innerFrom < inside || innerTo > to) continue;
                Escaped(inside, innerFrom);
                sb.Append($"<span id=\"{CitationAnchor(inner)}\">");
                Escaped(innerFrom, innerTo);
                sb.Append("</span>");
                inside = innerTo;
            }
            Escaped(inside, to);
            sb.Append("</a>");
            at = to;
            // A citation running past the lead's end closes it after the link.
            if (leadOpen && lead <= at)
            {
                sb.Append("</strong>");
                leadOpen = false;
            }
        }
        Plain(text.Length);
        if (leadOpen) sb.Append("</strong>");
        if (block.Kind == BlockKind.TableRow) sb.Append("</").Append(cell).Append('>');
        sb.Append("</").Append(tag).Append('>');
    }
}
