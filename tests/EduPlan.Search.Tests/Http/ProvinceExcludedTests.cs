namespace EduPlan.Search.Tests.Http;

/// <summary>A province's name after a minus, as staff exclude one ("tuyển sinh -Lai Châu").</summary>
[Collection(TestersCollection.Name)]
public sealed class ProvinceExcludedTests(TestersFixture testers)
{
    [Theory]
    // The phrase "tuyển sinh lớp 10" in quotes, not "tuyển sinh": the testers' texts grew past a page of it (more than 100 hits) in the
    // thirty-sixth session, and of "tuyển sinh lớp" in the thirty-eighth; "dạy thêm học thêm" quoted since the thirty-ninth, "quản lý dạy
    // thêm" since the forty-fifth (the phrase of 102 texts); "phổ cập giáo dục mầm non" quoted since the fiftieth (103 texts say
    // "phổ cập giáo dục"), "phổ cập giáo dục mầm non cho trẻ em" since the fifty-fourth (its blind texts brought the shorter phrase to 104).
    [InlineData("\"tuyển sinh lớp 10\"", "-Hưng Yên", " hung yen ")]
    [InlineData("\"tuyen sinh lop 10\"", "-hung yen", " hung yen ")]
    [InlineData("\"quản lý dạy thêm\"", "-Phú Thọ", " phu tho ")]
    [InlineData("\"phổ cập giáo dục mầm non cho trẻ em\"", "-Kon Tum", " kon tum ")]
    public async Task A_province_excluded_drops_the_texts_naming_it_and_requires_none_of_its_words(string words, string exclusion, string folded)
    {
        // "tuyển sinh -Lai Châu" excluded "Lai" and required a word "Châu": it found one text of the seven on admissions outside Lai Châu,
        // and every hit of "dạy thêm học thêm -Phú Thọ" was said to lack "Thọ".
        var plain = await testers.Search(words, "&size=100");
        // Every hit on one page: past it, the query with the exclusion lists texts the first page did not.
        Assert.True(plain.GetProperty("total").GetInt32() <= 100, "more hits than a page holds");
        var all = ApiFixture.HitIds(plain);
        var naming = all.Where(id => TestPaths.FoldedWords(Text(id)).Contains(folded, StringComparison.Ordinal)).ToHashSet();
        Assert.NotEmpty(naming);
        Assert.True(all.Count - naming.Count >= 2, string.Join(", ", all));
        var found = await testers.Search($"{words} {exclusion}", "&size=100");
        Assert.Equal(all.Except(naming).Order(), ApiFixture.HitIds(found).Order());
        // Each hit lacks what it lacks without the exclusion, and nothing of the name excluded.
        Assert.Equal(Missing(plain).Where(m => !naming.Contains(m.Key)).OrderBy(m => m.Key), Missing(found).OrderBy(m => m.Key));
    }

    private static Dictionary<string, string> Missing(System.Text.Json.JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().ToDictionary(h => h.GetProperty("document").GetProperty("id").GetString()!,
            h => string.Join(", ", h.GetProperty("missing").EnumerateArray().Select(w => w.GetString())));

    private static string Text(string id) =>
        File.ReadAllText(Directory.GetFiles(TestPaths.Testers, id + ".*").Single(f => !f.EndsWith(".tsv", StringComparison.Ordinal)));
}
