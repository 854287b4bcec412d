using EduPlan.Search.Core.Text;
using System.Text;
using EduPlan.Search.Core.Citations;

namespace EduPlan.Search.Core.Documents;

/// <summary>
/// Renders a document for reading: one &lt;section&gt; per numbered section with its anchor, the text
/// HTML-escaped, and each citation a link to its instrument. Nothing from the text is emitted unescaped.
/// </summary>
public static class DocumentHtml
{
    public static string Render(CorpusDocument document, IReadOnlyList<Citation> citations, Func<string, string> instrumentHref)
    {
        var sb = new StringBuilder();
        var depthOf = document.Sections.ToDictionary(s => s.Id, s => s.Depth);
        string? open = null;
        var inList = false;
        foreach (var block in document.Blocks)
        {
            if (block.SectionId != open)
            {
                if (inList) { sb.Append("</ul>"); inList = false; }
                if (open is not null) sb.Append("</section>");
                open = block.SectionId;
                sb.Append($"<section id=\"{Html.Escape(open)}\" class=\"depth-{depthOf.GetValueOrDefault(open)}\">");
                if (block.Kind != BlockKind.Break)
                {
                    var heading = IsHeading(block);
                    AppendBlock(sb, block, citations, instrumentHref, heading, heading ? 0 : LeadLength(block.Text));
                    continue;
                }
            }
            if (block.Kind == BlockKind.Break) { sb.Append("<hr>"); continue; }
            if (block.Kind == BlockKind.ListItem && !inList) { sb.Append("<ul>"); inList = true; }
            if (block.Kind != BlockKind.ListItem && inList) { sb.Append("</ul>"); inList = false; }
            AppendBlock(sb, block, citations, instrumentHref, heading: block.Kind == BlockKind.Heading);
        }
        if (inList) sb.Append("</ul>");
        if (open is not null) sb.Append("</section>");
        return sb.ToString();
    }

    /// <summary>The anchor of a citation's occurrence in the rendered document: "c-" and its start in the source.</summary>
    public static string CitationAnchor(Citation citation) => $"c-{citation.Start}";

    private static bool IsHeading(TextBlock block) => block.Kind == BlockKind.Heading || block.Strong || block.Text.Length < 120;

    /// <summary>
    /// A section opened by a long numbered paragraph ("3. Tăng cường công tác kiểm tra: các trường …") is headed by its number and
    /// first sentence, as its entry in the table of contents is: that lead is shown in bold, so the section reads as one.
    /// </summary>
    private static int LeadLength(string text)
    {
        if (SectionNumbering.Read(text) is not { } numbering || !text.EndsWith(numbering.Rest, StringComparison.Ordinal)) return 0;
        var restStart = text.Length - numbering.Rest.Length;
        var end = text.IndexOfAny(['.', ':', ';'], restStart);
        // One long sentence: its number alone is the lead, rather than the whole paragraph in bold.
        return end > restStart && end < text.Length - 1 ? end + 1 : text.AsSpan(0, restStart).TrimEnd().Length;
    }

    private static void AppendBlock(StringBuilder sb, TextBlock block, IReadOnlyList<Citation> citations, Func<string, string> href, bool heading, int lead = 0)
    {
        var tag = block.Kind == BlockKind.ListItem ? "li" : heading ? "h3" : "p";
        sb.Append('<').Append(tag).Append('>');
        var text = block.Text;
        var leadOpen = lead > 0;
        if (leadOpen) sb.Append("<strong class=\"lead\">");
        var at = 0;
        void Plain(int end)
        {
            // The lead closes inside plain text where it ends there.
            if (leadOpen && lead > at && lead <= end)
            {
                sb.Append(Html.Escape(text[at..lead])).Append("</strong>");
                leadOpen = false;
                at = lead;
            }
            sb.Append(Html.Escape(text[at..end]));
            at = end;
        }
        foreach (var c in citations.Where(c => c.Start >= block.SourceStart && c.End <= block.SourceEnd).OrderBy(c => c.Start))
        {
            var from = block.Mapped.ToText(c.Start);
            var to = block.Mapped.ToText(c.End - 1) + 1;
            if (from < at || to > text.Length || from >= to) continue;
            Plain(from);
            // Each occurrence has its anchor, by where it starts in the source, so a list of what the document cites can point at it.
            sb.Append($"<a class=\"citation\" id=\"{CitationAnchor(c)}\" href=\"{Html.Escape(href(c.Instrument.Key))}\" data-key=\"{Html.Escape(c.Instrument.Key)}\" data-relation=\"{c.Relation}\">");
            sb.Append(Html.Escape(text[from..to])).Append("</a>");
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
        sb.Append("</").Append(tag).Append('>');
    }
}
