using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// The words that make a query a question: "mức thu học phí là bao nhiêu?", "học sinh tựu trường ngày nào?", "hỗ trợ như thế nào". They say
/// what is asked, and the texts that answer do not hold them: a text stating the fee lacked "nhiêu", and lacking one word of twelve cost it
/// three fifths of its score (a blind reader's questions, Data/eval-testers2.json). They are still sought, but count as no word typed: not
/// among the three quarters a match must hold, not weighed as lacking, not shown as lacking.
/// </summary>
internal static class QuestionWords
{
    /// <summary>The interrogatives, longest first, each as its words written with their marks.</summary>
    private static readonly string[][] Phrases =
        new[] { "là bao nhiêu", "bao nhiêu", "như thế nào", "thế nào", "ra sao", "khi nào", "ở đâu", "là gì", "gì", "nào", "mấy", "đâu" }
            .Select(p => p.Split(' ')).ToArray();

    /// <summary>
    /// The units, those that are interrogatives made to stand for no word: in a question ending in "?" or of six words or more each of them
    /// (typed without marks, as its words folded), elsewhere those of two words or more as written ("bao nhiêu", "thế nào", "là gì"). A query
    /// of nothing else is left as it is.
    /// </summary>
    public static IReadOnlyList<QueryUnit> WeighNothing(IReadOnlyList<QueryUnit> units, string typed)
    {
        // A question of several words is one without its mark as well ("hội đồng trường có nhiệm vụ gì, một năm họp mấy lần").
        var asked = typed.TrimEnd().EndsWith('?') || units.Count >= QuestionWithoutItsMark;
        var words = units.Select(Word).ToList();
        var marked = new bool[units.Count];
        for (var i = 0; i < units.Count; i++)
            foreach (var phrase in Phrases)
                if (i + phrase.Length <= units.Count && Enumerable.Range(0, phrase.Length).All(k => Same(words[i + k], phrase[k], asked)))
                {
                    if (asked || phrase.Length > 1)
                        for (var k = 0; k < phrase.Length; k++) marked[i + k] = true;
                    break;
                }
        if (!marked.Contains(true) || marked.All(m => m)) return units;
        return units.Select((u, i) => marked[i] ? u with { Words = 0 } : u).ToList();
    }

    /// <summary>How many units a query typed with an interrogative and without "?" has, at least, to be read as a question.</summary>
    private const int QuestionWithoutItsMark = 6;

    /// <summary>A unit's one word as typed, in small letters; null for a phrase, a quotation, a symbol or alternatives.</summary>
    internal static string? Word(QueryUnit unit) =>
        unit.Alternatives is [{ Quoted: false, Tokens: [var token] }] && !token.IsSymbol && !token.IsSymbolPart ? token.Exact.ToLowerInvariant() : null;

    private static bool Same(string? typed, string word, bool asked) =>
        typed is not null && (typed == word || asked && VietnameseFolding.TypedLevel(typed) == MarkLevel.Folded && typed == VietnameseFolding.FoldAll(word));
}
