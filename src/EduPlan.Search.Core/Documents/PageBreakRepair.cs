namespace EduPlan.Search.Core.Documents;

/// <summary>
/// The seeds were converted from paged documents: a blank line sometimes falls inside a sentence
/// ("phổ cập" / "giáo dục tiểu học"). A paragraph that ends without closing punctuation followed by
/// a paragraph starting in lower case, or one left on a joining word ("và", "của", a comma), is one sentence:
/// join them before anything else reads the text.
/// </summary>
public static class PageBreakRepair
{
    private const string ClosingPunctuation = ".:;!?…)\"”'»";

    public static int Repair(List<TextBlock> blocks)
    {
        var joined = 0;
        for (var i = 0; i + 1 < blocks.Count;)
        {
            if (IsCutOff(blocks[i], blocks[i + 1]))
            {
                blocks[i].Join(blocks[i + 1]);
                blocks.RemoveAt(i + 1);
                joined++;
            }
            else i++;
        }
        return joined;
    }

    private static bool IsCutOff(TextBlock current, TextBlock next)
    {
        if (current.Kind is BlockKind.Heading or BlockKind.Break || next.Kind != BlockKind.Paragraph) return false;
        var end = current.Text.TrimEnd(' ', '*', '_');
        if (end.Length == 0 || ClosingPunctuation.Contains(end[^1])) return false;
        var start = next.Text.TrimStart(' ', '*', '_', '“', '"');
        if (start.Length == 0) return false;
        // "… năm học 2024 - 2025 và" / "Công văn số 4012/BGDĐT-GDTC …": a sentence left on a joining word goes on, whatever the case.
        // A numbered or lettered item after it opens a list ("… như sau," / "a) …"), not the sentence's end.
        if (current.Kind == BlockKind.Paragraph && EndsOnJoiningWord(end) && SectionNumbering.Read(start) is null) return true;
        // "a) Các nhà trường …" under a heading opens a lettered item: lower case, yet not the heading's sentence going on.
        return char.IsLower(start[0]) && SectionNumbering.Read(start) is not { Style: "letter" };
    }

    private static readonly string[] JoiningWords = ["và", "của", "theo", "tại", "về", "với", "hoặc", "số"];

    private static bool EndsOnJoiningWord(string text)
    {
        if (text.EndsWith(',')) return true;
        var space = text.LastIndexOf(' ');
        var last = text[(space + 1)..];
        return Array.IndexOf(JoiningWords, last) >= 0;
    }
}
