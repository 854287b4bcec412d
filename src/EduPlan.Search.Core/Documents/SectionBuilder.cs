using System.Text.RegularExpressions;
using System.Text;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Documents;

/// <summary>
/// Derives sections from the heading numbering. A numbering style seen before closes the sections
/// down to its level (a sibling); a new style opens a child. "Nơi nhận" and an attached document
/// ("KẾ HOẠCH" after a decision) start again from the top.
/// </summary>
public static partial class SectionBuilder
{
    public const string PreambleId = "preamble";
    public const string RecipientsId = "noi-nhan";

    /// <summary>The anchor of an annex whose title names no kind of document.</summary>
    private const string AnnexId = "phu-luc";
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
        public int HeadingEnd { get; init; }
    }

    /// <param name="source">The text the blocks were read from, whose line breaks a block's text has lost; null where there is none.</param>
    public static List<Section> Build(IReadOnlyList<TextBlock> blocks, string title, string? source = null)
    {
        var all = new List<Open>();
        var ids = new HashSet<string>();
        var stack = new List<Open>();
        var prefix = "s";
        var current = Add(new Open("", PreambleId, "", title, 0, null));
        var numberedSeen = false;
        var listingGrounds = false;

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
            var numbering = mayOpen || listingGrounds ? SectionNumbering.Read(block.Text) : null;
            if (text.StartsWith(mayOpen ? "Nơi nhận" : "Nơi nhận:", StringComparison.OrdinalIgnoreCase))
            {
                stack.Clear();
                current = Add(new Open("", Unique(RecipientsId), "", "Nơi nhận", 0, null));
            }
            // Its kind heads the attached document in capitals, its title perhaps right under it in one paragraph ("QUY CHẾ Hoạt động của …").
            else if (mayOpen && numberedSeen && (DocumentKinds.FromHeading(KindHeading(text)) ?? FirstLineKind(block, source)) is { } attachedKind)
            {
                // An attached document: its numbering starts again under its own prefix.
                stack.Clear();
                prefix = Unique(Slug(attachedKind));
                current = Add(new Open("", prefix, "", attachedKind, 0, null));
                stack.Add(current);
            }
            // After the recipients and the signature, a heading naming no kind titles an annex all the same ("## KHUNG KẾ HOẠCH THỜI GIAN
            // NĂM HỌC …", then "(Kèm theo Quyết định số …)"): read as the recipients', the annex's title and lead were a hit's passage headed "Nơi nhận".
            else if (mayOpen && block.Kind == BlockKind.Heading && numbering is null && current.Id.StartsWith(RecipientsId, StringComparison.Ordinal))
            {
                stack.Clear();
                prefix = Unique(AnnexId);
                current = Add(new Open("", prefix, "", Heading(text, text.Length), 0, null) { HeadingEnd = block.Text.Length });
                stack.Add(current);
            }
            // "Căn cứ các văn bản:" then "1. Luật Giáo dục …;" … "4. Công văn số …": the grounds, listed, are the preamble's; as sections,
            // the last took the rest of the preamble, and the headings after them nested under it.
            else if (mayOpen && numbering is not null && !(listingGrounds && IsGround(numbering)))
            {
                numberedSeen = true;
                var level = stack.FindIndex(o => o.Style == numbering.Style);
                if (level >= 0) stack.RemoveRange(level, stack.Count - level);
                // A new style opens a child, unless it is a senior one: "I. KẾT QUẢ" after the numbered list of the grounds
                // ("1. Luật Giáo dục …; 4. Công văn …") is no child of the grounds' item 4.
                else while (stack.Count > 0 && Seniority(stack[^1].Style) > Seniority(numbering.Style)) stack.RemoveAt(stack.Count - 1);
                var parent = stack.Count > 0 ? stack[^1] : null;
                var id = Unique($"{parent?.Id ?? prefix}-{Slug(LocalNumber(numbering.Number, parent?.Number))}");
                var headingEnd = HeadingEnd(block, numbering).End;
                current = Add(new Open(numbering.Style, id, numbering.Number, Heading(numbering.Rest, headingEnd), stack.Count, parent?.Id)
                {
                    HeadingEnd = block.Text.EndsWith(numbering.Rest, StringComparison.Ordinal) ? block.Text.Length - numbering.Rest.Length + headingEnd : 0,
                });
                stack.Add(current);
            }
            listingGrounds = GroundsLeadIn().IsMatch(text) || (listingGrounds && numbering is not null && IsGround(numbering));
            block.SectionId = current.Id;
            if (current.Text.Length > 0) current.Text.Append('\n');
            current.Text.Append(block.Text);
            if (block.Kind == BlockKind.ListItem) current.ListItemLines.Add(current.Lines);
            current.Lines += block.Text.Count(c => c == '\n') + 1;
        }

        return all.Where(o => o.Text.Length > 0 || o.Id == PreambleId)
            .Select(o => new Section(o.Id, o.Number, o.Heading, o.Text.ToString(), o.Depth, o.ParentId) { ListItemLines = o.ListItemLines, HeadingEnd = o.HeadingEnd })
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

    /// <summary>
    /// How far down the numbering styles rank in a Vietnamese directive: an attached document, its parts and chapters, then Roman numerals, articles, Arabic
    /// numerals (1.1 under 1.), letters; an unknown style ranks with the Arabic numerals.
    /// </summary>
    private static int Seniority(string style) => style switch
    {
        "" => -1, // an attached document, which holds its own numbering
        "part" => 0,
        "roman" => 1,
        "article" => 2,
        "letter" => 20,
        _ when style.StartsWith("dotted", StringComparison.Ordinal) && int.TryParse(style.AsSpan(6), out var dots) => 3 + dots,
        _ => 3,
    };

    /// <summary>An item of a list of grounds: numbered as the lists are, and naming an instrument by its kind ("1. Luật Giáo dục …").</summary>
    private static bool IsGround(SectionNumbering.Match item)
    {
        if (item.Style is not ("arabic." or "arabic)" or "arabic-" or "letter")) return false;
        var words = item.Rest.TrimStart().Split(' ', 5, StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(4, words.Length); n >= 1; n--)
            if (DocumentKinds.FromWord(string.Join(' ', words.Take(n))) is not null) return true;
        return false;
    }

    /// <summary>"Căn cứ các văn bản sau:", "Căn cứ:": what opens a list of grounds.</summary>
    [GeneratedRegex(@"^căn cứ\b[^.;]{0,60}:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GroundsLeadIn();

    /// <summary>The words in capitals that open a paragraph, when a title (a capital, then small letters) or nothing follows them.</summary>
    /// <remarks>
    /// Read word by word up to the first that is not in capitals, without splitting the paragraph: every paragraph after the first
    /// numbered heading is looked at, and splitting each into its words was an eighth of reading a corpus.
    /// </remarks>
    /// <summary>
    /// The kind a paragraph's first line names alone: a .txt sets an annex's "PHỤ LỤC" on the line above its title in capitals and
    /// "(Kèm theo Kế hoạch số …)", with no blank line between, and read as one run of capitals it named no kind (the annex and its
    /// table were the recipients'). "QUYẾT ĐỊNH:" over the articles is the enacting word, no attached document.
    /// </summary>
    private static string? FirstLineKind(TextBlock block, string? source)
    {
        if (source is null || block.SourceEnd > source.Length) return null;
        var lineEnd = source.IndexOf('\n', block.SourceStart, block.SourceEnd - block.SourceStart);
        if (lineEnd < 0 || lineEnd + 1 >= block.SourceEnd) return null;
        var line = source[block.SourceStart..lineEnd].Trim().Trim(MarkdownBlocks.Decoration);
        return line.EndsWith(':') ? null : DocumentKinds.FromHeading(line);
    }

    private static string KindHeading(string text)
    {
        var words = new List<string>();
        var at = 0;
        while (NextWord(text, ref at) is { } word)
        {
            if (!IsCapitals(word)) return words.Count > 0 && char.IsUpper(word[0]) && word[1..].Any(char.IsLower) ? string.Join(' ', words) : text;
            words.Add(word);
        }
        return text;

        static bool IsCapitals(string word) => word.Any(char.IsLetter) && word.All(c => c == char.ToUpperInvariant(c));
    }

    /// <summary>The word of <paramref name="text"/> from <paramref name="at"/> on, spaces skipped, and <paramref name="at"/> past it; null at the end.</summary>
    private static string? NextWord(string text, ref int at)
    {
        while (at < text.Length && text[at] == ' ') at++;
        if (at >= text.Length) return null;
        var end = text.IndexOf(' ', at);
        if (end < 0) end = text.Length;
        var word = text[at..end];
        at = end;
        return word;
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

    /// <summary>
    /// Where the heading of a numbered block ends in its words after the number (<see cref="SectionNumbering.Match.Rest"/>), before
    /// the punctuation that closes it (0 when its number alone heads it), and whether the block is a heading line rather than a
    /// paragraph of text. A heading line is its whole text up to a full stop or a colon with words after them ("3. Tăng cường công
    /// tác kiểm tra: các trường …"); a numbered paragraph of text is headed by its first clause, up to a semicolon too. Nothing within
    /// brackets ends a heading, nor a full stop inside a number or a symbol ("1.000", "TP.HCM"). An article whose words are a
    /// paragraph of text ("Điều 2. Chánh Văn phòng …; Giám đốc Sở … chịu trách nhiệm thi hành Quyết định này./.") has no title: a
    /// clause cut from its text was no heading.
    /// </summary>
    /// <remarks>
    /// A semicolon joins the parts of a heading line ("8. Đẩy mạnh ứng dụng công nghệ thông tin; nâng cao chất lượng dạy, học
    /// ngoại ngữ"), and "(phân cấp quản lý, tự chủ tự chịu trách nhiệm; kỷ cương, nền nếp)" is one: cut there, the heading lost its
    /// second half or was left with its bracket open.
    /// </remarks>
    public static (int End, bool Line) HeadingEnd(TextBlock block, SectionNumbering.Match numbering)
    {
        var rest = numbering.Rest.AsSpan().TrimEnd(MarkdownBlocks.Decoration);
        // The quotation mark closing an article quoted by an amendment ("… các năm học đó.”") closes no heading's quotation.
        if (rest is [.., '”'] && rest.Count('”') > rest.Count('“')) rest = rest[..^1];
        if (rest.Length == 0) return (0, false);
        var article = numbering.Style == "article";
        var line = block.Kind == BlockKind.Heading || block.Strong ||
                   (!ClosingPunctuation.Contains(rest[^1]) && (article || rest.Length <= MaxHeadingLength));
        if (article && !line) return (0, false);
        return (ClauseEnd(rest, line), line);
    }

    /// <summary>Where the first clause of a heading's words ends (<see cref="HeadingEnd(TextBlock, SectionNumbering.Match)"/>).</summary>
    private static int ClauseEnd(ReadOnlySpan<char> rest, bool line)
    {
        var depth = 0;
        // Punctuation at the very end closes the whole text, which is then the heading.
        for (var i = 0; i < rest.Length - 1; i++)
        {
            var c = rest[i];
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && (c is '.' or ':' || (c == ';' && !line)) && char.IsWhiteSpace(rest[i + 1])) return i;
        }
        return rest.Length;
    }

    /// <summary>What closes a sentence or a clause of text, as a heading line does not end.</summary>
    private const string ClosingPunctuation = ".;:,!?…";

    /// <summary>The heading of a numbered block from its words after the number and where <see cref="HeadingEnd"/> says it ends.</summary>
    private static string Heading(string rest, int end)
    {
        var text = rest[..end].Trim().TrimEnd('*', '_', ' ', '.', ':', ';', ',', '/');
        if (text.Length <= MaxHeadingLength) return text;
        var cut = text.LastIndexOf(' ', MaxHeadingLength);
        return text[..(cut > 0 ? cut : MaxHeadingLength)] + " …";
    }
}
