namespace EduPlan.Search.Tests.Http;

/// <summary>What makes citations in different directives one instrument of the graph, on the held-out directives (Data/heldout).</summary>
[Collection(HeldOutCollection.Name)]
public sealed class InstrumentIdentityTests(HeldOutFixture heldOut)
{
    [Fact]
    public async Task A_law_named_with_its_year_is_the_law_another_text_cites_by_name_and_number()
    {
        // 113 cites "Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015"; other directives name the same law
        // "ngày 19 tháng 6 năm 2015" without its number. They were two nodes, and the numbered one was cited by a single directive.
        var numbered = await heldOut.Get("/api/instruments/77-2015-qh13-2015");
        Assert.Equal("Luật Tổ chức chính quyền địa phương", numbered.GetProperty("title").GetString());
        var citing = numbered.GetProperty("citedBy").EnumerateArray().Select(c => c.GetProperty("document").GetProperty("id").GetString()).Distinct().ToList();
        Assert.Contains("113_heldout_nqhdnd", citing);
        Assert.True(citing.Count >= 3, string.Join(", ", citing));

        // The named key still leads there, with the node's citations (it answered the node with none).
        var named = await heldOut.Get("/api/instruments/luat-to-chuc-chinh-quyen-dia-phuong-2015");
        Assert.Equal("77-2015-qh13-2015", named.GetProperty("key").GetString());
        Assert.Equal(numbered.GetProperty("citedBy").GetArrayLength(), named.GetProperty("citedBy").GetArrayLength());
        var graph = await heldOut.Get("/api/graph?focus=luat-to-chuc-chinh-quyen-dia-phuong-2015&depth=1");
        Assert.Contains(graph.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("key").GetString() == "77-2015-qh13-2015");
        Assert.True(graph.GetProperty("edges").GetArrayLength() >= 3);
    }
}
