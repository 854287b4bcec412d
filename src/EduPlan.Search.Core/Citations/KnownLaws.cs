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

    /// <summary>Every known name's first words ("phong", "phong chong", …, the whole name): where reading ahead for one can stop.</summary>
    private static readonly HashSet<string> Openings = Names.SelectMany(OpeningsOf).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> OpeningsOf(string name)
    {
        for (var space = name.IndexOf(' '); space > 0; space = name.IndexOf(' ', space + 1)) yield return name[..space];
        yield return name;
    }

    /// <summary>How many characters of a law's name as read (after its kind word) are its name.</summary>
    public static int NameLength(string name)
    {
        var words = Words(name);
        if (words.Count == 0 || Names.Contains(Key(words, words.Count))) return name.Length;
        // The longest known name "và" follows: "Phòng cháy và chữa cháy và …" keeps its own "và".
        for (var k = words.Count - 1; k >= 1; k--)
            if (words[k].Folded == "va" && Names.Contains(Key(words, k))) return words[k - 1].End;
        // The longest known name the sentence goes on after in words ("Luật Nhà giáo có hiệu lực từ …", "Luật Giáo dục quy định rõ …",
        // "Luật Nhà giáo trên địa bàn tỉnh": thirty-two testers' citations were such laws of their own). A name the list lacks that opens
        // with a known one would end there too: the list holds the laws schools cite. Not before a figure or a bracket ("Luật Thủ đô (sửa đổi)").
        for (var k = words.Count - 1; k >= 1; k--)
            if (Names.Contains(Key(words, k)) && char.IsLetter(name[NextWord(name, words[k - 1].End).Start])) return words[k - 1].End;
        return name.Length;
    }

    /// <summary>
    /// How many characters from <paramref name="start"/> (after the kind word) the longest known name takes, or 0 for none: a name with a
    /// comma the text ends with no date, year or other law ("Căn cứ Luật Phòng, chống tham nhũng;") is read up to its comma, which ends
    /// a clause as often ("Căn cứ Luật Giáo dục, các trường …"); a known name says which it is.
    /// </summary>
    public static int KnownLengthAt(string text, int start)
    {
        var span = text.AsSpan(start, Math.Min(text.Length - start, MaxNameLength));
        var known = 0;
        // Word by word while the words read open some known name: most names cited are known or open none after a word or two.
        var key = "";
        for (var i = 0; i < span.Length;)
        {
            var (wordStart, end, next) = NextWord(span, i);
            if (end == wordStart) break;
            var folded = VietnameseFolding.FoldAll(span[wordStart..end].ToString());
            key = key.Length == 0 ? folded : key + " " + folded;
            if (!Openings.Contains(key)) break;
            if (Names.Contains(key)) known = end;
            // "nhũng;", "chức.": past anything but a comma the clause ends.
            if (span[end..next].Trim(',').Length > 0) break;
            i = next;
        }
        return known;
    }

    /// <summary>How far ahead a known name is looked for: longer than the longest.</summary>
    private const int MaxNameLength = 120;

    private static List<(string Folded, int End)> Words(string name)
    {
        var words = new List<(string, int)>();
        for (var i = 0; i < name.Length;)
        {
            var (start, end, next) = NextWord(name, i);
            if (end > start) words.Add((VietnameseFolding.FoldAll(name[start..end]), end));
            i = next;
        }
        return words;
    }

    /// <summary>Where the word at or after <paramref name="i"/> starts, where its letters end, and where the next starts.</summary>
    private static (int Start, int End, int Next) NextWord(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        var end = i;
        // "bộ," of "Cán bộ, công chức": the comma is no part of the word, nor of where the name may end.
        while (end > start && !char.IsLetterOrDigit(text[end - 1])) end--;
        return (start, end, i);
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
