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
                if (block.Kind != BlockKind.Break) { AppendBlock(sb, block, citations, instrumentHref, heading: IsHeading(block)); continue; }
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

    private static bool IsHeading(TextBlock block) => block.Kind == BlockKind.Heading || block.Strong || block.Text.Length < 120;

    private static void AppendBlock(StringBuilder sb, TextBlock block, IReadOnlyList<Citation> citations, Func<string, string> href, bool heading)
    {
        var tag = block.Kind == BlockKind.ListItem ? "li" : heading ? "h3" : "p";
        sb.Append('<').Append(tag).Append('>');
        var text = block.Text;
        var at = 0;
        foreach (var c in citations.Where(c => c.Start >= block.SourceStart && c.End <= block.SourceEnd).OrderBy(c => c.Start))
        {
            var from = block.Mapped.ToText(c.Start);
            var to = block.Mapped.ToText(c.End - 1) + 1;
            if (from < at || to > text.Length || from >= to) continue;
            sb.Append(Html.Escape(text[at..from]));
            sb.Append($"<a class=\"citation\" href=\"{Html.Escape(href(c.Instrument.Key))}\" data-key=\"{Html.Escape(c.Instrument.Key)}\" data-relation=\"{c.Relation}\">");
            sb.Append(Html.Escape(text[from..to])).Append("</a>");
            at = to;
        }
        sb.Append(Html.Escape(text[at..]));
        sb.Append("</").Append(tag).Append('>');
    }
}
