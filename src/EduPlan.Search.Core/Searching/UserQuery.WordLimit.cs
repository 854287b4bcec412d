using System.Text;

namespace EduPlan.Search.Core.Searching;

/// <summary>Which words of a query past the limit are searched: the telling ones, wherever typed.</summary>
public sealed partial record UserQuery
{
    /// <summary>
    /// Which of the units typed are searched, at most <see cref="MaxUnits"/>. A long question says what it asks last as often as
    /// first: "tôi dạy mầm non ở xã khu vực III, sau sáp nhập bị điều động về …, từ năm 2026 tôi còn được hưởng phụ cấp thu hút và
    /// ưu đãi 70% không" lost "phụ cấp thu hút" and "ưu đãi 70%" past the 24th word, and found the texts on moving teachers. Left out
    /// first are the words that say nothing a text could hold: the interrogatives (<see cref="QuestionWords"/>), the everyday words of
    /// speech (<see cref="EverydayWords"/>), then a word typed again, each from the last typed back; only then the last words. A word
    /// typed again goes after the everyday words: it is as often half of a name typed twice ("trung tâm giáo dục nghề nghiệp - giáo dục
    /// thường xuyên"), whose words side by side find it (eval-testers17's v18 lost half its score so).
    /// </summary>
    /// <remarks>
    /// A word before a number is kept whatever it is: "quyết định số 15" names an instrument by its words. So is
    /// an operand of OR, quoted words, a symbol, an abbreviation in capitals: what was typed as it is, to be searched as it is.
    /// </remarks>
    private static bool[] WithinLimit(List<Typed> typed, string typedText)
    {
        var kept = Enumerable.Repeat(true, typed.Count).ToArray();
        var over = typed.Count - MaxUnits;
        if (over <= 0) return kept;
        var plain = typed.Select((t, i) => t is { IsSyllable: true, Abbreviated: false } && !t.AfterOr && !(i + 1 < typed.Count && typed[i + 1].AfterOr)
                                           && !NearNumber(typed, i)).ToArray();
        var units = typed.Select(t => new QueryUnit(t.Alternatives)).ToList();
        var asked = QuestionWords.WeighNothing(units, typedText);
        var everyday = EverydayWords.Among(units);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var again = typed.Select(t => t.IsSyllable && !seen.Add(t.Alternatives[0].Tokens[0].Exact)).ToArray();
        Func<int, bool>[] leftOutFirst =
        [
            i => plain[i] && asked[i].Words == 0,
            i => plain[i] && everyday[i],
            i => plain[i] && again[i],
            _ => true,
        ];
        foreach (var leftOut in leftOutFirst)
            for (var i = typed.Count - 1; i >= 0 && over > 0; i--)
                if (kept[i] && leftOut(i))
                {
                    kept[i] = false;
                    over--;
                }
        return kept;
    }

    /// <summary>
    /// Whether a symbol or a number that is no year or share was typed up to three words after the unit: the words naming an
    /// instrument by its number ("quyết định số 15").
    /// </summary>
    private static bool NearNumber(List<Typed> typed, int i)
    {
        for (var k = i + 1; k <= Math.Min(typed.Count - 1, i + 3); k++)
            if (typed[k].Alternatives.Any(p => p.Tokens.Any(t => (t.IsSymbol || t.IsSymbolPart) && !t.IsPercentage || IsNumber(t) && !MayBeYear(t))))
                return true;
        return false;
    }

    /// <summary>
    /// What was searched, as typed: the segments <paramref name="searched"/> keeps, each with the spacing typed after it up to the next
    /// kept, and one space where segments are left out. All of them kept, it is the text as typed.
    /// </summary>
    private static string Searched(string typedText, List<int> starts, Func<int, bool> searched)
    {
        var text = new StringBuilder();
        var gap = false;
        for (var s = 0; s < starts.Count; s++)
        {
            if (!searched(s))
            {
                gap = true;
                continue;
            }
            var end = s + 1 < starts.Count ? starts[s + 1] : typedText.Length;
            if (gap && text.Length > 0) text.Append(' ');
            gap = false;
            text.Append(typedText, starts[s], end - starts[s]);
            if (s + 1 < starts.Count && !searched(s + 1))
                while (char.IsWhiteSpace(text[^1])) text.Length--;
        }
        return text.ToString().TrimEnd();
    }
}
