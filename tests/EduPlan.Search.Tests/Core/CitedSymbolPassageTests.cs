using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Searching;

namespace EduPlan.Search.Tests.Core;

/// <summary>A symbol the text writes only in part is found through the citation, and its passage is the citation's section.</summary>
public sealed class CitedSymbolPassageTests
{
    private const string Letter =
        "UBND TỈNH NGHỆ AN\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 1520/SGDĐT-GDTrH\n\n*Nghệ An, ngày 12 tháng 9 năm 2024*\n\n" +
        "V/v hướng dẫn dạy học năm học 2024 - 2025\n\n1. Về kế hoạch dạy học\n\nCác trường xây dựng kế hoạch dạy học theo chương trình.\n\n" +
        "2. Về kiểm tra\n\nCác trường tổ chức kiểm tra theo Quyết định số 1234, 1235 và 1236/QĐ-SGDĐT của Sở.\n";

    [Theory]
    [InlineData("1235/QĐ-SGDĐT")]
    [InlineData("1234/QĐ-SGDĐT")]
    [InlineData("1236/QĐ-SGDĐT")]
    public void A_number_listed_before_one_symbol_shows_the_section_that_cites_it(string query)
    {
        var corpus = TestPaths.TempFolder("cited-passage");
        File.WriteAllText(Path.Combine(corpus, "902_nghe_an.md"), Letter);
        using var service = new SearchService(new SearchOptions(corpus, TestPaths.TempFolder("cited-passage-index")));
        service.EnsureIndex();

        var hit = Assert.Single(service.Current!.Search(new SearchRequest(query), UserQuery.Parse(query)).Hits);
        // The hit came without a passage: 1234 and 1235 are not written with the symbol, only cited with it.
        var passage = Assert.Single(hit.Passages);
        Assert.Equal("2. Về kiểm tra", passage.Heading);
        Assert.Contains("1236/QĐ-SGDĐT", passage.Snippet, StringComparison.Ordinal);
    }
}
