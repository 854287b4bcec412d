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
            mapped.Append(normal, runStart, exact: normal == run, sourceLength: run.Length);
        }
        // Each run was normalised alone: a dash joining two words is known only from its neighbours.
        var whole = mapped.ToString();
        for (var at = 0; at < whole.Length; at++)
            if (VietnameseFolding.IsJoiningDash(whole, at)) mapped.Replace(at, '-');
        return mapped;
    }
}
