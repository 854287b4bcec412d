using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;

namespace EduPlan.Search.Tests.Core;

public sealed class GraphBuilderTests
{
    [Fact]
    public void A_key_joined_to_a_laws_number_stays_joined_whatever_cites_it_later()
    {
        // A law named with its year joins the number another text gives it. A yearless citation keyed alike (a title ending in the
        // year, "Luật Giáo dục 2019", read without it) came in a later pass and took the key back: every "Luật Giáo dục năm 2019" left the law.
        var numbered = Document(0, "a", "Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019;");
        var named = Document(1, "b", "Căn cứ Luật Giáo dục năm 2019;");
        var byName = Assert.Single(named.Mentions).Instrument;
        var yearless = named with
        {
            Ordinal = 2, Info = named.Info with { Id = "c" },
            Mentions = [new Mention(byName with { Year = null, Date = null, Title = "Luật Giáo dục 2019" }, CitationRelation.Mention)],
        };
        Assert.Equal(byName.Key, yearless.Mentions[0].Instrument.Key);

        var graph = GraphBuilder.Build([numbered, named, yearless]);

        var law = Assert.Single(numbered.Mentions).Instrument.Key;
        Assert.Equal(law, graph.Remap[byName.Key]);
        Assert.Equal(["a", "b", "c"], graph.CitedBy[law].Select(p => new[] { "a", "b", "c" }[p.Ordinal]));
    }

    private static GraphDocument Document(int ordinal, string id, string text)
    {
        var document = DocumentParser.Parse("KẾ HOẠCH\nThực hiện nhiệm vụ năm học\n\n" + text + "\n", id, $"corpus/{id}.txt");
        return new GraphDocument(ordinal, document.Info, DocumentCitations.Extract(document).Select(c => new Mention(c.Instrument, c.Relation)).ToList());
    }
}
