namespace EduPlan.Search.Tests.Http;

/// <summary>A province's name typed as one word in a query, as staff type it in the province filter.</summary>
[Collection(TestersCollection.Name)]
public sealed class ProvinceTypedJoinedTests(TestersFixture testers)
{
    [Theory]
    [InlineData("kontum tuyển sinh", "Kon Tum tuyển sinh")]
    [InlineData("KonTum phổ cập giáo dục", "Kon Tum phổ cập giáo dục")]
    [InlineData("Kontum", "Kon Tum")]
    public async Task A_province_typed_as_one_word_finds_what_its_name_finds(string joined, string written)
    {
        // "kontum" was a word no text holds: "kontum phổ cập" listed whatever held "phổ cập" and named "kontum" missing in each.
        var expected = await testers.Search(written);
        var found = await testers.Search(joined);
        var konTum = ApiFixture.HitIds(expected).Where(id => id.Contains("kontum", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, konTum.Count);
        // The same documents, the Kon Tum ones among the first three (202 is a plan of Đăk Hà, a district of Kon Tum), lacking nothing.
        Assert.Equal(ApiFixture.HitIds(expected).Order(), ApiFixture.HitIds(found).Order());
        Assert.Subset(ApiFixture.HitIds(found).Take(3).ToHashSet(), konTum.ToHashSet());
        Assert.All(found.GetProperty("hits").EnumerateArray().Where(h => konTum.Contains(h.GetProperty("document").GetProperty("id").GetString()!)),
            h => Assert.Equal(0, h.GetProperty("missing").GetArrayLength()));
    }
}
