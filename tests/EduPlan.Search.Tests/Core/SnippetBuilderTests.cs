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
        // "giáo" typed twice: the name's is the law's, the other is a word as any ("giáo viên", and "nhà giáo" alone).
        var snippet = SnippetBuilder.Build("Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019 là 85%; nhà giáo được bồi dưỡng.",
            UserQuery.Parse("Luật giáo dục 2019 giáo viên"));
        Assert.Equal("Tỷ lệ <mark>giáo</mark> <mark>viên</mark> đạt chuẩn trình độ đào tạo theo <mark>Luật Giáo dục năm 2019</mark> là 85%; nhà <mark>giáo</mark> được bồi dưỡng.", snippet);
    }
}
