using System.Text.RegularExpressions;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Indexing;

namespace EduPlan.Search.Tests.Core;

public sealed class SectionTests
{
    [Theory]
    [InlineData("Mức hỗ trợ:\n1.5 triệu đồng mỗi tháng", "5", false)]
    [InlineData("Mức hỗ trợ:\n2.5 \nMức khác", "5", false)]
    [InlineData("Mức hỗ trợ:\n12.5 % số học sinh", "5", false)]
    [InlineData("1. Tiền ăn\n1.5 Tên mục", "5", true)]
    [InlineData("1. Tiền ăn\n### 1.5 Tên mục", "5", true)]
    [InlineData("1. Tiền ăn\n1.5. tiền thuốc", "5", true)]
    [InlineData("1. Tiền ăn\n3. Tên mục", "3", true)]
    public void A_decimal_figure_opening_a_line_does_not_number_it(string text, string number, bool numbers)
    {
        // The "5" of "1.5 triệu đồng" opening a line was that line's number: a "5" typed alone was not marked there, nor counted for its passage.
        var at = text.IndexOf(number, text.IndexOf('\n'), StringComparison.Ordinal);
        Assert.Equal(numbers, SectionNumbering.NumbersALine(text, at, at + number.Length));
    }

    [Theory]
    // A sentence a page break leaves on a joining word or a comma goes on in a figure, decimal or not, as in a word.
    [InlineData("Mỗi học sinh bán trú được hỗ trợ tiền ăn hằng tháng với\n\n1.5 triệu đồng/học sinh, do ngân sách tỉnh bảo đảm.",
        "Mỗi học sinh bán trú được hỗ trợ tiền ăn hằng tháng với 1.5 triệu đồng/học sinh, do ngân sách tỉnh bảo đảm.")]
    [InlineData("Mỗi học sinh bán trú được hỗ trợ tiền ăn hằng tháng với\n\n15 triệu đồng/năm, do ngân sách tỉnh bảo đảm.",
        "Mỗi học sinh bán trú được hỗ trợ tiền ăn hằng tháng với 15 triệu đồng/năm, do ngân sách tỉnh bảo đảm.")]
    [InlineData("Trong năm học 2023-2024,\n\n12.5 % học sinh dân tộc thiểu số được hỗ trợ gạo.", "Trong năm học 2023-2024, 12.5 % học sinh dân tộc thiểu số được hỗ trợ gạo.")]
    // Figures opening paragraphs one after another, after a comma, are a list's items, as "a)", "b)" are: each its own paragraph.
    [InlineData("Mức hỗ trợ tiền ăn mỗi tháng như sau,\n\n1.5 triệu đồng/học sinh đối với xã đặc biệt khó khăn;\n\n1.2 triệu đồng/học sinh đối với xã khu vực II;\n\n" +
                "12.5 % kinh phí còn lại do ngân sách huyện bảo đảm.",
        "Mức hỗ trợ tiền ăn mỗi tháng như sau,", "1.5 triệu đồng/học sinh đối với xã đặc biệt khó khăn;", "1.2 triệu đồng/học sinh đối với xã khu vực II;",
        "12.5 % kinh phí còn lại do ngân sách huyện bảo đảm.")]
    [InlineData("Mức hỗ trợ tiền ăn mỗi tháng như sau,\n\n15 triệu đồng/học sinh đối với xã đặc biệt khó khăn;\n\n12 triệu đồng/học sinh đối với xã khu vực II.",
        "Mức hỗ trợ tiền ăn mỗi tháng như sau,", "15 triệu đồng/học sinh đối với xã đặc biệt khó khăn;", "12 triệu đồng/học sinh đối với xã khu vực II.")]
    public void A_paragraph_a_page_break_leaves_on_a_joining_word_goes_on_in_a_figure_but_a_list_of_figures_stays_apart(string body, params string[] paragraphs)
    {
        // Since a decimal figure is no list number (SectionNumbering.FigureGoesOn), "… như sau," then "1.5 triệu đồng/học sinh …;" and
        // "1.2 triệu đồng/học sinh …;" joined the first item to the lead-in, its sibling apart, as whole numbers already were.
        var document = DocumentParser.Parse("KẾ HOẠCH\nHỗ trợ học sinh bán trú năm học 2024-2025\n\nI. MỨC HỖ TRỢ\n\n" + body + "\n", "x", "x.md");
        Assert.Equal(paragraphs, document.Blocks.SkipWhile(b => !b.Text.StartsWith("I. ")).Skip(1).Select(b => b.Text));
    }

    [Theory]
    [InlineData("Bảo đảm bán kính đi học phù hợp với điều kiện\n\n3\n\ncủa từng địa bàn.", "Bảo đảm bán kính đi học phù hợp với điều kiện của từng địa bàn.")]
    [InlineData("Các trường tổ chức dạy học theo\n\n12\n\nQuyết định số 2045/QĐ-BGDĐT ngày 31/7/2025.", "Các trường tổ chức dạy học theo Quyết định số 2045/QĐ-BGDĐT ngày 31/7/2025.")]
    [InlineData("Các trường tổ chức dạy học 2 buổi/ngày,\n\nTrang 4\n\nbảo đảm đủ điều kiện.", "Các trường tổ chức dạy học 2 buổi/ngày, bảo đảm đủ điều kiện.")]
    public void A_page_number_between_the_halves_of_a_sentence_is_left_out(string body, string paragraph)
    {
        // The testers' 308 (Bắc Ninh): a page's "3" left on its line in mid-sentence stayed in the text, "… phù hợp với điều kiện" one paragraph
        // and "3 của từng địa bàn." another; the phrase "điều kiện của từng địa bàn" in quotes found nothing.
        var document = DocumentParser.Parse("KẾ HOẠCH\nSắp xếp trường, lớp năm học 2025-2026\n\nI. NỘI DUNG\n\n" + body + "\n", "x", "x.txt");
        Assert.Equal([paragraph], document.Blocks.SkipWhile(b => !b.Text.StartsWith("I. ")).Skip(1).Select(b => b.Text));
    }

    /// <summary>
    /// Every paragraph opened by a lettered item ("a) Các nhà trường …") or by a Party document's "I-" or "1-" is a section staff can link to, in directives the parser
    /// was not built on. A heading with no closing full stop followed by "a) …" in lower case once read
    /// as a page break in mid-sentence, and the item vanished into the heading. (The seeds number their items I., 1. and 1.1. only.)
    /// </summary>
    [Fact]
    public void Sibling_items_render_alike_whatever_their_length()
    {
        // "b) Rà soát … 120/KH-UBND." under 120 characters was a bold heading, its longer sibling "a) …" a paragraph.
        const string text = "KẾ HOẠCH\n\nThực hiện nhiệm vụ năm học 2024-2025\n\nII. NHIỆM VỤ\n\n1. Phòng Giáo dục và Đào tạo\n\n" +
                            "a) Tham mưu Ủy ban nhân dân huyện triển khai Nghị quyết số 08/2023/NQ-HĐND của Hội đồng nhân dân tỉnh về hỗ trợ học sinh bán trú, bảo đảm đủ điều kiện.\n\n" +
                            "b) Rà soát, sắp xếp mạng lưới trường lớp theo Kế hoạch số 120/KH-UBND.\n";
        var document = DocumentParser.Parse(text, "x", "x.md");
        var html = DocumentHtml.Render(document, [], key => "#" + key);
        Assert.Contains("<h", Regex.Match(html, @"<[^>]+>[^<]*1\. Phòng Giáo dục").Value);
        foreach (var item in new[] { "a) Tham mưu", "b) Rà soát" })
            Assert.DoesNotMatch(@"<h\d[^>]*>(?:<[^>]+>)*" + Regex.Escape(item), html);
    }

    [Fact]
    public void A_tables_numbered_rows_open_no_section_and_a_paragraph_after_the_table_is_not_joined_to_its_last_row()
    {
        // A schedule's first column numbers its tasks as items are numbered ("1. Tuyên truyền"); they are rows of the section the
        // table is in. Its last row ends without a full stop, and the paragraph after it, in lower case, is not that row going on.
        const string text = "KẾ HOẠCH\n\nTuyên truyền năm học 2024-2025\n\nI. MỤC ĐÍCH\n\nNâng cao nhận thức.\n\nII. LỊCH THỰC HIỆN\n\n" +
                            "| Nội dung | Thời gian |\n|---|---|\n| 1. Tuyên truyền trên cổng thông tin | Tháng 9 |\n| a) Hội nghị cán bộ | Tháng 10 |\n\n" +
                            "các trường báo cáo kết quả về Sở trước ngày 30/5.\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác phòng thực hiện.\n";
        var document = DocumentParser.Parse(text, "x", "x.md");
        Assert.Equal(["MỤC ĐÍCH", "LỊCH THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"], document.Sections.Where(s => s.Number.Length > 0).Select(s => s.Heading));
        var schedule = document.Sections.Single(s => s.Heading == "LỊCH THỰC HIỆN");
        Assert.Equal("Nội dung | Thời gian\n1. Tuyên truyền trên cổng thông tin | Tháng 9\na) Hội nghị cán bộ | Tháng 10\ncác trường báo cáo kết quả về Sở trước ngày 30/5.",
            schedule.Text.Replace("II. LỊCH THỰC HIỆN\n", ""));
        Assert.Equal(3, document.Blocks.Count(b => b.Kind == BlockKind.TableRow));
    }

    [Fact]
    public void Each_lettered_item_opens_a_section()
    {
        var reader = new CorpusReader(TestPaths.HeldOut);
        var checkedItems = 0;
        foreach (var file in reader.Files())
        {
            var document = reader.Read(file).Document!;
            // Lettered items, and the Party numbering "I-" and "1-" (106).
            var items = Regex.Matches(document.Text, @"(?<=\n\n\**)(?<n>[a-zđ]|\d{1,2}|[IVX]+)(?<d>[)-]) (?<rest>[^\n*]{1,40})")
                .Select(m => (m.Groups["n"].Value, m.Groups["d"].Value, m.Groups["rest"].Value)).ToList();
            foreach (var (number, mark, start) in items)
            {
                Assert.True(document.Sections.Any(s => s.Number == number && s.Text.Contains($"{number}{mark} {start}", StringComparison.Ordinal)),
                    $"{document.Id}: \"{number}{mark} {start}…\" is not a section of its own");
                checkedItems++;
            }
        }
        Assert.True(checkedItems >= 20, $"only {checkedItems} numbered items checked");
    }

    [Fact]
    public void Parts_hold_the_numbered_headings_under_them()
    {
        // "PHẦN I. …" then "1.", "1.1." (112): each part's "1." is a child of that part, not a repeat of the one before.
        var document = TestPaths.HeldOutDocument("112_");
        var parts = document.Sections.Where(s => s.Number.StartsWith("PHẦN", StringComparison.Ordinal)).ToList();
        Assert.Equal(["PHẦN I", "PHẦN II", "PHẦN III"], parts.Select(p => p.Number));
        Assert.All(document.Sections.Where(s => s.Number == "1"), s => Assert.Contains(s.ParentId, parts.Select(p => p.Id)));
        Assert.Equal(document.Sections.Count, document.Sections.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Roman_numbered_headings_after_a_numbered_list_of_grounds_are_at_the_top()
    {
        // 121 lists its grounds "1. Luật Giáo dục … 4. Công văn …" before "I. KẾT QUẢ": I to V were children of ground 4, and each
        // Roman heading's own "1.", "2." the top of the page.
        var document = TestPaths.HeldOutDocument("121_");
        var roman = document.Sections.Where(s => s.Number is "I" or "II" or "III" or "IV" or "V").ToList();
        Assert.Equal(["I", "II", "III", "IV", "V"], roman.Select(s => s.Number));
        Assert.All(roman, s => Assert.Equal((0, (string?)null), (s.Depth, s.ParentId)));
        Assert.All(document.Sections.SkipWhile(s => s.Number != "I").Where(s => s.Number == "1"),
            s => Assert.Contains(s.ParentId, roman.Select(r => r.Id)));
        // The grounds listed are the preamble's, with what follows them: they were sections, the last holding the rest of the preamble.
        var preamble = document.Sections.Single(s => s.Id == SectionBuilder.PreambleId);
        Assert.Contains("1. Luật Giáo dục", preamble.Text, StringComparison.Ordinal);
        Assert.Contains("Thực hiện Nghị quyết số 05-NQ/HU", preamble.Text, StringComparison.Ordinal);
        Assert.Equal("I", document.Sections[1].Number);
    }

    [Fact]
    public void An_attached_rule_whose_title_runs_on_under_its_kind_opens_its_own_part()
    {
        // 124's annex "QUY CHẾ" has its title on the next line, one paragraph: it stayed in the recipients, and its articles were
        // top-level sections of the decision ("s-dieu-1_2").
        var document = TestPaths.HeldOutDocument("124_");
        var annex = Assert.Single(document.Sections, s => s.Heading == "Quy chế");
        var articles = document.Sections.SkipWhile(s => s.Id != annex.Id).Where(s => s.Number.StartsWith("Điều", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(articles);
        Assert.All(articles, s => Assert.Equal(annex.Id, s.ParentId));
        Assert.DoesNotContain("Điều 1. Chức năng", document.Sections.Single(s => s.Id == SectionBuilder.RecipientsId).Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Search reads neither the addressees under the header ("Kính gửi:" and its list) nor the recipients at the end ("Nơi nhận:"
    /// and its list), in every held-out directive that has them; it still reads what follows each list.
    /// </summary>
    [Fact]
    public void Search_reads_no_addressee_and_the_text_after_each_list()
    {
        var reader = new CorpusReader(TestPaths.HeldOut);
        var checkedLists = 0;
        foreach (var file in reader.Files())
        {
            var document = reader.Read(file).Document!;
            foreach (var section in document.Sections)
            {
                var searchable = Addressees.Searchable(section);
                Assert.Equal(section.Text.Length, searchable.Length);
                var lines = section.Text.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    if (!lines[i].StartsWith("Kính gửi", StringComparison.Ordinal) && !lines[i].StartsWith("Nơi nhận", StringComparison.Ordinal)) continue;
                    checkedLists++;
                    var j = i;
                    // The list: the opening line, and each line after one ending with ':' or ';'.
                    while (j < lines.Length && (j == i || lines[j - 1].TrimEnd().EndsWith(':') || lines[j - 1].TrimEnd().EndsWith(';')))
                    {
                        Assert.DoesNotContain(lines[j].Trim(), searchable.Split('\n').Where(l => l.Trim().Length > 0));
                        j++;
                    }
                    if (j < lines.Length && lines[j].Trim().Length > 0)
                        Assert.Contains(lines[j], searchable.Split('\n'));
                }
            }
        }
        Assert.True(checkedLists >= 20, $"only {checkedLists} lists checked");
    }

    [Fact]
    public void A_list_of_addressees_is_not_searched_however_its_items_end_and_the_text_around_it_is()
    {
        // Items ending with nothing or a full stop ended the list at its first item: "Sở Tài chính (để b/c)" made a text about finance.
        const string text = "KẾ HOẠCH\nTổ chức ngày hội đọc sách\n\nKính gửi:\n\n- Các trường THPT\n- Trung tâm GDNN-GDTX\n\n" +
                            "Thực hiện chỉ đạo của Sở.\n\n- Khuyến khích học sinh đọc sách\n\nNơi nhận:\n\n- Như trên\n- Sở Tài chính (để b/c)\n- Lưu VT.\n\n" +
                            "KT. GIÁM ĐỐC\n\nNguyễn Văn An\n";
        var document = DocumentParser.Parse(text, "x", "x.md");
        var searchable = string.Join("\n", document.Sections.Select(Addressees.Searchable));
        foreach (var addressee in new[] { "Các trường THPT", "GDNN-GDTX", "Như trên", "Tài chính", "Lưu VT" }) Assert.DoesNotContain(addressee, searchable);
        foreach (var read in new[] { "Thực hiện chỉ đạo của Sở.", "Khuyến khích học sinh đọc sách", "GIÁM ĐỐC", "Nguyễn Văn An" }) Assert.Contains(read, searchable);

        // An addressee written on the opening line: the list after it is the text's own.
        var inline = DocumentParser.Parse("CÔNG VĂN\n\nKính gửi: Các trường THPT.\n\n- Tổ chức ngày hội đọc sách\n", "y", "y.md");
        Assert.Contains("Tổ chức ngày hội đọc sách", string.Join("\n", inline.Sections.Select(Addressees.Searchable)));
    }

    [Fact]
    public void A_file_written_one_paragraph_a_line_keeps_its_header_sections_and_recipients()
    {
        // No blank line anywhere: Markdig read the header as one paragraph (the title ran on into the date and the addressees,
        // so no date), "1. Công tác chỉ đạo" took its "a)" as its heading, and the recipients were searched as section 2.
        const string text = "UBND TỈNH LÀO CAI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2210/SGDĐT-GDMN\nV/v tăng cường công tác an toàn thực phẩm trong trường mầm non\n" +
                            "Lào Cai, ngày 18 tháng 9 năm 2024\nKính gửi: Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố.\n" +
                            "Căn cứ Thông tư số 13/2016/TTLT-BYT-BGDĐT ngày 12/5/2016, Sở hướng dẫn nội dung sau:\n1. Công tác chỉ đạo\n" +
                            "a) Quán triệt đến 100% cán bộ quản lý.\nb) Ký hợp đồng cung cấp thực phẩm an toàn.\n2. Công tác kiểm tra\n" +
                            "a) Kiểm tra đột xuất bếp ăn.\nb) Báo cáo kết quả kiểm tra về Sở trước ngày 15/12/2024.\nNơi nhận:\n- Như trên;\n" +
                            "- Lưu: VT, GDMN.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nPhạm Thị Hoa\n";
        var document = DocumentParser.Parse(text, "907", "907.txt");
        Assert.Equal("2024-09-18", document.Info.Date);
        Assert.DoesNotContain("Kính gửi", document.Info.Title, StringComparison.Ordinal);
        Assert.Equal("Công tác chỉ đạo", document.Sections.Single(s => s.Number == "1").Heading);
        Assert.Equal(["1", "a", "b", "2", "a", "b"], document.Sections.Where(s => s.Number.Length > 0).Select(s => s.Number));
        Assert.Contains(document.Sections, s => s.Heading == "Nơi nhận" && s.Text.Contains("Như trên", StringComparison.Ordinal));
        Assert.DoesNotContain("Như trên", document.Sections.Last(s => s.Number == "b").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_stays_in_the_section_it_stands_in()
    {
        // "---" before an attached regulation rendered as <section id=""><hr></section>: an empty id, repeated for every rule.
        var document = DocumentParser.Parse("QUYẾT ĐỊNH\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n\n---\n\nĐiều 2. Quyết định có hiệu lực.\n\n---\n", "r", "r.md");
        var html = DocumentHtml.Render(document, [], key => key);
        Assert.DoesNotContain("id=\"\"", html, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "<hr>"));
        Assert.All(document.Blocks, b => Assert.NotEqual("", b.SectionId));
    }
    [Fact]
    public void A_numbered_heading_in_a_txt_keeps_the_paragraph_on_the_next_line_out_of_its_heading_but_a_wrapped_heading_whole()
    {
        // Converted without blank lines, "3. Ôn tập …" took the paragraph under it as its heading; the heading of item 1 is wrapped where its
        // line was full, and its second line, opening with a name in capitals, is still the heading.
        const string text = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTHÀNH PHỐ ĐÀ NẴNG\n\nSố: 2150/SGDĐT-GDTrH\nV/v hướng dẫn kiểm tra, đánh giá học sinh THCS, THPT năm học 2024-2025\n\n" +
                            "Đà Nẵng, ngày 20 tháng 8 năm 2024\n\nII. NỘI DUNG\n\n" +
                            "1. Tiếp tục quán triệt Nghị quyết số 29-NQ/TW của Ban Chấp hành\nTrung ương Đảng về đổi mới căn bản, toàn diện giáo dục và đào tạo\n\n" +
                            "2. Kiểm tra, đánh giá định kỳ\n\nCác trường tổ chức kiểm tra giữa kỳ và cuối kỳ theo kế hoạch.\n\n" +
                            "3. Ôn tập và đánh giá năng lực học sinh lớp 12\n" +
                            "Các trường THPT xây dựng kế hoạch ôn tập cho học sinh lớp 12 chuẩn bị Kỳ thi tốt nghiệp THPT năm 2025 theo Quyết định số 4068/QĐ-BGDĐT ngày 28/11/2023 phê duyệt Phương án tổ chức Kỳ thi tốt nghiệp THPT từ năm 2025; chú trọng rèn luyện kỹ năng làm bài trắc nghiệm, tự luận.\n\n" +
                            "III. TỔ CHỨC THỰC HIỆN\n\nCác phòng chuyên môn theo dõi, tổng hợp.\n";
        var document = DocumentParser.Parse(text, "x", "x.txt");
        Assert.Equal(["NỘI DUNG", "Tiếp tục quán triệt Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương Đảng về đổi mới căn bản, toàn diện giáo dục và đào tạo",
                "Kiểm tra, đánh giá định kỳ", "Ôn tập và đánh giá năng lực học sinh lớp 12", "TỔ CHỨC THỰC HIỆN"],
            document.Sections.Where(s => s.Number.Length > 0).Select(s => s.Heading));
        var review = document.Sections.Single(s => s.Number == "3");
        Assert.StartsWith("3. Ôn tập và đánh giá năng lực học sinh lớp 12\nCác trường THPT xây dựng kế hoạch ôn tập", review.Text);
    }

    [Theory]
    // A semicolon joins the parts of a heading line, and nothing within brackets ends one: cut at the first ";", "2." was left with
    // its bracket open and "8." lost its second half (seed 003).
    [InlineData("2. Đổi mới công tác quản lý (phân cấp quản lý, tự chủ tự chịu trách nhiệm; kỷ cương, nền nếp)",
        "Đổi mới công tác quản lý (phân cấp quản lý, tự chủ tự chịu trách nhiệm; kỷ cương, nền nếp)")]
    [InlineData("8. Đẩy mạnh ứng dụng công nghệ thông tin; nâng cao chất lượng dạy, học ngoại ngữ",
        "Đẩy mạnh ứng dụng công nghệ thông tin; nâng cao chất lượng dạy, học ngoại ngữ")]
    [InlineData("1. Mức thu học phí năm học 2024 - 2025 (đơn vị tính: nghìn đồng/học sinh/tháng)",
        "Mức thu học phí năm học 2024 - 2025 (đơn vị tính: nghìn đồng/học sinh/tháng)")]
    // A heading line whose text follows on the same line is headed up to the colon or full stop; a paragraph of text by its first clause.
    [InlineData("3. Tăng cường công tác kiểm tra: các trường tự kiểm tra; Phòng kiểm tra xác suất.", "Tăng cường công tác kiểm tra")]
    [InlineData("4. Công tác phổ cập. Các xã duy trì đạt chuẩn phổ cập giáo dục", "Công tác phổ cập")]
    [InlineData("a) Tham mưu Ủy ban nhân dân huyện kiện toàn Ban Chỉ đạo; phối hợp với các xã rà soát số liệu phổ cập.", "Tham mưu Ủy ban nhân dân huyện kiện toàn Ban Chỉ đạo")]
    [InlineData("b) Kết thúc học kỳ I trước ngày 01/02/2025;", "Kết thúc học kỳ I trước ngày 01/02/2025")]
    [InlineData("5. Bảo đảm 1.000 phòng học kiên cố cho vùng khó khăn", "Bảo đảm 1.000 phòng học kiên cố cho vùng khó khăn")]
    // An article is headed by its title; one whose words are a paragraph of text has none, not a clause cut from it (seed 004).
    [InlineData("Điều 2. Nhiệm vụ, quyền hạn của Ban Chỉ đạo", "Nhiệm vụ, quyền hạn của Ban Chỉ đạo")]
    [InlineData("**Điều 2.** Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Giáo dục và Đào tạo chịu trách nhiệm thi hành Quyết định này./.", "")]
    [InlineData("Điều 3. Quyết định này có hiệu lực từ ngày ký; thay thế Quyết định số 2210/QĐ-UBND ngày 18 tháng 10 năm 2021.", "")]
    [InlineData("Điều 1. Kiện toàn Ban Chỉ đạo phổ cập giáo dục tỉnh gồm các ông (bà) có tên sau:", "")]
    public void A_numbered_block_is_headed_by_its_heading_line_or_first_clause(string block, string heading)
    {
        var text = "KẾ HOẠCH\n\nThực hiện nhiệm vụ năm học 2024-2025\n\nI. NHIỆM VỤ\n\n" + block + "\n\nCác đơn vị thực hiện.\n";
        var document = DocumentParser.Parse(text, "x", "x.md");
        var section = document.Sections.Single(s => s.Number.Length > 0 && s.Number != "I");
        Assert.Equal(heading, section.Heading);
        Assert.Equal(heading.Length == 0 ? section.Number : $"{section.Number}. {heading}", section.Label);
    }

    [Fact]
    public void An_annex_set_in_plain_lines_after_the_signature_is_a_section_of_its_own()
    {
        // 121 (.txt): "PHỤ LỤC" on the line above "DANH SÁCH TRƯỜNG …" and "(Kèm theo Kế hoạch số 210/KH-UBND …)", then its table,
        // were the recipients' section: a search for "trường chuẩn quốc gia mức độ 2" showed the table under "Nơi nhận:", and the
        // table of contents had no "Phụ lục". 118 writes "## PHỤ LỤC" apart, and was split right.
        var document = TestPaths.HeldOutDocument("121_");
        var annex = Assert.Single(document.Sections, s => s.Heading == "Phụ lục");
        Assert.Contains("DANH SÁCH TRƯỜNG", annex.Text, StringComparison.Ordinal);
        var recipients = document.Sections.Single(s => s.Id == SectionBuilder.RecipientsId);
        Assert.DoesNotContain("DANH SÁCH TRƯỜNG", recipients.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Blocks, b => b.Kind == BlockKind.TableRow && b.SectionId == SectionBuilder.RecipientsId);
    }
}
