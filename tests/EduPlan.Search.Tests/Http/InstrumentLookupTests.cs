using System.Text.Json;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Tests.Http;

/// <summary>/api/instruments as a portal uses it: the first instrument of a lookup by kind and number is the one bearing that number.</summary>
public static class InstrumentLookup
{
    private static string[] SymbolParts(string symbol) =>
        VietnameseFolding.FoldAll(symbol).Split(['/', '-', '.'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Each numbered instrument of the graph looked up as staff type it, by kind and number or by number and issuer code; the lookups
    /// where an instrument holding the number only in its title or other words came before one whose own symbol holds it.
    /// </summary>
    public static async Task<(int Numbered, List<string> Misranked)> KindAndNumberLookups(ServiceFixture service)
    {
        var numbered = (await service.Get("/api/instruments")).EnumerateArray()
            .Where(i => i.GetProperty("symbol").GetString() is { } s && s.Split('/', '-')[0].All(char.IsAsciiDigit))
            .Select(i => (Kind: i.GetProperty("kind").GetString()!, Parts: SymbolParts(i.GetProperty("symbol").GetString()!))).ToList();
        var misranked = new List<string>();
        foreach (var (kind, parts) in numbered)
        {
            var number = parts[0];
            var lookups = new List<(string Typed, Func<JsonElement, bool> Holds)>
            {
                // The kind named: the instruments of that kind (or one it begins, "Chương trình hành động") whose symbol holds the number.
                ($"{kind} {number}", i => HoldsAll(i, [number]) && OfKind(i, kind)),
                ($"{kind.ToLowerInvariant()} số {number}", i => HoldsAll(i, [number]) && OfKind(i, kind)),
                ($"{VietnameseFolding.FoldAll(kind)} so {number}", i => HoldsAll(i, [number]) && OfKind(i, kind)),
            };
            // A symbol typed loosely: "2457 BGDĐT", "QĐ 2457".
            if (parts.Length > 1) lookups.Add(($"{number} {parts[^1]}", i => HoldsAll(i, [number, parts[^1]])));
            if (parts.Length > 2 && parts[1].Any(char.IsLetter)) lookups.Add(($"{parts[1]} {number}", i => HoldsAll(i, [number, parts[1]])));
            // The type code typed against the number, as search reads it ("QĐ2457", "NĐ105"): it found nothing.
            if (parts.Length > 2 && DocumentKinds.FromCode(parts[1]) is not null)
                lookups.Add(($"{parts[1].ToUpperInvariant()}{number}", i => HoldsAll(i, [number, parts[1]])));
            foreach (var (typed, holds) in lookups)
            {
                var found = (await service.Get($"/api/instruments?q={Uri.EscapeDataString(typed)}")).EnumerateArray().ToList();
                var firstOther = found.FindIndex(i => !holds(i));
                if (found.Count == 0 || firstOther == 0 || (firstOther > 0 && found.Skip(firstOther).Any(holds)))
                    misranked.Add($"\"{typed}\": {string.Join(", ", found.Take(5).Select(i => i.GetProperty("key").GetString()))}");
            }
        }
        return (numbered.Count, misranked);
    }

    private static bool HoldsAll(JsonElement instrument, string[] wanted) =>
        instrument.GetProperty("symbol").GetString() is { } symbol && wanted.All(SymbolParts(symbol).Contains);

    private static bool OfKind(JsonElement instrument, string kind) =>
        instrument.GetProperty("kind").GetString() is { } own && (own == kind || own.StartsWith(kind + " ", StringComparison.Ordinal));
}

[Collection(ApiCollection.Name)]
public sealed class InstrumentLookupTests(ApiFixture api)
{
    [Fact]
    public async Task A_kind_and_a_number_list_the_instrument_bearing_that_number_first()
    {
        // "Quyết định 2457" listed the Công văn "thực hiện Quyết định số 2457/QĐ-BGDĐT" first and the decision second: the kind's
        // words are in no symbol, so the lookup fell to titles.
        var first = (await api.Get("/api/instruments?q=" + Uri.EscapeDataString("Quyết định 2457")))[0];
        Assert.Equal("Quyết định", first.GetProperty("kind").GetString());
        Assert.StartsWith("2457/", first.GetProperty("symbol").GetString());
        var (numbered, misranked) = await InstrumentLookup.KindAndNumberLookups(api);
        Assert.True(numbered >= 20, $"only {numbered} numbered instruments");
        Assert.True(misranked.Count == 0, string.Join("\n", misranked));
    }
}

[Collection(HeldOutCollection.Name)]
public sealed class HeldOutInstrumentLookupTests(HeldOutFixture heldOut)
{
    [Fact]
    public async Task A_kind_and_a_number_list_the_instrument_bearing_that_number_first()
    {
        var (numbered, misranked) = await InstrumentLookup.KindAndNumberLookups(heldOut);
        Assert.True(numbered >= 20, $"only {numbered} numbered instruments");
        Assert.True(misranked.Count == 0, string.Join("\n", misranked));
    }

    [Theory]
    [InlineData("Luật Giáo dục", "Luật")]
    [InlineData("luat giao duc", "Luật")]
    [InlineData("Kế hoạch rà soát văn bản", "Kế hoạch")]
    public async Task A_kind_named_with_words_lists_that_kinds_instruments_alone(string q, string kind)
    {
        // "Luật Giáo dục" listed after the law a Kế hoạch and a Báo cáo on reviewing "văn bản quy phạm pháp luật" of the "ngành giáo dục".
        var found = (await heldOut.Get($"/api/instruments?q={Uri.EscapeDataString(q)}")).EnumerateArray().ToList();
        Assert.NotEmpty(found);
        Assert.All(found, i => Assert.Equal(kind, i.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("CV 3935")]
    [InlineData("cv 3935")]
    [InlineData("CV3935")]
    [InlineData("Công văn 3935")]
    public async Task A_letter_named_by_staffs_short_name_and_its_number_is_found_in_the_lookup_and_by_search(string q)
    {
        // 112, 114 and 123 cite 3935/BGDĐT-GDTrH, a letter whose symbol has no type code. "CV 3935" found nothing in the instrument lookup
        // (CV, a short name, is no code the lookup knew) and "CV3935" no card in search, while "Công văn 3935" and search's "CV 3935" did.
        var listed = (await heldOut.Get($"/api/instruments?q={Uri.EscapeDataString(q)}")).EnumerateArray().Select(i => i.GetProperty("key").GetString());
        Assert.Contains("3935-bgddt-gdtrh-2024", listed);
        var cards = (await heldOut.Get($"/api/search?q={Uri.EscapeDataString(q)}")).GetProperty("instruments").EnumerateArray().Select(i => i.GetProperty("key").GetString());
        Assert.Contains("3935-bgddt-gdtrh-2024", cards);
    }

    [Fact]
    public async Task A_kind_named_that_nothing_of_its_kind_matches_lists_the_others()
    {
        // No law is titled so: the plan and the report whose titles hold every word are what there is.
        var kinds = (await heldOut.Get($"/api/instruments?q={Uri.EscapeDataString("Luật rà soát văn bản quy phạm")}")).EnumerateArray()
            .Select(i => i.GetProperty("kind").GetString()).ToList();
        Assert.Contains("Kế hoạch", kinds);
        Assert.DoesNotContain("Luật", kinds);
    }
}

[Collection(TestersCollection.Name)]
public sealed class TestersInstrumentLookupTests(TestersFixture testers)
{
    [Theory]
    [InlineData("bán trú")]
    [InlineData("phổ cập")]
    public async Task Words_typed_with_marks_list_the_instruments_named_with_those_marks_first(string q)
    {
        // "bán trú" listed first a Thông tư "ban hành Quy chế … trường phổ thông dân tộc nội trú" ("ban" of "ban hành", "trú" of "nội trú"),
        // and "phổ cập" a Thông tư on "trường phổ thông có nhiều cấp học" above those on "phổ cập giáo dục": the words were read folded.
        var typed = EduPlan.Search.Core.Analysis.AnalyzedToken.Analyze(q).Select(t => t.Exact).ToList();
        var holding = (await testers.Get($"/api/instruments?q={Uri.EscapeDataString(q)}")).EnumerateArray()
            .Select(i => EduPlan.Search.Core.Analysis.AnalyzedToken.Analyze($"{i.GetProperty("kind").GetString()} {i.GetProperty("title").GetString()} {i.GetProperty("issuer").GetString()}")
                .Select(t => t.Exact).ToHashSet())
            .Select(words => typed.All(words.Contains)).ToList();
        Assert.True(holding.Count(h => h) >= 2 && holding.Contains(false), $"{q}: {holding.Count(h => h)} of {holding.Count} instruments hold the words as typed");
        Assert.Equal(holding.OrderByDescending(h => h), holding);
    }

    [Theory]
    [InlineData("CV45", "CV 45")]
    [InlineData("cv45", "cv 45")]
    public async Task A_cong_van_short_name_typed_against_its_number_finds_what_it_finds_apart(string glued, string apart)
    {
        // Schools number their letters "45/CV-THPTHM": "CV45" listed no instrument, found nothing in search, and was offered "CV".
        var expected = (await testers.Get($"/api/instruments?q={Uri.EscapeDataString(apart)}")).EnumerateArray().Select(i => i.GetProperty("key").GetString()).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, (await testers.Get($"/api/instruments?q={Uri.EscapeDataString(glued)}")).EnumerateArray().Select(i => i.GetProperty("key").GetString()));
        var found = await testers.Search(glued);
        Assert.Equal(ApiFixture.HitIds(await testers.Search(apart)), ApiFixture.HitIds(found));
        Assert.Equal(JsonValueKind.Null, found.GetProperty("didYouMean").ValueKind);
    }
}
