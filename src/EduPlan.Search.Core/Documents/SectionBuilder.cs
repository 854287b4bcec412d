using System.Text;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Documents;

/// <summary>
/// Derives sections from the heading numbering. A numbering style seen before closes the sections
/// down to its level (a sibling); a new style opens a child. "Nơi nhận" and an attached document
/// ("KẾ HOẠCH" after a decision) start again from the top.
/// </summary>
public static class SectionBuilder
{
    public const string PreambleId = "preamble";
    public const string RecipientsId = "noi-nhan";
    private const int MaxHeadingLength = 160;

    private sealed class Open(string style, string id, string number, string heading, int depth, string? parentId)
    {
        public string Style { get; } = style;
        public string Id { get; } = id;
        public string Number { get; } = number;
        public string Heading { get; } = heading;
        public int Depth { get; } = depth;
        public string? ParentId { get; } = parentId;
        public StringBuilder Text { get; } = new();
        public int Lines { get; set; }
        public HashSet<int> ListItemLines { get; } = [];
    }

    public static List<Section> Build(IReadOnlyList<TextBlock> blocks, string title)
    {
        var all = new List<Open>();
        var ids = new HashSet<string>();
        var stack = new List<Open>();
        var prefix = "s";
        var current = Add(new Open("", PreambleId, "", title, 0, null));
        var numberedSeen = false;

        foreach (var block in blocks)
        {
            // A rule belongs to the section it stands in: with none, the page showed it as a section without an id.
            if (block.Kind == BlockKind.Break)
            {
                block.SectionId = current.Id;
                continue;
            }
            var text = block.Text.Trim(MarkdownBlocks.Decoration);
            // A table's rows are content: "1." or "II." in a first cell numbers a row, not a section, and "Nơi nhận" heads a column;
            // "Nơi nhận:" with its colon opens a signature block set as a table.
            var mayOpen = block.Kind != BlockKind.TableRow;
            if (text.StartsWith(mayOpen ? "Nơi nhận" : "Nơi nhận:", StringComparison.OrdinalIgnoreCase))
            {
                stack.Clear();
                current = Add(new Open("", Unique(RecipientsId), "", "Nơi nhận", 0, null));
            }
            else if (mayOpen && numberedSeen && DocumentKinds.FromHeading(text) is { } attachedKind)
            {
                // An attached document: its numbering starts again under its own prefix.
                stack.Clear();
                prefix = Unique(Slug(attachedKind));
                current = Add(new Open("", prefix, "", attachedKind, 0, null));
                stack.Add(current);
            }
            else if (mayOpen && SectionNumbering.Read(block.Text) is { } numbering)
            {
                numberedSeen = true;
                var level = stack.FindIndex(o => o.Style == numbering.Style);
                if (level >= 0) stack.RemoveRange(level, stack.Count - level);
                var parent = stack.Count > 0 ? stack[^1] : null;
                var id = Unique($"{parent?.Id ?? prefix}-{Slug(LocalNumber(numbering.Number, parent?.Number))}");
                current = Add(new Open(numbering.Style, id, numbering.Number, Heading(numbering.Rest), stack.Count, parent?.Id));
                stack.Add(current);
            }
            block.SectionId = current.Id;
            if (current.Text.Length > 0) current.Text.Append('\n');
            current.Text.Append(block.Text);
            if (block.Kind == BlockKind.ListItem) current.ListItemLines.Add(current.Lines);
            current.Lines += block.Text.Count(c => c == '\n') + 1;
        }

        return all.Where(o => o.Text.Length > 0 || o.Id == PreambleId)
            .Select(o => new Section(o.Id, o.Number, o.Heading, o.Text.ToString(), o.Depth, o.ParentId) { ListItemLines = o.ListItemLines })
            .ToList();

        Open Add(Open open)
        {
            all.Add(open);
            return open;
        }

        string Unique(string id)
        {
            // A second "V." is "s-v_2": with a hyphen it read as subsection V.2's anchor, which then became "s-v-2-2".
            var candidate = id;
            for (var n = 2; !ids.Add(candidate); n++) candidate = $"{id}_{n}";
            return candidate;
        }
    }

    /// <summary>"1.4" under "1" is the fourth child: its anchor need not repeat the parent's number.</summary>
    private static string LocalNumber(string number, string? parentNumber) =>
        parentNumber is { Length: > 0 } && number.StartsWith(parentNumber + ".", StringComparison.Ordinal)
            ? number[(parentNumber.Length + 1)..]
            : number;

    public static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in VietnameseFolding.FoldAll(text))
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    /// <summary>A heading line is the whole text; a numbered paragraph is headed by its first sentence.</summary>
    private static string Heading(string rest)
    {
        var text = rest.Trim().TrimEnd('*', '_', ' ');
        var sentenceEnd = text.IndexOfAny(['.', ':', ';']);
        if (sentenceEnd > 0 && sentenceEnd < text.Length - 1) text = text[..sentenceEnd];
        text = text.Trim().TrimEnd('*', '_', ' ', '.', ':');
        if (text.Length <= MaxHeadingLength) return text;
        var cut = text.LastIndexOf(' ', MaxHeadingLength);
        return text[..(cut > 0 ? cut : MaxHeadingLength)] + " …";
    }
}
