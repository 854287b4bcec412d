using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Indexing;

namespace EduPlan.Search.Tests.Core;

public class GraphStoreTests
{
    /// <summary>
    /// The graph a service serves is read back from its store: at 100,000 documents each instrument's kind, issuer and scope read as a copy
    /// of its own were half the graph's heap. Read back, every value is one string however many instruments and documents give it.
    /// </summary>
    [Fact]
    public void A_stored_graph_reads_back_the_same_graph_with_one_string_per_value()
    {
        var index = TestPaths.TempFolder("graph-store");
        var location = new IndexLocation(index);
        IndexBuilder.Build(new CorpusReader(TestPaths.Seeds), location);
        using var stored = GraphStore.Open(location.Current()!.Path);
        var data = stored.ReadGraph();

        var kinds = data.Nodes.GroupBy(n => n.Kind).Where(g => g.Count() > 1).ToList();
        var issuers = data.Nodes.Where(n => n.Issuer is not null).GroupBy(n => n.Issuer).Where(g => g.Count() > 1).ToList();
        Assert.NotEmpty(kinds);
        Assert.NotEmpty(issuers);
        Assert.All(kinds, g => Assert.All(g, n => Assert.Same(g.First().Kind, n.Kind)));
        Assert.All(issuers, g => Assert.All(g, n => Assert.Same(g.First().Issuer, n.Issuer)));
        var documentKinds = stored.Documents.GroupBy(d => d.Info.Kind).Where(g => g.Count() > 1).ToList();
        Assert.NotEmpty(documentKinds);
        Assert.All(documentKinds, g => Assert.All(g, d => Assert.Same(g.First().Info.Kind, d.Info.Kind)));

        // The same graph as the service builds from the seeds: the 2457 decision cited by three of them, under its title.
        var decision = Assert.Single(data.Nodes, n => n.Symbol == "2457/QĐ-BGDĐT");
        Assert.Equal("Bộ Giáo dục và Đào tạo", decision.Issuer);
        Assert.Equal(3, data.CitedBy[decision.Key].Select(p => p.Ordinal).Distinct().Count());
    }
}
