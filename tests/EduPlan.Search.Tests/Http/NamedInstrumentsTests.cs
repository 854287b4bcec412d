using System.Text.Json;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Tests.Http;

/// <summary>
/// A search's <c>instruments</c>: what a query names by number or a law by name, for the card above the hits that leads to the instrument
/// and every text citing it — on the staff page, in the widget, and for any portal reading the JSON.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class NamedInstrumentsTests(ApiFixture api)
{
    private static List<string> Keys(JsonElement result) =>
        result.GetProperty("instruments").EnumerateArray().Select(i => i.GetProperty("key").GetString()!).ToList();

    [Fact]
    public async Task Every_numbered_instrument_typed_by_kind_and_number_is_named_by_the_search_with_its_citing_count()
    {
        var numbered = (await api.Get("/api/instruments")).EnumerateArray()
            .Where(i => i.GetProperty("number").GetString() is { Length: > 0 } n && n.All(char.IsAsciiDigit)).ToList();
        Assert.True(numbered.Count >= 20, $"the seeds cite {numbered.Count} numbered instruments");
        var missed = new List<string>();
        foreach (var instrument in numbered)
        {
            var key = instrument.GetProperty("key").GetString()!;
            var typed = $"{instrument.GetProperty("kind").GetString()} {instrument.GetProperty("number").GetString()}";
            var named = (await api.Search(typed)).GetProperty("instruments").EnumerateArray().ToList();
            if (named.FirstOrDefault(i => i.GetProperty("key").GetString() == key) is not { ValueKind: JsonValueKind.Object } card) missed.Add($"{typed} ({key})");
            else Assert.Equal(instrument.GetProperty("citedByCount").GetInt32(), card.GetProperty("citedByCount").GetInt32());
            // Only instruments bearing the number typed: "Quyết định 2457" names no other decision.
            Assert.All(named, i => Assert.Equal(instrument.GetProperty("number").GetString(), i.GetProperty("number").GetString()));
        }
        Assert.True(missed.Count == 0, $"not named: {string.Join("; ", missed)}");
    }

    [Theory]
    [InlineData("Quyết định 2457")]
    [InlineData("qd 2457")]
    [InlineData("QĐ2457")]
    [InlineData("2457/QĐ-BGDĐT")]
    [InlineData("2457/QD-BGDDT phổ cập")]
    [InlineData("kế hoạch thực hiện quyết định số 2457 của Bộ")]
    [InlineData("văn bản triển khai QĐ 2457")]
    [InlineData("\uFFFE2457/QĐ-BGDĐT")] // a noncharacter pasted before it: read as search reads it (it failed to fold, a 500)
    public async Task A_decision_typed_any_way_staff_type_it_is_named(string typed) =>
        Assert.Equal(["2457-qd-bgddt-2023"], Keys(await api.Search(typed)));

    [Fact]
    public async Task A_law_is_named_by_its_name_and_year()
    {
        var law = Assert.Single((await api.Search("Luật giáo dục 2019")).GetProperty("instruments").EnumerateArray());
        Assert.Equal("Luật", law.GetProperty("kind").GetString());
        Assert.Equal("Luật Giáo dục", law.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Every_instrument_cited_by_name_and_year_is_named_by_its_name_and_year()
    {
        // The laws, and any programme or plan cited by name without a number: "Luật Thanh tra 2022", "luat to chuc chinh quyen dia phuong 2015".
        var named = (await api.Get("/api/instruments")).EnumerateArray()
            .Where(i => i.GetProperty("symbol").ValueKind == JsonValueKind.Null && i.GetProperty("year").ValueKind == JsonValueKind.Number
                        && i.GetProperty("title").GetString() is { } title && !title.Any(char.IsAsciiDigit) && title.Split(' ').Length <= 10).ToList();
        Assert.True(named.Count >= 3, $"the seeds cite {named.Count} instruments by name and year");
        foreach (var instrument in named)
        {
            var typed = $"{instrument.GetProperty("title").GetString()} {instrument.GetProperty("year").GetInt32()}";
            Assert.Contains(instrument.GetProperty("key").GetString(), Keys(await api.Search(typed)));
            Assert.Contains(instrument.GetProperty("key").GetString(), Keys(await api.Search(VietnameseFolding.FoldAll(typed))));
            // Typed with the year's "năm", as the texts write it ("Luật Giáo dục năm 2019"): no name holds the "năm".
            var withYearWord = $"{instrument.GetProperty("title").GetString()} năm {instrument.GetProperty("year").GetInt32()}";
            Assert.Contains(instrument.GetProperty("key").GetString(), Keys(await api.Search(withYearWord)));
        }
    }

    [Theory]
    [InlineData("năm học 2023-2024")]
    [InlineData("kế hoạch năm 2024")] // a year shared with instruments' symbols and dates
    [InlineData("nhiệm vụ trọng tâm")] // words of titles, no number
    [InlineData("phổ cập giáo dục")]
    [InlineData("Luật giáo dục 1998")] // the law, but of a year none cites
    public async Task A_query_naming_no_instrument_names_none(string typed) =>
        Assert.Empty(Keys(await api.Search(typed)));

    [Fact]
    public async Task Filters_and_pages_do_not_change_what_the_query_names()
    {
        var first = Keys(await api.Search("Quyết định 2457"));
        Assert.Equal(first, Keys(await api.Search("Quyết định 2457", "&page=2&size=1")));
        Assert.Equal(first, Keys(await api.Search("Quyết định 2457", "&province=" + Uri.EscapeDataString("Sơn La"))));
    }
}
