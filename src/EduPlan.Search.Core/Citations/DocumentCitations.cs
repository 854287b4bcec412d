using System.Globalization;
using System.Text.RegularExpressions;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Citations;

/// <summary>
/// Extracts the citations of one text (a corpus document or text sent to the API) and gives each
/// its instrument: scope from the issuer code or the province, the year from the date, the symbol or
/// another mention of the same instrument in the text, issuer and title from the fullest mention.
/// </summary>
public static partial class DocumentCitations
{
    public static List<Citation> Extract(CorpusDocument document)
    {
        var raw = new List<(CitationExtractor.Found Found, int Start, int End, string? SectionId)>();
        var list = new ListContext(document.Text);
        var ownTitle = SectionBuilder.Slug(document.Info.Title);
        var own = document.Info.Symbol is { } symbol ? ParsedSymbol.Parse(symbol) : null;
        var ownSymbol = own?.Normalized;
        var read = new List<(TextBlock Block, List<CitationExtractor.Found> Found, Item? Item, (int Index, string Relation)? Column, int? Subject)>(document.Blocks.Count);
        int? issuerColumn = null, codeColumn = null, subjectColumn = null;
        (int Index, string Relation)? relationColumn = null;
        var spacedColumns = new List<SpacedColumn?>(document.Blocks.Count);
        SpacedColumn? headerAlone = null;
        string? heading = null;
        foreach (var block in document.Blocks)
        {
            if (block.Kind == BlockKind.Break) continue;
            if (block.Kind != BlockKind.TableRow) (issuerColumn, relationColumn, codeColumn, subjectColumn) = (null, null, null, null);
            else if (block.Header)
                (issuerColumn, relationColumn, codeColumn, subjectColumn) = (IssuerColumn(block.Cells()), RelationColumn(block.Cells()) ?? ListedUnder(heading, block.Cells()),
                    CodeColumn(block.Cells()), SubjectColumn(block.Cells()));
            heading = block.Kind == BlockKind.Heading ? block.Text : null;
            var (found, item) = list.Read(block.Text, block.Kind == BlockKind.ListItem, row: block.Kind == BlockKind.TableRow);
            if (found.Count > 0) DropItself(found, block, document.Info, ownTitle, ownSymbol, codeColumn);
            if (issuerColumn is { } column && !block.Header) IssuedAsTheRowSays(block, column, found);
            var row = block.Kind == BlockKind.TableRow && !block.Header;
            read.Add((block, found, item, row ? relationColumn : null, row ? subjectColumn : null));
            var spaced = block.Kind == BlockKind.Paragraph ? SpacedRelationColumn(block, document.Text) ?? headerAlone : null;
            spacedColumns.Add(spaced);
            headerAlone = spaced is { HeaderAlone: true } && spaced.HeaderEnd >= block.SourceEnd ? spaced : null;
        }
        var repeated = new BareRepeats(read.SelectMany(r => r.Found), (document.Info.Date, document.Info.Year));
        // A report, a proposal, a notice or a letter amends, replaces and repeals only where it says so of itself ("Thông báo này thay thế
        // Thông báo số 38/TB-SGDĐT", 207; "Công văn này thay thế …"; "Báo cáo này thay thế Báo cáo số 03/BC-PTDTNT", a tester's 471): its other
        // "thay thế", "bãi bỏ" and "sửa đổi" are what others did or should do, a school asked to amend its rules (an inspection's notice, a
        // tester's 366), a draft circular it asks comments on (398); nor a text where it quotes another's enacting words. A letter or a notice
        // also amends what its own body issued, in a sentence its enacting words open (<see cref="AmendsItsOwn"/>); and what a list's lead-in
        // says of it ("Công văn này thay thế các văn bản hướng dẫn sau:", a tester's 705) its items are.
        var itself = SpeaksOfItself(document.Info.Kind);
        var ownCode = own?.IssuerCode;
        var ownKinds = OwnKinds(document);
        var namedBack = new BackReferences();
        // Whether the text itself amends, replaces or repeals what its words say is: not another instrument its row or sentence names.
        bool TextEnacts(TextBlock block, Item? item, List<CitationExtractor.Found> cited, CitationExtractor.Found f) =>
            !RowsOwnInstrumentDoes(block, cited, f)
            && (itself is null || SaysOfItself(block.Text, f.Start, itself) || AmendsItsOwn(block, f, ownCode, itself)
                || (item is { OpensItself: false, Paragraph: { } leadIn } && SaysOfItself(leadIn, leadIn.Length, itself)))
            && !EnactedByAnother(block.Text, f, ownKinds) && !CitationRelation.Quoted(block.Text, f.Start);
        foreach (var ((block, found, item, column, subject), spaced) in read.Zip(spacedColumns))
        {
            var cited = GovernedBySpacedColumn(block, document.Text, GovernedByColumn(block, Governed(block.Text, repeated.Add(block.Text, found), item), column), spaced);
            if (subject is { } subjectCell) cited = WithoutRowsSubject(block, subjectCell, cited);
            foreach (var f in namedBack.Add(block.Text, cited))
                raw.Add((!CitationRelation.Enacting.Contains(f.Relation) || TextEnacts(block, item, cited, f) ? f : f with { Relation = CitationRelation.Mention },
                    block.Mapped.ToSource(f.Start), block.Mapped.ToSource(f.End, isEnd: true), block.SectionId));
        }
        // A central body's text (a ministry's Thông tư, the Prime Minister's Chỉ thị) names national programmes and plans.
        var central = document.Info.Province is null && IssuerCodes.IsCentral(ownCode);
        return Resolve(raw, document.Written, document.Info.Province, central, Districts.Written(document.Info.Issuer), document.Info.Issuer);
    }

    /// <summary>
    /// Drops the block's citations of the text itself: by its title, its own summing up, its own number, or in a table's column of
    /// the rows' own numbers. Apart from the loop over blocks: a lambda there capturing the block made a closure for each of them.
    /// </summary>
    private static void DropItself(List<CitationExtractor.Found> found, TextBlock block, DocumentInfo info, string ownTitle, string? ownSymbol, int? codeColumn) =>
        found.RemoveAll(f => NamesItself(f, info.Kind, ownTitle) || SumsItselfUp(f, block.Text, info.Kind)
                             || NumbersItself(f, block, ownSymbol, info.Date)
                             || (codeColumn is { } code && !block.Header && block.CellOf(f.Start) == code));

    /// <summary>A paragraph's citations with its short forms, governed as an item of its list where it is one.</summary>
    private static List<CitationExtractor.Found> Governed(string paragraph, IEnumerable<CitationExtractor.Found> citations, Item? item)
    {
        var all = citations.ToList();
        item?.Govern(paragraph, all);
        return all;
    }

    /// <summary>
    /// The column of a table's header row naming what each row's instruments are to the text, and the relation it names: "Văn bản áp dụng",
    /// "Căn cứ thực hiện" (carried out, as the testers read them), "Căn cứ" (the grounds).
    /// </summary>
    private static (int Index, string Relation)? RelationColumn(IReadOnlyList<string> headings)
    {
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = VietnameseFolding.FoldAll(headings[i]).Trim(' ', '*', '_', ':').ToLowerInvariant();
            if (ImplementedHeading().IsMatch(heading)) return (i, CitationRelation.Implements);
            if (GroundsColumnHeading().IsMatch(heading)) return (i, CitationRelation.LegalBasis);
        }
        return null;
    }

    /// <summary>
    /// A table right under a heading that names what the instruments it lists are to the text ("## Văn bản căn cứ", "5. Danh mục văn bản các trường
    /// nghiên cứu, thực hiện": a tester's 787, a portal's page, and 341's and 351's letters): its column of numbers ("Số ký hiệu", "Số, ký hiệu")
    /// is what the heading names, as a column headed so would be. Other headings ("Văn bản liên quan", "Tổ chức thực hiện") name nothing, nor
    /// does one of results ("Danh mục văn bản đã rà soát và kết quả thực hiện", a held-out report's table of what it reviewed, told of).
    /// </summary>
    private static (int Index, string Relation)? ListedUnder(string? heading, IReadOnlyList<string> headings)
    {
        if (heading is null) return null;
        var folded = VietnameseFolding.FoldAll(heading).Trim(' ', '*', '_', ':', '.').ToLowerInvariant();
        var relation = InstrumentsToCarryOut().IsMatch(folded) ? CitationRelation.Implements
            : InstrumentsStoodOn().IsMatch(folded) ? CitationRelation.LegalBasis : null;
        return relation is not null && ColumnHeaded(headings, NumberHeading()) is { } column ? (column, relation) : null;
    }

    [GeneratedRegex(@"^[\divxlc.)\s]*(?:danh muc\s+)?(?:cac\s+)?van ban\s+can cu(?:\s+\p{L}+){0,2}$")]
    private static partial Regex InstrumentsStoodOn();

    [GeneratedRegex(@"^[\divxlc.)\s]*(?:danh muc\s+)?(?:cac\s+)?van ban\b(?!.*\b(?:ket qua|ra soat|tinh hinh)\b).*\b(?:nghien cuu,?\s+)?(?:thuc hien|ap dung)$")]
    private static partial Regex InstrumentsToCarryOut();

    [GeneratedRegex(@"^(?:so,?\s*ky hieu|so hieu|ky hieu)(?:\s*(?:van ban|;.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberHeading();

    /// <summary>
    /// "Văn bản áp dụng", "Căn cứ thực hiện", "Thực hiện theo", "Theo văn bản" (testers' 356 and 372, tables of tasks flattened to text), "Danh
    /// mục áp dụng" (690: the circulars whose lists of equipment each level applies), "Văn bản hiện hành" (753: beside "Văn bản không còn áp dụng").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:(?:van ban|can cu|co so|danh muc)\s+)?(?:ap dung|thuc hien|trien khai)(?: theo)?|theo van ban|van ban hien hanh)$")]
    private static partial Regex ImplementedHeading();

    /// <summary>
    /// "Căn cứ", "Căn cứ pháp lý", "Căn cứ công nhận" (a tester's 362: the decisions each school was recognised on), "Văn bản căn cứ" (379);
    /// "Căn cứ thực hiện" is read first.
    /// </summary>
    [GeneratedRegex(@"^(?:van ban )?can cu(?: \p{L}+){0,2}$")]
    private static partial Regex GroundsColumnHeading();

    /// <summary>
    /// "| 2 | Kiểm tra cuối học kỳ I | 15/12/2025 - 27/12/2025 | Thông tư 22/2021; Thông tư 27 |" under "Văn bản áp dụng": the instruments a cell of
    /// that column lists, saying nothing of their own, are what its heading names (a tester's 324, a table under a heading and no lead-in).
    /// </summary>
    private static List<CitationExtractor.Found> GovernedByColumn(TextBlock row, List<CitationExtractor.Found> found, (int Index, string Relation)? column)
    {
        if (column is not var (index, relation)) return found;
        var inCell = found.Select((f, i) => (f, i)).Where(p => row.CellOf(p.f.Start) == index).ToList();
        var cell = inCell.Select(p => p.f).ToList();
        new Item(relation, OpensItself: true).Govern(row.Text, cell);
        for (var k = 0; k < inCell.Count; k++) found[inCell[k].i] = cell[k];
        return found;
    }

    /// <summary>
    /// A column of a table flattened to text, by where its heading stands in the header's line: its lines' characters from, to. A header
    /// line set apart from its rows (<paramref name="HeaderAlone"/>: a rule of dashes under it, "--  -------", is a thematic break in
    /// Markdown, a tester's 476) heads the paragraph that follows it.
    /// </summary>
    private sealed record SpacedColumn(int From, int To, int HeaderEnd, string Relation, bool HeaderAlone);

    /// <summary>
    /// A table flattened to text, its columns set apart by spaces, in one paragraph (a tester's 372: "TT   Nội dung công việc   Thực hiện
    /// theo   Thời gian …", then a line per row and its cells' wrapped lines): the column its header line heads as <see cref="RelationColumn"/>
    /// reads a table's, where it heads one of three columns or more.
    /// </summary>
    private static SpacedColumn? SpacedRelationColumn(TextBlock block, string text)
    {
        if (block.SourceStart < 0 || block.SourceEnd > text.Length || block.SourceStart >= block.SourceEnd) return null;
        // The header is the paragraph's first line, or its second under a heading's ("6. Kế hoạch thực hiện theo tháng", a tester's 356).
        for (var (start, line) = (block.SourceStart, 0); line < MaxLinesAboveHeader; line++)
        {
            var newline = text.IndexOf('\n', start, block.SourceEnd - start);
            var end = newline < 0 ? block.SourceEnd : newline;
            if (text.AsSpan(start, end - start).Contains("   ", StringComparison.Ordinal)
                && SpacedCell().Matches(text[start..end]) is { Count: >= 3 } headings
                && RelationColumn(headings.Select(h => h.Value).ToList()) is var (index, relation))
                return new SpacedColumn(headings[index].Index, index + 1 < headings.Count ? headings[index + 1].Index : int.MaxValue, end, relation, HeaderAlone: newline < 0);
            if (newline < 0) return null;
            start = newline + 1;
        }
        return null;
    }

    private const int MaxLinesAboveHeader = 2;

    /// <summary>A cell of a line set in columns: words apart by single spaces, cells by two or more.</summary>
    [GeneratedRegex(@"\S+(?: \S+)*")]
    private static partial Regex SpacedCell();

    /// <summary>How far left of its heading a column's cell may start: headings are centred over their cells as often as not.</summary>
    private const int SpacedColumnSlack = 2;

    /// <summary>The instruments a flattened table's column lists, saying nothing of their own, are what its heading names.</summary>
    private static List<CitationExtractor.Found> GovernedBySpacedColumn(TextBlock block, string text, List<CitationExtractor.Found> found, SpacedColumn? column)
    {
        if (column is null) return found;
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Relation != CitationRelation.Mention) continue;
            var at = block.Mapped.ToSource(found[i].Start);
            if (at <= column.HeaderEnd || at >= text.Length) continue;
            var inLine = at - (text.LastIndexOf('\n', at - 1) + 1);
            if (inLine >= column.From - SpacedColumnSlack && inLine < column.To) found[i] = found[i] with { Relation = column.Relation };
        }
        return found;
    }

    /// <summary>The column of a table's header row naming who issued each row's instrument ("Cơ quan ban hành", "Cơ quan", "Đơn vị ban hành").</summary>
    private static int? IssuerColumn(IReadOnlyList<string> headings) => ColumnHeaded(headings, IssuerHeading());

    /// <summary>"Trích yếu", "Trích yếu nội dung", "Tên văn bản", "Văn bản" beside a number's column: the column of a catalogue of instruments giving each row's subject.</summary>
    /// <remarks>"Văn bản" only where no column is headed as a subject: "| STT | Văn bản | Cơ quan ban hành | Trích yếu |" (802) lists the
    /// instruments themselves under it.</remarks>
    private static int? SubjectColumn(IReadOnlyList<string> headings) => ColumnHeaded(headings, SubjectHeading()) ?? ColumnHeaded(headings, NameHeading());

    [GeneratedRegex(@"^(?:trich yeu(?: noi dung)?(?: van ban)?|ten van ban|ten goi|noi dung van ban|ve viec)$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectHeading();

    [GeneratedRegex(@"^van ban$", RegexOptions.IgnoreCase)]
    private static partial Regex NameHeading();

    /// <summary>
    /// "| 5 | 06/QĐ-TTg | 06/01/2022 | Thủ tướng Chính phủ | Phê duyệt Đề án 06 |", "| 1299/QĐ-TTg | … | Đề án xây dựng văn hóa ứng xử trong
    /// trường học … |": a catalogue's subject cell names what the decision its row numbers approves or issues, as "Quyết định số … phê
    /// duyệt Đề án …" does in a sentence, no citation of its own (a tester's 894); nor is the decision's number read again there ("Đề án 06"),
    /// unless written whole (802's "về tiếp tục thực hiện Nghị quyết số 29-NQ/TW", the subject of the conclusion beside it).
    /// What the subject names otherwise stays: a law a decree details, a Đề án a plan carries out. A plan's own name in a table of grounds
    /// ("| Kế hoạch phát triển hạ tầng số … | 210/KH-UBND |", a tester's 908) is the plan the row numbers.
    /// </summary>
    private static List<CitationExtractor.Found> WithoutRowsSubject(TextBlock row, int column, List<CitationExtractor.Found> cited)
    {
        if (column == 0 || column > row.CellEdges.Count || cited.Find(f => !f.Named && f.Symbol is not null && row.CellOf(f.Start) != column) is not { } numbered) return cited;
        var cellStart = row.CellStart(column);
        bool IsSubject(CitationExtractor.Found f) =>
            row.CellOf(f.Start) == column && ((f.Symbol == numbered.Symbol && !row.Text.AsSpan(f.Start, f.End - f.Start).Contains('/'))
                                    || (f.Named && f.Symbol is null && (numbered.Kind == "Quyết định" || numbered.Kind == f.Kind)
                                        && ApprovedInCell().Match(row.Text, cellStart, f.Start - cellStart).Success));
        return cited.Exists(IsSubject) ? cited.FindAll(f => !IsSubject(f)) : cited;
    }

    /// <summary>What may open a subject cell before the programme or plan it names: "Phê duyệt", "Về việc ban hành", "Quyết định phê duyệt".</summary>
    [GeneratedRegex(@"^[\s*_]*(?:Quyết định\s+)?(?:(?:về việc|v/v)\s+)?(?:(?:phê duyệt|ban hành)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ApprovedInCell();

    /// <summary>The first column whose heading, folded, the pattern matches.</summary>
    private static int? ColumnHeaded(IReadOnlyList<string> headings, Regex heading)
    {
        for (var i = 0; i < headings.Count; i++)
            if (heading.IsMatch(VietnameseFolding.FoldAll(headings[i]).Trim(' ', '*', '_', ':'))) return i;
        return null;
    }

    /// <summary>
    /// The column of a table's header row numbering its candidates or their files ("SBD", "Số báo danh", "Mã hồ sơ"): "| 1 | 0123/GL | Nguyễn
    /// Thị Thanh Tâm | …" (a tester's 695, a recruitment's results) holds no instrument in it.
    /// </summary>
    private static int? CodeColumn(IReadOnlyList<string> headings) => ColumnHeaded(headings, CodeHeading());

    [GeneratedRegex(@"^(?:sbd|so bao danh|ma (?:thi sinh|ho so|hoc sinh|dinh danh))$", RegexOptions.IgnoreCase)]
    private static partial Regex CodeHeading();

    /// <summary>"Cơ quan chủ trì" runs a task, and "Đơn vị tính" measures: neither issues.</summary>
    [GeneratedRegex(@"^(?:co quan(?: ban hanh)?|(?:don vi|noi|cap|chu the) ban hanh)$", RegexOptions.IgnoreCase)]
    private static partial Regex IssuerHeading();

    /// <summary>
    /// "| Kế hoạch số 120/KH-UBND ngày 20/5/2021 … | UBND tỉnh Đắk Nông |": the issuer column names who issued the instrument opening each
    /// other cell of the row, where the cell names none, and so its province. The instruments its subject cites are not that body's.
    /// </summary>
    private static void IssuedAsTheRowSays(TextBlock row, int column, List<CitationExtractor.Found> found)
    {
        var cells = row.Cells();
        if (column >= cells.Count || cells[column].Trim(' ', '*', '_') is not { Length: > 0 } issuer) return;
        var cellSeen = new HashSet<int>();
        for (var i = 0; i < found.Count; i++)
        {
            var cell = row.CellOf(found[i].Start);
            if (!cellSeen.Add(cell) || cell == column || found[i].Issuer is not null || found[i].Named) continue;
            found[i] = CitationExtractor.IssuedBy(found[i], issuer);
        }
    }

    /// <summary>Citations of free text; offsets index <paramref name="text"/> exactly as given, NFD included.</summary>
    public static List<Citation> Extract(string text, string? province)
    {
        var mapped = NormalizedText.Create(text);
        var normal = mapped.ToString();
        var raw = new List<(CitationExtractor.Found, int, int, string?)>();
        var list = new ListContext(normal);
        // Paragraphs and list items, as a document's blocks are, so that "Căn cứ các văn bản sau:" governs the items under it here too; and
        // their lines one run of words, as a block's are: text pasted from a page breaks lines anywhere ("Thực hiện Quyết⏎định số 2457/QĐ-BGDĐT"
        // was no Quyết định and no thực hiện), but for a preamble's lines. A space for a line break keeps every offset.
        var read = FreeTextParagraph().Matches(normal).Select(p => (p.Index, Text: JoinLines(p.Value)))
            .Select(p => (Paragraph: p, Read: list.Read(p.Text, listed: false))).ToList();
        var repeated = new BareRepeats(read.SelectMany(r => r.Read.Found));
        var namedBack = new BackReferences();
        foreach (var (paragraph, (found, item)) in read)
            foreach (var f in namedBack.Add(paragraph.Text, Governed(paragraph.Text, repeated.Add(paragraph.Text, found), item)))
                raw.Add((CitationRelation.Enacting.Contains(f.Relation) && CitationRelation.Quoted(paragraph.Text, f.Start) ? f with { Relation = CitationRelation.Mention } : f,
                    mapped.ToSource(paragraph.Index + f.Start), mapped.ToSource(paragraph.Index + f.End, isEnd: true), null));
        var named = VietnameseFolding.NormalizeText(province).Trim();
        return Resolve(raw, text, Provinces.Canonical(named) ?? (named.Length > 0 ? named : null));
    }

    /// <summary>A paragraph's lines as one run of words, but for a preamble's lines, each a clause (<see cref="MarkdownBlocks.OpensClause"/>).</summary>
    private static string JoinLines(string paragraph)
    {
        if (!paragraph.Contains('\n')) return paragraph;
        var joined = paragraph.ToCharArray();
        for (var i = paragraph.IndexOf('\n'); i >= 0; i = paragraph.IndexOf('\n', i + 1))
        {
            var before = paragraph.AsSpan(0, i).TrimEnd();
            if (!MarkdownBlocks.OpensClause(before.Length > 0 ? before[^1] : '\0', paragraph.AsSpan(i + 1))) joined[i] = ' ';
        }
        return new string(joined);
    }

    /// <summary>A paragraph of free text: up to a blank line or a line opening a list item, bulleted, numbered or lettered.</summary>
    [GeneratedRegex(@"[^\n](?:[^\n]|\n(?![ \t]*\n)(?![ \t]*(?:[•◦▪–+\-*]|\d{1,2}[.)]|[a-zđ]\))[ \t]))*")]
    private static partial Regex FreeTextParagraph();

    /// <summary>
    /// "Căn cứ các văn bản sau:" governs the list under it: each item's first citation, and those joined to it by "và" or a
    /// comma, where the item says nothing itself. Read paragraph by paragraph, in order. A table under it is its list, a row an item
    /// ("Các đơn vị thực hiện đúng các văn bản sau:" over "| 1 | Thông tư | 32/2020/TT-BGDĐT | … |"): its rows, the header among them, end no lead-in.
    /// </summary>
    private sealed class ListContext(string document)
    {
        private string? _leadIn;
        private string? _leadInText;
        private bool _leadInIsShort;
        private string? _leadInStyle;

        /// <summary>A lead-in numbered items may follow: longer, "Căn cứ … , Sở hướng dẫn như sau:" heads sections, not a list.</summary>
        private const int MaxNumberedLeadIn = 60;

        /// <summary>The citations of a paragraph, and the item of a list it is, whose lead-in governs them with its short forms (<see cref="Governed"/>).</summary>
        public (List<CitationExtractor.Found> Found, Item? Item) Read(string paragraph, bool listed, bool row = false)
        {
            var found = CitationExtractor.Find(paragraph, document);
            listed |= row || paragraph.TrimStart(' ', '*', '_') is ['•' or '◦' or '▪' or '–' or '+' or '-', ..]
                      || (_leadIn is not null && NumberedItem(paragraph, found));
            // Governed once its short forms are among its citations (Governed), not here as well.
            var item = listed && _leadIn is not null ? new Item(_leadIn, CitationRelation.Opens(paragraph)) { Paragraph = _leadInText } : null;
            if (!listed)
            {
                _leadIn = LeadIn(paragraph);
                _leadInText = paragraph;
                _leadInIsShort = paragraph.Length <= MaxNumberedLeadIn;
                // Read only for a lead-in: numbering every other paragraph was a thirtieth of extraction.
                _leadInStyle = _leadIn is null ? null : SectionNumbering.Read(paragraph)?.Style;
            }
            return (found, item);
        }

        /// <summary>
        /// Whether a numbered or lettered paragraph is an item of the list the lead-in opened: under a short lead-in ("Căn cứ các văn bản:"
        /// then "1. Luật …", "2. Nghị định …"), an item numbered 1., 1); under any, one lettered or numbered that is an instrument, opening
        /// with its citation ("Bãi bỏ các Quyết định sau đây của Ủy ban nhân dân các tỉnh …:" then "a) Quyết định số 12/2025/QĐ-UBND …;").
        /// An item saying something of its own ("a) Học sinh … theo Thông tư số …") is a section the lead-in heads, not one of its instruments.
        /// </summary>
        private bool NumberedItem(string paragraph, List<CitationExtractor.Found> found)
        {
            if (SectionNumbering.Read(paragraph) is not { Style: "arabic." or "arabic)" or "letter" } item) return false;
            // "2. Quyết định này thay thế các quyết định sau: a) …; b) …" then "3. Bãi bỏ khoản 4 Điều 6 …": numbered as the lead-in is, the
            // next clause of the article, not an item of its list (a tester's 739).
            if (item.Style == _leadInStyle) return false;
            if (_leadInIsShort && item.Style != "letter") return true;
            var itemStart = paragraph.Length - item.Rest.Length;
            return found.Count > 0 && found[0].Start >= itemStart && paragraph.AsSpan(itemStart, found[0].Start - itemStart).Trim(" *_") is var before
                   && (before.IsEmpty || PartOfInstrument().IsMatch(before));
        }
    }

    /// <summary>
    /// An article, clause or point of the instrument an item names ("d) Điều 10 Nghị định số 105/2020/NĐ-CP …" under "Bãi bỏ các văn bản sau:",
    /// a tester's 350): the item is that instrument's, in part.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:điểm\s+\p{L}|khoản\s+\d+|điều\s+\d+\p{L}?|chương\s+[IVXLC\d]+|mục\s+\d+|phụ lục\s+[IVXLC\d]+)(?:\s*,\s*|\s+và\s+|\s+)?)+(?:của)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfInstrument();

    /// <summary>A paragraph that is an item of a list, under the relation its lead-in gives; <paramref name="OpensItself"/> when the item opens with words of its own.</summary>
    private sealed record Item(string LeadIn, bool OpensItself)
    {
        /// <summary>The paragraph introducing the list: "Công văn này thay thế các văn bản sau:" says of the text itself what its items are to it.</summary>
        public string? Paragraph { get; init; }

        /// <summary>
        /// The lead-in governs an item's first citation and those joined to it, unless the item opens with words of its own ("- Thực hiện …"):
        /// "- Chương trình giáo dục mầm non ban hành kèm theo Thông tư số 01/VBHN-BGDĐT" under "Căn cứ:" is a legal basis. Read once for the
        /// citations found in full with the short forms among them ("| Nghị quyết số 217/2025/QH15; Nghị định 238 |").
        /// </summary>
        public void Govern(string paragraph, List<CitationExtractor.Found> found)
        {
            var previousEnd = -1;
            var lastEnd = 0;
            for (var i = 0; i < found.Count; i++)
            {
                var f = found[i];
                var head = previousEnd < 0 || (previousEnd <= f.Start && JoinedToPrevious().IsMatch(paragraph.AsSpan(previousEnd, f.Start - previousEnd)))
                           || OpensAClause(paragraph, lastEnd, f.Start);
                if (head && (f.Relation == CitationRelation.Mention || !OpensItself)) found[i] = f with { Relation = LeadIn };
                previousEnd = head ? f.End : int.MaxValue;
                lastEnd = Math.Max(lastEnd, f.End);
            }
        }

        /// <summary>
        /// "5. Quyết định số 2045/QĐ-BGDĐT … ban hành Khung kế hoạch …; Quyết định số 1980/QĐ-UBND …" under "Căn cứ:": an instrument opening a
        /// clause of its own after a semicolon is another of the item's instruments (a tester's 321), where "…; Thông tư này thay thế …" is not.
        /// </summary>
        /// <remarks>
        /// So is one after a semicolon and a cell's line break with its dash ("- Nghị quyết số 217/2025/QH15 … của Quốc hội;&lt;br&gt;- Nghị định số
        /// 238/2025/NĐ-CP …" under "Căn cứ pháp lý", a tester's 767, whose instruments after the first were told of).
        /// </remarks>
        private static bool OpensAClause(string paragraph, int from, int start) =>
            start > from && paragraph.LastIndexOf(';', start - 1, start - from) is var semicolon and >= 0
            && ClauseOpening().IsMatch(paragraph.AsSpan(semicolon + 1, start - semicolon - 1));
    }

    /// <summary>What may stand between a semicolon and the next clause's first word: spaces, emphasis, a line's break and its dash or bullet.</summary>
    [GeneratedRegex(@"^(?:\s|[*_•+\-–]|<br\s*/?>|&lt;br\s*/?&gt;)*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseOpening();

    /// <summary>
    /// What joins a citation to the one before it in an item: a comma, "và", or in a cell or an item of instruments alone a semicolon
    /// ("| 10/2024/NQ-HĐND (Nam Định); 24/2023/NQ-HĐND (Hà Nam) |"), the province or the former one it names in brackets after it; or
    /// nothing but a line's break, as a cell's lines are set ("| 1187/QĐ-UBND&lt;br&gt;1105/SGDĐT-GDTrH |", a tester's 379); a kind's short
    /// name may lead the next ("QĐ 1187/QĐ-UBND; TTr 23/TTr-THPTQH").
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\([^()\n]{0,40}\)\s*)?(?:,|và|;)?\s*(?:(?:" + CitationExtractor.ShortKinds + @")\s+)?$")]
    private static partial Regex JoinedToPrevious();

    /// <summary>
    /// A short heading naming the grounds, numbered or not, citing nothing itself; also as a procedure's page names them, with or without
    /// a colon ("## 7. Cơ sở pháp lý", "a) Cơ sở pháp lý:": testers' 636 and 635 list its items as grounds).
    /// </summary>
    [GeneratedRegex(@"^[\s*_#]*(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*)?(?:căn cứ\b[^/.;:]{0,80}|cơ sở pháp lý\s*:?)$", RegexOptions.IgnoreCase)]
    private static partial Regex GroundsHeading();

    /// <summary>
    /// A lead-in set as an article's heading, without its colon: "Điều 1. Bãi bỏ toàn bộ các quyết định sau đây" over "1. Quyết định số
    /// 25/2017/QĐ-UBND …" (a tester's 832), "Bãi bỏ các văn bản sau". Only a list's own words: "Các trường tổ chức thực hiện trong năm sau" opens none.
    /// </summary>
    private static bool ListFollows(ReadOnlySpan<char> paragraph) =>
        (paragraph.EndsWith("sau", StringComparison.OrdinalIgnoreCase) || paragraph.EndsWith("đây", StringComparison.OrdinalIgnoreCase))
        && ListFollowsWithoutColon().IsMatch(paragraph[Math.Max(0, paragraph.Length - ListFollowsReach)..]);

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:sau đây|(?:các|những)\s+(?:[\p{L}\p{M}]+\s+){1,4}sau)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListFollowsWithoutColon();

    /// <summary>How much of a paragraph's end <see cref="ListFollowsWithoutColon"/> reads: "các" and four words before "sau", not every paragraph whole.</summary>
    private const int ListFollowsReach = 80;

    /// <summary>
    /// The relation a paragraph introducing a list gives its items: "Căn cứ các văn bản sau:" gives can_cu, and so does a heading
    /// naming the grounds ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Căn cứ pháp lý") over the bulleted instruments of a plan's first part.
    /// </summary>
    private static string? LeadIn(string text)
    {
        var trimmed = text.AsSpan().TrimEnd(" *_");
        if (trimmed.Length == 0) return null;
        if (GroundsHeading().IsMatch(trimmed)) return CitationRelation.LegalBasis;
        if (trimmed[^1] != ':' && !ListFollows(trimmed)) return null;
        if (CitationRelation.RepealsWhatFollows(text)) return CitationRelation.Repeals;
        var relation = CitationRelation.Read(text, 0, trimmed.Length - 1);
        // "Sở GDĐT hướng dẫn một số điểm khi thực hiện Thông tư số 22/2021/TT-BGDĐT như sau:" guides that circular; what its items cite is
        // what they say to carry out (a tester's 324).
        return relation == CitationRelation.Mention ? null : relation == CitationRelation.Guides ? CitationRelation.Implements : relation;
    }

    /// <summary>
    /// "Trên đây là Kế hoạch phổ cập giáo dục … 2021-2025": a plan naming itself by the start of its own title
    /// is not citing another instrument (as "Kế hoạch này" is not). Nor is a decision naming the plan it issues or
    /// approves: "Quyết định về việc ban hành Kế hoạch X" holds X as its annex ("Ban hành kèm theo Quyết định này Kế hoạch X").
    /// </summary>
    /// <param name="own">The document's title, slugged once per document.</param>
    private static bool NamesItself(CitationExtractor.Found f, string kind, string own)
    {
        // A directive cited by its date is named by its date and issuer, not by its subject.
        if (!f.Named || f.Dated || f.Title is null) return false;
        var named = SectionBuilder.Slug(f.Title.StartsWith(f.Kind, StringComparison.OrdinalIgnoreCase) ? f.Title : $"{f.Kind} {f.Title}");
        if (named.Length == 0) return false;
        if (f.Kind == kind && own.StartsWith(named, StringComparison.Ordinal) && EndsWord(own, named.Length)) return true;
        // A council's resolution adopting its school's strategy names it ("Nghị quyết về việc thông qua Chiến lược phát triển Trường THPT Đại Mỗ
        // giai đoạn 2025 - 2030 …", a tester's 548) as a decision names what it issues or approves.
        foreach (var issues in (ReadOnlySpan<string>)["-ban-hanh-", "-phe-duyet-", "-thong-qua-"])
        {
            var at = own.IndexOf(issues + named, StringComparison.Ordinal);
            if (at >= 0 && EndsWord(own, at + issues.Length + named.Length)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Trên đây là Kế hoạch thực hiện phổ cập … trên địa bàn tỉnh giai đoạn 2025 - 2030": the closing words of a text name it, by its kind and
    /// its subject in words of their own (its title's "tỉnh Lâm Đồng" left out, a tester's 808), never another instrument by its number.
    /// </summary>
    private static bool SumsItselfUp(CitationExtractor.Found f, string block, string kind) =>
        f.Named && !f.Dated && f.Kind == kind && block.AsSpan(0, f.Start).TrimEnd().EndsWith("Trên đây là", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "KẾ HOẠCH⏎Số: 12/KH-UBND" over a text without a letterhead, or "KẾ HOẠCH số 7/KH-SGDĐT", is the text numbering itself, not citing
    /// another plan: its own symbol in its preamble, undated or on its own date. Last year's plan of the same number, dated, is cited.
    /// A page's running header or footer repeating the text's number ("318/SGDĐT-GDTrH            Trang 2/3", a tester's 388), its symbol
    /// alone without a kind or a date, anywhere, is the text numbering itself too; so is one with its kind ("Báo cáo số 47/BC-VHXH - Kiểm tra
    /// đầu năm học", a tester's 761, atop every page of a report flattened from PDF), but for the heading of what it issues attached ("Kèm theo
    /// Báo cáo số 47/BC-VHXH"), which readers list, and one naming its issuer: another body's of the same number ("Kế hoạch số 58/KH-UBND của
    /// Ủy ban nhân dân huyện Minh Hóa" in a commune's 58/KH-UBND, 332).
    /// </summary>
    private static bool NumbersItself(CitationExtractor.Found f, TextBlock block, string? ownSymbol, string? ownDate) =>
        ownSymbol is not null && f.Symbol == ownSymbol
        && ((block.SectionId == SectionBuilder.PreambleId && (f.Date is null || f.Date == ownDate))
            || (f.Date is null && (char.IsAsciiDigit(block.Text[f.Start]) || (f.Issuer is null && f.Relation != CitationRelation.IssuedWith)))
            || (f.Date is not null && f.Date == ownDate && f.Relation != CitationRelation.IssuedWith && !WithinQuotationMarks(block.Text, f.Start)));

    /// <summary>
    /// Whether a curly quotation opened before <paramref name="at"/> is still open: the clause a decree writes into another ("“4. Nghị định này
    /// không áp dụng … theo Nghị định số 347/2025/NĐ-CP ngày 29 tháng 12 năm 2025 …”", a tester's 350) names the decree as the amended text will.
    /// </summary>
    private static bool WithinQuotationMarks(string text, int at)
    {
        var open = text.LastIndexOf('“', Math.Max(0, at - 1));
        return open >= 0 && text.IndexOf('”', open, at - open) < 0;
    }

    /// <summary>
    /// The kinds "… này" names the document by: its own, and those of the documents it issues attached ("Kế hoạch này" in a decision's plan).
    /// Null for a text whose kind is not known, which every "… này" may name, as in text sent to the API.
    /// </summary>
    private static HashSet<string>? OwnKinds(CorpusDocument document)
    {
        if (document.Info.Kind == DocumentKinds.Unnamed) return null;
        var kinds = new HashSet<string> { document.Info.Kind };
        // A consolidated text speaks as the instrument it consolidates, whose kind heads it: its "Thông tư này thay thế …" is its own.
        if (document.Info.Kind == DocumentKinds.Consolidated && DocumentKinds.TitleKind(document.Info.Title) is { } consolidated) kinds.Add(consolidated);
        foreach (var section in document.Sections)
            if (section.Number.Length == 0 && DocumentKinds.FromWord(section.Heading) is { } attached) kinds.Add(attached);
        return kinds;
    }

    /// <summary>
    /// "thực hiện theo Thông tư số 27/2023/TT-BGDĐT …; Thông tư này thay thế Thông tư số 25/2020/TT-BGDĐT" in a plan: "Thông tư này" is the
    /// circular just cited, not the plan, which replaces nothing. A kind that is none of the document's own names another instrument
    /// ("Văn bản này" names no kind, and is the text itself).
    /// </summary>
    private static bool EnactedByAnother(string block, CitationExtractor.Found f, HashSet<string>? ownKinds)
    {
        if (ownKinds is null) return false;
        var (sentenceStart, sentenceEnd) = Sentences.Around(block, f.Start);
        // "Nghị định 188 thay thế Nghị định số 146/2018/NĐ-CP …": an instrument named by kind and number does it (a tester's 335).
        var clause = Math.Max(sentenceStart, f.Start > sentenceStart ? block.LastIndexOf(';', f.Start - 1, f.Start - sentenceStart) + 1 : sentenceStart);
        if (EnactedByNamed().IsMatch(block.AsSpan(clause, f.Start - clause)) || EnactedInBracket().IsMatch(block.AsSpan(clause, f.Start - clause))) return true;
        return CitationRelation.ThisKind(block, sentenceStart, sentenceEnd, f.Start, f.End) is { } word
               && DocumentKinds.FromWord(word) is { } kind
               // "Thông tư này" in a Thông tư liên tịch, "Hướng dẫn này" in a Hướng dẫn liên ngành.
               && !ownKinds.Any(own => own == kind || own.StartsWith(kind + " ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:Luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch)\s+(?:số\s+)?\d+(?:/\d{4})?\s+(?:(?:đã|sẽ|được)\s+)?(?:thay thế|bãi bỏ|sửa đổi)(?![\p{L}\p{M}])[^;]*$")]
    private static partial Regex EnactedByNamed();

    /// <summary>
    /// A bracket opened right after an instrument, saying what that one replaced: "Luật Thanh tra năm 2025 (thay thế Luật Thanh tra năm 2022)",
    /// "Thông tư số 29/2024/TT-BGDĐT (thay thế Thông tư số 17/2012/TT-BGDĐT)" (a tester's 532), each instrument it lists. Not after the text's
    /// own words ("… có hiệu lực từ ngày ký (thay thế …)"): the bracket follows a symbol or a law named with its year; or in a ground, the
    /// instrument's title ("Căn cứ Thông tư số 18/2025/TT-BGDĐT ngày … hướng dẫn về công tác tư vấn học đường … (thay thế Thông tư số
    /// 31/2017/TT-BGDĐT … và Thông tư số 33/2018/TT-BGDĐT …)", testers' 675 and 670), which the text cites and does not enact.
    /// </summary>
    [GeneratedRegex(@"(?:(?:\d+/[\p{L}\d/-]*\p{L}|(?<![\p{L}\p{M}])(?:Luật|Bộ luật|Pháp lệnh)\s[^;()]{1,80}?\s(?:năm\s+)?\d{4})\s*|^[\s*+•-]*Căn cứ\s[^;()]*?\d+/[\p{L}\d/-]*\p{L}[^;()]*)\(\s*(?:thay thế|bãi bỏ|sửa đổi(?:,\s*bổ sung)?)(?:\s[^()]*)?$")]
    private static partial Regex EnactedInBracket();

    /// <summary>The words a notice or a letter names itself by, where only what it says so of itself is enacted; null for any other kind.</summary>
    private static string[]? SpeaksOfItself(string kind) => kind switch
    {
        "Báo cáo" => ["Báo cáo này"],
        "Tờ trình" => ["Tờ trình này"],
        "Thông báo" => ["Thông báo này"],
        // A directive is no normative text: it replaces an earlier directive by saying so ("Chỉ thị này thay thế Chỉ thị số 24/CT-TTg"), and
        // what its tasks have a ministry amend or replace ("2. Bộ Giáo dục và Đào tạo … b) Sửa đổi, bổ sung Thông tư số 06/2019/TT-BGDĐT …;
        // ban hành Thông tư thay thế Thông tư số 31/2017/TT-BGDĐT", a tester's 818) the ministry is to do.
        "Chỉ thị" => ["Chỉ thị này"],
        // Or of a part of itself: "Thời hạn báo cáo tại mục này thay thế thời hạn nêu tại … Công văn 5012" (a tester's 375).
        "Công văn" => ["Công văn này", "Văn bản này", "mục này", "phần này"],
        _ => null,
    };

    /// <summary>
    /// "| 7 | 27/2020/QĐ-UBND; 09/7/2020 | Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 40/2016/QĐ-UBND | …": in a
    /// table's row, the amending, replacing or repealing words of a cell after the row's instrument are that instrument's, its subject
    /// (a tester's 502, a decision publishing the instruments expired); the text does none of it.
    /// </summary>
    private static bool RowsOwnInstrumentDoes(TextBlock block, List<CitationExtractor.Found> cited, CitationExtractor.Found f)
    {
        if (block.Kind != BlockKind.TableRow) return false;
        var cell = block.CellOf(f.Start);
        return cited.Exists(c => c.Start < f.Start && block.CellOf(c.Start) < cell);
    }

    /// <summary>Whether the sentence of a citation speaks of the text itself ("Thông báo này thay thế …", "Công văn này thay thế …").</summary>
    private static bool SaysOfItself(string block, int start, string[] itself)
    {
        // After the citation too: "Mục 2 Công văn số 1287/SGDĐT-KHTC … hết hiệu lực kể từ ngày ký Công văn này" (a tester's 406).
        var (sentenceStart, sentenceEnd) = Sentences.Around(block, start);
        foreach (var words in itself)
            if (block.AsSpan(sentenceStart, sentenceEnd - sentenceStart).Contains(words, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// "Sửa đổi, bổ sung điểm b mục 2 Công văn số 2215/SGDĐT-KHTC … như sau:", "a) Sửa đổi thời gian … tại dòng 11 Bảng 1 mục II Kế hoạch số
    /// 89/KH-SGDĐT thành: …" (testers' 470 and 477): a letter or a notice amending what its own body issued, the sentence opening with the
    /// enacting words and no one else to do it, or replacing it in the passive after it (744). Not a report's or a proposal's: theirs are the words of what they propose. Not in a table's
    /// row, whose cell tells what another instrument of the row amends (a ministry's table of new circulars, a tester's 351).
    /// </summary>
    private static bool AmendsItsOwn(TextBlock block, CitationExtractor.Found f, string? ownCode, string[] itself)
    {
        if (block.Kind == BlockKind.TableRow || ownCode is null || itself[0] is "Báo cáo này" or "Tờ trình này" || f.Symbol is null
            || ParsedSymbol.Parse(f.Symbol)?.IssuerCode != ownCode) return false;
        var (sentenceStart, sentenceEnd) = Sentences.Around(block.Text, f.Start);
        // "Nội dung tại mục 2 Công văn số 2906/SGDĐT-KHTC được thay thế bằng nội dung sau:".
        return EnactingWordsOpen().IsMatch(block.Text.AsSpan(sentenceStart, f.Start - sentenceStart))
               || (f.Relation == CitationRelation.Replaces && CitationRelation.ReplacedHere(block.Text, f.End, sentenceEnd));
    }

    /// <summary>A sentence opening, after its item's mark, with what amends, replaces or repeals.</summary>
    [GeneratedRegex(@"^\s*(?:(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])\s*)?(?:sửa đổi|bổ sung|bãi bỏ|thay thế|hủy bỏ|huỷ bỏ)(?![\p{L}\p{M}])", RegexOptions.IgnoreCase)]
    private static partial Regex EnactingWordsOpen();

    private static bool EndsWord(string slug, int end) => end == slug.Length || slug[end] == '-';

    /// <param name="source">The text the offsets index as it was written, not normalised: each surface is cut from it.</param>
    /// <param name="district">The district the citing text's issuer names: a district's committee or one of its offices.</param>
    /// <param name="ownIssuer">The citing text's issuer, as its header names it.</param>
    private static List<Citation> Resolve(List<(CitationExtractor.Found Found, int Start, int End, string? SectionId)> raw, string source, string? province,
        bool central = false, (string Level, string Name)? district = null, string? ownIssuer = null)
    {
        KeepOwnDates(raw);
        JoinYearlessToYeared(raw);
        // The fullest mention of the same instrument in this text lends its year, date, issuer and title.
        // Each key is computed once: folding a symbol or slugging a title is the costly part.
        // Each group's details are gathered once: a text repeating one citation thousands of times must not read the group once per repeat.
        var keys = GroupKeys(raw.ConvertAll(r => r.Found));
        var groups = new Dictionary<string, Lent>();
        for (var i = 0; i < raw.Count; i++)
            groups[keys[i]] = groups.TryGetValue(keys[i], out var lent) ? lent.With(raw[i].Found) : Lent.From(raw[i].Found);
        var citations = new List<Citation>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var (f, start, end, sectionId) = raw[i];
            var same = groups[keys[i]];
            var date = f.Date ?? same.Date;
            var year = f.Year ?? same.Year;
            var issuer = f.Issuer ?? same.Issuer;
            var title = f.Named ? f.Title : same.Title;
            var provinceNamed = f.ProvinceNamed ?? same.ProvinceNamed;
            // "UBND thành phố Thủ Đức" cited from a Hà Nội text is Hồ Chí Minh's, and "của UBND huyện Mai Sơn" Sơn La's wherever it is cited.
            var scope = ScopeOf(f, issuer, provinceNamed ?? Districts.Province(issuer, province) ?? province, central);
            if (scope == Instrument.UnknownScope && f.Symbol is not null) scope = CitationExtractor.ProvinceNear(source, start) ?? scope;
            var issuerCode = f.IssuerCode ?? NamedIssuerCode(f.Kind, year);
            // A joint instrument is each body's its symbol names: "13/2016/TTLT-BYT-BGDĐT" was the Bộ Y tế's alone.
            issuer ??= f.Symbol is { } joint && f.Kind.EndsWith("liên tịch", StringComparison.Ordinal) ? IssuerCodes.JointNames(joint) : null;
            // A province's body named from its code takes the province, where there is one to name: "Ủy ban nhân dân tỉnh unknown" was shown.
            issuer ??= IssuerCodes.IssuingBody(issuerCode) is { } name && scope is not (Instrument.National or Instrument.UnknownScope) ? IssuerCodes.OfProvince(name, scope) : IssuerCodes.IssuingBody(issuerCode);
            // A law is the Assembly's whatever its date: its year names the Assembly's term (QH14), but one named without a year, or of a year
            // before 2007, was issued by no one ("Luật sửa đổi, bổ sung một số điều của Luật Giáo dục;"). An ordinance is its Standing Committee's.
            issuer ??= f.Kind switch { "Luật" or "Hiến pháp" => IssuerCodes.Name("QH"), "Pháp lệnh" => IssuerCodes.Name("UBTVQH"), _ => null };
            // "Tờ trình số 215/TTr-PGDĐT" in a district's own text is its Phòng GDĐT's, whose code is no province's body: scoped to the province
            // alone, it was one key with every other district's 215/TTr-PGDĐT.
            // A commune has no education office.
            if (issuer is null && district is { Level: "huyện" or "quận" or "thị xã" or "thành phố" } && scope != Instrument.National && IsDistrictEducationOfficeCode(issuerCode))
                issuer = DistrictEducationOffice;
            if (issuer is not null && district is { } own && scope != Instrument.National) issuer = OfDistrict(issuer, own);
            // "của UBND tỉnh" in a Bắc Giang text is Bắc Giang's committee: the issuer is named in full, as another citation would.
            // "CỦA UBND TỈNH" in a text set in capitals is the same committee: "Ủy ban nhân dân tỉnh Sơn La" (it was "Ủy ban nhân dân TỈNH").
            if (issuer is not null && scope is not (Instrument.National or Instrument.UnknownScope) && UnnamedProvince().Match(issuer) is { Success: true } unnamed)
                issuer = $"{issuer[..unnamed.Index]} {unnamed.Groups["level"].Value.ToLowerInvariant()} {scope}";
            // So is "của Tỉnh ủy", "của Ban Thường vụ Tỉnh ủy" (a city's "Thành ủy"): the province's Party committee, named as a text naming it
            // in full does. Left as written, "Chỉ thị ngày 10/3/2023 của Tỉnh ủy" and "… của Tỉnh ủy Sơn La" were two nodes, and neither the
            // numbered directive. A "Thành ủy" in a province that is no city is a city's within it, which the text does not name.
            else if (issuer is not null && scope is not (Instrument.National or Instrument.UnknownScope) && UnnamedPartyCommittee().Match(issuer) is { Success: true } committee
                     && committee.Groups["city"].Success == Provinces.IsCity(scope))
                issuer = issuer[..committee.Index] + IssuerCodes.OfProvince(issuer[committee.Index..], scope);
            var key = f.Symbol is not null ? InstrumentKeys.ForSymbol(f.Symbol, year, scope, Districts.Named(issuer))
                : f is { Dated: true, Date: { } day } && issuer is not null ? DatedInstruments.Key(f.Kind, day, issuer, scope)
                : InstrumentKeys.ForNamed(f.Kind, f.Title ?? f.Kind, year, scope);
            if (issuer is not null && scope != Instrument.National) issuer = OwnSchool(issuer, ownIssuer);
            var instrument = new Instrument(key, f.Kind, f.Symbol, f.Number, issuerCode, issuer, scope, date, year, title, null);
            var surface = source[Math.Clamp(start, 0, source.Length)..Math.Clamp(end, start, source.Length)];
            citations.Add(new Citation(surface, start, end, sectionId, CitationRelation.Of(f.Relation, f.Kind), f.Context, instrument));
        }
        return citations;
    }

    /// <summary>
    /// "của UBND huyện" and "của Phòng GDĐT" in a text of UBND huyện Sơn Dương or of its Phòng GDĐT are that district's, which numbers its
    /// instruments apart from the province: named in full, their key is the district's ("Kế hoạch số 98/KH-UBND … của UBND huyện" was
    /// joined with Tuyên Quang's own 98/KH-UBND). A district of another level ("UBND Thành phố" in a text of Quận 1) is not this one.
    /// </summary>
    private static string OfDistrict(string issuer, (string Level, string Name) district)
    {
        if (issuer == DistrictEducationOffice) return $"{issuer} {district.Level} {district.Name}";
        return Districts.Unnamed(issuer) is { Success: true } unnamed && unnamed.Groups["level"].Value.Equals(district.Level, StringComparison.OrdinalIgnoreCase)
            ? $"{issuer[..unnamed.Index]} {district.Level} {district.Name}"
            : issuer;
    }

    /// <summary>
    /// "Kế hoạch số 168/KH-THPTCVL … của nhà trường", "Quyết định số 102/QĐ-THPTCVL … của Hiệu trưởng" in a school's own text are that
    /// school's and its head's: the instrument's page named "nhà trường" as the issuer. Named after the key is made, which it leaves as it was.
    /// So are they in its council's text ("Hội đồng trường Trường THPT Đại Mỗ", a tester's 548): the school is the one the council is of.
    /// </summary>
    private static string OwnSchool(string issuer, string? ownIssuer)
    {
        var school = ownIssuer is null ? null
            : ownIssuer.StartsWith("Trường ", StringComparison.OrdinalIgnoreCase) ? ownIssuer
            : ownIssuer.IndexOf(" Trường ", StringComparison.Ordinal) is var at and >= 0 ? ownIssuer[(at + 1)..] : null;
        if (school is null) return issuer;
        return VietnameseFolding.FoldAll(issuer) switch
        {
            "nha truong" or "truong" => school,
            "hieu truong" => $"{issuer} {school}",
            _ => issuer,
        };
    }

    private static bool IsDistrictEducationOfficeCode(string? code) =>
        code is not null && VietnameseFolding.FoldAll(code.Replace("&", "")) is "pgddt" or "pgd";

    /// <summary>A district's education office: the province's Sở has offices named "Phòng" too, but none of them this.</summary>
    private const string DistrictEducationOffice = "Phòng Giáo dục và Đào tạo";

    /// <summary>What the mentions of one instrument lend each other: the first date, year, issuer and province named, the longest title.</summary>
    private sealed record Lent(string? Date, int? Year, string? Issuer, string? Title, string? ProvinceNamed)
    {
        public static Lent From(CitationExtractor.Found f) => new(f.Date, f.Year, f.Issuer, f.Title, f.ProvinceNamed);

        public Lent With(CitationExtractor.Found f) => new(Date ?? f.Date, Year ?? f.Year, Issuer ?? f.Issuer,
            f.Title is not null && f.Title.Length > (Title?.Length ?? -1) ? f.Title : Title, ProvinceNamed ?? f.ProvinceNamed);
    }

    /// <summary>
    /// Which mentions of a text are one instrument: those of one symbol (or name), unless they give different dates. Mentions of a
    /// number dated apart are two instruments ("Kế hoạch số 633/KH-UBND ngày 21/12/2022 của UBND tỉnh Bắc Giang" and "… ngày
    /// 10/11/2022 của UBND tỉnh": the second took the first's province and date; "29-NQ/TW ngày 04/11/2013" the 2022 one's title).
    /// Then a mention giving a year alone joins the one date of that year, and one giving neither joins the first dated mention,
    /// as it joined the whole group before.
    /// </summary>
    private static List<string> GroupKeys(List<CitationExtractor.Found> found)
    {
        var identities = found.ConvertAll(GroupKey);
        JoinNamedLawsToNumbered(found, identities);
        var datings = new Dictionary<string, List<string>>();
        for (var i = 0; i < found.Count; i++)
            if ((found[i].Date ?? found[i].Year?.ToString(CultureInfo.InvariantCulture)) is { } dating)
            {
                if (!datings.TryGetValue(identities[i], out var list)) datings[identities[i]] = list = [];
                if (!list.Contains(dating)) list.Add(dating);
            }
        return found.Select((f, i) =>
        {
            var identity = identities[i];
            if (datings.GetValueOrDefault(identity) is not { Count: > 1 } apart) return identity;
            if (f.Date is not null) return $"{identity}|{f.Date}";
            if (f.Year is not { } year) return $"{identity}|{apart[0]}";
            var ofYear = apart.Where(d => d.Length > 4 && d.StartsWith(year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToList();
            return ofYear.Count == 1 ? $"{identity}|{ofYear[0]}" : $"{identity}|{year}";
        }).ToList();
    }

    /// <summary>
    /// "Nghị định 24/NĐ-CP" in a text citing "Nghị định số 24/2021/NĐ-CP": a decree's or a circular's symbol carries its year, and written
    /// without it, it repeats the one the text gives with it; as written, it was an instrument of its own. Not where the text gives two of
    /// that number and codes, nor where the short form's own date says another year. A decision's or a resolution's symbol may have no year
    /// of its own (30/QĐ-TTg is not 30/2021/QĐ-TTg), and stays as written.
    /// </summary>
    private static void JoinYearlessToYeared(List<(CitationExtractor.Found Found, int Start, int End, string? SectionId)> raw)
    {
        Dictionary<string, CitationExtractor.Found?>? yeared = null;
        foreach (var (f, _, _, _) in raw)
            if (AlwaysYeared(f) is { Year: not null } parsed)
            {
                yeared ??= [];
                var yearless = Yearless(parsed);
                yeared[yearless] = yeared.TryGetValue(yearless, out var other) && other?.Symbol != f.Symbol ? null : f;
            }
        if (yeared is null) return;
        for (var i = 0; i < raw.Count; i++)
            if (raw[i].Found is var f && AlwaysYeared(f) is { Year: null } parsed && yeared.GetValueOrDefault(Yearless(parsed)) is { } full
                && (f.Year is null || f.Year == full.Year))
                raw[i] = raw[i] with { Found = f with { Symbol = full.Symbol, Year = full.Year } };
    }

    /// <summary>The symbol of a decree or a circular, parsed: the kinds whose symbols carry their year.</summary>
    private static ParsedSymbol? AlwaysYeared(CitationExtractor.Found f) =>
        f.Symbol is { } symbol && ParsedSymbol.Parse(symbol) is { } parsed && parsed.KindFromCode is "Nghị định" or "Thông tư" or "Thông tư liên tịch" ? parsed : null;

    private static string Yearless(ParsedSymbol symbol) => $"{symbol.Number}|{symbol.TypeCode}|{symbol.IssuerCode}";

    /// <summary>
    /// "… về tiếp tục thực hiện Nghị quyết số 29-NQ/TW; Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị": a list lends its next item's
    /// date and issuer to an item written without them, which is right for "Thông tư số 17/2018/TT-BGDĐT và Thông tư số 18/2018/TT-BGDĐT ngày
    /// 22/8/2018" cited once; but a repeat of an instrument the text dates elsewhere is that instrument, not one of the next item's date
    /// (29-NQ/TW of 04/11/2013, cited in full just before, was also a resolution of the Politburo of 22/8/2025).
    /// </summary>
    private static void KeepOwnDates(List<(CitationExtractor.Found Found, int Start, int End, string? SectionId)> raw)
    {
        if (!raw.Exists(r => r.Found.Unlent is not null)) return;
        var dated = raw.Where(r => r.Found.Symbol is not null && (r.Found.Unlent ?? r.Found).Date is not null).Select(r => GroupKey(r.Found)).ToHashSet();
        for (var i = 0; i < raw.Count; i++)
            if (raw[i].Found is { Unlent: { Date: null } own } lent && dated.Contains(GroupKey(lent)))
                raw[i] = raw[i] with { Found = lent with { Date = null, Year = own.Year, Issuer = own.Issuer, ProvinceNamed = own.ProvinceNamed, Unlent = null } };
    }

    /// <summary>
    /// "Luật Tổ chức chính quyền địa phương số 77/2015/QH13 …; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức
    /// chính quyền địa phương …": the law named again without its number or year is the one this text numbers, and takes its year; it was
    /// its own node, since two laws bear that name (77/2015/QH13 and 72/2025/QH15). A text numbering two laws of one name lends neither.
    /// </summary>
    private static void JoinNamedLawsToNumbered(List<CitationExtractor.Found> found, List<string> identities)
    {
        Dictionary<string, string?>? numbered = null;
        for (var i = 0; i < found.Count; i++)
            if (found[i] is { Symbol: not null, Title: { } title } f && IsLawLike(f.Kind))
            {
                numbered ??= [];
                var name = "n:" + SectionBuilder.Slug(title);
                numbered[name] = numbered.TryGetValue(name, out var other) && other != identities[i] ? null : identities[i];
            }
        if (numbered is null) return;
        for (var i = 0; i < found.Count; i++)
            if (found[i] is { Symbol: null, Dated: false, Date: null, Year: null } f && IsLawLike(f.Kind)
                && numbered.GetValueOrDefault(identities[i]) is { } identity)
                identities[i] = identity;
    }

    private static string GroupKey(CitationExtractor.Found f) =>
        f.Symbol is not null ? "s:" + VietnameseFolding.FoldAll(f.Symbol)
        : f.Dated ? $"d:{f.Kind}|{f.Date}|{VietnameseFolding.FoldAll(f.Issuer ?? "")}"
        : "n:" + SectionBuilder.Slug(f.Title ?? f.Kind);

    private static string ScopeOf(CitationExtractor.Found f, string? issuer, string? province, bool central)
    {
        // "Công văn số 3456/BHXH-TST … của Bảo hiểm xã hội Việt Nam": a body the text names as the country's is national, whatever its code;
        // so is a ministry named ("Công văn số 1145/LĐTBXH-GDNN … của Bộ Lao động - Thương binh và Xã hội", a tester's 980: its letters'
        // code drops the B its circulars' has, and the letter was keyed to the province citing it).
        if (f.Symbol is not null)
            return IssuerCodes.IsCentral(f.IssuerCode) || (issuer is not null && (NationalIssuer().IsMatch(issuer) || IssuerCodes.IsCentralBody(issuer)))
                ? Instrument.National : province ?? Instrument.UnknownScope;
        var title = f.Title ?? "";
        // A title naming a province is that province's ("Đề án xây dựng trường chuẩn quốc gia … tỉnh Lào Cai"): "quốc gia" made it national.
        // Not a central body's, named ("Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp … của tỉnh Đồng Nai năm 2025").
        if (!IsLawLike(f.Kind) && ProvinceIn(title) is { } named && !IssuerCodes.IsCentralBody(issuer)) return named;
        var national = IsLawLike(f.Kind) || NationalTitle().IsMatch(title) || IssuerCodes.IsCentralBody(issuer);
        return national ? Instrument.National : province ?? (central ? Instrument.National : Instrument.UnknownScope);
    }

    /// <summary>The province a title names after "tỉnh" or "thành phố", in its canonical spelling.</summary>
    private static string? ProvinceIn(string title)
    {
        foreach (Match m in ProvinceNamed().Matches(title))
            if (Provinces.Opening(m.Groups["name"].Value) is { } name) return name;
        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:tỉnh|thành phố)\s+(?<name>\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})")]
    private static partial Regex ProvinceNamed();

    // "Ban Chỉ đạo phòng thủ dân sự quốc gia" (its telegrams 12/CĐ-BCĐ-BNNMT) is the country's, as "Bảo hiểm xã hội Việt Nam" is.
    [GeneratedRegex(@"\b(?:Việt Nam|Trung ương|quốc gia)$")]
    private static partial Regex NationalIssuer();

    [GeneratedRegex(@"\s(?<level>tỉnh|thành phố)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedProvince();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:Tỉnh|(?<city>Thành))\s+(?:ủy|uỷ)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedPartyCommittee();

    [GeneratedRegex(@"quốc gia|quốc dân|toàn quốc|Chính phủ|Quốc hội|Trung ương|\bTW\b|của Đảng", RegexOptions.IgnoreCase)]
    private static partial Regex NationalTitle();

    /// <summary>The Assembly's and its Standing Committee's instruments cited by name: the country's, whoever cites them.</summary>
    private static bool IsLawLike(string kind) => kind is "Luật" or "Pháp lệnh" or "Hiến pháp";

    /// <summary>A law's (or the Constitution's) Assembly term, from its year: the mention's own or another mention's of the same law.</summary>
    private static string? NamedIssuerCode(string kind, int? year) =>
        kind is "Luật" or "Hiến pháp" && year is { } y ? y switch { >= 2021 => "QH15", >= 2016 => "QH14", >= 2011 => "QH13", >= 2007 => "QH12", _ => null } : null;
}
