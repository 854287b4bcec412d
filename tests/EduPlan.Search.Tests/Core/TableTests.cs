using System.Text.RegularExpressions;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;

namespace EduPlan.Search.Tests.Core;

/// <summary>Tables as a tester wrote them in directives: what a row's cells give the citations, the sections and the page.</summary>
public sealed class TableTests
{
    private const string Header = "UBND TỈNH SƠN LA\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 21/KH-SGDĐT\n\n*Sơn La, ngày 10 tháng 9 năm 2024*\n\n# KẾ HOẠCH\n\n" +
                                  "**Triển khai nhiệm vụ năm học 2024 - 2025**\n\n## I. NỘI DUNG\n\n";

    private static (CorpusDocument Document, List<Citation> Citations, string Html) Read(string body)
    {
        var document = DocumentParser.Parse(Header + body, "t", "t.md");
        var citations = DocumentCitations.Extract(document);
        return (document, citations, DocumentHtml.Render(document, citations, key => "/?instrument=" + key));
    }

    [Fact]
    public void A_kind_in_one_column_and_its_number_in_the_next_cite_the_number_linked_in_its_cell()
    {
        // "| Quyết định | 2457/QĐ-BGDĐT |": the link was on "Quyết định", the symbol's cell plain text.
        var (_, citations, html) = Read("| Loại văn bản | Số, ký hiệu | Ngày ban hành | Cơ quan |\n|---|---|---|---|\n" +
                                        "| Quyết định | 2457/QĐ-BGDĐT | 23/8/2023 | Bộ GDĐT |\n| Chỉ thị | 29-CT/TW | 25/7/2023 | Ban Bí thư |\n");
        Assert.Equal(["2457/QĐ-BGDĐT", "29-CT/TW"], citations.Select(c => c.Surface));
        Assert.Contains("<td><a class=\"citation\"", html, StringComparison.Ordinal);
        Assert.Matches("<td><a class=\"citation\"[^>]*>2457/QĐ-BGDĐT</a></td>", html);
        // A cell is the citation's sentence; its context is the row, its cells apart (it showed them run together by tabs, then the bare cell).
        Assert.Equal("Quyết định | 2457/QĐ-BGDĐT | 23/8/2023 | Bộ GDĐT", citations[0].Context);
        Assert.Equal("2023-08-23", citations[0].Instrument.Date);
    }

    [Theory]
    [InlineData("Các đơn vị thực hiện đúng các văn bản sau:", "thuc_hien")]
    [InlineData("Căn cứ các văn bản sau:", "can_cu")]
    [InlineData("Danh mục văn bản:", "mention")]
    public void A_table_under_a_lead_in_is_its_list_each_rows_instrument_governed_by_its_words(string leadIn, string relation)
    {
        // "Các đơn vị thực hiện đúng các văn bản sau:" over a table of circulars: each row's instrument was a mention, where the same
        // instruments as a "-" list were implemented. The header row ended the lead-in's reach.
        var (_, citations, _) = Read(leadIn + "\n\n| STT | Loại văn bản | Số, ký hiệu | Ngày ban hành | Cơ quan ban hành | Trích yếu |\n|---|---|---|---|---|---|\n" +
                                     "| 1 | Thông tư | 32/2020/TT-BGDĐT | 15/9/2020 | Bộ GDĐT | Ban hành Điều lệ trường trung học |\n" +
                                     "| 2 | Văn bản hợp nhất | 09/VBHN-BGDĐT | 21/6/2023 | Bộ GDĐT | Hợp nhất Thông tư quy định chế độ làm việc |\n\n" +
                                     "Các trường báo cáo kết quả theo Quyết định số 1250/QĐ-UBND ngày 12/6/2025 của UBND tỉnh.\n");
        Assert.Equal([("32/2020/TT-BGDĐT", relation), ("09/VBHN-BGDĐT", relation), ("1250/QĐ-UBND", "thuc_hien")],
            citations.Select(c => (c.Instrument.Symbol, c.Relation)));
    }

    [Theory]
    [InlineData("## Văn bản căn cứ", "can_cu")]
    [InlineData("#### 5\\. Danh mục văn bản các trường nghiên cứu, thực hiện", "thuc_hien")]
    [InlineData("### 2. Danh mục văn bản đã rà soát và kết quả thực hiện", "mention")]
    [InlineData("## Văn bản liên quan", "mention")]
    public void A_table_under_a_heading_naming_its_instruments_lists_them_as_the_heading_says(string heading, string relation)
    {
        // A tester's 787, a portal's page of a decision: its grounds in a table under "## Văn bản căn cứ", each a mention; 341's and 351's letters
        // list the circulars to carry out under "Danh mục văn bản … nghiên cứu, thực hiện". A held-out report's table of what it reviewed, and a
        // portal's related texts, are told of.
        var (_, citations, _) = Read(heading + "\n\n| STT | Số ký hiệu | Ngày ban hành | Trích yếu | Cơ quan ban hành |\n|---|---|---|---|---|\n" +
                                     "| 1 | 142/2025/NĐ-CP | 12/6/2025 | Quy định về phân định thẩm quyền | Chính phủ |\n" +
                                     "| 2 | 22/2019/TT-BGDĐT | 20/12/2019 | Ban hành Quy định về Hội thi giáo viên dạy giỏi | Bộ Giáo dục và Đào tạo |\n");
        Assert.Equal([("142/2025/NĐ-CP", relation), ("22/2019/TT-BGDĐT", relation)], citations.Select(c => (c.Instrument.Symbol, c.Relation)));
    }

    [Fact]
    public void A_programme_a_catalogues_row_names_in_its_subject_cell_is_the_subject_of_the_decision_the_row_numbers()
    {
        // A tester's 894: "| 06/QĐ-TTg | … | Phê duyệt Đề án 06 |" read "Đề án 06" as the decision cited again, and "| 1299/QĐ-TTg | … | Đề án
        // xây dựng văn hóa ứng xử … |" the Đề án as an instrument of its own, as "Quyết định số 1299/QĐ-TTg phê duyệt Đề án …" does not.
        // A law a decree's subject names, and a Đề án a plan carries out, stay citations of their own.
        var (_, citations, _) = Read("| TT | Số, ký hiệu | Ngày ban hành | Cơ quan ban hành | Trích yếu | Nội dung áp dụng |\n|---|---|---|---|---|---|\n" +
                                     "| 1 | 06/QĐ-TTg | 06/01/2022 | Thủ tướng Chính phủ | Phê duyệt Đề án 06 | Mục III.5.b |\n" +
                                     "| 2 | 1299/QĐ-TTg | 03/10/2018 | Thủ tướng Chính phủ | Đề án xây dựng văn hóa ứng xử trong trường học giai đoạn 2018 - 2025 | Tham khảo |\n" +
                                     "| 3 | 24/2021/NĐ-CP | 23/3/2021 | Chính phủ | Quy định việc quản lý trong cơ sở giáo dục mầm non, thi hành Luật Giáo dục | Toàn bộ |\n" +
                                     "| 4 | 15/KH-UBND | 12/01/2024 | UBND tỉnh | Đề án phát triển giáo dục mầm non giai đoạn 2021 - 2025 | Toàn bộ |\n");
        Assert.Equal(["06/QĐ-TTg", "1299/QĐ-TTg", "24/2021/NĐ-CP", "Luật Giáo dục", "15/KH-UBND", "Đề án phát triển giáo dục mầm non giai đoạn 2021 - 2025"],
            citations.Select(c => c.Instrument.Symbol ?? c.Surface));
    }

    [Fact]
    public void A_table_of_grounds_naming_each_instrument_before_its_number_cites_the_number_once()
    {
        // A tester's 908: "| Văn bản | Số, ký hiệu |", the law, the Đề án a decision approves and a plan named in the cell before their numbers'
        // were citations of their own beside them. A table naming the instruments themselves under "Văn bản" and their subjects under
        // "Trích yếu" keeps a number its subject writes whole (802: the conclusion "về tiếp tục thực hiện Nghị quyết số 29-NQ/TW").
        var (_, grounds, _) = Read("| STT | Văn bản | Số, ký hiệu | Ngày | Cơ quan ban hành |\n|---|---|---|---|---|\n" +
                                   "| 1 | Luật Giao dịch điện tử | 20/2023/QH15 | 22/6/2023 | Quốc hội |\n" +
                                   "| 2 | Quyết định phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06) | 06/QĐ-TTg | 06/01/2022 | Thủ tướng Chính phủ |\n" +
                                   "| 3 | Kế hoạch phát triển hạ tầng số ngành giáo dục giai đoạn 2024 - 2026 | 210/KH-UBND | 15/3/2024 | UBND tỉnh |\n");
        Assert.Equal(["20/2023/QH15", "06/QĐ-TTg", "210/KH-UBND"], grounds.Select(c => c.Instrument.Symbol));
        Assert.Equal("Luật Giao dịch điện tử", grounds[0].Instrument.Title);
        var (_, listed, _) = Read("| STT | Văn bản | Cơ quan ban hành | Trích yếu |\n|---|---|---|---|\n" +
                                  "| 1 | Nghị quyết số 29-NQ/TW ngày 04/11/2013; Kết luận số 91-KL/TW ngày 12/8/2024 | Ban Chấp hành Trung ương Đảng | " +
                                  "Về đổi mới căn bản, toàn diện giáo dục và đào tạo; về tiếp tục thực hiện Nghị quyết số 29-NQ/TW |\n");
        Assert.Equal(["29-NQ/TW", "91-KL/TW", "29-NQ/TW"], listed.Select(c => c.Instrument.Symbol));
    }

    [Fact]
    public void Every_instrument_a_cell_lists_under_a_lead_in_is_governed_by_it_its_short_forms_too()
    {
        // A tester's report (314, Ninh Bình): under "Kết quả thực hiện các chính sách như sau:", a column of the grounds each policy was carried
        // out on. Only a row's first citation was implemented: "Nghị định 238" after a semicolon, alone in its cell or after "Điều 16", and a
        // former province's resolution after another's "(Nam Định);" were mentions.
        var (_, citations, _) = Read("Nghị định số 238/2025/NĐ-CP ngày 03/9/2025 của Chính phủ quy định chính sách học phí; Nghị quyết số 10/2024/NQ-HĐND " +
                                     "ngày 12/7/2024 của HĐND tỉnh Nam Định và Nghị quyết số 24/2023/NQ-HĐND ngày 08/12/2023 của HĐND tỉnh Hà Nam quy định hỗ trợ học sinh.\n\n" +
                                     "Kết quả thực hiện các chính sách như sau:\n\n| TT | Chính sách | Căn cứ thực hiện | Số đối tượng |\n|---|---|---|---|\n" +
                                     "| 1 | Miễn học phí | Nghị quyết số 217/2025/QH15; Nghị định 238 | 548.216 |\n| 2 | Hỗ trợ học phí tư thục | Điều 16 Nghị định 238 | 41.206 |\n" +
                                     "| 3 | Hỗ trợ đặc thù | 10/2024/NQ-HĐND (Nam Định); 24/2023/NQ-HĐND (Hà Nam) | 4.580 |\n\n" +
                                     "Các trường rà soát đối tượng; Nghị định 238 còn vướng mắc.\n");
        var table = citations.Where(c => c.Context.Contains('|')).Select(c => $"{c.Surface}: {c.Relation}");
        Assert.Equal(["Nghị quyết số 217/2025/QH15: thuc_hien", "Nghị định 238: thuc_hien", "Nghị định 238: thuc_hien", "10/2024/NQ-HĐND: thuc_hien",
            "24/2023/NQ-HĐND: thuc_hien"], table);
        // The lead-in governs the list under it, not the text after it.
        Assert.Equal(CitationRelation.Mention, citations[^1].Relation);
        Assert.Equal(["Hà Nam"], citations.Where(c => c.Surface == "24/2023/NQ-HĐND").Select(c => c.Instrument.Scope));
    }

    [Fact]
    public void A_column_naming_what_its_instruments_are_governs_those_its_cells_list()
    {
        // A tester's guidance (324, Gia Lai): a table of exam dates under a heading, no lead-in, its last column "Văn bản áp dụng": every
        // instrument there was a mention but the one a cell's own "Theo" governed.
        var (_, citations, _) = Read("Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 và Thông tư số 27/2020/TT-BGDĐT ngày 04/9/2020 của Bộ GDĐT quy định đánh giá học sinh.\n\n" +
                                     "### 3. Lịch kiểm tra, thi\n\n| TT | Nội dung | Thời gian | Văn bản áp dụng |\n|---|---|---|---|\n" +
                                     "| 1 | Kiểm tra cuối học kỳ I | 15/12/2025 - 27/12/2025 | Thông tư 22/2021; Thông tư 27 |\n" +
                                     "| 2 | Thi tuyển sinh lớp 10 | 02/6/2026 - 03/6/2026 | Thông tư số 30/2024/TT-BGDĐT |\n" +
                                     "| 3 | Kiểm tra cuối học kỳ II | 04/5/2026 - 16/5/2026 | Theo Quyết định số 2045/QĐ-UBND |\n" +
                                     "| 4 | Tập huấn | 10/2025 | Thay thế Quyết định số 1290/QĐ-SGDĐT |\n");
        Assert.Equal(["Thông tư 22/2021: thuc_hien", "Thông tư 27: thuc_hien", "Thông tư số 30/2024/TT-BGDĐT: thuc_hien", "Quyết định số 2045/QĐ-UBND: thuc_hien",
            "Quyết định số 1290/QĐ-SGDĐT: thay_the"], citations.Where(c => c.Context.Contains('|')).Select(c => $"{c.Surface}: {c.Relation}"));
        // "Thực hiện theo" (330) names them carried out too; a column of grounds gives them as grounds; one naming nothing of the kind gives nothing.
        Assert.Equal(CitationRelation.Implements, Read("| Chính sách | Số học sinh | Thực hiện theo |\n|---|---|---|\n| Miễn học phí | 312.540 | Nghị định số 116/2016/NĐ-CP |\n").Citations.Single().Relation);
        // "Danh mục áp dụng" (690): the circulars whose lists of equipment each level applies.
        Assert.Equal(CitationRelation.Implements, Read("| Cấp học | Danh mục áp dụng |\n|---|---|\n| Tiểu học | TT 37/2021 |\n").Citations.Single().Relation);
        // "Văn bản hiện hành" (753): the instruments in force, beside a column of those no longer applied, which are told of.
        Assert.Equal(["Thông tư số 28/2009/TT-BGDĐT: mention", "Thông tư số 05/2025/TT-BGDĐT: thuc_hien"],
            Read("| Nội dung | Văn bản không còn áp dụng | Văn bản hiện hành |\n|---|---|---|\n| Định mức tiết dạy | Thông tư số 28/2009/TT-BGDĐT | Thông tư số 05/2025/TT-BGDĐT |\n")
                .Citations.Select(c => $"{c.Surface}: {c.Relation}"));
        Assert.Equal(CitationRelation.LegalBasis, Read("| TT | Căn cứ | Nội dung |\n|---|---|---|\n| 1 | Thông tư số 30/2024/TT-BGDĐT | Tuyển sinh |\n").Citations.Single().Relation);
        // A cell listing its grounds a line each, each after a semicolon and a dash (767, a decision publishing procedures): all of them.
        Assert.Equal(["Nghị quyết số 217/2025/QH15 ngày 26/6/2025: can_cu", "Nghị định số 238/2025/NĐ-CP ngày 03/9/2025: can_cu", "Quyết định số 1085/QĐ-BGDĐT: can_cu"],
            Read("| STT | Tên thủ tục hành chính | Căn cứ pháp lý |\n|---|---|---|\n| 1 | Hỗ trợ học phí | - Nghị quyết số 217/2025/QH15 ngày 26/6/2025 của Quốc hội;<br>- " +
                 "Nghị định số 238/2025/NĐ-CP ngày 03/9/2025 của Chính phủ;<br>- Quyết định số 1085/QĐ-BGDĐT. |\n").Citations.Select(c => $"{c.Surface}: {c.Relation}"));
        Assert.Equal(CitationRelation.Mention, Read("| TT | Văn bản | Nội dung |\n|---|---|---|\n| 1 | Thông tư số 30/2024/TT-BGDĐT | Tuyển sinh |\n").Citations.Single().Relation);
    }

    [Fact]
    public void A_column_numbering_candidates_holds_no_instruments()
    {
        // A tester's 695, a recruitment's results: each candidate's number ("0123/GL") under "SBD" was read as a letter of a body coded GL.
        var (_, citations, _) = Read("| TT | SBD | Họ và tên | Kết quả |\n|---|---|---|---|\n| 1 | 0123/GL | Nguyễn Thị Thanh Tâm | Trúng tuyển theo Thông báo số 09/TB-HĐTD |\n");
        Assert.Equal(["09/TB-HĐTD"], citations.Select(c => c.Instrument.Symbol));
    }

    [Theory]
    [InlineData("13/2016/TTLT-BYT-BGDĐT", "Bộ Y tế, Bộ GDĐT", "Bộ Y tế và Bộ Giáo dục và Đào tạo", "national")]
    [InlineData("22/2015/TTLT-BGDĐT-BNV", "Bộ GDĐT - Bộ Nội vụ", "Bộ Giáo dục và Đào tạo và Bộ Nội vụ", "national")]
    [InlineData("1250/QĐ-UBND", "UBND tỉnh Trà Vinh (cũ)", "Ủy ban nhân dân tỉnh Trà Vinh", "Trà Vinh")]
    [InlineData("45/KH-UBND", "UBND tỉnh Bến Tre (trước sắp xếp)", "Ủy ban nhân dân tỉnh Bến Tre", "Bến Tre")]
    public void An_issuer_cell_names_its_bodies_as_a_sentence_would(string symbol, string cell, string issuer, string scope)
    {
        // A Sở of Vĩnh Long (merged in 2025) listing what its schools implement: "Bộ Y tế, Bộ GDĐT" stayed as written, where "Bộ Y tế và Bộ GDĐT"
        // is "Bộ Y tế và Bộ Giáo dục và Đào tạo"; "UBND tỉnh Trà Vinh (cũ)" was the issuer with its "(cũ)", which a sentence leaves out.
        var (_, citations, _) = Read("| STT | Số, ký hiệu | Ngày ban hành | Cơ quan ban hành | Trích yếu |\n|---|---|---|---|---|\n" +
                                     $"| 1 | {symbol} | 12/5/2016 | {cell} | Quy định |\n");
        var cited = Assert.Single(citations).Instrument;
        Assert.Equal((issuer, scope), (cited.Issuer, cited.Scope));
    }

    [Fact]
    public void A_column_of_issuers_gives_each_rows_instrument_its_issuer_and_province()
    {
        // A tester's report of Lâm Đồng (after the merger) lists the plans of the provinces merged into it, their issuers in a column
        // of their own: both 120/KH-UBND were one instrument, Lâm Đồng's, issued by "Ủy ban nhân dân tỉnh Lâm Đồng" (never stated),
        // the second date lost; 15-CTr/TU was "Tỉnh ủy tỉnh Lâm Đồng".
        var reader = new EduPlan.Search.Core.Indexing.CorpusReader(Path.Combine(TestPaths.Data, "testers"));
        var document = reader.Read(reader.Files().Single(f => f.Name.StartsWith("208_", StringComparison.Ordinal))).Document!;
        var citations = DocumentCitations.Extract(document);
        Instrument Row(string symbol, int nth = 0) => citations.Where(c => c.Instrument.Symbol == symbol).ElementAt(nth).Instrument;

        var (dakNong, binhThuan) = (Row("120/KH-UBND"), Row("120/KH-UBND", 1));
        Assert.Equal(("Ủy ban nhân dân tỉnh Đắk Nông", "Đắk Nông", "2021-05-20"), (dakNong.Issuer, dakNong.Scope, dakNong.Date));
        Assert.Equal(("Ủy ban nhân dân tỉnh Bình Thuận", "Bình Thuận", "2021-06-03"), (binhThuan.Issuer, binhThuan.Scope, binhThuan.Date));
        Assert.NotEqual(dakNong.Key, binhThuan.Key);
        Assert.Equal(("Tỉnh ủy Đắk Nông", "Đắk Nông"), (Row("15-CTr/TU").Issuer, Row("15-CTr/TU").Scope));
        Assert.Equal("Lâm Đồng", Row("845/QĐ-UBND").Scope);
        // The column names the row's instrument, not one its subject cites ("thực hiện Chỉ thị số 29-CT/TW" in 15-CTr/TU's cell).
        var directive = citations.Where(c => c.Instrument.Symbol == "29-CT/TW").Select(c => c.Instrument).ToList();
        Assert.All(directive, d => Assert.Equal(("Ban Bí thư", Instrument.National), (d.Issuer, d.Scope)));
    }

    [Theory]
    [InlineData("| 3 | Triển khai Đề án 06 tại trường học | Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ | Cả năm |",
        "06/QĐ-TTg", "Thủ tướng Chính phủ", null)]
    [InlineData("| 3 | Nghị quyết số 12/2022/NQ-HĐND ngày 14/7/2022 của HĐND tỉnh | Chính sách hỗ trợ học sinh bán trú | Sở Tài chính |",
        "12/2022/NQ-HĐND", "Hội đồng nhân dân tỉnh Sơn La", null)]
    [InlineData("| 3 | Quyết định số 1653/QĐ-UBND ngày 15/8/2024 của UBND tỉnh về kế hoạch thời gian năm học 2024 - 2025 | Tháng 9/2024 |",
        "1653/QĐ-UBND", "Ủy ban nhân dân tỉnh Sơn La", "kế hoạch thời gian năm học 2024 - 2025")]
    public void A_rows_next_cells_are_not_the_cited_instruments_issuer_or_subject(string row, string symbol, string issuer, string? title)
    {
        // From a tester: 06/QĐ-TTg was issued by "Thủ tướng Chính phủ | Cả năm" and 12/2022/NQ-HĐND by "Hội đồng nhân dân tỉnh | Chính
        // sách hỗ trợ học sinh bán trú | Sở Tài chính", the row's other columns read on as the issuer's name.
        var table = "| TT | Nội dung | Văn bản | Thời gian |\n|---|---|---|---|\n" + row + "\n";
        // The numbered citation, last: "Đề án 06" before it is the Đề án 06/QĐ-TTg approves, the same instrument.
        var cited = Read(table).Citations.Last(c => c.Instrument.Symbol == symbol).Instrument;
        Assert.Equal((issuer, title), (cited.Issuer, cited.Title));
        // The same row sent as text to the API, where the table is a paragraph of pipes.
        Assert.Equal(issuer, DocumentCitations.Extract(table, "Sơn La").Last(c => c.Instrument.Symbol == symbol).Instrument.Issuer);
    }

    [Fact]
    public void A_programme_in_a_row_with_a_central_issuer_is_the_countrys()
    {
        // Its issuer was "Thủ tướng Chính phủ | Cả năm", no central body: the programme was made Sơn La's, a node apart from the country's.
        var (_, citations, _) = Read("| TT | Nội dung | Thời gian |\n|---|---|---|\n" +
                                     "| 1 | Triển khai Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” của Thủ tướng Chính phủ | Cả năm |\n");
        var programme = Assert.Single(citations).Instrument;
        Assert.Equal(("Thủ tướng Chính phủ", Instrument.National), (programme.Issuer, programme.Scope));
    }

    [Fact]
    public void An_unnamed_district_committee_in_a_row_of_a_districts_plan_is_that_district_as_in_its_prose()
    {
        // From a tester: in Mèo Vạc's plan, "Quyết định số 2150/QĐ-UBND … của UBND huyện" in a row was Hà Giang's 2150/QĐ-UBND (its issuer
        // "Ủy ban nhân dân huyện | Tháng 9/2023" named no district), a node apart from the district's decision its preamble cites.
        const string text = "UBND HUYỆN MÈO VẠC\n\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 120/KH-PGDĐT\n\n*Mèo Vạc, ngày 20 tháng 9 năm 2023*\n\n# KẾ HOẠCH\n\n" +
                            "**Kiểm tra công tác phổ cập giáo dục năm 2023**\n\n" +
                            "Thực hiện Quyết định số 1646/QĐ-UBND ngày 05/9/2023 của UBND tỉnh Hà Giang ban hành Kế hoạch thực hiện nhiệm vụ năm học 2023-2024; " +
                            "căn cứ Quyết định số 2150/QĐ-UBND ngày 12/9/2023 của UBND huyện về giao chỉ tiêu kế hoạch năm học 2023-2024, " +
                            "Phòng GDĐT xây dựng kế hoạch như sau:\n\n" +
                            "| TT | Nội dung | Văn bản chỉ đạo | Thời gian |\n|---|---|---|---|\n" +
                            "| 1 | Giao chỉ tiêu | Quyết định số 2150/QĐ-UBND ngày 12/9/2023 của UBND huyện | Tháng 9/2023 |\n" +
                            "| 2 | Kiểm tra công nhận phổ cập | các Quyết định số 1012, 1013 và 1014/QĐ-UBND ngày 05/7/2023 của UBND huyện | Tháng 12/2023 |\n";
        var citations = DocumentCitations.Extract(DocumentParser.Parse(text, "t", "t.md"));
        var district = citations.Where(c => c.Instrument.Symbol != "1646/QĐ-UBND").Select(c => (c.Instrument.Key, c.Instrument.Issuer)).Distinct();
        Assert.Equal([
            ("2150-qd-ubnd-2023-ha-giang-huyen-meo-vac", "Ủy ban nhân dân huyện Mèo Vạc"),
            ("1012-qd-ubnd-2023-ha-giang-huyen-meo-vac", "Ủy ban nhân dân huyện Mèo Vạc"),
            ("1013-qd-ubnd-2023-ha-giang-huyen-meo-vac", "Ủy ban nhân dân huyện Mèo Vạc"),
            ("1014-qd-ubnd-2023-ha-giang-huyen-meo-vac", "Ủy ban nhân dân huyện Mèo Vạc"),
        ], district);
        Assert.Equal("1646-qd-ubnd-2023-ha-giang", citations.Single(c => c.Instrument.Symbol == "1646/QĐ-UBND").Instrument.Key);
    }

    [Fact]
    public void A_deadline_in_the_next_column_is_not_the_cited_documents_date()
    {
        // "| Báo cáo sơ kết Quyết định số 2457/QĐ-BGDĐT | 15/01/2025 |" made a decision 2457 of 2025 beside the real one of 2023.
        var (_, citations, _) = Read("| Nội dung báo cáo | Hạn nộp |\n|---|---|\n| Báo cáo sơ kết Quyết định số 2457/QĐ-BGDĐT | 15/01/2025 |\n");
        var decision = Assert.Single(citations);
        Assert.Equal("Quyết định số 2457/QĐ-BGDĐT", decision.Surface);
        Assert.Null(decision.Instrument.Date);
    }

    [Fact]
    public void A_tab_in_a_cell_is_a_space_there()
    {
        // Text pasted from Word or Excel keeps its tabs: "Quyết định số<TAB>2457/…" split the cell in two and cut the citation.
        var (_, citations, html) = Read("| TT | Văn bản | Cơ quan |\n|---|---|---|\n| 1 | Quyết định số\t2457/QĐ-BGDĐT ngày 23/8/2023 | Bộ GDĐT |\n");
        Assert.Equal("2023-08-23", Assert.Single(citations).Instrument.Date);
        Assert.Equal(3, Regex.Count(Regex.Match(html, "<tr><td>.*?</tr>").Value, "<td>"));
    }

    [Fact]
    public void Two_tables_stay_two_tables_and_a_row_of_dashes_is_a_row()
    {
        var (_, _, html) = Read("| Cấp học | Số trường |\n|---|---|\n| Mầm non | 12 |\n| — | — |\n\n| Huyện | Số lớp | Số học sinh |\n|---|---|---|\n| Mai Sơn | 30 | 900 |\n");
        var tables = Regex.Matches(html, "<table.*?</table>").Select(t => Regex.Count(t.Value, "<tr>")).ToList();
        Assert.Equal([3, 2], tables);
    }

    [Fact]
    public void A_column_headed_Noi_nhan_is_no_list_of_recipients()
    {
        // "| Nơi nhận | Số bộ sách |" heads a distribution table: the section went on as "Nơi nhận", and the paragraph after it too.
        var (document, _, _) = Read("| Nơi nhận | Số bộ sách | Thời gian |\n|---|---|---|\n| Trường THPT Tô Hiệu | 120 | Tháng 8 |\n\n" +
                                    "Các phòng GDĐT tiếp nhận sách trước ngày khai giảng.\n\n## II. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị thực hiện.\n");
        Assert.DoesNotContain(document.Sections, s => s.Heading == "Nơi nhận");
        Assert.Contains("Các phòng GDĐT tiếp nhận sách", document.Sections.Single(s => s.Heading == "NỘI DUNG").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_set_as_a_table_still_names_the_province()
    {
        // "| UBND TỈNH LAI CHÂU | CỘNG HÒA … |": the province read on into the next cell and was lost.
        var document = DocumentParser.Parse("| UBND TỈNH LAI CHÂU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n" +
                                            "| **SỞ GIÁO DỤC VÀ ĐÀO TẠO** | **Độc lập - Tự do - Hạnh phúc** |\n| Số: 215/KH-SGDĐT | *Lai Châu, ngày 23 tháng 9 năm 2024* |\n\n" +
                                            "# KẾ HOẠCH\n\n**Tổ chức hội khỏe Phù Đổng năm học 2024 - 2025**\n\n## I. MỤC ĐÍCH\n\nNâng cao sức khỏe học sinh.\n", "t3", "t3.md");
        Assert.Equal("Lai Châu", document.Info.Province);
        Assert.Equal("215/KH-SGDĐT", document.Info.Symbol);
    }

    [Fact]
    public void A_line_broken_in_a_cell_keeps_its_words_apart()
    {
        // Converters break a line in a cell with "<br>": "trường học<br>đợt một" was the word "họcđợt", and two decisions one.
        var (document, citations, _) = Read("| Nội dung | Căn cứ |\n|---|---|\n| Kiểm định chất lượng trường học<br>đợt một | " +
                                            "Quyết định số 7777/QĐ-UBND ngày 07/8/2024<BR/>Quyết định số 8888/QĐ-UBND ngày 09/8/2024 |\n");
        Assert.Contains("trường học đợt một", document.Sections.Single(s => s.Heading == "NỘI DUNG").Text, StringComparison.Ordinal);
        Assert.Equal(["2024-08-07", "2024-08-09"], citations.Select(c => c.Instrument.Date));
    }

    [Fact]
    public void A_table_with_text_on_the_very_next_line_is_a_table_and_the_text_after_it_its_own()
    {
        // No blank line after the last row: Markdig read the table and "Nơi nhận:" as one paragraph of pipes, so no recipients'
        // section opened and the recipients were searched.
        const string body = "| Đơn vị | Căn cứ |\n|---|---|\n| Trường THPT Tô Hiệu | Quyết định số 2457/QĐ-BGDĐT |\n**Nơi nhận:**\n- Bộ GDĐT;\n- Lưu: VT.\n";
        var (document, citations, html) = Read(body);
        Assert.Equal(2, document.Blocks.Count(b => b.Kind == BlockKind.TableRow));
        Assert.Contains(document.Sections, s => s.Heading == "Nơi nhận");
        Assert.Matches("<td><a class=\"citation\"[^>]*>Quyết định số 2457/QĐ-BGDĐT</a></td>", html);
        var decision = Assert.Single(citations);
        Assert.Equal(decision.Surface, (Header + body)[decision.Start..decision.End]);
    }

    [Fact]
    public void A_signature_block_set_as_a_table_opens_the_recipients()
    {
        // "| **Nơi nhận:** | **KT. GIÁM ĐỐC** |": the recipients in its first column were searched as the plan's text.
        var (document, _, _) = Read("Các đơn vị thực hiện.\n\n| **Nơi nhận:** | **KT. GIÁM ĐỐC** |\n|---|---|\n| - Bộ GDĐT (b/c); | **PHÓ GIÁM ĐỐC** |\n" +
                                    "| - Lưu: VT. | |\n| | **Trần Thị Hoa** |\n");
        var recipients = Assert.Single(document.Sections, s => s.Heading == "Nơi nhận");
        Assert.Contains("Lưu: VT.", recipients.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lưu: VT.", document.Sections.Single(s => s.Heading == "NỘI DUNG").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2. Các trường THPT", "Các trường THPT")]
    [InlineData("- Các trường THPT", null)]
    [InlineData("Danh sách các trường:", null)]
    public void A_table_between_two_lines_of_text_is_a_table_and_the_first_line_keeps_its_number(string line, string? heading)
    {
        // A line, a table on the next line and text on the line after: Markdig read the three as one paragraph of pipes, so the
        // table was no table and a numbered line's section took the whole table and the text after it as its heading.
        var body = "1. Các trường mầm non thực hiện kế hoạch.\n\n" + line + "\n| Trường | Căn cứ |\n|---|---|\n" +
                   "| Trường THPT Tô Hiệu | Quyết định số 2457/QĐ-BGDĐT |\nCác đơn vị báo cáo trước ngày 15/10/2024.\n";
        var (document, citations, html) = Read(body);
        Assert.Equal(2, document.Blocks.Count(b => b.Kind == BlockKind.TableRow));
        Assert.Contains(document.Blocks, b => b.Kind != BlockKind.TableRow && b.Text.StartsWith("Các đơn vị báo cáo", StringComparison.Ordinal));
        if (heading is not null) Assert.Equal(heading, Assert.Single(document.Sections, s => s.Number == "2").Heading);
        Assert.Matches("<td><a class=\"citation\"[^>]*>Quyết định số 2457/QĐ-BGDĐT</a></td>", html);
        var decision = Assert.Single(citations);
        Assert.Equal(decision.Surface, (Header + body)[decision.Start..decision.End]);
    }

    [Fact]
    public void A_table_right_under_a_line_of_text_is_read_once()
    {
        var (document, _, html) = Read("Danh sách các trường:\n| Trường | Số lớp |\n|---|---|\n| Trường THPT Tô Hiệu | 30 |\n");
        Assert.Equal(2, document.Blocks.Count(b => b.Kind == BlockKind.TableRow));
        Assert.Equal(1, Regex.Count(html, "<table"));
    }
    private const string GroundsTable = "| STT | Tên thủ tục | Căn cứ pháp lý | Cơ quan thực hiện |\n|---|---|---|---|\n";

    [Fact]
    public void A_row_whose_cell_runs_over_line_breaks_is_one_row_and_its_column_of_grounds_governs_every_line()
    {
        // A tester's 796, a register exported from Word: each cell of grounds a line per instrument, the row closed on the last line. The table
        // ended at the first such row and its grounds were told of; a bracket saying what the first replaced made the others replaced.
        const string body = GroundsTable +
                            "| 1 | Xét, duyệt chính sách hỗ trợ học sinh bán trú | - Nghị định số 66/2025/NĐ-CP ngày 12/3/2025 của Chính phủ quy định chính sách (thay thế Nghị định số 116/2016/NĐ-CP ngày 18/7/2016);\n" +
                            "- Nghị định 142/2025/NĐ-CP;\n" +
                            "- Quyết định số 3162/QĐ-BGDĐT. | Ủy ban nhân dân cấp xã |\n" +
                            "| 2 | Tuyển sinh trung học phổ thông | Thông tư số 30/2024/TT-BGDĐT ngày 30/12/2024 | Sở Giáo dục và Đào tạo |\n";
        var (document, citations, html) = Read(body);
        Assert.Equal([("66/2025/NĐ-CP", "can_cu"), ("116/2016/NĐ-CP", "mention"), ("142/2025/NĐ-CP", "can_cu"), ("3162/QĐ-BGDĐT", "can_cu"), ("30/2024/TT-BGDĐT", "can_cu")],
            citations.Select(c => (c.Instrument.Symbol, c.Relation)));
        Assert.Matches(new Regex("<tr>(?:(?!</tr>).)*Nghị định 142/2025/NĐ-CP(?:(?!</tr>).)*Ủy ban nhân dân cấp xã</td>", RegexOptions.Singleline), html);
        // Every citation still points at its words in the file as written.
        Assert.All(citations, c => Assert.Equal(c.Surface, document.Text[c.Start..c.End]));
    }

    [Theory]
    [InlineData("| 1 | Tuyển sinh | Thông tư số 30/2024/TT-BGDĐT;\n- Quyết định số 3162/QĐ-BGDĐT. |\n")]
    [InlineData("| 1 | Tuyển sinh | Thông tư số 30/2024/TT-BGDĐT;\n\n- Quyết định số 3162/QĐ-BGDĐT. | Sở |\n")]
    public void Lines_after_a_short_row_that_do_not_close_it_with_the_headers_cells_stay_text(string rows)
    {
        // One cell short, or a blank line before the closing pipe: the lines are no part of the row, and the list item under it is a list item.
        var (document, citations, _) = Read(GroundsTable + rows);
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.ListItem && b.Text.Contains("3162/QĐ-BGDĐT", StringComparison.Ordinal));
        Assert.Equal("mention", citations.Single(c => c.Instrument.Symbol == "3162/QĐ-BGDĐT").Relation);
    }
    [Fact]
    public void Rows_of_pipes_without_a_delimiter_line_are_a_table_and_their_column_of_instruments_governs()
    {
        // A tester's 806, a guidance exported to text: "| STT | Nhóm đối tượng | Chính sách được hưởng | Văn bản áp dụng |" and its rows, no "|---|"
        // under the header. Markdig read one paragraph of pipes, and the instruments each row applies were told of.
        var (document, citations, html) = Read("| STT | Nhóm đối tượng | Chính sách được hưởng | Văn bản áp dụng |\n" +
                                               "| 1 | Học sinh công lập | Miễn học phí | NQ 217/2025/QH15; NĐ 238/2025/NĐ-CP |\n" +
                                               "| 2 | Con của người có công | Trợ cấp ưu đãi giáo dục | NĐ 131/2021/NĐ-CP |\n");
        Assert.Equal([("217/2025/QH15", "thuc_hien"), ("238/2025/NĐ-CP", "thuc_hien"), ("131/2021/NĐ-CP", "thuc_hien")],
            citations.Select(c => (c.Instrument.Symbol, c.Relation)));
        Assert.Equal(3, document.Blocks.Count(b => b.Kind == BlockKind.TableRow));
        Assert.Contains("<td>Con của người có công</td>", html, StringComparison.Ordinal);
        Assert.All(citations, c => Assert.Equal(c.Surface, document.Text[c.Start..c.End]));
    }
}
