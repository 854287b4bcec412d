namespace EduPlan.Search.Tests.Http;

/// <summary>What a PDF conversion leaves between pages, as staff see it, on the testers' directives (Data/testers).</summary>
[Collection(TestersCollection.Name)]
public sealed class PageBreakRepairTests(TestersFixture testers)
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
}
