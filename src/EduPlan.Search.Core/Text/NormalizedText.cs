using System.Text;
using EduPlan.Search.Core.Documents;

namespace EduPlan.Search.Core.Text;

/// <summary>
/// NFC-normalises text sent in any form while keeping a map back to it, so an offset found in the
/// normal form is reported as an offset in the text as the caller sent it (NFD included).
/// </summary>
public static class NormalizedText
{
    public static MappedText Create(string text)
    {
        var mapped = new MappedText();
        var i = 0;
        while (i < text.Length)
        {
            // A run is one base character with the combining marks that follow it.
            var runStart = i;
            i += char.IsSurrogatePair(text, i) ? 2 : 1;
            while (i < text.Length && (VietnameseFolding.IsMark(text[i]) || text[i] is >= '\u1160' and <= '\u11FF' or >= '\uD7B0' and <= '\uD7FF'))
                i++;
            var run = text[runStart..i];
            var normal = VietnameseFolding.NormalizeText(run);
            if (normal == run)
            {
                mapped.Append(run, runStart);
                continue;
            }
            // What the normal form keeps of the run's start maps character by character: a citation ending at a digit whose following marks
            // compose among themselves ("3" then "\u0BC6\u0BBE", "\u0BCA" in NFC) ends at that digit in the text as sent, as in its NFC form.
            var kept = run.AsSpan().CommonPrefixLength(normal);
            if (kept < normal.Length && kept > 0 && char.IsHighSurrogate(run[kept - 1])) kept--;
            if (kept > 0) mapped.Append(normal[..kept], runStart);
            mapped.Append(normal[kept..], runStart + kept, exact: false, sourceLength: run.Length - kept);
        }
        // Each run was normalised alone: a dash joining two words is known only from its neighbours.
        var whole = mapped.ToString();
        for (var at = 0; at < whole.Length; at++)
            if (VietnameseFolding.IsJoiningDash(whole, at)) mapped.Replace(at, '-');
        return mapped;
    }
}
