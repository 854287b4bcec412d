using System.Text;
using System.Text.RegularExpressions;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Documents;

/// <summary>
/// Reads a directive's own metadata from its text: the kind line ("KẾ HOẠCH") and the subject under
/// it, the "Số:" line, the place-and-date line, the signature block, and the province wherever the
/// text first names it (000 names its province only in its body).
/// </summary>
public static partial class MetadataExtractor
{
    private const int HeaderBlocks = 14;

    /// <summary>
    /// Where the letterhead starts: at the text's start, unless the national motto stands further down than a letterhead's lines before it
    /// allow, when a page copied from a portal leads with its own (a breadcrumb, the title as a heading, a box of the text's number, date and
    /// issuer, download links: a tester's 465, whose issuer, date and title were lost past the fourteen blocks read).
    /// </summary>
    private static int LetterheadStart(IReadOnlyList<TextBlock> blocks)
    {
        // A portal's box of a dozen rows (number, kind, issuer, signer, dates, field, status, files) put the motto past the blocks read (a
        // tester's 752): further down, the motto as a letterhead sets it, in capitals, not "Cộng hòa xã hội chủ nghĩa Việt Nam" in a sentence.
        for (var i = 0; i < Math.Min(blocks.Count, PortalBoxBlocks); i++)
            if (blocks[i].Text.Contains("XÃ HỘI CHỦ NGHĨA VIỆT NAM", i < HeaderBlocks ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                return i > BlocksBeforeMotto ? i - BlocksBeforeMotto : 0;
        return 0;
    }

    /// <summary>How far down a portal's page the motto is sought when it is not among the first blocks.</summary>
    private const int PortalBoxBlocks = 40;

    /// <summary>The most blocks a letterhead sets before the motto: its parent's and its body's lines, a rule, its number.</summary>
    private const int BlocksBeforeMotto = 4;

    /// <summary>
    /// "Số: 12/KH-UBND", "Số: 1646 /QĐ-UBND", and with a space around the hyphen, as old typing habits set it: "Số : 319 /KH - UBND" (a tester's
    /// 389); a bilingual text's "Số/No.: 57/KH-SGDĐT" (653); typed without marks ("So: 12/KH-UBND") or scanned with the tone lost ("Sô: 2l4/KH-UBND",
    /// 971, whose own number in every running footer was cited as another plan's).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}])S(?:ố|ô|o)(?:\s*/\s*No\.?)?\s*:\s*(?<symbol>[^\s,;]*(?:\s/[^\s,;]+)?(?:[ \t]+[-–][ \t]*(?-i:\p{Lu})[\p{L}\d&]*)*)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLine();

    /// <summary>
    /// The Party form, without a colon: "Số 21-CT/TU" on a line of its own, or ending the letterhead's paragraph in capitals ("TỈNH ỦY LAI
    /// CHÂU⏎*⏎Số 16-CTr/TU"), or beside the place and date of the other column ("Số 15-KH/ĐU          Biên Sơn, ngày 20 tháng 10 năm 2025", a
    /// tester's 352, whose letterhead was indented as a whole, so not read as two columns); not "Quy định số 72-QĐ/TW" in a sentence.
    /// </summary>
    [GeneratedRegex(@"^[^\p{Ll}]*?(?<![^\s*])Số\s+(?<symbol>\d+-\p{L}+/[\p{L}\d]+)(?:\W*$|\s+(?=\p{Lu}[^,\n]{0,40},\s*ngày\s))")]
    private static partial Regex PartyNumberLine();

    private static readonly Regex[] NumberLines = [NumberLine(), PartyNumberLine()];

    // The place may hold a number ("Quận 1, ngày 24 tháng 9 năm 2024"), but starts with a capital and holds no symbol: "thực hiện Chỉ
    // thị số 08-CT/TU, ngày 18/9/2025 …" is a subject's line (a tester's 352, its subject in the letterhead's left column). The date is
    // written as a citation writes one ("ngày 9/10/2024" as well), or with its day left blank ("ngày    tháng 9 năm 2024"), or its month too: a year alone.
    // Typed without marks, as a commune's plan may be ("Phuoc Long, ngay 12 thang 01 nam 2026", a tester's 976).
    [GeneratedRegex(@"^(?<place>(?-i:\p{Lu})[^,;:/]{1,39}),\s*ng(?:ày|ay)\s*(?:" + VietnameseDates.Date + @"|th(?:á|a)ng\s*(?:(?<m>\d{1,2})\s*)?n(?:ă|a)m\s*(?<y>\d{4}))", RegexOptions.IgnoreCase)]
    internal static partial Regex PlaceAndDate();

    /// <summary>
    /// "V/v …" up to its paragraph's end, or to the next line of a forwarded e-mail's header ("Subject: V/v …" over "To: <…>", a tester's 544: the
    /// recipients' addresses had run into the title); in brackets under a petition's heading, "(V/v đề nghị xem xét lại điểm …)", without them
    /// (a tester's 585).
    /// </summary>
    [GeneratedRegex(@"\b[Vv]/[Vv]\s*:?\s+(?<subject>.+?)(?:(?<=\([^()]*)\))?\.?(?=\s+(?-i:To|Cc|Bcc|From|Date|Sent|Subject|Attachments|Đến|Ngày gửi|Tiêu đề|Tệp đính kèm):\s|$)", RegexOptions.Singleline)]
    private static partial Regex Subject();

    [GeneratedRegex(@"năm học\s*(?<a>\d{4})\s*[-–]\s*(?<b>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex SchoolYear();

    [GeneratedRegex(@"kèm theo\s+(?<kind>\p{L}+(?:\s\p{L}+)?)\s+số\s*:?\s*(?<symbol>" + SymbolPatterns.Any + @")\s*,?\s*(?:ngày\s*)?(?:" + VietnameseDates.Date + ")?", RegexOptions.IgnoreCase)]
    private static partial Regex IssuedWith();

    [GeneratedRegex(@"\b" + Provinces.NameLeadIn + @"(?<name>\p{Lu}[\p{L}]*(?:\s(?:-\s)?\p{L}+){0,3})", RegexOptions.IgnoreCase)]
    private static partial Regex ProvinceMention();

    private static readonly string[] SignerTitles =
        ["CHỦ TỊCH", "GIÁM ĐỐC", "BÍ THƯ", "TRƯỞNG BAN", "TRƯỞNG PHÒNG", "HIỆU TRƯỞNG", "BỘ TRƯỞNG", "THỦ TRƯỞNG", "THỦ TƯỚNG", "THỨ TRƯỞNG", "CHÁNH VĂN PHÒNG", "CHÁNH THANH TRA", "TRƯỞNG KHOA",
         // Who presides over a meeting signs its minutes beside its secretary ("THƯ KÝ      CHỦ TỌA": testers' 546, 631, 666).
         "CHỦ TỌA", "CHỦ TRÌ"];

    /// <summary>The first word of each title: a block without one cannot be a title, however it is spaced.</summary>
    private static readonly string[] SignerTitleWords = SignerTitles.Select(t => t.Split(' ')[0]).Distinct().ToArray();

    /// <param name="text">The text the blocks were read from: a block's text has lost its line breaks, which tell its columns apart.</param>
    public static DocumentInfo Extract(string id, string source, IReadOnlyList<TextBlock> blocks, string text)
    {
        var header = HeaderColumns(blocks.Skip(LetterheadStart(blocks)).Take(HeaderBlocks), text).Select(Clean).Where(h => h.Length > 0).ToList();
        // A letterhead is set in either tone placement ("UỶ BAN NHÂN DÂN" as often as "ỦY BAN NHÂN DÂN"): its patterns are written in one.
        var letterhead = header.Select(VietnameseFolding.PlaceTones).ToList();
        var fullText = string.Join("\n", blocks.Select(b => b.Text));
        // Its number and date are read with the figures a scan took for letters mended ("Số: l5/CT-UBND", "năm 2O24", a tester's 876): its
        // own number, numbering its pages' running headers, was cited on every page.
        var figures = header.Select(ScannedFigures.Mend).ToList();

        var (kind, subject, numbered) = KindAndSubject(header, fullText);
        // A symbol has its slash or hyphen: "Hạ tầng số: 100% phòng học …" in a report's first lines is no number (a tester's 495 lost its own,
        // "Số 86-BC/ĐU", read after every "Số:" line).
        var numberLine = NumberLines.SelectMany(r => figures.Select(h => r.Match(h)))
            .FirstOrDefault(m => m.Success && m.Groups["symbol"].Value.AsSpan().IndexOfAny('/', '-') >= 0);
        var ownSymbol = numberLine is not null ? InstrumentSymbol(numberLine.Groups["symbol"].Value) : numbered is null ? null : InstrumentSymbol(numbered);

        string? symbol = ownSymbol is { Number: not null } ? ownSymbol.Normalized : null;
        string? date = null;
        int? year = null;
        var placeDate = figures.Select(h => PlaceAndDate().Match(h)).FirstOrDefault(m => m.Success)
                        ?? figures.Select(PlaceAndDateAfterNumber).FirstOrDefault(m => m is { Success: true });
        if (placeDate is not null) (date, year) = VietnameseDates.Read(placeDate);
        else if (PostedOn().Match(fullText, 0, Math.Min(fullText.Length, PostedWithin)) is { Success: true } posted && posted.Groups["y"].Success)
            (date, year) = VietnameseDates.Read(posted);

        // A decision without a number of its own states it where its attachment says it is issued with it, in the attachment's bracketed
        // lead-in ("(Ban hành kèm theo Quyết định số 1646/QĐ-UBND …)"), with the codes of its "Số:" line if it has one. Not in running
        // text: "Căn cứ Kế hoạch … ban hành kèm theo Quyết định số 2457/QĐ-BGDĐT" in a province's "Số: /QĐ-UBND" (an unsigned copy) is
        // the ministry's decision it stands on, and made the province's decision that one (the graph's 2457/QĐ-BGDĐT took its date and issuer).
        // Read only for a document without a number: every other document's whole text was matched for nothing.
        var issuedWith = symbol is not null ? null : IssuedWith().Matches(fullText)
            .FirstOrDefault(m => DocumentKinds.FromWord(m.Groups["kind"].Value) == kind && IsLeadIn(fullText, m.Index)
                                 && Agrees(ownSymbol, InstrumentSymbol(m.Groups["symbol"].Value)));
        if (issuedWith is not null)
        {
            var s = InstrumentSymbol(issuedWith.Groups["symbol"].Value);
            symbol = s?.Normalized;
            ownSymbol ??= s;
            if (date is null && issuedWith.Groups["y"].Success) (date, year) = VietnameseDates.Read(issuedWith);
        }

        if (kind is null && ownSymbol?.TypeCode is { } code) kind = DocumentKinds.FromCode(code);
        var title = subject is not null ? $"{kind ?? DocumentKinds.Unnamed} {LowerFirst(subject)}" : kind ?? FirstProse(header, fullText) ?? DocumentKinds.Unnamed;
        kind ??= DocumentKinds.Unnamed;
        if (kind == "Công văn" && subject is not null) title = UpperFirst(subject);
        // A consolidated text is headed by the kind of the circular or decree it consolidates ("THÔNG TƯ / Ban hành Điều lệ …"), and
        // numbered as what it is ("05/VBHN-BGDĐT"): the title keeps the heading's kind, the kind is its number's (it was a Thông tư).
        if (ownSymbol?.TypeCode is { } typeCode && DocumentKinds.FromCode(typeCode) == DocumentKinds.Consolidated) kind = DocumentKinds.Consolidated;

        // A ministry's decision is dated "Hà Nội, ngày …" but belongs to no province.
        var central = IssuerCodes.IsCentral(ownSymbol?.IssuerCode);
        var place = placeDate?.Groups["place"].Value.Trim();
        // A district's date line says more than the provinces its text names: "Mường Tè, ngày …" heads a Lai Châu district's plan, whose
        // "Chỉ thị … của Tỉnh uỷ Sơn La" made it Sơn La's (a district's place names no province since the 2025 reform).
        var province = central ? null
            : (PlaceProvince(place) is { } named && !IsWardSince2025(named, letterhead, date, year) ? named : null) ?? FirstProvince(VietnameseFolding.PlaceTones(title))
              // Before the reform, the province its letterhead names ("UBND TỈNH HÀ TÂY") before the one its place's district was in last:
              // Hà Đông, Hà Tây's seat until 2008, is a district of Hà Nội (a tester's 628). Since, a letterhead may name the former province.
              // Its lines in capitals: the header's blocks may run on into the text's first sentences, which name other provinces.
              ?? (IssuedSinceTheReform(date, year) ? null : LetterheadProvince(letterhead) ?? Districts.ProvinceOfPlace(place))
              ?? MostNamedProvince(VietnameseFolding.PlaceTones(fullText), IssuedSinceTheReform(date, year));
        var signature = SignatureBlocks(SignatureLines(blocks, text)).Cast<(string Title, string Name)?>().FirstOrDefault();
        var signer = signature?.Name;
        // A district's committee is not the province's: "ỦY BAN NHÂN DÂN / HUYỆN SƠN DƯƠNG" issues 210/KH-UBND (its office,
        // "… / PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", is the header's body instead).
        // The body a letterhead names is surer than its signer's title: a centre's director signs "GIÁM ĐỐC" as a Sở's does.
        var issuerCode = ownSymbol?.IssuerCode;
        var issuer = DistrictCommittee(letterhead) ?? InProvince(BodyOfCode(issuerCode), issuerCode, province) ?? HeaderIssuer(letterhead, fullText)
            ?? InProvince(BodyOfSigner(signature?.Title), null, province);
        // A district's text may name its district and never its province ("UBND HUYỆN MAI SƠN", "Mai Sơn, ngày …"): staff filtering by
        // Sơn La did not see it. The issuer keeps its words: only the text's own naming a province said which one its bodies are.
        if (province is null && !central) province = Districts.Province(issuer);
        // Since the reform, a letterhead naming its province in any of its lines says it where nothing else does ("SỞ GIÁO DỤC VÀ ĐÀO TẠO /
        // THANH TRA TỈNH QUẢNG NINH", a tester's 944, whose text says "tỉnh" alone and is dated at Hạ Long): a former province, the one it is part of.
        if (province is null && !central && LetterheadProvince(letterhead) is { } headed)
            province = Provinces.PartOf(headed) ?? headed;
        // A ministry's or the government's text names school years in passing (a statistic, when it takes effect): only its title gives it one.
        var schoolYear = SchoolYearOf(title) ?? (central ? null : MostNamedSchoolYear(fullText, date));

        return new DocumentInfo(id, source, Collapse(title), kind, symbol, province, issuer, signer, date, year, schoolYear);
    }

    /// <summary>
    /// The header's blocks as their columns. A letterhead converted from Word is often a table, its cells the columns it sets side by
    /// side ("| UBND HUYỆN KRÔNG PẮC | CỘNG HÒA … |", "| PHÒNG GIÁO DỤC VÀ ĐÀO TẠO | Độc lập … |", "| Số: 414/PGDĐT-THCS | Krông Pắc,
    /// ngày … |"): a table is read down its left column, then its right, as a two-column text is, and the issuer's lines in capitals
    /// one under another are one line, as they are in a paragraph. Read row by row, the subject ran into the date ("… năm học 2024 -
    /// 2025 | Krông Pắc, ngày …" was the title, and the date was lost) and the office was not its district's.
    /// </summary>
    private static IEnumerable<string> HeaderColumns(IEnumerable<TextBlock> blocks, string text)
    {
        var table = new List<IReadOnlyList<string>>();
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.TableRow)
            {
                // "| BAN CHỈ ĐẠO …,<br>XÓA MÙ CHỮ TỈNH VĨNH LONG<br>Số: 02/KH-BCĐ | … <br>*Vĩnh Long, ngày 16 tháng 01 năm 2026* |": a letterhead set
                // as one row, its lines broken by <br>, which the row's text reads as spaces (a tester's 326 lost its date).
                if (BrokenCells(block, text) is { } cells)
                {
                    foreach (var cell in DownTheColumns(table)) yield return cell;
                    table.Clear();
                    foreach (var lines in cells)
                        foreach (var line in DownTheColumns(lines.Select(l => (IReadOnlyList<string>)[l]).ToList())) yield return line;
                    continue;
                }
                table.Add(block.Cells());
                continue;
            }
            var paired = Columns(block, text);
            // A line of two columns is a row of a table whose rows are the lines after it: "ỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC … CỘNG HÒA …", then
            // "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO … Độc lập …" in a block of its own, is the committee's office (a tester's 341).
            if (paired is [var l, var r] && !l.Contains('\n') && !r.Contains('\n'))
            {
                table.Add(paired);
                continue;
            }
            foreach (var cell in DownTheColumns(table)) yield return cell;
            table.Clear();
            // A column's lines, its lines in capitals one name: "… CHỦ NGHĨA VIỆT NAM⏎Độc lập - Tự do - Hạnh phúc⏎----⏎Khánh Hòa, ngày 17 tháng 10 năm 2025"
            // read as one line put the date line nowhere near its start (testers' 331-333, letterheads flattened from PDF with spaces).
            // So are a letterhead's lines in one column: "ĐẢNG BỘ TỈNH THANH HÓA⏎ĐẢNG ỦY XÃ THỌ XUÂN⏎*⏎Số 05-NQ/ĐU" read as one line ended in its
            // number, and no body's line was found (336).
            var columns = paired;
            if (columns is [var only] && !only.Contains('\n') && block.SourceStart >= 0 && block.SourceEnd <= text.Length && block.SourceStart < block.SourceEnd
                && text.IndexOf('\n', block.SourceStart, block.SourceEnd - block.SourceStart) >= 0
                && OwnNumberLine().IsMatch(text.AsSpan(block.SourceStart, block.SourceEnd - block.SourceStart))
                // Not a heading's block: "KẾ HOẠCH⏎Số: 12/KH-UBND⏎Thực hiện phổ cập …" is the kind, its number and its subject, read together.
                && !text[block.SourceStart..block.SourceEnd].Split('\n').Any(line => DocumentKinds.FromWord(line.Trim(' ', '\t', '*', '_', '#').ToLowerInvariant()) is not null))
                columns = [text[block.SourceStart..block.SourceEnd]];
            foreach (var column in columns)
                if (!column.Contains('\n')) yield return column;
                else foreach (var line in DownTheColumns(Continued(column.Split('\n').Select(l => l.Trim().Trim('*', '_').Trim()).Where(l => l.Length > 0 && !EnglishNameLine().IsMatch(l)))
                                  .Select(l => (IReadOnlyList<string>)[l]).ToList())) yield return line;
        }
        foreach (var cell in DownTheColumns(table)) yield return cell;
    }

    /// <summary>
    /// A line opening in a small letter goes on the line before it: "V/v tăng cường … phòng, chống⏎bạo lực học đường …" is one subject.
    /// So does one opening in a figure after a line ending in a word, where the figure is no item's number: "… nhiệm vụ năm học⏎2023 -
    /// 2024 và …", "… tuyên truyền Nghị quyết số⏎71-NQ/TW của Bộ Chính trị …" (a tester's 368 and 369, titles cut at their first line);
    /// and one opening in an abbreviation then small letters, or in an instrument's kind, after a line ending in a word: "… Kỳ thi tốt
    /// nghiệp⏎THPT và xét công nhận …" (477's subject had been cut there), "… triển khai thực hiện⏎Nghị quyết Đại hội …" (494's).
    /// </summary>
    /// <remarks>
    /// The line being joined grows in a builder, read at its end alone: joined by concatenation and matched whole at each line, a file of
    /// 40,000 lines and no blank one (its letterhead's block the whole text) took two minutes to read. A line joined to another holds small
    /// letters, so it is never a name in capitals: whether it is one is read once, from its first line.
    /// </remarks>
    private static List<string> Continued(IEnumerable<string> lines)
    {
        var joined = new List<string>();
        var current = new StringBuilder();
        var isName = false;
        foreach (var line in lines)
        {
            if (current.Length > 0 && !isName
                && (char.IsLower(line[0]) || char.IsLower(current[^1])
                    && (char.IsAsciiDigit(line[0]) && !ItemNumber().IsMatch(line) || AbbreviationGoingOn().IsMatch(line) || GoesOnToInstrument(End(current), line))))
            {
                current.Append(' ').Append(line);
                continue;
            }
            if (current.Length > 0) joined.Add(current.ToString());
            current.Clear().Append(line);
            isName = NameInCapitals().IsMatch(line);
        }
        if (current.Length > 0) joined.Add(current.ToString());
        return joined;

        // Enough of its end for the longest word that leads to an instrument, and the character before it.
        static string End(StringBuilder line) => line.ToString(Math.Max(0, line.Length - 24), Math.Min(24, line.Length));
    }

    /// <summary>
    /// "… triển khai thực hiện⏎Nghị quyết Đại hội đại biểu Đảng bộ tỉnh …" (a tester's 494): the instrument a subject goes on to name, after
    /// words that lead to one; not the sentence after a whole subject ("Ban hành Điều lệ Trường tiểu học⏎Thông tư số 28/2020/TT-BGDĐT …", 312).
    /// </summary>
    private static bool GoesOnToInstrument(string line, string next) => LeadsToInstrument().IsMatch(line) && InstrumentGoingOn().IsMatch(next);

    [GeneratedRegex(@"^(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Thông tư|Nghị định|Chương trình|Đề án|Luật)\s")]
    private static partial Regex InstrumentGoingOn();

    [GeneratedRegex(@"(?<![\p{L}])(?:thực hiện|triển khai|tuyên truyền|quán triệt|sơ kết|tổng kết|của|theo|về|và|tại|với)$")]
    private static partial Regex LeadsToInstrument();

    /// <summary>"THPT và xét công nhận …": an abbreviation, then words in small letters.</summary>
    [GeneratedRegex(@"^\p{Lu}{2,6}\s+\p{Ll}")]
    private static partial Regex AbbreviationGoingOn();

    /// <summary>A line opening with an item's number: "1. Mục đích", "2.1- Các cấp ủy", "3) …".</summary>
    [GeneratedRegex(@"^\d+(?:\.\d+)*[.)-]\s")]
    private static partial Regex ItemNumber();

    /// <summary>A letterhead's own number on a line of its own ("Số: 12/KH-UBND", "Số 05-NQ/ĐU"): the block it is in is the letterhead, read by lines.</summary>
    [GeneratedRegex(@"(?m)^[\s*_]*Số\s*:?\s*\d")]
    private static partial Regex OwnNumberLine();

    /// <summary>A table row's cells as the lines its source breaks with &lt;br&gt;; null where it breaks none.</summary>
    private static List<string[]>? BrokenCells(TextBlock row, string text)
    {
        // Every table row of every document is asked (the signature is looked for in all of them): most break no line, and are not copied.
        if (row.SourceStart < 0 || row.SourceEnd > text.Length || row.SourceStart >= row.SourceEnd
            || !text.AsSpan(row.SourceStart, row.SourceEnd - row.SourceStart).Contains("<br", StringComparison.OrdinalIgnoreCase)) return null;
        var source = text[row.SourceStart..row.SourceEnd];
        // A row written in HTML ("<tr><td>UBND HUYỆN ĐỨC TRỌNG<br/><b>PHÒNG …</b></td>…", testers' 437 and 438): its cells by their tags, the
        // other tags left out of each line.
        var cells = source.Contains("<td", StringComparison.OrdinalIgnoreCase)
            ? MarkdownBlocks.HtmlCell().Matches(source).Select(c => c.Groups["c"].Value)
            : source.Trim().Trim('|').Split('|');
        return cells.Select(cell => LineBreakTag().Split(cell).Select(l => AnyTag().Replace(l, "").Trim().Trim('*', '_').Trim()).Where(l => l.Length > 0).ToArray()).ToList();
    }

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    /// <summary>
    /// "ỦY BAN NHÂN DÂN / PHƯỜNG THÁI BÌNH", "Thái Bình, ngày 14 tháng 11 năm 2025": since the 2025 reform a ward or commune may bear a former
    /// province's name (phường Thái Bình is in Hưng Yên); its letterhead's ward, not a province, is the place (a tester's 325).
    /// </summary>
    private static bool IsWardSince2025(string province, IReadOnlyList<string> letterhead, string? date, int? year) =>
        IssuedSinceTheReform(date, year) && !Provinces.Current.Contains(province)
        && letterhead.Any(line => Regex.IsMatch(VietnameseFolding.FoldAll(line).ToLowerInvariant(), @"(?<![\p{L}])(?:phuong|xa)\s+" + Regex.Escape(VietnameseFolding.FoldAll(province).ToLowerInvariant()) + @"(?![\p{L}])"));

    private static IEnumerable<string> DownTheColumns(List<IReadOnlyList<string>> rows)
    {
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        for (var column = 0; column < columns; column++)
        {
            string? capitals = null;
            foreach (var row in rows)
            {
                if (column >= row.Count) continue;
                var cell = row[column];
                if (NameInCapitals().IsMatch(cell))
                {
                    capitals = capitals is null ? cell : $"{capitals} {cell}";
                    continue;
                }
                if (capitals is not null) yield return capitals;
                capitals = null;
                yield return cell;
            }
            if (capitals is not null) yield return capitals;
        }
    }

    /// <summary>A body's or a place's name in capitals, as a letterhead sets it ("UBND HUYỆN KRÔNG PẮC", "SỞ GD&amp;ĐT CẦN THƠ"): not "SỐ: 12/KH".</summary>
    [GeneratedRegex(@"^\s*\p{Lu}[\p{Lu}\d\s.,&-]*$")]
    private static partial Regex NameInCapitals();

    /// <summary>
    /// A school's name in English under its Vietnamese one in the letterhead ("MINH TRI INTER-LEVEL SCHOOL", a tester's 588): a line of
    /// unmarked capitals naming an institution. Joined to the name above it, it was read as the issuer's name going on.
    /// </summary>
    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9 .,&'-]*\b(?:SCHOOL|COLLEGE|UNIVERSITY|ACADEMY|INSTITUTE|KINDERGARTEN)\b[A-Z0-9 .,&'()-]*$")]
    private static partial Regex EnglishNameLine();

    /// <summary>
    /// A header block as its columns, left then right. A two-column letterhead converted to text sets each line of the issuer's column
    /// beside the motto's, and the number beside the place and date ("Số: 07/CT-UBND      Hà Giang, ngày 03 tháng 10 năm 2024"): read
    /// as one line, the date was not at its start and was lost, and "UỶ BAN NHÂN DÂN … HUYỆN MAI SƠN" was not the district's line.
    /// A table's row has its cells for columns.
    /// </summary>
    private static IReadOnlyList<string> Columns(TextBlock block, string text)
    {
        // "| **Nơi nhận:**<br>… | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br>**Trần Thanh Bình** |": each cell's lines as its source breaks them
        // (a tester's 340 lost its signer, the title and the name read as one line).
        if (block.Kind == BlockKind.TableRow)
            return BrokenCells(block, text) is { } broken ? broken.Select(lines => string.Join('\n', lines)).ToList() : block.Cells();
        // Every block of every document is asked (the signature is looked for in all of them): two plain searches rule out most.
        // A Markdown paragraph whose columns Word's converter set apart with "&nbsp;" runs (read as no-break spaces) is one line of two (a tester's 341).
        var spaced = block.Text.Replace('\u00A0', ' ');
        // A list's last item goes on to the signer's name set far to the right on the next line ("- Lưu: VT.⏎                    Trần Văn Khải",
        // a tester's 356): the item reads as one line, its source as two columns.
        if (!HasColumnGap(spaced) && !SourceHasColumnGap(block, text)) return [block.Text];
        if (block.SourceStart < 0 || block.SourceEnd > text.Length || block.SourceStart >= block.SourceEnd || spaced != block.Text)
            return ColumnGap().Match(spaced) is { Success: true, Index: > 0 } split && !spaced.Contains('\n')
                ? [spaced[..split.Index], spaced[(split.Index + split.Length)..]]
                : [block.Text];
        var left = new List<string>();
        var right = new List<string>();
        var lines = text[block.SourceStart..block.SourceEnd].Split('\n').Select(l => l.TrimEnd()).Where(l => l.Trim().Length > 0)
            .Select(l => (Line: l, Gap: GapPastIndent(l))).ToList();
        // Where the right column starts, read from the lines holding both: a line set under the left one's text, however far the whole
        // letterhead is indented ("      HUYỆN ỦY HƯƠNG KHÊ" under "      ĐẢNG BỘ TỈNH HÀ TĨNH            ĐẢNG CỘNG SẢN VIỆT NAM", a tester's
        // 368), is the left column's; one indented as far as the right is the right's alone.
        var rightStart = lines.Where(l => l.Gap.Success).Select(l => l.Gap.Index + l.Gap.Length).DefaultIfEmpty(int.MaxValue).Min();
        // A kind's heading centred over its subject, and no line of two columns: one column, however far each line is indented ("BÁO CÁO"
        // over "   sơ kết 01 năm thực hiện …", a tester's 495, whose subject, less indented, was read as a column left of the heading).
        if (rightStart == int.MaxValue && lines.Any(l => DocumentKinds.FromHeading(l.Line) is not null)) return [string.Join('\n', lines.Select(l => l.Line.Trim()))];
        foreach (var (content, gap) in lines)
        {
            if (gap.Success)
            {
                left.Add(content[..gap.Index]);
                right.Add(content[(gap.Index + gap.Length)..]);
                continue;
            }
            var indent = content.Length - content.TrimStart().Length;
            // A line indented past a gap, with no line of two columns to say where the right one starts, is the right column's alone
            // ("                    Độc lập - Tự do - Hạnh phúc").
            if (rightStart == int.MaxValue ? ColumnGap().Match(content) is { Success: true, Index: 0 } : indent >= rightStart - RightColumnSlack) right.Add(content);
            else left.Add(content);
        }
        return [string.Join('\n', left), string.Join('\n', right)];
    }

    /// <summary>
    /// How far left of the right column a line may start and still be the right column's. Little: a kind's heading centred on the page
    /// ("KẾ HOẠCH" under "Số 15-KH/ĐU            Biên Sơn, ngày …", a tester's 352) starts a few characters left of it.
    /// </summary>
    private const int RightColumnSlack = 2;

    /// <summary>The first gap between two columns after a line's own indentation.</summary>
    private static Match GapPastIndent(string line)
    {
        var indent = line.Length - line.TrimStart().Length;
        return ColumnGap().Match(line, indent);
    }

    private static bool HasColumnGap(string text) => text.Contains('\t') || text.Contains("    ", StringComparison.Ordinal) || text.Contains(" | ", StringComparison.Ordinal);

    private static bool SourceHasColumnGap(TextBlock block, string text) =>
        block.Kind == BlockKind.ListItem && block.SourceStart >= 0 && block.SourceEnd <= text.Length && block.SourceStart < block.SourceEnd
        && text.AsSpan(block.SourceStart, block.SourceEnd - block.SourceStart) is var source && source.Contains('\n') && source.Contains("    ", StringComparison.Ordinal);

    /// <summary>
    /// What stands between two columns set side by side: a tab, or four spaces and more; not the blanks of a date line left to be filled in
    /// ("Sơn La, ngày      tháng      năm 2024", which split into three columns lost its year). A portal's copy may set them apart by a bar
    /// without making a table of them ("**ỦY BAN NHÂN DÂN TỈNH LÀO CAI** | **CỘNG HÒA …**", "Số: 412/TB-VPUBND | *Lào Cai, ngày …*", a tester's 752,
    /// whose issuer and date were lost).
    /// </summary>
    [GeneratedRegex(@"(?<!(?i:ngày|tháng)[ \t]*)(?:[ ]*\t[ \t]*| {4,}|[ \t]+\|[ \t]+)")]
    private static partial Regex ColumnGap();

    /// <summary>
    /// What a text with no kind line is about, for its title: its first line in sentence case that is not its number, its
    /// place and date or the national motto (capitals are the issuer's lines), cut at a word near 120 characters. A list of
    /// such texts each titled "Văn bản" would not tell them apart.
    /// </summary>
    private static string? FirstProse(List<string> header, string text)
    {
        var lines = header.Select(h => h.Split('\n', 2)[0].Trim()).ToList();
        // A web page's article is headed under the site's trail of links ("Trang chủ › Tin tức - Sự kiện › Hoạt động chuyên môn"): what
        // stands above it is the site's (its banner, "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CÀ MAU Trang thông tin điện tử", or a school's name).
        // Testers' 609, 721, 774, 819 and 953 were titled by their site's banner or trail.
        var trail = lines.FindIndex(l => Breadcrumb().IsMatch(l));
        // Under the trail, a headline in capitals is the article's too ("HỎI - ĐÁP VỀ DẠY THÊM, HỌC PHÍ, …", a tester's 773).
        var line = lines.Skip(trail + 1).Select(h => trail >= 0 && IsCapitalSubject(h) ? UpperFirst(Truecasing.Of(h, text)) : h).FirstOrDefault(h =>
            h.Length >= 6 && h.Any(char.IsLower) && !h.Contains("Độc lập", StringComparison.OrdinalIgnoreCase)
            && !NumberLines.Any(r => r.IsMatch(h)) && !PlaceAndDate().IsMatch(h) && !SiteBanner().IsMatch(h) && !PostedOn().IsMatch(h) && !Byline().IsMatch(h));
        if (line is null || line.Length <= MaxFallbackTitle) return line;
        var cut = line.LastIndexOf(' ', MaxFallbackTitle);
        return line[..(cut > MaxFallbackTitle / 2 ? cut : MaxFallbackTitle)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    private const int MaxFallbackTitle = 120;

    /// <summary>A site's trail of links to the page: "Trang chủ › …", "Trang chủ » …", "Trang chủ > …".</summary>
    [GeneratedRegex(@"^Trang chủ\s*[›»>/|]", RegexOptions.IgnoreCase)]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"(?:Cổng|Trang) thông tin điện tử", RegexOptions.IgnoreCase)]
    private static partial Regex SiteBanner();

    /// <summary>A page's byline: its section, who posted it, how often it was read.</summary>
    [GeneratedRegex(@"^[*_\s]*(?:Chuyên mục|Người đăng|Tác giả)\s*:|Lượt xem\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    /// <summary>
    /// When a web page was posted: "Đăng lúc: 15:42 - 12/09/2026", "Cập nhật: 12/08/2026 15:20", "Đăng ngày 22/09/2025 15:40", "Cập nhật:
    /// 08:45 | 29/08/2026". A news page's date where it has no date line (testers' 609, 721, 774, 819, 887, 921, 953 had none).
    /// </summary>
    [GeneratedRegex(@"^[*_\s]*(?:[^\n]{0,80}?\s[—–-]\s*)?(?:Đăng lúc|Đăng ngày|Ngày đăng|Đăng tải|Cập nhật|Ngày cập nhật)\s*:?[\s*_]*(?:\d{1,2}[:h]\d{2}[\s*_|·,–-]*)?(?:" + VietnameseDates.Date + ")?", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex PostedOn();

    /// <returns>The kind, the subject, and the number written right after the kind's name ("KẾ HOẠCH số 7/KH-SGDĐT", "KẾ HOẠCH⏎Số: 12/KH-UBND").</returns>
    private static (string? Kind, string? Subject, string? Numbered) KindAndSubject(List<string> header, string text)
    {
        (string? Kind, string? Subject, string? Numbered)? inCapitals = null;
        for (var i = 0; i < header.Count; i++)
        {
            var (kind, subject, sort) = KindLine(header[i]);
            if (kind is null) continue;
            string? numbered = null;
            // A text without a letterhead above may number itself under its kind's name, before its subject: the number is no subject.
            if (subject is not null && KindsNumber().Match(subject) is { Success: true } number)
                (numbered, subject) = (number.Groups["symbol"].Value, subject[number.Length..]);
            var next = i + 1;
            if (string.IsNullOrEmpty(subject) && next < header.Count)
            {
                // "CHỈ THỊ / CỦA BAN THƯỜNG VỤ TỈNH ỦY / về …": the body's line between the kind and the subject, left out as it is where the
                // three share a line (KindOfBody).
                if (next + 1 < header.Count && header[next].StartsWith("CỦA ", StringComparison.Ordinal) && IsCapitals(header[next])) next++;
                subject = header[next++];
                // Its lines read apart ("KẾ HOẠCH" and "học tập, … triển khai thực hiện" indented as code, "Nghị quyết Đại hội …" not: a
                // tester's 494), the subject goes on where the next line goes on from it.
                for (; next < header.Count && char.IsLower(subject[^1]) && (char.IsLower(header[next][0]) || GoesOnToInstrument(subject, header[next])); next++)
                    subject += " " + header[next].TrimEnd(' ', '-', '*', '_');
            }
            // A subject in capitals, as a scan or a Word heading sets it ("THÔNG TƯ / SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA ĐIỀU LỆ …", a tester's 951;
            // "KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 23/CT-UBND … VỀ NHIỆM VỤ TRỌNG TÂM …", 389): with its lines under it while they are capitals
            // naming no body, as its text writes them. The issuer's line under a decision's kind ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") is no subject.
            if (subject is not null && IsCapitalSubject(subject))
            {
                for (; next < header.Count && IsCapitalSubject(header[next]); next++) subject += " " + header[next];
                // A web page's headline over the paper it publishes ("THÔNG BÁO TỰU TRƯỜNG, …" over "THÔNG BÁO / Về việc tựu trường …", a
                // tester's 412): the paper's own subject, written in words, where the same kind follows.
                inCapitals ??= (kind, Truecasing.Of(Collapse(subject), text), numbered);
                continue;
            }
            if (inCapitals is { } headline && headline.Kind != kind) continue;
            if (subject is null || subject.Length < 6 || IsCapitals(subject)) subject = null;
            // "KẾT LUẬN THANH TRA⏎Việc thực hiện …", "BIÊN BẢN BÀN GIAO⏎Tài sản, …": what sort of paper it is, then what it is about.
            if (sort is not null) subject = subject is null ? sort : $"{sort} {LowerFirst(subject)}";
            if (subject is null && inCapitals is { } headed) return headed;
            return (kind, subject, numbered);
        }
        if (inCapitals is not null) return inCapitals.Value;
        // A letterhead's "V/v" opens its line; one inside a sentence or after an e-mail's "Subject:" is what a message forwards or is about,
        // taken only where no line opens with one: a Zalo message's "chuyển CV 1520/SGDĐT-GDPT … của Sở v/v tuyển sinh lớp 1, lớp 6 … và CV
        // 1498 … (file bên dưới). Các trường đọc kỹ …" titled a tester's 846 above the letter it pastes, "V/v hướng dẫn tuyển sinh …" (and
        // 814's unaccented "Subject: V/v trien khai …" the letter below it, "V/v triển khai …").
        var subjects = header.Select(line => (Line: line, Match: Subject().Match(line))).Where(s => s.Match.Success).ToList();
        if (subjects.Count == 0) return (null, null, null);
        var about = subjects.FirstOrDefault(s => OpensItsLine(s.Line, s.Match.Index), subjects[0]).Match.Groups["subject"].Value.Trim();
        // The bracket a petition's "(V/v …)" closes is left out; one the subject opens is its own ("… của bà Ksor H'Nguyệt (SBD 0417/GL)", 696).
        return ("Công văn", about.Count(c => c == '(') > about.Count(c => c == ')') ? about + ")" : about, null);
    }

    [GeneratedRegex(@"^(?:Số|SỐ|số)\s*:?\s*(?<symbol>" + SymbolPatterns.Any + @")(?=\s|$)\s*")]
    private static partial Regex KindsNumber();

    /// <summary>How far into a text its posting line is looked for: a page's trail, headline and byline come first.</summary>
    private const int PostedWithin = 1500;

    private static bool IsCapitals(string line) => line == line.ToUpperInvariant();

    /// <summary>
    /// A line in capitals that may be a subject: words, naming no body or office (an issuer's line), no section's number, no motto, no
    /// lead-in ("QUYẾT ĐỊNH:", "NƠI NHẬN:").
    /// </summary>
    private static bool IsCapitalSubject(string line) =>
        IsCapitals(line) && line.Count(char.IsLetter) >= 6 && !line.TrimEnd().EndsWith(':') && !NoCapitalSubject().IsMatch(VietnameseFolding.PlaceTones(line));

    /// <summary>
    /// What opens an issuer's or a signer's line, a section, a motto or a number: "BAN HÀNH …", "PHÒNG, CHỐNG …", "TRƯỜNG HỌC …", "BỘ TIÊU CHÍ
    /// …", "ĐIỀU CHỈNH …", "SỐ HÓA …" open subjects.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:CHỦ TỊCH|GIÁM ĐỐC|HIỆU TRƯỞNG|BỘ TRƯỞNG|THỦ TƯỚNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|BÍ THƯ|ỦY BAN|UBND|HĐND|HỘI ĐỒNG|CHÍNH PHỦ|QUỐC HỘI|SỞ|TRUNG TÂM|TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|ĐẢNG ỦY|ĐẢNG BỘ|CĂN CỨ|CỘNG HÒA|ĐỘC LẬP|CỦA)\b"
                    + @"|BAN\b(?!\s+HÀNH)|BỘ\b(?!\s+(?:TIÊU CHÍ|QUY TẮC|CÔNG CỤ))|PHÒNG\b(?![,\s]+CHỐNG)|TRƯỜNG\b(?!\s+HỌC\b)"
                    + @"|(?:PHẦN|CHƯƠNG|MỤC|ĐIỀU)\s+[IVXLC\d]|SỐ\s*[:\d]|[IVXLC]+\s*[.)]|\d+\s*[.)]|[-–*_=.])")]
    private static partial Regex NoCapitalSubject();

    /// <summary>Whether a subject's "V/v" opens its line, or follows the line's "Số:" only (a letterhead's column read as one line).</summary>
    private static bool OpensItsLine(string line, int at) =>
        line.AsSpan(0, at).IsWhiteSpace() || KindsNumber().Match(line, 0, at) is { Success: true } number && number.Length == at;

    /// <summary>
    /// "Số: 412/KH-UBND Lâm Đồng, ngày 14 tháng 11 năm 2025": the two columns of a letterhead's last line run together by a single space, as a
    /// PDF copied without its layout sets them (a tester's 808 was undated).
    /// </summary>
    private static Match? PlaceAndDateAfterNumber(string line) =>
        KindsNumber().Match(line) is { Success: true } number && number.Length < line.Length ? PlaceAndDate().Match(line[number.Length..]) : null;

    /// <summary>
    /// "KẾ HOẠCH" alone, or "CHỈ THỊ Về thực hiện ..." when the subject shares the paragraph; <c>Sort</c> is the sort of paper a heading
    /// names alone ("KẾT LUẬN THANH TRA"), its subject on the lines under it.
    /// </summary>
    private static (string? Kind, string? Subject, string? Sort) KindLine(string line)
    {
        // A scan reads an O between capitals as a nought ("KẾ H0ẠCH PHỐI HỢP", a tester's 622): the kind's name still.
        line = NoughtForO().Replace(line, "O");
        if (DocumentKinds.FromHeading(line) is { } kind) return (kind, null, null);
        // Issued by several bodies together: "HƯỚNG DẪN LIÊN NGÀNH", "KẾ HOẠCH LIÊN TỊCH", "KẾ HOẠCH PHỐI HỢP" (a tester's 531) are guidance and
        // plans ("THÔNG TƯ LIÊN TỊCH" a kind of its own).
        // Its subject may follow on the kind's line's paragraph ("KẾ HOẠCH LIÊN TỊCH Triển khai công tác y tế trường học …", a tester's 445).
        if (JointQualifier().Match(line) is { Success: true } joint
            && (DocumentKinds.FromHeading(line[..(joint.Index + joint.Length)]) ?? DocumentKinds.FromHeading(line[..joint.Index])) is { } jointKind)
            return (jointKind, joint.Index + joint.Length < line.Length ? line[(joint.Index + joint.Length)..] : null, null);
        foreach (var name in DocumentKinds.All)
        {
            var upper = name.ToUpperInvariant() + " ";
            if (!line.StartsWith(upper, StringComparison.Ordinal)) continue;
            if (line.Length > upper.Length + 5 && char.IsLower(line[upper.Length + 1]))
                return (name, line[upper.Length..], null);
            // A Party document names its body between the kind and the subject: "CHỈ THỊ CỦA BAN THƯỜNG VỤ TỈNH ỦY về …", or with the subject
            // on the lines under them (a tester's 899 was titled "Chỉ thị").
            if (KindOfBody().Match(line, upper.Length) is { Success: true } body) return (name, line[(body.Index + body.Length)..], null);
            // A heading going on in capitals with what sort of report it is ("BÁO CÁO TỰ ĐÁNH GIÁ", a tester's 558, was titled "Báo cáo"):
            // those words, which name no body or place, in small letters.
            if (ReportSort().Match(line, upper.Length) is { Success: true } sort) return (name, sort.Value.Trim().ToLowerInvariant(), null);
            // Or what sort of paper it is, its subject on the lines under it ("KẾT LUẬN THANH TRA", "KẾ HOẠCH GIÁO DỤC CÁ NHÂN", "BIÊN BẢN BÀN
            // GIAO": testers' 683, 671 and 689 were titled by their kind alone).
            if (PaperSort().Match(line, upper.Length) is { Success: true } paper)
            {
                var words = string.Join(' ', paper.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SyllableInSmallLetters));
                var rest = line[(paper.Index + paper.Length)..].Trim();
                return rest.Length == 0 ? (name, null, words) : (name, $"{words} {LowerFirst(rest)}", null);
            }
            // Or its subject, in capitals too (KindAndSubject reads it as the text writes it).
            if (IsCapitalSubject(line[upper.Length..])) return (name, line[upper.Length..].Trim(), null);
        }
        return (null, null, null);
    }

    [GeneratedRegex(@"(?<=\p{Lu})0(?=\p{Lu})")]
    private static partial Regex NoughtForO();

    [GeneratedRegex(@"\G(?:TỰ ĐÁNH GIÁ|TÓM TẮT|SƠ KẾT|TỔNG KẾT|THỐNG KÊ)\s*$")]
    private static partial Regex ReportSort();

    /// <summary>A few words in capitals, none a body's ("CỦA …"), a figure or a place's: the sort of paper a kind's name goes on with.</summary>
    [GeneratedRegex(@"\G(?!CỦA\b)\p{Lu}+(?:\s+(?!CỦA\b)\p{Lu}+){0,3}(?=\s*$|\s+\p{Lu}\p{Ll})")]
    private static partial Regex PaperSort();

    /// <summary>A word in capitals as a sentence writes it: a syllable in small letters, an acronym ("THPT") as it is.</summary>
    private static string SyllableInSmallLetters(string word) =>
        VietnameseSyllable.IsWellFormed(VietnameseFolding.FoldAll(word.ToLowerInvariant())) ? word.ToLowerInvariant() : word;

    /// <summary>
    /// The body after the kind on its line ("CHỈ THỊ CỦA BAN THƯỜNG VỤ TỈNH ỦY"), up to the subject in small letters or its "V/v" ("QUYẾT ĐỊNH CỦA
    /// UỶ BAN NHÂN DÂN HUYỆN LỤC YÊN⏎V/v ban hành Kế hoạch …", a tester's 990, read as one line, was titled "Quyết định").
    /// </summary>
    [GeneratedRegex(@"\GCỦA(?:\s+[\p{Lu}\d&-]+)+(?:\s+(?=\p{Ll}|V/v\s)|\s*$)")]
    private static partial Regex KindOfBody();

    [GeneratedRegex(@"\s+(?:LIÊN (?:NGÀNH|TỊCH)|PHỐI HỢP)(?:\s*$|\s+(?=\p{Lu}\p{Ll}))")]
    private static partial Regex JointQualifier();

    public sealed record OwnSymbol(string? Number, string? TypeCode, string? IssuerCode, string Normalized);

    /// <summary>Whether "kèm theo" at <paramref name="at"/> opens a bracket, "Ban hành" before it or not: an attachment's lead-in.</summary>
    private static bool IsLeadIn(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        if (before.EndsWith("ban hành", StringComparison.OrdinalIgnoreCase)) before = before[..^"ban hành".Length].TrimEnd();
        return before.EndsWith("(");
    }

    /// <summary>Whether a symbol stated elsewhere has the type and issuer codes a "Số:" line without a number gives, where it gives them.</summary>
    private static bool Agrees(OwnSymbol? numberLine, OwnSymbol? stated) =>
        stated is not null && (numberLine is null || (SameCode(numberLine.TypeCode, stated.TypeCode) && SameCode(numberLine.IssuerCode, stated.IssuerCode)));

    private static bool SameCode(string? given, string? stated) =>
        given is null || string.Equals(VietnameseFolding.FoldAll(given), VietnameseFolding.FoldAll(stated ?? ""), StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads "1646/QĐ-UBND", "/KH-SGDĐT" (blank number), "-KH/BCSD", "/SGD&amp;ĐT-VP".</summary>
    private static OwnSymbol? InstrumentSymbol(string raw)
    {
        var s = raw.Replace(" ", "").Replace("&", "").Trim('.', ',', ';');
        if (s.Length == 0) return null;
        // A Youth Union's plan names its committee and the unit that drafted it: "132-KH/TĐTN-TNTH" (a tester's 334).
        var party = Regex.Match(s, @"^(?<n>\d*)-(?<type>[\p{L}]+)/(?<issuer>[\p{L}\d]+(?:-[\p{L}\d]+)*)$");
        if (party.Success)
            return new(NullIfEmpty(party.Groups["n"].Value), party.Groups["type"].Value, party.Groups["issuer"].Value, s);
        var admin = Regex.Match(s, @"^(?<n>\d*)(?:/\d{4})?/(?<a>[\p{L}\d]+)(?:-(?<b>[\p{L}\d]+))?");
        if (!admin.Success) return null;
        var first = admin.Groups["a"].Value;
        var second = admin.Groups["b"].Success ? admin.Groups["b"].Value : null;
        // An official letter has no type code: "/SGDĐT-VP" is issuer then issuing unit.
        return DocumentKinds.FromCode(first) is not null
            ? new(NullIfEmpty(admin.Groups["n"].Value), first, second, s)
            : new(NullIfEmpty(admin.Groups["n"].Value), null, first, s);
    }

    /// <summary>The body a document's own code names ("UBND", "SGDĐT", a central body's code), or null.</summary>
    private static string? BodyOfCode(string? code) => code?.ToUpperInvariant() switch
    {
        "UBND" => "Ủy ban nhân dân",
        "SGDĐT" or "SGD" or "SGDDT" => "Sở Giáo dục và Đào tạo",
        "BCSD" or "BCSĐ" => "Ban cán sự đảng Ủy ban nhân dân",
        "HĐND" => "Hội đồng nhân dân",
        "TU" => "Tỉnh ủy",
        "BGDĐT" => "Bộ Giáo dục và Đào tạo",
        // The other central bodies by their codes' names: "21/CT-TTg" is the Prime Minister's.
        _ when IssuerCodes.IsCentral(code) => IssuerCodes.Name(code),
        _ => null,
    };

    /// <summary>The body a signer's title suggests ("GIÁM ĐỐC" a Sở's, "CHỦ TỊCH" a committee's), or null: a guess, after the letterhead.</summary>
    private static string? BodyOfSigner(string? title) => title switch
    {
        { } t when t.Contains("BAN CÁN SỰ") => "Ban cán sự đảng Ủy ban nhân dân",
        { } t when t.Contains("GIÁM ĐỐC") => "Sở Giáo dục và Đào tạo",
        { } t when t.Contains("CHỦ TỊCH") => "Ủy ban nhân dân",
        _ => null,
    };

    /// <summary>A body named with its province, but for a central one (<paramref name="code"/> a central body's) and where no province is known.</summary>
    private static string? InProvince(string? body, string? code, string? province)
    {
        if (body is null) return null;
        if (body.StartsWith("Bộ", StringComparison.Ordinal) || IssuerCodes.IsCentral(code) || province is null) return body;
        return IssuerCodes.OfProvince(body, province);
    }

    // The issuing body's line of a header (Nghị định 30/2020/NĐ-CP), in capitals, often in one paragraph with its parent's line. A
    // cluster of schools and a university's faculty issue under their parent's name ("SỞ GD&ĐT … / CỤM TRƯỜNG THCS SỐ 7", "TRƯỜNG ĐẠI HỌC
    // SƯ PHẠM HÀ NỘI / KHOA TOÁN - TIN": testers' 593 and 599, read as "Trường THCS số 7" and the university and faculty run together); not
    // the "KHOA" of "BÁCH KHOA", "ĐA KHOA" or "KHOA HỌC".
    [GeneratedRegex(@"^(?:(?:ỦY BAN NHÂN DÂN|UBND)\s+(?<place>[\p{Lu}\d][\p{Lu}\d. '’-]{0,40}?)\s+|.*\s)?(?<body>(?<!ỦY\s|CỤM\s)(?:LIÊN SỞ|PHÒNG|SỞ|BAN|TRUNG TÂM|CỤM TRƯỜNG|TRƯỜNG|(?<!BÁCH\s|ĐA\s)KHOA(?!\s+HỌC(?:\s|$))|BẢO HIỂM XÃ HỘI|CÔNG AN|ĐẢNG ỦY|BCH ĐOÀN|HUYỆN ỦY|QUẬN ỦY|THỊ ỦY|THÀNH ỦY|HỘI ĐỒNG(?! NHÂN DÂN)|CÔNG ĐOÀN|HỘI KHUYẾN HỌC|THANH TRA)\s+[\p{Lu}\d][\p{Lu}\d\s,&-]{2,80})$")]
    private static partial Regex IssuingBodyLine();

    [GeneratedRegex(@"^(?:ỦY BAN NHÂN DÂN|UBND)\s+(?<place>[\p{Lu}\d][\p{Lu}\d. '’-]{0,40})$")]
    private static partial Regex ParentCommitteeLine();

    /// <summary>
    /// A school's council named with its school, over it or under it ("HỘI ĐỒNG TRƯỜNG TRƯỜNG THPT ĐẠI MỖ", "TRƯỜNG THCS YÊN THẾ / HỘI ĐỒNG KỶ LUẬT
    /// VIÊN CHỨC": testers' 548 and 604): the council issues, named as its texts name it, "Hội đồng trường Trường THPT Đại Mỗ". Each was the
    /// school alone, or the school with the council's words run on in capitals.
    /// </summary>
    [GeneratedRegex(@"(?:^|\s)(?:(?<council>HỘI ĐỒNG\s+[\p{Lu}\s]+?)\s+(?<school>TRƯỜNG\s[\p{Lu}\d\s&-]+)|(?<school>TRƯỜNG\s[\p{Lu}\d\s&-]+?)\s+(?<council>HỘI ĐỒNG(?! NHÂN DÂN)\s[\p{Lu}\d\s]+))$")]
    private static partial Regex SchoolsCouncilLine();

    /// <summary>
    /// A second body's name after the first's in one letterhead's column: the police, or another Sở; not one joined by a dash (<see cref="JointBodies"/>),
    /// nor the Sở of a "LIÊN SỞ".
    /// </summary>
    [GeneratedRegex(@"(?<![-–\s]|LIÊN)\s+(?=CÔNG AN\s+(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN)\s|SỞ\s+\p{Lu})")]
    private static partial Regex StackedBody();

    /// <summary>"ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ / VĂN PHÒNG": the committee's office, named by its committee, on one line with it or under it.</summary>
    [GeneratedRegex(@"^(?:(?:ỦY BAN NHÂN DÂN|UBND)\s+(?<place>[\p{Lu}\d][\p{Lu}\d. '’-]{0,40}?)\s+)?VĂN PHÒNG$")]
    private static partial Regex CommitteeOfficeLine();

    /// <summary>
    /// The committee of a district, a city within a province or a commune a header names on its own ("ỦY BAN NHÂN DÂN / HUYỆN SƠN DƯƠNG",
    /// "… / THÀNH PHỐ THỦ ĐỨC", "… / XÃ ĐỒNG VĂN"), not above an office of it; a centrally run city's is its province's (<see cref="Districts.Written"/>).
    /// </summary>
    /// <remarks>A letterhead set on one line with dashes between its parts ("ỦY BAN NHÂN DÂN XÃ CAO PHONG – TỈNH PHÚ THỌ – Số: 286/UBND-VHXH", a
    /// tester's 348) names the committee in its first part.</remarks>
    private static string? DistrictCommittee(IReadOnlyList<string> header) =>
        header.Take(3).Select(h => LastCommittee(h.Split(" – ")[0])).Where(h => !OfficeUnderCommittee().IsMatch(h)).Select(h => ParentCommitteeLine().Match(h))
            .Where(m => m.Success).Select(m => $"Ủy ban nhân dân {TitleCase(m.Groups["place"].Value)}")
            .FirstOrDefault(committee => Districts.Written(committee) is not null);

    [GeneratedRegex(@"(?<!ỦY\s)\b(?:PHÒNG|SỞ|BAN|TRUNG TÂM|TRƯỜNG)\s")]
    private static partial Regex OfficeUnderCommittee();

    /// <summary>
    /// Of two committees a letterhead's column names, its parent's above its own ("UBND HUYỆN CHÂU THÀNH / ỦY BAN NHÂN DÂN XÃ PHÚ TÂN", one
    /// line once read: a tester's 506 was given the province's committee), the last: the one issuing.
    /// </summary>
    private static string LastCommittee(string line)
    {
        var at = Math.Max(line.LastIndexOf("ỦY BAN NHÂN DÂN ", StringComparison.Ordinal), line.LastIndexOf("UBND ", StringComparison.Ordinal));
        return at > 0 ? line[at..] : line;
    }

    /// <summary>
    /// "ỦY BAN NHÂN DÂN QUẬN 1 / PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" names a district office that neither its symbol ("/GDĐT-TH")
    /// nor its signer ("KT. TRƯỞNG PHÒNG") says: "Phòng Giáo dục và Đào tạo Quận 1".
    /// </summary>
    private static string? HeaderIssuer(IReadOnlyList<string> header, string text)
    {
        for (var i = 0; i < header.Count; i++)
        {
            // A tester's 527/TB-VP (323) was issued by "Ban Nhân Dân tỉnh Phú Thọ Văn Phòng": the "BAN" of "ỦY BAN", and no office.
            if (CommitteeOfficeLine().Match(header[i]) is { Success: true } office
                && (office.Groups["place"].Success ? office.Groups["place"] : i > 0 && ParentCommitteeLine().Match(header[i - 1]) is { Success: true } committee ? committee.Groups["place"] : null) is { } seat)
                return $"Văn phòng Ủy ban nhân dân {TitleCase(seat.Value)}";
            if (SchoolsCouncilLine().Match(header[i]) is { Success: true } council)
            {
                var school = SentenceCase(council.Groups["school"].Value);
                return $"{SentenceCase(council.Groups["council"].Value)} {AsWritten(school, text) ?? school}";
            }
            if (IssuingBodyLine().Match(header[i]) is not { Success: true } line) continue;
            var place = line.Groups["place"].Success ? line.Groups["place"]
                : i > 0 && ParentCommitteeLine().Match(header[i - 1]) is { Success: true } parent ? parent.Groups["place"] : null;
            var body = line.Groups["body"].Value;
            // Two bodies stacked in one column, a joint text's ("SỞ GIÁO DỤC VÀ ĐÀO TẠO / CÔNG AN TỈNH BẮC NINH", a tester's 433): the first leads it.
            if (StackedBody().Match(body) is { Success: true, Index: > 0 } stacked) body = body[..stacked.Index];
            // "SỞ GIÁO DỤC VÀ ĐÀO TẠO / TỈNH VĨNH LONG / VĂN PHÒNG": the Sở's office (a tester's 663 was "… tỉnh Vĩnh Long Văn Phòng").
            var itsOffice = body.EndsWith(OfficeWord, StringComparison.Ordinal);
            if (itsOffice) body = body[..^OfficeWord.Length];
            // A committee's inspectorate, named by its level under its committee: "UBND TỈNH HÀ TĨNH / THANH TRA TỈNH" (testers' 682, 683).
            if (place is not null && InspectorateOfLevel().IsMatch(body)) return $"Thanh tra {TitleCase(place.Value)}";
            var name = (itsOffice ? "Văn phòng " : "") + SentenceCase(body);
            // A school's name is its own: "UBND XÃ ĐỒNG VĂN / TRƯỜNG PTDTBT TIỂU HỌC ĐỒNG VĂN" is no "Trường … xã Đồng Văn", while an office
            // of a committee is named by its place ("Phòng Giáo dục và Đào tạo huyện Yên Thế").
            if (name.StartsWith("Trường", StringComparison.Ordinal)) return AsWritten(name, text) ?? name;
            // A body named with its own place under its committee ("UBND THÀNH PHỐ HÀ NỘI / CÔNG AN THÀNH PHỐ HÀ NỘI", a tester's 733) is not
            // named by the place twice.
            var issuer = place is null || name.EndsWith(TitleCase(place.Value), StringComparison.OrdinalIgnoreCase) ? name : $"{name} {TitleCase(place.Value)}";
            // Capitals do not say which words a body's name capitalises: "BAN CHỈ ĐẠO PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ TỈNH VĨNH LONG" is "Ban Chỉ đạo
            // phổ cập giáo dục, xóa mù chữ tỉnh Vĩnh Long" where the text writes it so (testers' 326, 327).
            return AsWritten(issuer, text) ?? issuer;
        }
        return null;
    }

    private const string OfficeWord = " VĂN PHÒNG";

    /// <summary>
    /// A name read from capitals as the text's own sentences write it ("Trường PTDTBT Tiểu học Đồng Văn xây dựng …"): capitals do not
    /// say which words a proper name capitalises. Null where the text writes it only in capitals, or opening with a small letter.
    /// </summary>
    private static string? AsWritten(string name, string text)
    {
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((end < text.Length && char.IsLetter(text[end])) || (at > 0 && char.IsLetter(text[at - 1]))) continue;
            var written = text.Substring(at, name.Length);
            if (char.IsUpper(written[0]) && written != written.ToUpperInvariant()) return written;
        }
        return null;
    }

    /// <summary>
    /// A body's name in capitals as running text writes it: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" is "Phòng Giáo dục và Đào tạo",
    /// "TRƯỜNG THPT CHÂU VĂN LIÊM" is "Trường THPT Châu Văn Liêm" (abbreviations kept, the proper name capitalised).
    /// </summary>
    private static string SentenceCase(string capitals)
    {
        // Two bodies' names joined in one letterhead, each cased as its own: "SỞ TÀI CHÍNH - SỞ GIÁO DỤC VÀ ĐÀO TẠO" is "Sở Tài chính và Sở Giáo dục
        // và Đào tạo".
        if (JointBodies().Split(capitals) is { Length: 2 } joint && BodyNames.Any(b => joint[1].StartsWith(b.Upper, StringComparison.Ordinal)))
            return $"{SentenceCase(joint[0])} và {SentenceCase(joint[1])}";
        foreach (var (upper, written) in BodyNames)
            if (capitals.StartsWith(upper, StringComparison.Ordinal))
            {
                var rest = capitals[upper.Length..].Trim();
                if (rest.Length == 0) return written;
                // A Sở's inspectorate under its Sở's name: "SỞ GIÁO DỤC VÀ ĐÀO TẠO / THANH TRA SỞ" (a tester's 409).
                if (InspectorateOf().IsMatch(rest)) return $"Thanh tra {written}";
                // The place a centre or a school is named by reads as running text writes it: "… GDTX HUYỆN TAM ĐƯỜNG" is "… GDTX huyện Tam Đường".
                var unit = PlaceInName().Match(rest);
                var named = unit.Success ? rest[..unit.Index].TrimEnd() : rest;
                // A council is named by what it does, in small letters ("Hội đồng tuyển dụng viên chức"); a school or a centre by its own name.
                var cased = string.Join(' ', named.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(w => written == "Hội đồng" && !VietnameseFolding.HasNoVowel(VietnameseFolding.FoldAll(w)) ? w.ToLowerInvariant() : CaseWord(w)));
                // "TRƯỜNG TIỂU HỌC, THCS VÀ THPT …" (a tester's 588): the comma goes on from the type's words, as written.
                var joined = string.Join(' ', new[] { written, cased, unit.Success ? TitleCase(unit.Value) : "" }.Where(p => p.Length > 0));
                return joined.Replace(" ,", ",", StringComparison.Ordinal);
            }
        return string.Join(' ', capitals.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((w, i) => i == 0 ? CaseWord(w) : w.ToLowerInvariant()));
    }

    [GeneratedRegex(@"(?<=^|\s)(?:HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH|XÃ|PHƯỜNG)\s+\p{Lu}.*$")]
    private static partial Regex PlaceInName();

    [GeneratedRegex(@"^THANH TRA(?: SỞ)?$")]
    private static partial Regex InspectorateOf();

    [GeneratedRegex(@"^THANH TRA (?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)$")]
    private static partial Regex InspectorateOfLevel();

    /// <summary>" - " between two bodies' names, "SỞ TÀI CHÍNH - SỞ GIÁO DỤC VÀ ĐÀO TẠO"; not the hyphen inside one ("PHÒNG VĂN HÓA - XÃ HỘI").</summary>
    [GeneratedRegex(@"\s+[-–]\s+(?=SỞ\s|PHÒNG\s|BAN\s)")]
    private static partial Regex JointBodies();

    private static readonly (string Upper, string Written)[] BodyNames =
    [
        ("LIÊN SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Liên Sở Giáo dục và Đào tạo"),
        ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Phòng Giáo dục và Đào tạo"), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo"),
        ("TRUNG TÂM GIÁO DỤC THƯỜNG XUYÊN", "Trung tâm Giáo dục thường xuyên"), ("TRUNG TÂM", "Trung tâm"),
        // A school's type is written as a common noun: "Trường Mầm non Hoa Sen", "Trường Tiểu học Kim Đồng".
        ("TRƯỜNG MẦM NON", "Trường Mầm non"), ("TRƯỜNG MẪU GIÁO", "Trường Mẫu giáo"), ("TRƯỜNG TIỂU HỌC", "Trường Tiểu học"),
        ("TRƯỜNG TRUNG HỌC CƠ SỞ", "Trường Trung học cơ sở"), ("TRƯỜNG TRUNG HỌC PHỔ THÔNG", "Trường Trung học phổ thông"),
        // A commune's or a ward's office for education since the 2025 reform: "PHÒNG VĂN HÓA - XÃ HỘI" holds a "XÃ" that is no commune (a tester's 383).
        ("PHÒNG VĂN HÓA - XÃ HỘI", "Phòng Văn hóa - Xã hội"), ("PHÒNG VĂN HÓA – XÃ HỘI", "Phòng Văn hóa - Xã hội"),
        // Other Sở write on schools with the Sở GDĐT, their names joined in one letterhead: "SỞ TÀI CHÍNH - SỞ GIÁO DỤC VÀ ĐÀO TẠO" (406).
        ("SỞ TÀI CHÍNH", "Sở Tài chính"), ("SỞ Y TẾ", "Sở Y tế"), ("SỞ NỘI VỤ", "Sở Nội vụ"),
        ("CỤM TRƯỜNG", "Cụm trường"), ("TRƯỜNG", "Trường"), ("PHÒNG", "Phòng"), ("SỞ", "Sở"), ("BAN", "Ban"), ("KHOA", "Khoa"),
        // Bodies outside the sector that write on schools (testers' 335, 336): "BẢO HIỂM XÃ HỘI TỈNH CÀ MAU", "ĐẢNG ỦY XÃ THỌ XUÂN".
        ("BẢO HIỂM XÃ HỘI", "Bảo hiểm xã hội"), ("CÔNG AN", "Công an"), ("ĐẢNG ỦY", "Đảng ủy"), ("BCH ĐOÀN", "Ban Chấp hành Đoàn"),
        // A district's or a city's Party committee, named by its place alone: "HUYỆN ỦY HƯƠNG KHÊ" (a tester's 368).
        ("HUYỆN ỦY", "Huyện ủy"), ("QUẬN ỦY", "Quận ủy"), ("THỊ ỦY", "Thị ủy"), ("THÀNH ỦY", "Thành ủy"),
        // A council a committee sets up: "UBND HUYỆN LỤC NGẠN / HỘI ĐỒNG TUYỂN DỤNG VIÊN CHỨC NĂM 2024" (a tester's 405).
        ("HỘI ĐỒNG", "Hội đồng"),
        // Mass organisations that write to schools (testers' 431, 432): "CÔNG ĐOÀN GIÁO DỤC TỈNH THANH HÓA", "HỘI KHUYẾN HỌC HUYỆN GIA LỘC".
        ("CÔNG ĐOÀN GIÁO DỤC", "Công đoàn Giáo dục"), ("CÔNG ĐOÀN", "Công đoàn"), ("HỘI KHUYẾN HỌC", "Hội Khuyến học"),
        ("THANH TRA", "Thanh tra"),
    ];

    /// <summary>
    /// An abbreviation ("THPT", "GD&amp;ĐT") as written, "số" of a numbered name and "và" joining levels in small letters ("Trường THPT số 1 …",
    /// "Trường Tiểu học và THCS …"), any other word with its first letter in capitals.
    /// </summary>
    private static string CaseWord(string word) =>
        VietnameseFolding.HasNoVowel(VietnameseFolding.FoldAll(word)) ? word : word is "SỐ" or "VÀ" ? word.ToLowerInvariant() : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();

    /// <summary>"HUYỆN MƯỜNG TÈ" is "huyện Mường Tè": the unit's word in lower case before a name, as running text writes it ("Quận 1" keeps it).</summary>
    private static string TitleCase(string capitals)
    {
        // "CƯ M’GAR" in a letterhead, Word's curly apostrophe: "Cư M'gar" as the text's sentences write it.
        capitals = capitals.Replace('’', '\'');
        var words = capitals.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()).ToArray();
        if (words.Length > 1 && !char.IsDigit(words[1][0]) && words[0] is "Huyện" or "Quận" or "Thị" or "Tỉnh" or "Thành" or "Xã" or "Phường")
        {
            words[0] = words[0].ToLowerInvariant();
            if (words[0] is "thị" or "thành" && words.Length > 2) words[1] = words[1].ToLowerInvariant(); // thị xã, thành phố
        }
        return string.Join(' ', words);
    }

    /// <summary>The title over the signature ("CHỦ TỊCH", "T/M BAN CÁN SỰ ĐẢNG BÍ THƯ") and the name under it.</summary>
    private static IEnumerable<(string Title, string Name)> SignatureBlocks(IReadOnlyList<string> blocks)
    {
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            // Most blocks are body text: rule them out before cleaning them, which every document's every block paid for.
            var raw = blocks[i];
            if (!SignerTitleWords.Any(raw.Contains)) continue;
            var title = VietnameseFolding.PlaceTones(Collapse(SignedMark().Replace(Clean(raw), " ")));
            if (title.Length > MaxSignerTitle || title != title.ToUpperInvariant() || !SignerTitles.Any(title.Contains)) continue;
            // A published copy says it was signed where the signature was ("*(Đã ký)*", "[đã ký]"), between the title and the name.
            var next = i + 1;
            // A text flattened from PDF sets the name beside the recipients' list, whose items come between ("(Đã ký)", "- Giám đốc, các PGĐ Sở;",
            // "Võ Thị Thanh Hà"; testers' 331, 333): an item ends in ";" or "," ("- Các chi bộ trực thuộc,", 352), which no name does.
            while (next < blocks.Count - 1 && next <= i + MaxLinesBetweenTitleAndName
                   && (SignedMark().Replace(Clean(blocks[next]), "").Trim(MarkdownBlocks.Decoration).Length == 0 || Clean(blocks[next]).TrimEnd() is [.., ';' or ','])) next++;
            var name = RankOrDegree().Replace(Collapse(SignedMark().Replace(Clean(blocks[next]), " ").Trim(MarkdownBlocks.Decoration)), "");
            if (IsPersonName(name)) yield return (title, name);
        }
    }

    /// <summary>
    /// The blocks' texts as a signature is looked for in them. A block set in two columns gives its right column's lines: a .txt sets
    /// the signer's title beside the recipients ("Nơi nhận:      KT. CHỦ TỊCH", "- Như trên;      PHÓ CHỦ TỊCH"), and read whole those
    /// blocks were no title, so the signer was lost. The title's lines in capitals, one block's or the next's, are joined as one.
    /// </summary>
    private static List<string> SignatureLines(IReadOnlyList<TextBlock> blocks, string text)
    {
        var lines = new List<string>(blocks.Count);
        string? title = null;
        var heldOver = 0;
        foreach (var block in blocks)
        {
            if (Columns(block, text) is not [_, var right])
            {
                // The left column's last lines ("- Lưu: VT.") come between the title and the name set under it: a few are read first.
                if (title is not null && ++heldOver > MaxLinesBetweenTitleAndName) Flush();
                if (SignatureRunTogether(block, text) is { } signed)
                {
                    Flush();
                    lines.AddRange(signed);
                }
                else lines.Add(block.Text);
                continue;
            }
            // Signatures in three columns or more ("THƯ KÝ    VIÊN CHỨC …    CHỦ TỊCH HỘI ĐỒNG", testers' 604, 624, 671): the right one's lines,
            // where the last presides.
            foreach (var line in right.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(LastColumn))
                if (line == line.ToUpperInvariant() && line.Any(char.IsLetter)) title = title is null ? line : $"{title} {line}";
                else
                {
                    Flush();
                    lines.Add(line);
                }
        }
        Flush();
        return lines;

        void Flush()
        {
            if (title is not null) lines.Add(title);
            title = null;
            heldOver = 0;
        }
    }

    private static string LastColumn(string line) => ColumnGap().Split(line) is [.., var last] && last.Trim().Length > 0 ? last.Trim() : line;

    /// <summary>
    /// How many recipients' items may come between a signer's title and the name set beside the last of them: a Party committee's
    /// programme lists nine, its signer's name beside "- Lưu Văn phòng Tỉnh ủy." (a tester's 367).
    /// </summary>
    private const int MaxLinesBetweenTitleAndName = 10;

    /// <summary>
    /// A recipients' last item that ran on into the signature under it, its lines read apart: "- Lưu: VT.⏎HIỆU TRƯỞNG⏎(Đã ký)⏎Nguyễn Thị Thu
    /// Hà" is one list item to Markdown, the lines after the item's having no blank line between (a tester's 390, copied from a web page).
    /// Null for any other block.
    /// </summary>
    /// <remarks>
    /// So is a paragraph whose lines are a signature, no blank line between them ("HIỆU TRƯỞNG⏎(đã ký)⏎Phan Thị Minh Nguyệt", testers' 412 and
    /// 414, from a school's web page and an e-mail): read as one line, the title ran into the name.
    /// </remarks>
    private static IEnumerable<string>? SignatureRunTogether(TextBlock block, string text)
    {
        if (block.Kind is not (BlockKind.ListItem or BlockKind.Paragraph) || block.SourceStart < 0 || block.SourceEnd > text.Length
            || block.SourceStart >= block.SourceEnd || !SignerTitleWords.Any(block.Text.Contains)) return null;
        var source = text[block.SourceStart..block.SourceEnd];
        // Its lines broken in the source, or by "<br/>" in a converted table's cell ("**KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH**<br/><br/>*(Đã ký)*<br/><br/>
        // **Đinh Thị Hồng Minh**", a tester's 437): each line without its markup.
        if (!source.Contains('\n') && !source.Contains("<br", StringComparison.OrdinalIgnoreCase)) return null;
        var lines = LineBreakTag().Split(source).SelectMany(l => l.Split('\n')).Select(l => AnyTag().Replace(l, "").Trim().Trim('*', '_').Trim())
            .Where(l => l.Length > 0).ToArray();
        return lines.Skip(block.Kind == BlockKind.ListItem ? 1 : 0).Any(line => line == line.ToUpperInvariant() && SignerTitles.Any(line.Contains)) ? lines : null;
    }

    /// <summary>
    /// "(Đã ký)", "Đã ký", "(Đã ký và đóng dấu)", "[đã ký]", "(Ký tên, đóng dấu)": a copy's note of the signature, not its signer; typed
    /// without marks too ("(da ky)", a commune's plan, 976, whose signer was lost to it).
    /// </summary>
    [GeneratedRegex(@"(?<!\p{L})[(\[]?\s*(?:(?:đã|da)\s+(?:ký|ky)|ký\s+tên)(?:\s*(?:,|và)\s*(?:đóng\s+dấu|ghi\s+rõ\s+họ\s+tên))*\s*[)\]]?(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex SignedMark();

    /// <summary>
    /// A rank or a degree written before a signer's name: "Đại tá Lê Văn Hùng" (the police signing a joint plan, a tester's 622; 318's first
    /// signer), "TS. Nguyễn Văn An", "PGS.TS. …", "NGƯT. …". No part of the name: with it the name was none, and the text had no signer.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|uý|tướng)\s+|(?:(?:GS|PGS|TSKH|TS|ThS|BSCKII|BSCKI|BS|NGND|NGƯT)\.?\s*(?:,\s*)?)+(?=\p{Lu}\p{Ll}))")]
    private static partial Regex RankOrDegree();

    private static bool IsPersonName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && words.All(w => NameWord().IsMatch(w));
    }

    /// <summary>
    /// A word of a person's name: "Nguyễn", "Y", "Ksor", and the Ê Đê and Jrai forms with an apostrophe after an initial ("H' Ly Niê",
    /// "H'Hen Niê", "H’Hen" typeset), which were no name, so that a letter signed so had no signer.
    /// </summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:['’ʼ]\p{Lu}?\p{Ll}*)?$")]
    private static partial Regex NameWord();

    /// <summary>The province a date line's place names: "Phù Yên, ngày …" is Sơn La's district, which folds as Phú Yên's name does.</summary>
    private static string? PlaceProvince(string? place) =>
        Provinces.Canonical(place) is { } named && !Districts.IsOtherThan(place!, named) ? named : null;

    /// <summary>Whether a text was issued since the districts were abolished (1 July 2025), or in 2025 on no day it gives.</summary>
    private static bool IssuedSinceTheReform(string? date, int? year) =>
        date is { Length: >= 7 } ? string.CompareOrdinal(date[..7], "2025-07") >= 0 : year >= 2025;

    /// <summary>The province the letterhead's lines in capitals name: its blocks may run on into the text's first sentences, which name others.</summary>
    private static string? LetterheadProvince(IEnumerable<string> letterhead) => FirstProvince(string.Join('\n', letterhead.Where(IsCapitals)));

    /// <remarks>
    /// A mention naming no province is read again from its name: in "SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH TRA TỈNH QUẢNG NINH" (a letterhead's
    /// two lines, a tester's 944) the Sở's name led in "THANH TRA TỈNH QUẢNG", and the province after it was never read.
    /// </remarks>
    private static string? FirstProvince(string text)
    {
        for (var m = ProvinceMention().Match(text); m.Success; m = ProvinceMention().Match(text, m.Groups["name"].Index))
            if (Provinces.Opening(m.Groups["name"].Value) is { } p) return p;
        return null;
    }

    /// <param name="sinceTheReform">
    /// Issued since the 2025 merger, where a province of the 34 is named beside the former ones merged into it: a ward's decision in Hưng Yên
    /// named "thành phố Thái Bình" and "tỉnh Thái Bình", whose instruments it keeps, more often than "tỉnh Hưng Yên" (a tester's 325).
    /// A text naming a province as a former one ("tỉnh Kon Tum cũ") is of that time, dated or not; where it names only former ones, it
    /// is of the province they are part of now: a Quảng Ngãi school's post on its page, undated, naming "Kon Tum cũ" alone (a tester's
    /// 911), was Kon Tum's.
    /// </param>
    private static string? MostNamedProvince(string text, bool sinceTheReform)
    {
        var named = ProvinceMention().Matches(text).Select(m => Provinces.Opening(m.Groups["name"].Value)).OfType<string>().ToList();
        var current = named.Where(Provinces.Current.Contains).ToList();
        // The text is sought for "… cũ" only where that can change the answer.
        if (!(sinceTheReform && current.Count > 0) && Provinces.NamesAFormer(text))
            return MostOf(current.Count > 0 ? current : named.Select(p => Provinces.PartOf(p) ?? p));
        return MostOf(sinceTheReform && current.Count > 0 ? current : named);
    }

    private static string? MostOf(IEnumerable<string> provinces) =>
        provinces.GroupBy(p => p).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    private static string? SchoolYearOf(string text) =>
        SchoolYear().Match(text) is { Success: true } m ? $"{m.Groups["a"].Value}-{m.Groups["b"].Value}" : null;

    /// <summary>The first year of the school year a date falls in, a school year starting in August; int.MinValue without a date.</summary>
    private static int CurrentSchoolYear(string? date) =>
        date is { Length: >= 7 } ? int.Parse(date[..4]) - (int.Parse(date[5..7]) >= 8 ? 0 : 1) : int.MinValue;

    /// <summary>
    /// The school year the body names most, of those not over when the text was issued: a directive of October 2024 citing
    /// "năm học 2023 - 2024"'s results is not about that year (its own is 2024-2025, which a school year starting in August gives it).
    /// Nor is it about a year further ahead than the next: a decision of November 2024 whose programme spreads "từ năm học 2026 - 2027"
    /// (a tester's 446) was filed under 2026-2027.
    /// </summary>
    private static string? MostNamedSchoolYear(string text, string? date)
    {
        var current = CurrentSchoolYear(date);
        // The next year only in the current one's second half, when plans for it are drawn: a plan of December 2025 naming "năm học 2026 -
        // 2027" as when its targets start (testers' 619, and 580's and 581's of October) is no plan for that year.
        var latest = current == int.MinValue ? int.MaxValue : current + (int.Parse(date![5..7]) >= 8 ? 0 : 1);
        return SchoolYear().Matches(text)
            .Where(m => int.Parse(m.Groups["a"].Value) is var first && first >= current && first <= latest)
            .Select(m => $"{m.Groups["a"].Value}-{m.Groups["b"].Value}")
            .GroupBy(y => y).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    private const int MaxSignerTitle = 80;

    private static string Clean(string text) => Collapse(text.Trim(MarkdownBlocks.Decoration));

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string LowerFirst(string s) =>
        s.Length > 1 && char.IsUpper(s[0]) && char.IsLower(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;

    private static string UpperFirst(string s) => s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;
}
