using EduPlan.Search.Core.Searching;

namespace EduPlan.Search.Tests.Core;

public sealed class SearchIndexTests
{
    [Fact]
    public async Task The_citation_graph_is_read_once_a_first_search_is_answered_not_when_an_instrument_is_first_asked_for()
    {
        // At 100,000 documents the graph took 1.9 s to read, and the first search naming an instrument after a start (or after the corpus
        // changed) paid it; read at open, it took the cores the first answer needed.
        using var service = new SearchService(new SearchOptions(TestPaths.Seeds, TestPaths.TempFolder("graph-read")));
        service.EnsureIndex();
        var index = service.Current!;
        Assert.False(index.GraphRead);
        index.Search(new SearchRequest("phổ cập giáo dục"), UserQuery.Parse("phổ cập giáo dục"));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!index.GraphRead && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.True(index.GraphRead);
    }
}
