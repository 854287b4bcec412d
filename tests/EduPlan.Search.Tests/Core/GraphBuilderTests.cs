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

    [Fact]
    public void A_directive_cited_by_its_date_and_issuer_joins_the_one_numbered_directive_of_that_issuer_and_day_and_none_of_two()
    {
        var numbered = Document(0, "a", "Căn cứ Chỉ thị số 29-CT/TW ngày 05/01/2024 của Bộ Chính trị;");
        var dated = Document(1, "b", "Căn cứ Chỉ thị ngày 05/01/2024 của Bộ Chính trị;");
        var otherDay = Document(2, "c", "Căn cứ Chỉ thị ngày 06/01/2024 của Bộ Chính trị;");
        var otherBody = Document(3, "d", "Căn cứ Chỉ thị ngày 05/01/2024 của Ban Bí thư;");
        var graph = GraphBuilder.Build([numbered, dated, otherDay, otherBody]);
        var key = Assert.Single(numbered.Mentions).Instrument.Key;
        Assert.Equal(key, graph.Remap[Assert.Single(dated.Mentions).Instrument.Key]);
        Assert.Equal(["a", "b"], graph.CitedBy[key].Select(p => "abcd"[p.Ordinal].ToString()));
        Assert.False(graph.Remap.ContainsKey(Assert.Single(otherDay.Mentions).Instrument.Key));
        Assert.False(graph.Remap.ContainsKey(Assert.Single(otherBody.Mentions).Instrument.Key));

        // Two numbered directives of that issuer and day: which one the date names, nothing says.
        var second = Document(4, "e", "Căn cứ Chỉ thị số 30-CT/TW ngày 05/01/2024 của Bộ Chính trị;");
        var apart = GraphBuilder.Build([numbered, dated, second]);
        Assert.False(apart.Remap.ContainsKey(Assert.Single(dated.Mentions).Instrument.Key));
    }

    [Fact]
    public void A_cited_instruments_issuer_is_the_one_most_citing_texts_give()
    {
        // Two texts give 91-KL/TW to the Bộ Chính trị, one to the Ban Bí thư: the node took the shorter, so every citing text showed the Ban Bí thư.
        var graph = GraphBuilder.Build([
            Document(0, "a", "Căn cứ Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị;"),
            Document(1, "b", "Căn cứ Kết luận số 91-KL/TW ngày 12/8/2024 của Ban Bí thư;"),
            Document(2, "c", "Căn cứ Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị;"),
        ]);
        var conclusion = Assert.Single(graph.Nodes, n => n.Symbol == "91-KL/TW");
        Assert.Equal("Bộ Chính trị", conclusion.Issuer);
        Assert.Equal(["a", "b", "c"], graph.CitedBy[conclusion.Key].Select(p => "abc"[p.Ordinal].ToString()));

        // One text each: the shorter, the reading that did not run on.
        var tied = GraphBuilder.Build([
            Document(0, "a", "Căn cứ Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị;"),
            Document(1, "b", "Căn cứ Kết luận số 91-KL/TW ngày 12/8/2024 của Ban Bí thư;"),
        ]);
        Assert.Equal("Ban Bí thư", Assert.Single(tied.Nodes, n => n.Symbol == "91-KL/TW").Issuer);
    }

    [Fact]
    public void A_text_repeating_an_instrument_gives_its_issuer_and_title_one_vote()
    {
        // One text naming 91-KL/TW's issuer and subject once and repeating the conclusion four times outvoted four texts: the node's issuer
        // and title were the one text's, counted per mention.
        const string others = "Căn cứ Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 29-NQ/TW;";
        var repeating = "Căn cứ Kết luận số 91-KL/TW ngày 12/8/2024 của Ban Bí thư về đổi mới căn bản, toàn diện giáo dục;\n\n" +
                        string.Concat(Enumerable.Repeat("Các đơn vị quán triệt Kết luận số 91-KL/TW.\n\n", 4));
        var docs = new[] { Document(0, "a", repeating) }.Concat(Enumerable.Range(1, 4).Select(i => Document(i, "bcde"[i - 1].ToString(), others))).ToList();
        Assert.Equal(5, docs[0].Mentions.Count(m => m.Instrument is { Symbol: "91-KL/TW", Issuer: "Ban Bí thư" }));

        var conclusion = Assert.Single(GraphBuilder.Build(docs).Nodes, n => n.Symbol == "91-KL/TW");

        Assert.Equal(("Bộ Chính trị", "tiếp tục thực hiện Nghị quyết số 29-NQ/TW"), (conclusion.Issuer, conclusion.Title));
    }

    [Theory]
    [InlineData("Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015 (Luật số 80/2015/QH13);", "ab")]
    [InlineData("Căn cứ Luật số 80/2015/QH13 - Luật Ban hành văn bản quy phạm pháp luật;", "aab")]
    [InlineData("Căn cứ Luật số 80/2015/QH13 ngày 22/6/2015: Luật Ban hành văn bản quy phạm pháp luật;", "aab")]
    public void A_law_named_beside_its_number_in_one_text_is_that_number_where_another_text_names_it_alone(string numberAndName, string citing)
    {
        // The name and number side by side were two citations, and nothing told the graph that the name and year were that number: a text
        // citing "Luật Ban hành văn bản quy phạm pháp luật năm 2015" alone was cut off from 80/2015/QH13's node. The number in brackets after
        // the name is one citation, the number's, which keeps the name.
        var both = Document(0, "a", numberAndName);
        var named = Document(1, "b", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;");
        var otherYear = Document(2, "c", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2025;");

        var graph = GraphBuilder.Build([both, named, otherYear]);

        var law = Assert.Single(both.Mentions, m => m.Instrument.Symbol == "80/2015/QH13").Instrument.Key;
        Assert.Equal(citing, string.Concat(graph.CitedBy[law].Select(p => "abc"[p.Ordinal])));
        Assert.False(graph.Remap.ContainsKey(Assert.Single(otherYear.Mentions).Instrument.Key));
    }

    [Theory]
    [InlineData("| 1 | Luật | 80/2015/QH13 | 22/6/2015 | Luật Ban hành văn bản quy phạm pháp luật |  |", "ngày 22 tháng 6 năm 2015")]
    [InlineData("| 80/2015/QH13 | Luật Ban hành văn bản quy phạm pháp luật | Còn hiệu lực |", "năm 2015")]
    [InlineData("| 3 | Luật | 63/2020/QH14 | 18/6/2020 | Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật |  |", "năm 2020")]
    public void A_catalogue_row_naming_a_law_in_the_cell_after_its_number_is_one_citation_that_names_the_number(string row, string dated)
    {
        // A catalogue of instruments in force gives each law's number, date and name in cells of one row (a tester's 900): the name was a
        // second citation of the row, and the number's node never learnt the name a text citing the law by name alone writes.
        var name = row.Split('|', StringSplitOptions.TrimEntries).First(cell => cell.StartsWith("Luật ", StringComparison.Ordinal));
        var table = Document(0, "a", "| STT | Loại văn bản | Số, ký hiệu | Ngày ban hành | Trích yếu | Ghi chú |\n|---|---|---|---|---|---|\n" + row);
        var named = Document(1, "b", $"Căn cứ {name} {dated};");

        var graph = GraphBuilder.Build([table, named]);

        var law = Assert.Single(table.Mentions, m => m.Instrument.Kind == "Luật" && m.Instrument.Symbol is not null).Instrument.Key;
        Assert.DoesNotContain(table.Mentions, m => m.Instrument.Symbol is null && m.Instrument.Title == name);
        Assert.Equal("ab", string.Concat(graph.CitedBy[law].Select(p => "ab"[p.Ordinal])));
    }

    [Fact]
    public void An_amending_law_numbered_before_the_law_it_amends_is_the_amending_law_named_elsewhere()
    {
        var numbered = Document(0, "a", "Căn cứ Luật số 63/2020/QH14 sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật;");
        var named = Document(1, "b", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của " +
                                     "Luật Ban hành văn bản quy phạm pháp luật ngày 18 tháng 6 năm 2020;");

        var graph = GraphBuilder.Build([numbered, named]);

        var amending = Assert.Single(numbered.Mentions, m => m.Instrument.Symbol == "63/2020/QH14").Instrument.Key;
        Assert.Equal([(0, 0), (1, 1)], graph.CitedBy[amending].Select(p => (p.Ordinal, p.Index)));
    }

    [Theory]
    // Another year's name beside a number is another law (a list run together); two numbers are two laws; an amending law of two laws is not read.
    [InlineData("Căn cứ Luật Giáo dục năm 2019 (Luật số 80/2015/QH13);", "Căn cứ Luật Giáo dục năm 2019;")]
    [InlineData("Căn cứ Luật số 80/2015/QH13 (Luật số 63/2020/QH14);", "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật năm 2020;")]
    [InlineData("Căn cứ Luật số 47/2019/QH14 sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương;",
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ năm 2019;")]
    public void A_name_not_given_as_a_numbers_own_joins_no_number(string numbered, string named)
    {
        var byName = Document(1, "b", named);
        var graph = GraphBuilder.Build([Document(0, "a", numbered), byName]);
        Assert.All(byName.Mentions, m => Assert.False(graph.Remap.ContainsKey(m.Instrument.Key)));
    }

    [Fact]
    public void A_provincial_party_committee_named_without_its_province_is_the_citing_provinces_and_its_directive_one_node()
    {
        // "của Tỉnh ủy" was left as written while "của UBND tỉnh" was named in full: the directive cited by its date "của Tỉnh ủy", "của
        // Tỉnh ủy Sơn La" and "của Ban Thường vụ Tỉnh ủy" was three nodes, two of them apart from the numbered 15-CT/TU.
        const string sonLa = "UBND TỈNH SƠN LA\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/KH-SGDĐT\nKẾ HOẠCH\nThực hiện nhiệm vụ năm học";
        var docs = new[]
        {
            Document(0, "a", "Thực hiện Chỉ thị số 15-CT/TU ngày 10/3/2023 của Ban Thường vụ Tỉnh ủy Sơn La về giáo dục;", sonLa),
            Document(1, "b", "Thực hiện Chỉ thị ngày 10/3/2023 của Tỉnh ủy về giáo dục;", sonLa),
            Document(2, "c", "Thực hiện Chỉ thị ngày 10/3/2023 của Tỉnh ủy Sơn La về giáo dục;", sonLa),
            Document(3, "d", "Thực hiện Chỉ thị ngày 10/3/2023 của Ban Thường vụ Tỉnh ủy về giáo dục; Chỉ thị số 16-CT/TU của TỈNH ỦY;", sonLa),
            // Lai Châu's own 15-CT/TU of that day is Lai Châu's Tỉnh ủy's.
            Document(4, "e", "Thực hiện Chỉ thị số 15-CT/TU ngày 10/3/2023 của Tỉnh ủy về giáo dục;", sonLa.Replace("SƠN LA", "LAI CHÂU")),
        };
        Assert.Equal(["Tỉnh ủy Sơn La", "Tỉnh ủy Sơn La", "Ban Thường vụ Tỉnh ủy Sơn La", "Tỉnh ủy Sơn La"],
            docs[1..4].SelectMany(d => d.Mentions).Select(m => m.Instrument.Issuer));

        var graph = GraphBuilder.Build(docs);

        var directive = docs[0].Mentions[0].Instrument.Key;
        Assert.Equal(["a", "b", "c", "d"], graph.CitedBy[directive].Select(p => "abcde"[p.Ordinal].ToString()));
        Assert.Equal("Tỉnh ủy Lai Châu", Assert.Single(docs[4].Mentions).Instrument.Issuer);
        Assert.NotEqual(directive, graph.Remap.GetValueOrDefault(docs[4].Mentions[0].Instrument.Key, docs[4].Mentions[0].Instrument.Key));
    }

    private static GraphDocument Document(int ordinal, string id, string text, string header = "KẾ HOẠCH\nThực hiện nhiệm vụ năm học")
    {
        var document = DocumentParser.Parse(header + "\n\n" + text + "\n", id, $"corpus/{id}.txt");
        return new GraphDocument(ordinal, document.Info, DocumentCitations.Extract(document).Select(c => new Mention(c.Instrument, c.Relation)).ToList());
    }
}
