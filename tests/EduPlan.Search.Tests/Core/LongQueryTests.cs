using EduPlan.Search.Core.Searching;

namespace EduPlan.Search.Tests.Core;

/// <summary>What a long question is searched as: which of its words are searched, and which count for a word typed.</summary>
public sealed class LongQueryTests
{
    /// <summary>The words each unit was typed as, with how many words it stands for.</summary>
    private static List<(string Words, int Counts)> Units(UserQuery query) =>
        query.Units.Select(u => (u.Alternatives[0].Text, u.Words)).ToList();

    [Fact]
    public void In_a_question_of_sixteen_words_the_everyday_words_count_for_none_typed()
    {
        // No text says three quarters of a parent's question: "con tôi", "thì", "có được không" are as many of its words as what it asks.
        var query = UserQuery.Parse("con tôi học lớp 4 bán trú ở xã khu vực I tỉnh Lâm Đồng thì có được hỗ trợ tiền ăn trưa không");
        var units = Units(query);
        Assert.True(units.Count >= EverydayWords.LongQuery);
        Assert.All(units.Where(u => u.Words is "tôi" or "ở" or "thì" or "có" or "được" or "không"), u => Assert.Equal(0, u.Counts));
        // The words that tell count, and so does "con", a child, not "còn".
        Assert.All(units.Where(u => u.Words is "con" or "học" or "bán" or "trú" or "hỗ" or "trợ" or "ăn" or "trưa"), u => Assert.Equal(1, u.Counts));
        Assert.True(query.RequiredWords < QueryBuilder.RequiredUnits(units.Count));
    }

    [Fact]
    public void A_shorter_query_counts_every_word_it_types()
    {
        // "phòng nào của Sở phụ trách bồi dưỡng giáo viên về AI": "của" and "về" tie the words they stand between.
        var query = UserQuery.Parse("quy định dạy thêm của tỉnh cũ trước khi sáp nhập có còn hiệu lực");
        Assert.True(query.Units.Count < EverydayWords.LongQuery);
        Assert.All(query.Units, u => Assert.Equal(1, u.Words));
    }

    [Fact]
    public void Typed_without_marks_the_everyday_words_are_known_folded_and_with_marks_only_as_written()
    {
        var folded = Units(UserQuery.Parse("con toi hoc lop 9 muon thi vao truong chuyen thi can chuan bi ho so gi va thi may mon a"));
        Assert.Equal(3, folded.Count(u => u.Words is "toi" or "va" or "gi" && u.Counts == 0));
        // Not where the letters are another word's too: "thi" is an exam as often as "thì", "ho" of "ho so" is "hồ sơ".
        Assert.Equal(8, folded.Count(u => u.Words is "hoc" or "truong" or "chuyen" or "ho" or "so" or "thi" && u.Counts == 1));
        // Among marked words, unmarked "con" and "nay" are a child and this year.
        var marked = Units(UserQuery.Parse("năm nay con tôi vào lớp 1 ở trường tiểu học của xã thì có được miễn học phí và hỗ trợ gì không"));
        Assert.All(marked.Where(u => u.Words is "con" or "nay"), u => Assert.Equal(1, u.Counts));
        Assert.All(marked.Where(u => u.Words is "tôi" or "của" or "và"), u => Assert.Equal(0, u.Counts));
    }

    [Fact]
    public void Past_the_limit_the_words_naming_an_instrument_by_its_number_are_kept()
    {
        // Twenty-six words, "quyết định" typed twice: the second, naming decision 15, is no word typed again to leave out.
        var query = UserQuery.Parse("trường tôi muốn biết quyết định của tỉnh về học phí năm nay thì áp dụng thế nào, có theo quyết định số 15 của tỉnh không ạ");
        var searched = query.Normalized;
        Assert.Contains("quyết định số 15", searched);
        Assert.Contains(query.Units, u => u.Numbered.Any(n => n.Number == "15"));
        Assert.True(query.Units.Count <= UserQuery.MaxUnits);
        Assert.NotEmpty(query.Ignored);
        Assert.DoesNotContain("15", query.Ignored);
    }
}
