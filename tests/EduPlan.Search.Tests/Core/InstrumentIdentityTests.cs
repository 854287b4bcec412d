using EduPlan.Search.Core.Searching;

namespace EduPlan.Search.Tests.Core;

/// <summary>What makes citations in different directives one instrument of the graph, on the held-out directives (Data/heldout).</summary>
public sealed class InstrumentIdentityTests
{
    [Fact]
    public void A_law_named_with_its_year_is_the_law_another_text_cites_by_name_and_number()
    {
        // 113 cites "Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015"; other directives name the same law
        // "ngày 19 tháng 6 năm 2015" without its number. They were two nodes, and the numbered one was cited by a single directive.
        using var service = new SearchService(new SearchOptions(Path.Combine(TestPaths.Data, "heldout"), TestPaths.TempFolder("identity")));
        service.EnsureIndex();
        var graph = service.Current!.Graph;
        var numbered = graph.Find("77-2015-qh13-2015");
        Assert.NotNull(numbered);
        Assert.Equal("Luật Tổ chức chính quyền địa phương", numbered.Title);
        Assert.Same(numbered, graph.Find("luat-to-chuc-chinh-quyen-dia-phuong-2015"));
        var citing = graph.CitingDocuments(numbered.Key);
        Assert.Contains("113_heldout_nqhdnd", citing);
        Assert.True(citing.Count >= 3, string.Join(", ", citing));
    }
}
