using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// The words of speech that say nothing a directive could hold: pronouns, particles, links ("tôi", "ạ", "thì", "và", "được", "không").
/// A long question is made of them as much as of what it asks, and no text says three quarters of its words: they count as no word
/// typed there, as a question's interrogatives do (<see cref="QuestionWords"/>), and a question past the limit of words leaves them out
/// before any word that tells (<see cref="UserQuery"/>'s word limit). A shorter query searches them as any word. From Data/everyday-words.tsv.
/// </summary>
internal static class EverydayWords
{
    private static readonly HashSet<string> Written = Words("written");

    /// <summary>Typed without marks: only those whose letters are no other word's ("thi" is "thì" and an exam, "ho" "họ" and "hồ sơ").</summary>
    private static readonly HashSet<string> Folded = Words("folded");

    private static HashSet<string> Words(string line) => DataFiles.Rows("everyday-words.tsv").Where(row => row[0] == line)
        .SelectMany(row => row.Skip(1)).Where(w => w.Length > 0).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// How many units make a query long enough for its everyday words to count for none. Over the judged sets of long questions
    /// (eval-testers15-17) at 8, 12 and 16: from 12 on the three sets gained alike, but from 12 to 15 words sets of shorter questions lost
    /// ("phòng nào của Sở phụ trách bồi dưỡng giáo viên về AI", where "của" and "về" tie the words they stand between).
    /// </summary>
    public const int LongQuery = 16;

    /// <summary>The units, a long query's everyday words made to stand for no word; a query of nothing else is left as it is.</summary>
    public static IReadOnlyList<QueryUnit> WeighNothing(IReadOnlyList<QueryUnit> units)
    {
        if (units.Count < LongQuery) return units;
        var everyday = Among(units);
        if (everyday.All(e => e)) return units;
        return units.Select((u, i) => everyday[i] ? u with { Words = 0 } : u).ToList();
    }

    /// <summary>
    /// Which units are an everyday word typed alone: as written; in a query typed without any marks, as one of them folded ("toi",
    /// "duoc") where no other word is spelt so. Among marked words "con" is a child and "nay" this year, not "còn" and "này".
    /// </summary>
    public static bool[] Among(IReadOnlyList<QueryUnit> units)
    {
        var words = units.Select(QuestionWords.Word).ToList();
        var withoutMarks = words.All(w => w is null || VietnameseFolding.TypedLevel(w) == MarkLevel.Folded);
        return words.Select(w => w is not null && (Written.Contains(w)
            || withoutMarks && Folded.Contains(w))).ToArray();
    }
}
