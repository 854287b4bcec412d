using System.Text.RegularExpressions;

namespace EduPlan.Search.Core.Documents;

/// <summary>
/// The seeds were converted from paged documents: a blank line sometimes falls inside a sentence
/// ("phổ cập" / "giáo dục tiểu học"). A paragraph that ends without closing punctuation followed by
/// a paragraph starting in lower case, or one left on a joining word ("và", "của", a comma), is one sentence:
/// join them before anything else reads the text.
/// </summary>
public static partial class PageBreakRepair
{
    private const string ClosingPunctuation = ".:;!?…)\"”'»";

    public static int Repair(List<TextBlock> blocks)
    {
        // A page's number between two whole sentences is no sentence of the text either: it stood as a paragraph "2", or, written
        // "- 3 -", as a bullet "3 -". Left out first, the halves of a sentence it cut are then side by side, and joined below.
        var afterPage = new HashSet<TextBlock>();
        if (PageNumbers(blocks) is { Count: > 0 } pages)
        {
            for (var i = 0; i + 1 < blocks.Count; i++)
                if (pages.Contains(blocks[i]) && !pages.Contains(blocks[i + 1])) afterPage.Add(blocks[i + 1]);
            blocks.RemoveAll(pages.Contains);
        }
        var headers = RunningHeaders(blocks);
        // Each run of cut-off blocks is joined to the block it continues in one step, and the list rebuilt once: removing each
        // joined block from the list, and remaking the growing text at each join, was quadratic in the blocks of a run.
        var repaired = new List<TextBlock>(blocks.Count);
        var joined = 0;
        for (var i = 0; i < blocks.Count;)
        {
            var first = blocks[i];
            var next = i + 1;
            List<TextBlock>? pieces = null;
            // The joined text ends as its last piece does: that is what says whether the sentence goes on.
            for (var last = first; next < blocks.Count;)
            {
                // "… phù hợp với điều kiện" / "3" / "của từng địa bàn.": the number a PDF conversion leaves of a page's footer between a
                // sentence's halves is the page's, not the text's; the sentence goes on over it, and the number is left out.
                // So is a page's running header ("Trường THCS Kim Long - Kế hoạch nhiệm vụ năm học 2024 - 2025" under each page's number, a
                // tester's 356): "- Căn cứ Công văn số" / "Trang 1/5" / the header / "3935/BGDĐT-GDTrH ngày …" is one item.
                var over = 0;
                while (next + over + 1 < blocks.Count && over < 2 && (IsPageNumber(blocks[next + over]) || headers.Contains(blocks[next + over]))) over++;
                var piece = blocks[next + over];
                if (!IsCutOff(first.Kind, last.Text, piece, next + over + 1 < blocks.Count ? blocks[next + over + 1] : null, overPage: over > 0 || afterPage.Contains(blocks[next]))) break;
                (pieces ??= []).Add(piece);
                last = piece;
                next += 1 + over;
            }
            if (pieces is not null)
            {
                first.Join(pieces);
                joined += pieces.Count;
            }
            repaired.Add(first);
            i = next;
        }
        blocks.Clear();
        blocks.AddRange(repaired);
        return joined;
    }

    /// <summary>
    /// The blocks that are a page's number beyond doubt: "- 3 -" (which Markdig reads as a bullet "3 -") and "Trang 3" wherever they stand;
    /// and lone numbers ("2", "3/12") where every lone number of the document counts the pages from the second (page 1 bears none, as
    /// Nghị định 30/2020/NĐ-CP sets them), each a page's text after the one before (<see cref="MinPage"/> to <see cref="MaxPage"/>
    /// characters a page). A real list numbered "1", "2" or a table's column of numbers left one a line breaks that count, and stays.
    /// </summary>
    private static HashSet<TextBlock> PageNumbers(List<TextBlock> blocks)
    {
        var pages = new HashSet<TextBlock>();
        var lone = new List<(TextBlock Block, int Number)>();
        foreach (var block in blocks)
        {
            // A page's number may stand where the page set it, indented to the middle ("                    Trang 1/5", a tester's 356).
            if (block.Kind == BlockKind.Paragraph && block.Text.Length <= MaxFooter && PageFooter().IsMatch(block.Text))
            {
                pages.Add(block);
                continue;
            }
            if (block.Text.AsSpan().Trim().Length > 12 || block.Kind is not (BlockKind.Paragraph or BlockKind.ListItem)) continue;
            if (block.Kind == BlockKind.ListItem ? BulletedPageNumber().IsMatch(block.Text) : DashedOrNamedPageNumber().IsMatch(block.Text)) pages.Add(block);
            else if (block.Kind == BlockKind.Paragraph && LoneNumber().Match(block.Text) is { Success: true } m) lone.Add((block, int.Parse(m.Groups["n"].Value)));
        }
        var (previousNumber, previousEnd) = (1, 0);
        foreach (var (block, number) in lone)
        {
            var pagesSince = number - previousNumber;
            var text = block.SourceStart - previousEnd;
            if (pagesSince != 1 || text < MinPage || text > MaxPage) return pages;
            (previousNumber, previousEnd) = (number, block.SourceEnd);
        }
        pages.UnionWith(lone.Select(l => l.Block));
        return pages;
    }

    /// <summary>The least and the most text of a page, in characters of the source: a page of A4 holds about 3,000.</summary>
    private const int MinPage = 1000, MaxPage = 8000;

    /// <summary>A page's number after its name: "Trang 3", "Trang 3/12".</summary>
    private const string PageByName = @"Trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?";

    /// <summary>"- 3 -", "– 3 –", "Trang 3", "Trang 3/12".</summary>
    [GeneratedRegex(@"^\s*(?:[-–—]\s*\d{1,3}\s*[-–—]|" + PageByName + @")\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DashedOrNamedPageNumber();

    /// <summary>
    /// A page's footer: its number set right of a line's other text, past a column's gap ("318/SGDĐT-GDTrH            Trang 2/3", the text's
    /// own number on each page, a tester's 388).
    /// </summary>
    [GeneratedRegex(@"^[^\n]{1,60}?[ \t]{3,}" + PageByName + @"\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageFooter();

    private const int MaxFooter = 100;

    /// <summary>"- 3 -" as Markdig reads it, a bullet whose text is "3 -".</summary>
    [GeneratedRegex(@"^\s*\d{1,3}\s*[-–—]\s*$")]
    private static partial Regex BulletedPageNumber();

    /// <summary>A number alone, "2", or a page of so many, "2/12".</summary>
    [GeneratedRegex(@"^\s*(?<n>\d{1,3})(?:\s*/\s*\d{1,3})?\s*$")]
    private static partial Regex LoneNumber();

    /// <summary>A page's number alone on its line: "3", "3/12", "Trang 3", "- 3 -".</summary>
    private static bool IsPageNumber(TextBlock block) =>
        block.Kind == BlockKind.Paragraph && (block.Text.AsSpan().Trim().Length <= 12 && (LoneNumber().IsMatch(block.Text) || DashedOrNamedPageNumber().IsMatch(block.Text))
                                              || block.Text.Length <= MaxFooter && PageFooter().IsMatch(block.Text));

    /// <summary>
    /// A page's running header: a short paragraph set again and again, word for word, as a converted PDF repeats its pages' heads. The text's
    /// own lines are not repeated so (a list's "- Như trên;" is an item, and a heading is no paragraph).
    /// </summary>
    private static HashSet<TextBlock> RunningHeaders(List<TextBlock> blocks)
    {
        var seen = new Dictionary<string, List<TextBlock>>(StringComparer.Ordinal);
        foreach (var block in blocks)
            if (block.Kind == BlockKind.Paragraph && block.Text.Length is >= 20 and <= MaxRunningHeader && block.Text.Any(char.IsLetter))
            {
                // A page's number on the line above its header, with no blank line between ("Trang 4/5⏎UBND TỈNH LÀO CAI - KẾ HOẠCH …", a
                // tester's 852), is one block: the header is the same on every page, its number is not.
                var header = NumberedHeader().Replace(block.Text, "");
                (seen.TryGetValue(header, out var same) ? same : seen[header] = []).Add(block);
            }
        return seen.Values.Where(same => same.Count >= 2).SelectMany(same => same).ToHashSet();
    }

    private const int MaxRunningHeader = 120;

    /// <summary>"Trang 4/5 " opening a block, or " Trang 4/5" ending it.</summary>
    [GeneratedRegex(@"^\s*" + PageByName + @"\s+|\s+" + PageByName + @"\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedHeader();

    /// <param name="after">The block after <paramref name="next"/>, if any.</param>
    /// <param name="overPage">Whether a page's number or running header stands between the two.</param>
    private static bool IsCutOff(BlockKind kind, string currentText, TextBlock next, TextBlock? after, bool overPage = false)
    {
        if (kind is BlockKind.Heading or BlockKind.Break or BlockKind.TableRow || next.Kind != BlockKind.Paragraph) return false;
        var end = currentText.TrimEnd(' ', '*', '_');
        if (end.Length == 0 || ClosingPunctuation.Contains(end[^1])) return false;
        var start = next.Text.TrimStart(' ', '*', '_', '“', '"');
        if (start.Length == 0) return false;
        // "… năm học 2024 - 2025 và" / "Công văn số 4012/BGDĐT-GDTC …": a sentence left on a joining word goes on, whatever the case.
        // A numbered or lettered item after it opens a list ("… như sau," / "a) …"), not the sentence's end.
        // So does an item a page's break cut ("- Căn cứ Công văn số" / "Trang 1/5" / "3935/BGDĐT-GDTrH ngày …", a tester's 356).
        if ((kind == BlockKind.Paragraph || (kind == BlockKind.ListItem && overPage)) && EndsOnJoiningWord(end) && SectionNumbering.Read(start) is null
            && !OpensAListOfFigures(end, start, after)) return true;
        // "… các chi bộ trường học tiếp tục thực hiện" / "2" / "Hướng dẫn số 152-HD/BTGTU …": over a page's break, a sentence left on a word in
        // small letters goes on where an instrument's kind and number open the next page (a tester's 352).
        if (overPage && char.IsLower(end[^1]) && KindAndNumberOpening().IsMatch(start)) return true;
        // "Triển khai Kế hoạch số 1520/KH-" / "Trang 4/5" / the header / "SGDĐT ngày 02/9/2025 …": a symbol a break cut at its hyphen or slash
        // goes on in the codes opening the next block (a tester's 852, copied from a PDF).
        if (SymbolCut().IsMatch(end) && CodesOpening().IsMatch(start)) return true;
        // "a) Các nhà trường …" under a heading opens a lettered item: lower case, yet not the heading's sentence going on.
        return char.IsLower(start[0]) && SectionNumbering.Read(start) is not { Style: "letter" };
    }

    /// <summary>
    /// Whether paragraphs opened by figures one after another follow a lead-in ending on a comma ("… như sau," / "1.5 triệu đồng/học sinh …;" /
    /// "1.2 triệu đồng/học sinh …"): a list's items, as "a)", "b)" are, though a figure is no list number. One figure alone after a comma
    /// ("Trong năm học 2023-2024," / "12.5 % học sinh …") is the sentence going on, as it is after a joining word.
    /// </summary>
    private static bool OpensAListOfFigures(string end, string start, TextBlock? after) =>
        end.EndsWith(',') && OpensWithFigure(start) && after is { Kind: BlockKind.Paragraph } && OpensWithFigure(after.Text.TrimStart(' ', '*', '_', '“', '"'));

    private static bool OpensWithFigure(string text) => text.Length > 0 && char.IsAsciiDigit(text[0]);

    [GeneratedRegex(@"^(?:" + Citations.CitationExtractor.Kinds + @"|Văn bản)\s+số\s*\d")]
    private static partial Regex KindAndNumberOpening();

    /// <summary>A symbol's number and codes up to a hyphen or slash that ends the text: "số 1520/KH-", "29/2024/TT-", "số 2457/".</summary>
    [GeneratedRegex(@"\b\d{1,5}(?:/\d{4})?/(?:[\p{Lu}Đ&]+[-/])*$")]
    private static partial Regex SymbolCut();

    /// <summary>An issuer's or a kind's code opening a text: "SGDĐT ngày …", "BGDĐT-GDTrH ngày …", "QĐ-UBND".</summary>
    [GeneratedRegex(@"^[\p{Lu}Đ&]{2,}(?:[-/][\p{Lu}Đ&\d]+)*(?=[\s,.;)]|$)")]
    private static partial Regex CodesOpening();

    private static readonly string[] JoiningWords = ["và", "của", "theo", "tại", "về", "với", "hoặc", "số"];

    private static bool EndsOnJoiningWord(string text)
    {
        if (text.EndsWith(',')) return true;
        var space = text.LastIndexOf(' ');
        var last = text[(space + 1)..];
        return Array.IndexOf(JoiningWords, last) >= 0;
    }
}
