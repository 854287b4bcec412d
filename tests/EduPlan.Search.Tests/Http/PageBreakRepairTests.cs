using System.Text.Json;
using System.Text.RegularExpressions;

namespace EduPlan.Search.Tests.Http;

/// <summary>What a PDF conversion leaves between pages, as staff see it, on the testers' directives (Data/testers).</summary>
[Collection(TestersCollection.Name)]
public sealed partial class PageBreakRepairTests(TestersFixture testers)
{
    [Fact]
    public async Task A_page_number_left_in_mid_sentence_is_not_in_the_text_shown_or_searched()
    {
        // 308 (Bắc Ninh): "… phù hợp với điều kiện" / "3" / "của từng địa bàn.": the view showed "3 của từng địa bàn." as a paragraph of
        // its own, and the phrase in quotes found nothing.
        var hits = ApiFixture.HitIds(await testers.Search("\"phù hợp với điều kiện của từng địa bàn\""));
        Assert.Contains("308_w_qd_ubnd_bacninh_mangluoi", hits);
        var html = (await testers.Get("/api/documents/308_w_qd_ubnd_bacninh_mangluoi")).GetProperty("html").GetString()!;
        Assert.Contains("phù hợp với điều kiện của từng địa bàn.", html);
    }

    [Fact]
    public async Task A_page_number_left_between_two_whole_sentences_is_not_in_the_text_shown()
    {
        // 309 (Quảng Trị): "… của Bộ trưởng Bộ GDĐT." / "2" / "3. Dạy thêm, học thêm": page 2's number stood in the view as a paragraph "2".
        var html = (await testers.Get("/api/documents/309_w_cv_sgd_quangtri_nhiemvu")).GetProperty("html").GetString()!;
        Assert.DoesNotContain("<p>2</p>", html);
        Assert.Contains("Dạy thêm, học thêm", html);
    }

    [Fact]
    public async Task Page_numbers_written_with_dashes_are_left_out_and_lone_numbers_that_count_no_pages_stay()
    {
        // "- 2 -", the form many offices print, was a bullet "2 -" in the view (Markdig reads "- " as a list's item), and "- 3 -" cut a
        // sentence in two paragraphs. A lone number is a page's only where the lone numbers count the pages: a table's column of
        // numbers left one a line, or a "2" too near the top to end a page, is the text's.
        var page = string.Concat(Enumerable.Repeat("Các trường tổ chức dạy học hai buổi mỗi ngày theo kế hoạch giáo dục của nhà trường. ", 20));
        var dashed = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nHƯỚNG DẪN\nThực hiện nhiệm vụ năm học\n\n" + page + "\n\n- 2 -\n\n" + page + "Các đơn vị bảo đảm điều kiện\n\n– 3 –\n\n"
                     + "của từng địa bàn.\n\n" + page + "\n\nTrang 4\n\nCác đơn vị báo cáo kết quả.\n";
        var kept = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nBÁO CÁO\nKết quả tuyển sinh\n\nSố lớp của các trường:\n\n1\n\nTrường Tiểu học Kim Đồng\n\n2\n\nTrường Tiểu học Lê Lợi\n\n3\n\n"
                   + "Trường Tiểu học Trần Phú\n\n" + page + "\n\n5\n\nCác đơn vị báo cáo kết quả.\n";
        using var served = await TestHost.ServeAsync("page-numbers", ("dashed.txt", dashed), ("kept.txt", kept));
        var html = (await JsonDocument.ParseAsync(await served.Client.GetStreamAsync("/api/documents/dashed"))).RootElement.GetProperty("html").GetString()!;
        Assert.DoesNotMatch(PageNumberShown(), html);
        Assert.DoesNotContain("Trang 4", html);
        Assert.Contains("Các đơn vị bảo đảm điều kiện của từng địa bàn.", html);
        var other = (await JsonDocument.ParseAsync(await served.Client.GetStreamAsync("/api/documents/kept"))).RootElement.GetProperty("html").GetString()!;
        foreach (var number in new[] { "1", "2", "3", "5" }) Assert.Contains($"<p>{number}</p>", other);
    }

    [Theory]
    // 356 (a school's plan flattened from PDF): "- Căn cứ Công văn số" / "Trang 1/5" set mid-line / the page's running header / "3935/BGDĐT-GDTrH …":
    // the letter was no ground, and the view showed the header and the number as paragraphs of the text.
    [InlineData("356_zp_kh_truong_thcs_kimlong_namhoc", "3935/BGDĐT-GDTrH", "can_cu", "Căn cứ Công văn số 3935/BGDĐT-GDTrH")]
    [InlineData("356_zp_kh_truong_thcs_kimlong_namhoc", "89/KH-UBND", "thuc_hien", "triển khai Kế hoạch số 89/KH-UBND")]
    // 352 (a commune Party committee's plan): "… các chi bộ trường học tiếp tục thực hiện" / "2" / "Hướng dẫn số 152-HD/BTGTU …".
    [InlineData("352_zo_kh_dangu_xa_bienson_giaoduc", "152-HD/BTGTU", "thuc_hien", "tiếp tục thực hiện Hướng dẫn số 152-HD/BTGTU")]
    // 852 (a province's plan copied from a PDF): "Triển khai Kế hoạch số 1520/KH-" / "Trang 4/5" over the running header in one block / "SGDĐT
    // ngày 02/9/2025 …": the symbol cut at its hyphen was no citation, as its header set under a numbered page's line was no header.
    [InlineData("852_kh_ubnd_laocai_namhoc_pdf", "1520/KH-SGDĐT", "thuc_hien", "Triển khai Kế hoạch số 1520/KH- SGDĐT ngày 02/9/2025")]
    public async Task A_sentence_a_page_break_cut_before_a_citation_governs_it_over_the_pages_number_and_header(string id, string symbol, string relation, string shown)
    {
        var citation = (await testers.Get($"/api/documents/{id}/citations")).EnumerateArray()
            .First(c => c.GetProperty("instrument").GetProperty("symbol").GetString() == symbol);
        Assert.Equal(relation, citation.GetProperty("relation").GetString());
        var html = (await testers.Get($"/api/documents/{id}")).GetProperty("html").GetString()!;
        Assert.Contains(shown, Regex.Replace(html, "<[^>]+>", ""));
    }

    [Fact]
    public async Task A_pages_footer_set_beside_the_texts_number_is_no_text_and_no_citation()
    {
        // 388 (a scanned letter): "… được cộng điểm theo quy định tại" / "318/SGDĐT-GDTrH        Trang 2/3" / the running header / "Quy chế
        // ban hành kèm theo Thông tư 30; …": the sentence was cut, and each page's footer cited the letter's own number.
        const string id = "388_zzz_cv_sgd_tuyenquang_tuyensinh10";
        var html = (await testers.Get($"/api/documents/{id}")).GetProperty("html").GetString()!;
        var shown = Regex.Replace(html, "<[^>]+>", "");
        Assert.Contains("theo quy định tại Quy chế ban hành kèm theo Thông tư 30", shown);
        Assert.DoesNotContain("Trang 2/3", shown);
        var citations = (await testers.Get($"/api/documents/{id}/citations")).EnumerateArray().ToList();
        Assert.DoesNotContain(citations, c => c.GetProperty("instrument").GetProperty("symbol").GetString() == "318/SGDĐT-GDTrH");
    }

    /// <summary>A page's number as a paragraph or an item of its own: "2 -", "– 3 –".</summary>
    [GeneratedRegex(@"<(?:p|li)>\s*[-–]?\s*\d\s*[-–]\s*</(?:p|li)>")]
    private static partial Regex PageNumberShown();
}
