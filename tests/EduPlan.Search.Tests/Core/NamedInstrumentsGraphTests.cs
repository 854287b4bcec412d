using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Searching;

namespace EduPlan.Search.Tests.Core;

/// <summary>
/// The citation graph is asked for only by a query that may name an instrument: every search asked for it, and a 100,000 documents'
/// graph (some 200 MB) was loaded by the first search, whatever it was, and held from then on.
/// </summary>
public sealed class NamedInstrumentsGraphTests
{
    [Theory]
    [InlineData("phổ cập giáo dục")]
    [InlineData("năm học 2023-2024")]
    [InlineData("tuyển sinh lớp 10")]
    [InlineData("tháng 9/2024")]
    public void A_query_naming_no_instrument_does_not_load_the_graph(string q) =>
        Assert.Empty(NamedInstruments.In(UserQuery.Parse(q), () => throw new InvalidOperationException($"\"{q}\" loaded the graph")));

    [Theory]
    [InlineData("2457/QĐ-BGDĐT")]
    [InlineData("Quyết định 2457")]
    [InlineData("Luật giáo dục 2019")]
    public void A_query_naming_one_reads_the_graph(string q)
    {
        var asked = false;
        NamedInstruments.In(UserQuery.Parse(q), () => { asked = true; return CitationGraph.Empty; });
        Assert.True(asked);
    }

    [Fact]
    public void A_year_typed_with_its_word_names_no_instrument_bearing_it_as_its_number()
    {
        // "kế hoạch năm 2024" read without "năm" (as "Luật giáo dục năm 2019" is, to find the law) must not name a plan numbered 2024.
        var plan = new Instrument("2024-kh-ubnd-2024-son-la", "Kế hoạch", "2024/KH-UBND", "2024", "UBND", null, "Sơn La", null, 2024, "tuyển sinh", null);
        var graph = new CitationGraph(new GraphData([plan], new Dictionary<string, string>(), new Dictionary<string, string>(), [], new Dictionary<string, CitingPair[]>()), [], null);
        Assert.Empty(NamedInstruments.In(UserQuery.Parse("kế hoạch năm 2024"), () => graph));
        Assert.Equal([plan.Key], NamedInstruments.In(UserQuery.Parse("kế hoạch 2024/KH-UBND"), () => graph).Select(i => i.Key));
    }
}
