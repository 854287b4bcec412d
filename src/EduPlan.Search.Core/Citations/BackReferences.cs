using System.Text.RegularExpressions;
using EduPlan.Search.Core.Documents;

namespace EduPlan.Search.Core.Citations;

/// <summary>
/// "Bãi bỏ Điều 9 của Quy định ban hành kèm theo Quyết định nêu trên": a kind named back ("nêu trên", "nói trên", "trên đây") is the
/// instrument of that kind the text last cited by number. It is a citation of it only where the text repeals, replaces or amends it
/// there: that act is said nowhere else, whereas "thực hiện Kế hoạch nêu trên" repeats what the numbered mention already links
/// (and the hand-checked lists do not list it). Read paragraph by paragraph, in order.
/// </summary>
public sealed partial class BackReferences
{
    /// <summary>The last numbered citation of each kind, up to where the text has been read.</summary>
    private readonly Dictionary<string, CitationExtractor.Found> _last = [];

    /// <summary>The paragraph's citations (in text order) with its enacting back-references among them.</summary>
    public List<CitationExtractor.Found> Add(string paragraph, IEnumerable<CitationExtractor.Found> citations)
    {
        var found = citations.ToList();
        // Three plain searches before the pattern: " trên" alone is in most paragraphs ("trên địa bàn", "trên cơ sở"), and the pattern
        // run over each of them cost a twentieth of extraction.
        if (!paragraph.Contains("nêu trên", StringComparison.Ordinal) && !paragraph.Contains("nói trên", StringComparison.Ordinal)
            && !paragraph.Contains("trên đây", StringComparison.Ordinal))
        {
            Remember(found);
            return found;
        }
        var result = new List<CitationExtractor.Found>(found.Count + 1);
        var next = 0;
        foreach (Match m in NamedBack().Matches(paragraph))
        {
            // The citations before it are what it may name back.
            for (; next < found.Count && found[next].Start < m.Index; next++) Remember(found[next], result);
            if (next < found.Count && found[next].Start < m.Index + m.Length) continue;
            if (DocumentKinds.FromWord(m.Groups["kind"].Value) is not { } kind || !_last.TryGetValue(kind, out var named)) continue;
            var (sentenceStart, sentenceEnd) = Sentences.Around(paragraph, m.Index);
            var relation = CitationRelation.Read(paragraph, sentenceStart, m.Index - sentenceStart);
            if (!CitationRelation.Enacting.Contains(relation)) continue;
            result.Add(named with
            {
                Start = m.Index, End = m.Index + m.Length, Relation = relation,
                Context = Sentences.Context(paragraph, sentenceStart, sentenceEnd, m.Index, m.Index + m.Length),
            });
        }
        for (; next < found.Count; next++) Remember(found[next], result);
        return result;
    }

    private void Remember(List<CitationExtractor.Found> found)
    {
        foreach (var f in found) Remember(f, null);
    }

    private void Remember(CitationExtractor.Found f, List<CitationExtractor.Found>? result)
    {
        result?.Add(f);
        if (f.Symbol is not null) _last[f.Kind] = f;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<kind>Quyết định|Chỉ thị|Kế hoạch|Nghị quyết|Thông tư|Nghị định|Công văn|Hướng dẫn|Thông báo|Kết luận|Đề án|Quy định|Quy chế)\s+(?:nêu trên|nói trên|trên đây)(?![\p{L}\p{M}])")]
    private static partial Regex NamedBack();
}
