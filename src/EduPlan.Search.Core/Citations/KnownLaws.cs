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

    /// <summary>
    /// How many characters from <paramref name="start"/> (after the kind word) the longest known name takes, or 0 for none: a name with a
    /// comma the text ends with no date, year or other law ("Căn cứ Luật Phòng, chống tham nhũng;") is read up to its comma, which ends
    /// a clause as often ("Căn cứ Luật Giáo dục, các trường …"); a known name says which it is.
    /// </summary>
    public static int KnownLengthAt(string text, int start)
    {
        var words = Words(text.AsSpan(start, Math.Min(text.Length - start, MaxNameLength)), stopAtClauseEnd: true);
        for (var k = words.Count; k >= 1; k--)
            if (Names.Contains(Key(words, k))) return words[k - 1].End;
        return 0;
    }

    /// <summary>How far ahead a known name is looked for: longer than the longest.</summary>
    private const int MaxNameLength = 120;

    private static List<(string Folded, int End)> Words(string name) => Words(name.AsSpan(), stopAtClauseEnd: false);

    /// <param name="stopAtClauseEnd">Whether a word ending in anything but a comma ends the words read ("nhũng;", "chức.").</param>
    private static List<(string Folded, int End)> Words(ReadOnlySpan<char> name, bool stopAtClauseEnd)
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
            if (end > start) words.Add((VietnameseFolding.FoldAll(name[start..end].ToString()), end));
            if (stopAtClauseEnd && (end == start || (end < i && name[end..i].Trim(',').Length > 0))) break;
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
