using EduPlan.Search.Core.Searching;
using EduPlan.Search.Tests.Evaluation;

namespace EduPlan.Search.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class QualityTests(ApiFixture api)
{
    [Fact]
    public async Task An_abbreviation_finds_its_long_form_and_the_long_form_finds_the_abbreviation()
    {
        // Bắc Giang writes "phổ cập GDMN"; the long form typed in full must find it, with the abbreviation marked.
        Assert.Contains("phổ cập GDMN", TestPaths.SeedText(Seeds.BacGiangPlan));
        var result = await api.Search("phổ cập giáo dục mầm non");
        Assert.Contains(Seeds.BacGiangPlan, ApiFixture.HitIds(result));
        var snippets = result.GetProperty("hits").EnumerateArray()
            .Where(h => h.GetProperty("document").GetProperty("id").GetString() == Seeds.BacGiangPlan)
            .SelectMany(h => h.GetProperty("passages").EnumerateArray()).Select(p => p.GetProperty("snippet").GetString()!).ToList();
        Assert.Contains(snippets, s => s.Contains("<mark>GDMN</mark>"));

        var pcgd = ApiFixture.HitIds(await api.Search("PCGD"));
        Assert.Equal(Seeds.LaiChauUniversalisationPlan, pcgd[0]);
        Assert.True(pcgd.Count >= 3);
    }

    [Fact]
    public async Task Abbreviations_are_listed_with_origin_and_where_they_are_defined()
    {
        var list = (await api.Get("/api/abbreviations")).EnumerateArray().ToList();
        var gdtx = list.Single(a => a.GetProperty("abbreviation").GetString() == "GDTX");
        Assert.Equal("learned", gdtx.GetProperty("origin").GetString());
        Assert.Equal("giáo dục thường xuyên", gdtx.GetProperty("longForm").GetString()!.ToLowerInvariant());
        Assert.NotEqual(0, gdtx.GetProperty("definedIn").GetArrayLength());
        var pcgd = list.Single(a => a.GetProperty("abbreviation").GetString() == "PCGD");
        Assert.Equal("curated", pcgd.GetProperty("origin").GetString());
    }

    [Fact]
    public async Task Letters_typed_without_tones_rank_like_the_full_marks()
    {
        var toneless = ApiFixture.HitIds(await api.Search("phô câp giao duc"));
        Assert.Equal(Seeds.LaiChauUniversalisationPlan, toneless[0]);
    }

    [Fact]
    public async Task Adjacent_syllables_rank_a_phrase_above_scattered_syllables()
    {
        var result = await api.Search("phổ cập giáo dục");
        var first = result.GetProperty("hits")[0].GetProperty("passages")[0].GetProperty("snippet").GetString()!;
        Assert.Contains("<mark>phổ</mark> <mark>cập</mark> <mark>giáo</mark> <mark>dục</mark>", first);
    }

    [Fact]
    public void The_evaluation_set_holds_its_nDCG_floor()
    {
        var queries = RankingEvaluation.Load(Path.Combine(TestPaths.Data, "eval-queries.json"));
        Assert.True(queries.Count >= 40);
        using var service = new SearchService(new SearchOptions(TestPaths.Seeds, TestPaths.TempFolder("eval")));
        service.EnsureIndex();
        var index = service.Current!;
        var ndcg = queries.Average(q => RankingEvaluation.Ndcg(
            index.Search(new SearchRequest(q.Query), UserQuery.Parse(q.Query)).Hits.Select(h => h.Document.Id).ToList(), q.Judgements));
        Assert.True(ndcg >= 0.9, $"nDCG@10 is {ndcg:F3}, below the 0.9 floor");
    }
}
