using System.Text.Json;

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
        // Two directives of the province and a ward's named after its former city (353, since the 2025 merger in Quảng Ngãi), and since the
        // thirty-ninth session a preschool's report of the former province (660).
        Assert.True(konTum.Count >= 3, string.Join(", ", konTum));
        // The same documents, the province's three among the first four (202 is a plan of Đăk Hà, a district of Kon Tum), lacking what the
        // name written lacks and never the name joined (353, on phổ cập, lacks "tuyển" either way).
        Assert.Equal(ApiFixture.HitIds(expected).Order(), ApiFixture.HitIds(found).Order());
        Assert.Subset(ApiFixture.HitIds(found).Take(4).ToHashSet(), konTum.Where(id => !id.StartsWith("660_", StringComparison.Ordinal)).ToHashSet());
        static string Missing(JsonElement result, string id) => string.Join(" ", result.GetProperty("hits").EnumerateArray()
            .First(h => h.GetProperty("document").GetProperty("id").GetString() == id).GetProperty("missing").EnumerateArray().Select(w => w.GetString()));
        Assert.All(konTum, id => Assert.Equal(Missing(expected, id), Missing(found, id)));
    }
}
