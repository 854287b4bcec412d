using System.Buffers;

namespace EduPlan.Search.Core.Citations;

/// <summary>Sentence bounds inside a block of directive text, for relations and context.</summary>
public static class Sentences
{
    private const int MaxContext = 360;

    private static readonly SearchValues<char> BoundaryCharacters = SearchValues.Create("\n.!?|");

    /// <summary>The sentence around <paramref name="index"/>: from after the previous ". " (or line break, or table cell's bar) to the next.</summary>
    public static (int Start, int End) Around(string text, int index)
    {
        var (start, end, _) = Walk(text, index);
        return (start, end);
    }

    /// <summary><see cref="Around"/>, and where the walk forward stopped: the first boundary at or after the index, or the end.</summary>
    private static (int Start, int End, int Boundary) Walk(string text, int index)
    {
        // Only a line break, a bar or . ! ? can be a boundary: jump between those instead of testing every character.
        var start = index;
        while (start > 0)
        {
            var candidate = text.AsSpan(0, start).LastIndexOfAny(BoundaryCharacters);
            if (candidate < 0) { start = 0; break; }
            if (IsBoundary(text, candidate)) { start = candidate + 1; break; }
            start = candidate;
        }
        var boundary = index;
        while (boundary < text.Length)
        {
            var next = text.AsSpan(boundary).IndexOfAny(BoundaryCharacters);
            if (next < 0) { boundary = text.Length; break; }
            boundary += next;
            if (IsBoundary(text, boundary)) break;
            boundary++;
        }
        var end = boundary < text.Length ? boundary + 1 : boundary;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        return (start, end, boundary);
    }

    /// <summary>
    /// <see cref="Around"/> for the citations of one text: several citations often share a sentence, and
    /// walking back to its start for each one made long sentences quadratic.
    /// </summary>
    public sealed class Cursor(string text)
    {
        private int _from = -1;
        private int _through = -1;
        private (int Start, int End) _last;

        public (int Start, int End) Around(int index)
        {
            // From any index between the last one and the boundary that ended its walk forward, the walks
            // cross no boundary the last ones did not, and stop where they stopped.
            if (index < _from || index > _through)
            {
                var (start, end, boundary) = Walk(text, index);
                (_last, _from, _through) = ((start, end), index, boundary);
            }
            return _last;
        }
    }

    private static bool IsBoundary(string text, int i)
    {
        var c = text[i];
        // A table's cell is read alone: "| 5 | 2457/QĐ-BGDĐT | … |" takes no relation from the row's other cells or the rows above.
        if (c is '\n' or '|') return true;
        if (c is not ('.' or '!' or '?')) return false;
        // "23/8/2023." ends a sentence; "Tp. Hà Nội" or "1.1" does not.
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (!char.IsWhiteSpace(next)) return false;
        var j = i + 1;
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        return j >= text.Length || char.IsUpper(text[j]) || text[j] is '-' or '+' or '*' or '“' or '"';
    }

    /// <summary>The sentence, cut to a window around the citation when it is long.</summary>
    public static string Context(string text, int sentenceStart, int sentenceEnd, int start, int end)
    {
        // A table's cell is read alone, but shown with its row: "1653/QĐ-UBND" alone said nothing of the date, issuer and subject beside it.
        if (InCell(text, sentenceStart, sentenceEnd))
        {
            sentenceStart = sentenceStart > 0 ? text.LastIndexOf('\n', sentenceStart - 1) + 1 : 0;
            sentenceEnd = text.IndexOf('\n', sentenceEnd) is var lineEnd and >= 0 ? lineEnd : text.Length;
        }
        var from = sentenceStart;
        var to = sentenceEnd;
        if (to - from > MaxContext)
        {
            var half = Math.Max(0, (MaxContext - (end - start)) / 2);
            from = Math.Max(sentenceStart, start - half);
            to = Math.Min(sentenceEnd, end + half);
            while (from > sentenceStart && !char.IsWhiteSpace(text[from - 1])) from--;
            while (to < sentenceEnd && !char.IsWhiteSpace(text[to])) to++;
        }
        var s = text[from..to].Replace("*", "").Trim().Trim('|').Trim();
        return (from > sentenceStart ? "…" : "") + s + (to < sentenceEnd ? "…" : "");
    }

    /// <summary>Whether the sentence is a table's cell: a pipe right before it or where it ends.</summary>
    private static bool InCell(string text, int sentenceStart, int sentenceEnd)
    {
        var before = sentenceStart - 1;
        while (before >= 0 && text[before] is ' ' or '\t') before--;
        var last = sentenceEnd - 1;
        while (last > sentenceStart && text[last] is ' ' or '\t') last--;
        return (before >= 0 && text[before] == '|') || (last >= 0 && last < text.Length && text[last] == '|')
               || (sentenceEnd < text.Length && text[sentenceEnd] == '|');
    }
}
