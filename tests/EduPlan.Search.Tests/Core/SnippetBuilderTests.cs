using EduPlan.Search.Core.Searching;

namespace EduPlan.Search.Tests.Core;

public sealed class SnippetBuilderTests
{
    [Theory]
    // From a tester: "Đà Nẵng" marked the "ĐA" of 06-ĐA/TU beside the words typed, as a word alike only folded is not.
    [InlineData("Đà Nẵng", "Thực hiện Đề án số 06-ĐA/TU của Tỉnh ủy; các trường tại Đà Nẵng triển khai.", "<mark>Đà</mark> <mark>Nẵng</mark>", "<mark>06-ĐA/TU</mark>")]
    // Where only a look-alike is there, it is what the snippet can show, as for words.
    [InlineData("Đà Nẵng", "Thực hiện Đề án số 06-ĐA/TU của Tỉnh ủy.", "<mark>06-ĐA/TU</mark>", null)]
    // Codes and numbers typed without marks are the symbol's as typed.
    [InlineData("qd 2457", "Thực hiện Quyết định số 2457/QĐ-BGDĐT; Quyết định số 2210/QĐ-UBND.", "<mark>2457/QĐ-BGDĐT</mark>", "<mark>2210/QĐ-UBND</mark>")]
    public void A_symbols_part_is_marked_as_a_word_would_be(string q, string text, string marked, string? notMarked)
    {
        var snippet = SnippetBuilder.Build(text, UserQuery.Parse(q));
        Assert.Contains(marked, snippet);
        if (notMarked is not null) Assert.DoesNotContain(notMarked, snippet);
    }

    [Theory]
    [InlineData("Luật Trẻ em 2016", "<mark>Luật Trẻ em ngày 05 tháng 4 năm 2016</mark>")]
    [InlineData("luat tre em nam 2016", "<mark>Luật Trẻ em ngày 05 tháng 4 năm 2016</mark>")]
    [InlineData("Luật Giáo dục 2019", "<mark>Luật Giáo dục số 43/2019/QH14</mark>")]
    public void A_law_named_with_its_year_is_marked_whole_where_the_text_cites_it(string q, string marked)
    {
        // Grounds as a resolution writes them: the law sought comes after other laws and numbers of its year, past the first window.
        const string text = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật sửa đổi, bổ sung một số điều của "
                            + "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương số 47/2019/QH14 ngày 22 tháng 11 năm 2019; Căn cứ Luật "
                            + "Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2016; "
                            + "Căn cứ Luật Giáo dục số 43/2019/QH14; Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016; Căn cứ Nghị định số 24/2016/NĐ-CP "
                            + "ngày 23 tháng 3 năm 2016 của Chính phủ; Xét Tờ trình số 12/TTr-SGDĐT của Sở Giáo dục và Đào tạo.";
        var snippet = SnippetBuilder.Build(text, UserQuery.Parse(q));
        Assert.Contains(marked, snippet);
        Assert.Equal(1, snippet.Split("<mark>").Length - 1);
    }

    [Fact]
    public void The_words_typed_beside_a_law_are_marked_as_words()
    {
        // "giáo" typed twice: the name's is the law's, the other is the word "giáo viên", marked where the text writes it so; the "giáo" of
        // "nhà giáo" is another word, as the document view has it (it was marked here, not there).
        var snippet = SnippetBuilder.Build("Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019 là 85%; nhà giáo được bồi dưỡng.",
            UserQuery.Parse("Luật giáo dục 2019 giáo viên"));
        Assert.Equal("Tỷ lệ <mark>giáo</mark> <mark>viên</mark> đạt chuẩn trình độ đào tạo theo <mark>Luật Giáo dục năm 2019</mark> là 85%; nhà giáo được bồi dưỡng.", snippet);
    }

    [Theory]
    [InlineData("phổ cập", "Duy trì <mark>phổ</mark> <mark>cập</mark> giáo dục; cập nhật số liệu phổ thông hằng năm.")]
    [InlineData("tổ chức", "Các <mark>tổ</mark> <mark>chức</mark> đoàn thể phối hợp; bảo vệ Tổ quốc, chức năng tham mưu.")]
    public void A_syllable_of_a_word_typed_is_marked_where_the_text_writes_the_word_not_in_another_word(string q, string expected)
    {
        // "phổ cập" marked the "cập" of "cập nhật" and the "phổ" of "phổ thông" beside "phổ cập" itself (113 such marks over the testers'
        // and held-out directives): a word is its syllables in a row, and the document view marked them there only.
        var text = System.Text.RegularExpressions.Regex.Replace(expected, "</?mark>", "");
        Assert.Equal(expected, SnippetBuilder.Build(text, UserQuery.Parse(q)));
    }

    [Fact]
    public void A_syllable_the_text_holds_only_apart_is_still_marked()
    {
        // Where the text never writes the word, its syllables apart are what matched, and shown.
        Assert.Equal("<mark>Cập</mark> nhật chương trình <mark>phổ</mark> thông; <mark>cập</mark> nhật số liệu.",
            SnippetBuilder.Build("Cập nhật chương trình phổ thông; cập nhật số liệu.", UserQuery.Parse("phổ cập")));
    }

    [Theory]
    [InlineData("tuyển sinh lớp 10", "Căn cứ Kế hoạch số 45/KH-UBND ngày 10/9/2025 của UBND xã về <mark>tuyển</mark> <mark>sinh</mark>.")]
    [InlineData("tuyển sinh lớp 10", "Nghị quyết thông qua ngày 10 tháng 12 năm 2025 về <mark>tuyển</mark> <mark>sinh</mark>.")]
    [InlineData("tuyển sinh lớp 10", "Ngày 3 tháng 10 năm 2025, Sở họp về <mark>tuyển</mark> <mark>sinh</mark>.")]
    // A number typed as a date's part is the date's; a number alone in the text still shows.
    [InlineData("ngày 10/9/2025", "Kế hoạch số 45/KH-UBND <mark>ngày</mark> <mark>10/9/2025</mark> của UBND xã.")]
    [InlineData("tuyển sinh 10 lớp", "<mark>Tuyển</mark> <mark>sinh</mark> <mark>10</mark> <mark>lớp</mark> học.")]
    public void A_number_typed_beside_a_word_is_not_marked_as_a_dates_day_or_month(string q, string expected)
    {
        // "thi tuyển sinh lớp 10 năm học 2025-2026" marked the 10 of "ngày 10/9/2025" and "ngày 10 tháng 12" in passages that never said "lớp 10".
        var text = System.Text.RegularExpressions.Regex.Replace(expected, "</?mark>", "");
        Assert.Equal(expected, SnippetBuilder.Build(text, UserQuery.Parse(q)));
    }
}
