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
}
