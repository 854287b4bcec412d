using System.Reflection;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Citations;

/// <summary>
/// The names of the laws texts cite (Data/laws.tsv). A law's name is read up to what ends it (a date, a year, "của", a stop), and "và"
/// is in many names ("Giáo dục quốc phòng và an ninh", "Phòng cháy và chữa cháy", "Khoa học và công nghệ"): where a name as read is
/// none of them and runs on with "và" past one, the sentence went on after the law ("Luật Viên chức và tuyển dụng viên chức", "Luật
/// Ngân sách nhà nước và quy chế chi tiêu nội bộ", "Luật Giáo dục và Điều lệ trường trung học" each made a law of their own).
/// A name the list lacks is read as before.
/// </summary>
public static class KnownLaws
{
    private static readonly HashSet<string> Names = Load();

    /// <summary>How many characters of a law's name as read (after its kind word) are its name.</summary>
    public static int NameLength(string name)
    {
        var words = Words(name);
        if (words.Count == 0 || Names.Contains(Key(words, words.Count))) return name.Length;
        // The longest known name "và" follows: "Phòng cháy và chữa cháy và …" keeps its own "và".
        for (var k = words.Count - 1; k >= 1; k--)
            if (words[k].Folded == "va" && Names.Contains(Key(words, k))) return words[k - 1].End;
        return name.Length;
    }

    private static List<(string Folded, int End)> Words(string name)
    {
        var words = new List<(string, int)>();
        for (var i = 0; i < name.Length;)
        {
            while (i < name.Length && char.IsWhiteSpace(name[i])) i++;
            var start = i;
            while (i < name.Length && !char.IsWhiteSpace(name[i])) i++;
            var end = i;
            // "bộ," of "Cán bộ, công chức": the comma is no part of the word, nor of where the name may end.
            while (end > start && !char.IsLetterOrDigit(name[end - 1])) end--;
            if (end > start) words.Add((VietnameseFolding.FoldAll(name[start..end]), end));
        }
        return words;
    }

    private static string Key(List<(string Folded, int End)> words, int count) => string.Join(' ', words.Take(count).Select(w => w.Folded));

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("EduPlan.Search.Core.Data.laws.tsv")
            ?? throw new InvalidOperationException("laws.tsv is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => Words(VietnameseFolding.NormalizeText(l)) is var words ? Key(words, words.Count) : "").ToHashSet(StringComparer.Ordinal);
    }
}
