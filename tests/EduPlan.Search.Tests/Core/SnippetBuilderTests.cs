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
}
