using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EduPlan.Search.Core.Documents;

/// <summary>
/// Reads a directive with Markdig and returns its leaf blocks as plain text mapped to the source.
/// Markdown heading levels are kept only as a hint: the conversion mixed them up, so sections are
/// derived from the numbering later. Ordered-list markers ("1.") are put back in front of the
/// text because they are the section numbers. A pipe table's rows are blocks of their own, their cells
/// apart (<see cref="TextBlock.CellSeparator"/>): a table was one paragraph of pipes.
/// </summary>
public static partial class MarkdownBlocks
{
    /// <summary>What emphasis, headings and indentation leave around a line's words once Markdown is read.</summary>
    public static readonly char[] Decoration = [' ', '*', '_', '#', '\t'];

    private static readonly char[] Emphasis = ['*', '_', ' '];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UsePipeTables().Build();

    /// <summary>
    /// How many characters one document may spend reading tables that run on into a line of text apart, each two parses of the whole
    /// text: a file of 4 MB made of such tables took three times as long to read. A directive of 40 KB has 50 read apart.
    /// </summary>
    private const long MaxRunOnCharacters = 4_000_000;

    public static List<TextBlock> Read(string source)
    {
        var runOn = 0;
        return Read(BrokenTableRows.Repair(source), ref runOn);
    }

    private static List<TextBlock> Read(string source, ref int runOn)
    {
        var document = Markdown.Parse(source, Pipeline);
        var blocks = new List<TextBlock>();
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                // A table followed on the next line by text ("| … |\n**Nơi nhận:**") is no table to Markdig, only a paragraph of
                // pipes: the table and the text after it are read apart, each in a copy of the source blank elsewhere, so that
                // every offset stays the source's.
                // So is a line of text, a table on the next line and text on the line after it ("2. Các trường THPT", "| … |",
                // "Tiếp theo…"), and a line that opens a section or a part of the header right under another ("1. Về kế hoạch" then
                // "a) Các trường…", a file written one paragraph a line): the first line keeps its list item's marker, which numbers it.
                case ParagraphBlock paragraph when (runOn + 1L) * 2 * source.Length <= MaxRunOnCharacters && SplitAt(source, paragraph) is { } split:
                    runOn++;
                    var from = paragraph.Parent is ListItemBlock owner && owner[0] == paragraph ? owner.Span.Start : paragraph.Span.Start;
                    blocks.AddRange(Read(BlankOutside(source, from, split), ref runOn));
                    blocks.AddRange(Read(BlankOutside(source, split, paragraph.Span.End + 1), ref runOn));
                    break;
                // "| STT | Nhóm đối tượng | … | Văn bản áp dụng |" and its rows with no "|---|" under the header, as a text export writes a table
                // (a tester's 806): no table to Markdig, one paragraph of pipes, and its column of instruments governed nothing.
                case ParagraphBlock paragraph when paragraph.Parent is MarkdownDocument && PipeRows(source, paragraph) is { } rows:
                    blocks.AddRange(rows);
                    break;
                case HtmlBlock html when html.Span.Start >= 0 && html.Span.End < source.Length
                                         && source.AsSpan(html.Span.Start, html.Span.End + 1 - html.Span.Start).Contains("<td", StringComparison.OrdinalIgnoreCase):
                    blocks.AddRange(HtmlTableRows(source, html.Span.Start, html.Span.End + 1));
                    break;
                case ThematicBreakBlock br:
                    blocks.Add(new TextBlock(BlockKind.Break, new MappedText(), br.Span.Start, br.Span.End + 1));
                    break;
                case TableRow row:
                    var cells = new MappedText();
                    var edges = new List<int>();
                    TableCell? previous = null;
                    foreach (var cell in row.OfType<TableCell>())
                    {
                        // The separator stands where the pipe between the cells is: at the next cell's first letter, a citation there
                        // would map back to the separator.
                        if (previous is not null)
                        {
                            edges.Add(cells.Length);
                            cells.AppendSynthetic(TextBlock.CellSeparator, previous.Span.End + 1);
                        }
                        previous = cell;
                        foreach (var paragraph in cell.OfType<ParagraphBlock>()) AppendInlines(paragraph.Inline, source, cells);
                    }
                    if (RowBlock(cells, edges, row.Span.Start, row.Span.End + 1, row.IsHeader) is { } read) blocks.Add(read);
                    break;
                case LeafBlock leaf when leaf is ParagraphBlock or HeadingBlock && leaf.Parent is not TableCell:
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
                    // Its blank lines at the end are no part of it: in a paragraph's piece read apart (a copy blank elsewhere) they ran on to
                    // the end of the file, and the block's source was the whole text (a tester's 369 lost its date and number, "Cà Mau, ngày
                    // …" indented under its letterhead).
                    var written = code.Lines.Lines.Take(code.Lines.Count).ToList();
                    while (written.Count > 0 && written[^1].Slice.IsEmptyOrWhitespace()) written.RemoveAt(written.Count - 1);
                    foreach (var line in written)
                    {
                        // A line's text starts past its indent (four spaces, a paragraph indented under a footnote or an item): its
                        // slice says where, the line's position is the indent's.
                        if (lines.Length > 0) lines.AppendSynthetic(" ", line.Slice.Start);
                        lines.Append(line.Slice.ToString(), line.Slice.Start);
                    }
                    if (lines.Length > 0) blocks.Add(new TextBlock(BlockKind.Paragraph, lines, code.Span.Start, written[^1].Slice.End + 1));
                    break;
            }
        }
        return blocks;
    }

    /// <summary>
    /// Where a paragraph of Markdig's holds two blocks: where the text after a table begins, in a paragraph that opens with a
    /// table's header and delimiter lines; or, in a paragraph that opens with text, where a table begins or a line that opens a
    /// section, the recipients, the addressees or the place and date. A paragraph whose own text ends before the table is one
    /// Markdig read apart from its table already.
    /// </summary>
    private static int? SplitAt(string source, ParagraphBlock paragraph)
    {
        if (paragraph.Parent is TableCell || paragraph.Span.Start < 0 || paragraph.Span.End >= source.Length) return null;
        var end = paragraph.Span.End + 1;
        // Most paragraphs are one line: nothing to read apart, and this runs for every paragraph of a build.
        if (source.IndexOf('\n', paragraph.Span.Start, Math.Max(0, end - 1 - paragraph.Span.Start)) < 0) return null;
        var lines = new List<(int Start, int End)>();
        for (var at = paragraph.Span.Start; at < end;)
        {
            var next = source.IndexOf('\n', at, end - at) is var n and >= 0 ? n + 1 : end;
            lines.Add((at, next));
            at = next;
        }
        ReadOnlySpan<char> Line(int line) => source.AsSpan(lines[line].Start, lines[line].End - lines[line].Start).Trim();
        bool IsRow(int line) => Line(line).StartsWith('|');
        bool OpensTable(int line) => line + 1 < lines.Count && IsRow(line) && DelimiterRow().IsMatch(Line(line + 1));
        int? split = null;
        if (OpensTable(0))
        {
            for (var line = 2; line < lines.Count && split is null; line++)
                if (!IsRow(line)) split = line >= 3 ? lines[line].Start : -1;
        }
        else
        {
            // Whether a quotation is open before each line, counted as the lines go: counted back from each line, a paragraph of 40,000 lines
            // (a file without blank lines) read its text 40,000 times.
            var quotation = new QuotationMarks();
            for (var line = 1; line < lines.Count && split is null; line++)
            {
                quotation.Count(source.AsSpan(lines[line - 1].Start, lines[line - 1].End - lines[line - 1].Start));
                var words = Line(line).Trim(Decoration).ToString();
                if (OpensTable(line) || (OpensBlock(words) && !CitesArticle(Line(line - 1), Line(line))) || (!quotation.Open && OpensPreambleBlock(words)))
                    split = lines[line].Start;
            }
            if (split is null)
            {
                // The first line with its list marker, which Markdig keeps out of the paragraph: the marker is the heading's number.
                var lineStart = paragraph.Span.Start == 0 ? 0 : source.LastIndexOf('\n', paragraph.Span.Start - 1) + 1;
                var first = source.AsSpan(lineStart, lines[0].End - lineStart).Trim();
                var widest = first.Length;
                for (var line = 1; line < lines.Count; line++) widest = Math.Max(widest, Line(line).Length);
                if (OpensTextUnderHeading(first.ToString(), Line(1).Trim(Decoration).ToString(), widest)) split = lines[1].Start;
            }
        }
        return split is >= 0 && paragraph.Inline is { } text && text.Descendants<LiteralInline>().Any(l => l.Span.Start >= split) ? split : null;
    }

    /// <summary>
    /// Whether the second line of a paragraph is the text under a numbered heading on its first ("3. Ôn tập … học sinh lớp 12" then
    /// "Các trường THPT xây dựng kế hoạch …", a .txt with no blank line between them), not the rest of a heading too long for its line.
    /// A wrapped line was full: the next line's first word would not have fitted on it, as wide as the paragraph's widest line. A heading
    /// whose line ends in a word that leads on ("và", "của", "tỉnh") or in a name goes on; text opens with a word in sentence case.
    /// </summary>
    private static bool OpensTextUnderHeading(string first, string next, int widest)
    {
        if (next.Length == 0 || first.Length == 0 || !char.IsLetterOrDigit(first[^1])) return false;
        var nextWord = next.Split(' ', 2)[0];
        if (nextWord.Length < 2 || !char.IsUpper(nextWord[0]) || !nextWord.Skip(1).All(char.IsLower)) return false;
        if (first.Length + 1 + nextWord.Length > widest) return false;
        var heading = first.Trim(Decoration);
        if (SectionNumbering.Read(heading) is not { } numbering) return false;
        var lastWord = numbering.Rest.TrimEnd().Split(' ')[^1];
        return lastWord.Length > 0 && !char.IsUpper(lastWord[0]) && !LeadingOn.Contains(lastWord.ToLowerInvariant());
    }

    /// <summary>Words a heading's line does not end on when the heading goes on to the next line.</summary>
    private static readonly HashSet<string> LeadingOn =
    [
        "và", "của", "về", "các", "cho", "với", "trong", "theo", "tại", "để", "đến", "từ", "trên", "dưới", "những", "là", "do", "hoặc", "hay",
        "vào", "qua", "thuộc", "gồm", "như", "đối", "tới", "số", "ngày", "tháng", "năm", "tỉnh", "huyện", "quận", "xã", "phường", "thành",
        "phố", "thị", "trấn", "ban", "sở", "phòng", "trường", "bộ", "ủy", "uỷ", "giữa", "sau", "trước", "nhằm", "bằng", "mà", "được", "bị",
    ];

    /// <summary>
    /// "… tại khoản 2" / "Điều 1 Quyết định số 1950/QĐ-UBND …": an article cited across a line's end (a tester's 475, hard-wrapped text), where
    /// an article's heading would open a block. The line before it leads on to it (a clause or point of it, or a word such as "tại", "của"),
    /// and no "." or ":" follows the article's number, as one follows a heading's.
    /// </summary>
    private static bool CitesArticle(ReadOnlySpan<char> before, ReadOnlySpan<char> line)
    {
        if (!ArticleGoingOn().IsMatch(line)) return false;
        var words = before.ToString().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (LeadingOn.Contains(words[^1]) || (words.Length > 1 && words[^2] is "khoản" or "điểm" or "mục"));
    }

    [GeneratedRegex(@"^Điều\s+\d+\s+\p{L}")]
    private static partial Regex ArticleGoingOn();

    private static bool OpensBlock(string line) =>
        SectionNumbering.Read(line) is not null || line.StartsWith("Nơi nhận", StringComparison.OrdinalIgnoreCase) ||
        line.StartsWith("Kính gửi", StringComparison.OrdinalIgnoreCase) || MetadataExtractor.PlaceAndDate().IsMatch(line);

    /// <summary>
    /// What opens a block of a preamble copied from a PDF without blank lines, where the letterhead, the kind, its subject and the grounds run
    /// on as one paragraph (a tester's 808, titled "Kế hoạch" and undated): "KẾ HOẠCH" on a line of its own, in capitals, and each "Căn cứ …".
    /// Not in a quotation (the caller's): "… có căn cứ ban hành như sau:⏎"Căn cứ …;⏎Căn cứ …;⏎Bộ trưởng … ban hành …"" is another text's
    /// preamble, quoted whole.
    /// </summary>
    private static bool OpensPreambleBlock(string line) =>
        line.StartsWith("Căn cứ ", StringComparison.Ordinal) || (line.Length is > 2 and < 40 && !line.Any(char.IsLower) && DocumentKinds.FromWord(line.ToLowerInvariant()) is not null);

    /// <summary>The quotation marks of the lines read so far: straight ones open and close in turn, curly ones in pairs.</summary>
    private struct QuotationMarks
    {
        private int _straight, _opening, _closing;

        public readonly bool Open => _straight % 2 != 0 || _opening > _closing;

        public void Count(ReadOnlySpan<char> line)
        {
            _straight += line.Count('"');
            _opening += line.Count('“');
            _closing += line.Count('”');
        }
    }

    /// <summary>
    /// A paragraph whose every line is a row of pipes, each of the same cells (three or more), read as a table's rows, the first its header;
    /// null for any other paragraph. The rows' cells are their text between the pipes, each mapped to where it stands.
    /// </summary>
    private static List<TextBlock>? PipeRows(string source, ParagraphBlock paragraph)
    {
        if (paragraph.Span.Start < 0 || paragraph.Span.End >= source.Length || source[paragraph.Span.Start] != '|') return null;
        var rows = new List<TextBlock>();
        var pipes = -1;
        for (var at = paragraph.Span.Start; at <= paragraph.Span.End;)
        {
            var newline = source.IndexOf('\n', at, paragraph.Span.End + 1 - at);
            var end = newline < 0 ? paragraph.Span.End + 1 : newline;
            var line = source.AsSpan(at, end - at).TrimEnd();
            if (line.Length < 2 || line[0] != '|' || line[^1] != '|') return null;
            var bars = new List<int>();
            for (var i = 0; i < line.Length; i++)
                if (BrokenTableRows.PartsCells(line, i)) bars.Add(at + i);
            if (bars.Count < 4 || (pipes >= 0 && bars.Count != pipes)) return null;
            pipes = bars.Count;
            var cells = new MappedText();
            var edges = new List<int>();
            for (var c = 0; c + 1 < bars.Count; c++)
            {
                if (c > 0)
                {
                    edges.Add(cells.Length);
                    cells.AppendSynthetic(TextBlock.CellSeparator, bars[c]);
                }
                var from = bars[c] + 1;
                var cell = source.AsSpan(from, bars[c + 1] - from);
                var lead = cell.Length - cell.TrimStart().Length;
                var text = cell.Trim();
                if (text.Length > 0) cells.Append(text.ToString(), from + lead);
            }
            if (RowBlock(cells, edges, at, end, header: rows.Count == 0) is { } read) rows.Add(read);
            at = end + 1;
        }
        return rows.Count >= 2 ? rows : null;
    }

    /// <summary>A table's row of cells as a block; null for a row of empty cells, which is nothing (a row of dashes or ticks is content).</summary>
    private static TextBlock? RowBlock(MappedText cells, List<int> edges, int start, int end, bool header) =>
        cells.ToString().Replace(TextBlock.CellSeparator, "").Trim().Length > 0
            ? new TextBlock(BlockKind.TableRow, cells, start, end) { Header = header, CellEdges = edges }
            : null;

    /// <summary>The source with every character outside [from, to) a space, its line breaks kept.</summary>
    private static string BlankOutside(string source, int from, int to) =>
        string.Create(source.Length, (source, from, to), (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = i >= state.from && i < state.to || state.source[i] is '\n' or '\r' ? state.source[i] : ' ';
        });

    /// <summary>
    /// The rows of a table written in HTML, as a converter from Word writes one whose cells it cannot set in pipes (a letterhead, a signature
    /// beside the recipients: a tester's 437 and 438), each a table row of its cells' text: the tags left out, a cell's line breaks as spaces,
    /// every piece of text mapped to where the source has it. Markdig keeps an HTML block as it is, and the letterhead was read as nothing.
    /// </summary>
    private static IEnumerable<TextBlock> HtmlTableRows(string source, int start, int end)
    {
        var html = source[start..end];
        foreach (Match found in HtmlRow().Matches(html))
        {
            var row = (Index: start + found.Index, found.Length, found.Value);
            var cells = new MappedText();
            var edges = new List<int>();
            var first = true;
            foreach (Match cell in HtmlCell().Matches(row.Value))
            {
                var content = cell.Groups["c"];
                if (!first)
                {
                    edges.Add(cells.Length);
                    cells.AppendSynthetic(TextBlock.CellSeparator, row.Index + cell.Index);
                }
                first = false;
                var at = row.Index + content.Index;
                foreach (Match piece in HtmlTextOrTag().Matches(content.Value))
                {
                    if (piece.Groups["tag"].Success)
                    {
                        // A line broken inside a cell reads on as a space; any other tag is markup.
                        if (LineBreakTag().IsMatch(piece.Value) && cells.Length > 0) cells.AppendSynthetic(" ", at + piece.Index);
                        continue;
                    }
                    cells.Append(piece.Value, at + piece.Index);
                }
            }
            if (cells.ToString().Replace(TextBlock.CellSeparator, "").Trim().Length > 0)
                yield return new TextBlock(BlockKind.TableRow, cells, row.Index, row.Index + row.Length) { CellEdges = edges };
        }
    }

    [GeneratedRegex(@"<tr\b[^>]*>.*?</tr\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlRow();

    [GeneratedRegex(@"<t[dh]\b[^>]*>(?<c>.*?)</t[dh]\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    internal static partial Regex HtmlCell();

    [GeneratedRegex(@"(?<tag><[^>]*>)|[^<]+")]
    private static partial Regex HtmlTextOrTag();

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
                    var (start, length) = (literal.Span.Start, literal.Span.Length);
                    var exact = length == s.Length && start + s.Length <= source.Length && string.CompareOrdinal(source, start, s, 0, s.Length) == 0;
                    // A table cell's text is its span without the spaces around it: found there, it maps letter by letter, so a
                    // citation in a cell keeps its own place in the source instead of the whole cell's.
                    if (!exact && s.Length > 0 && length > s.Length && start >= 0 && start + length <= source.Length &&
                        source.IndexOf(s, start, length, StringComparison.Ordinal) is var at and >= 0)
                        (start, length, exact) = (at, s.Length, true);
                    text.Append(s, start, exact, length);
                    if (!string.IsNullOrWhiteSpace(s) && s.AsSpan().Trim(Emphasis).Length > 0) allEmphasised = false;
                    any = true;
                    break;
                // "Căn cứ …;⏎Thực hiện …": a preamble's lines, each opening a clause of its own, are read apart (in plain text, one paragraph,
                // the first line's "Căn cứ" governed every item of the next, a tester's 445); any other line break is a space.
                case LineBreakInline br:
                    text.AppendSynthetic(br is { IsHard: false, NextSibling: LiteralInline next } && OpensClause(text.LastNonSpace(), next.Content.AsSpan()) ? "\n" : " ",
                        br.Span.Start);
                    break;
                // "<br>" is how converters break a line inside a table's cell: "trường học<br>đợt một" read as "trường họcđợt một".
                case HtmlInline html when LineBreakTag().IsMatch(html.Tag ?? ""):
                    text.AppendSynthetic(" ", html.Span.Start);
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

    /// <summary>"|---|:---:|": the line under a pipe table's header.</summary>
    [GeneratedRegex(@"^\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$")]
    internal static partial Regex DelimiterRow();

    /// <summary>Whether a line opens a clause of the preamble: the line before ends one (";", ",", ":") and this one opens with its words.</summary>
    internal static bool OpensClause(char endOfLineBefore, ReadOnlySpan<char> line) =>
        endOfLineBefore is ';' or ',' or ':' && ClauseOpening().IsMatch(line);

    /// <summary>The words a preamble's clause opens with.</summary>
    [GeneratedRegex(@"^\s*(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Theo chỉ đạo)\s")]
    private static partial Regex ClauseOpening();

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();
}
