using EduPlan.Search.Core.Searching;

namespace EduPlan.Search.Tests.Http;

/// <summary>A commune's or a district's name typed with its capitals after its level's word: its words side by side in every match.</summary>
[Collection(TestersCollection.Name)]
public sealed class PlaceNamedTests(TestersFixture testers)
{
    [Fact]
    public async Task A_communes_name_after_its_level_finds_the_texts_naming_it_not_its_syllables_apart()
    {
        // A blind reader's query (eval-testers20 y29): Tiền Giang's report, holding "tuy nhiên" and "phong trào", ranked above xã Tuy Phong's.
        var result = await testers.Search("báo cáo xã Tuy Phong tổng kết năm học", "&size=50");
        var ids = ApiFixture.HitIds(result);
        Assert.StartsWith("741_", ids[0], StringComparison.Ordinal);
        Assert.DoesNotContain(ids, id => id.StartsWith("455_", StringComparison.Ordinal));
        // The name is sought as typed, without marks, so "ma túy, phòng, chống" holds it too (754); not the 377 texts holding the words apart.
        Assert.InRange(result.GetProperty("total").GetInt32(), 1, 5);
    }

    [Theory]
    [InlineData("báo cáo xã Tuy Phong tổng kết năm học", "tuy phong")]
    [InlineData("quyết định UBND xã Thanh Bình Đồng Tháp 2026", "thanh bình")]
    [InlineData("báo cáo phường Thuận Hóa Huế năm học 2025-2026", "2025-2026|thuận hóa")]
    // Words in small letters, a list of names, an operand of OR, a province: no name side by side.
    [InlineData("báo cáo xã tuy phong tổng kết", "")]
    [InlineData("phê duyệt dự án các xa Dak Plo Dak Pek Xop", "")]
    [InlineData("xã Tuy Phong OR Hòa Thắng", "")]
    [InlineData("kế hoạch cấp xã Ninh Bình mầm non", "")]
    public void Which_words_a_query_names_a_place_by(string q, string together) =>
        Assert.Equal(together, string.Join("|", UserQuery.Parse(q).Together.Select(p => p.Text.ToLowerInvariant())));
}
