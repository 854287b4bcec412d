using EduPlan.Search.Core.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EduPlan.Search.Tests.Core;

public sealed class TokenPairStreamTests
{
    [Fact]
    public void Adjacent_words_pair_folded_at_the_first_words_position()
    {
        Assert.Equal(["giao vien@0", "vien mam@1", "mam non@2"], Pairs("Giáo viên mầm non"));
    }

    [Fact]
    public void A_symbol_and_its_parts_each_pair_with_the_neighbours_and_not_with_each_other()
    {
        Assert.Equal(["quyet dinh@0", "dinh so@1", "so 2457/qd-bgddt@2", "so 2457@2", "so qd@2", "so bgddt@2",
                "2457/qd-bgddt ngay@3", "2457 ngay@3", "qd ngay@3", "bgddt ngay@3"],
            Pairs("Quyết định số 2457/QĐ-BGDĐT ngày"));
    }

    [Fact]
    public void No_pair_spans_two_sections()
    {
        Assert.Equal(["pho cap@0", "giao duc@3"], Pairs("phổ cập", "giáo dục"));
    }

    [Fact]
    public void A_curated_long_form_is_there_whole_at_its_first_words_position_and_not_across_sections()
    {
        Assert.Equal(["pho cap@0", "pho cap giao duc@0", "cap giao@1", "giao duc@2", "giao duc mam non@2", "duc mam@3", "mam non@4"],
            Pairs("Phổ cập giáo dục mầm non"));
        Assert.Equal(["pho cap@0", "cap giao@1", "giao duc@4"], Pairs("phổ cập giáo", "giáo dục"));
        Assert.Equal(["xoa mu@0", "xoa mu chu@0", "mu chu@1"], Pairs("Xoá mù chữ"));
    }

    [Fact]
    public void Words_kept_apart_by_a_token_too_long_to_index_do_not_pair()
    {
        Assert.Equal(["xoa mu@0"], Pairs($"xóa mù {new string('a', 300)} chữ"));
    }

    /// <summary>Each pair as "term@position", positions counted as Lucene counts them.</summary>
    private static List<string> Pairs(params string[] sections)
    {
        var stream = new TokenPairStream().Replay(sections.Select(s => (IReadOnlyList<AnalyzedToken>)AnalyzedToken.Analyze(s)).ToList());
        var term = stream.GetAttribute<ICharTermAttribute>();
        var increment = stream.GetAttribute<IPositionIncrementAttribute>();
        var pairs = new List<string>();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            pairs.Add($"{term}@{position}");
        }
        return pairs;
    }
}
