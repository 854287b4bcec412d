namespace EduPlan.Search.Tests.Http;

/// <summary>Paging through a search matching hundreds of the testers' directives (Data/testers), as staff and portals page.</summary>
[Collection(TestersCollection.Name)]
public sealed class PagingTests(TestersFixture testers)
{
    [Theory]
    // A page past the first 200 rescored more of the first pass's best, and reordering them all moved documents between pages: paging
    // through "chính quyền 2 cấp" by 100 showed 19 documents twice and never showed 19 others, two of them saying "chính quyền địa phương
    // hai cấp" (769, 829).
    [InlineData("chính quyền 2 cấp", 100)]
    [InlineData("học sinh", 100)]
    [InlineData("giáo viên", 7)]
    public async Task Every_page_together_lists_each_match_once(string typed, int size)
    {
        var first = await testers.Search(typed, $"&size={size}");
        var total = first.GetProperty("total").GetInt32();
        Assert.True(total > 300, $"{typed}: {total} matches, fewer than the windows this is about");
        var ids = new List<string>();
        for (var page = 1; (page - 1) * size < total; page++)
            ids.AddRange(ApiFixture.HitIds(await testers.Search(typed, $"&size={size}&page={page}")));
        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
