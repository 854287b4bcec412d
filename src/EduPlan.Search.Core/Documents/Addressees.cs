using System.Text.RegularExpressions;

namespace EduPlan.Search.Core.Documents;

/// <summary>
/// Who a directive is sent to: the "Kính gửi" block under its header and the "Nơi nhận" list at its end. They name offices and
/// schools, not what the text is about, so search does not read them: a letter on storm closures sent to "các trường phổ thông dân
/// tộc nội trú" is not about those schools, and "Sở Tài chính (để b/c)" does not make a text about finance. The text shown keeps them.
/// </summary>
public static partial class Addressees
{
    private static readonly string[] Openers = ["Kính gửi", "Nơi nhận"];

    /// <summary>
    /// The section's text as search reads it, the same length: the line opening with "Kính gửi" or "Nơi nhận" blanked, each
    /// line after one that ends with ':', ';' or ',' (the list's items, which some lists end with commas; its last ends otherwise),
    /// and, after an opener ending with ':', each list item that follows it, however its items end ("- Như trên", "- Lưu VT.").
    /// The signature after the recipients ("KT. GIÁM ĐỐC", the signer's name) is still read.
    /// </summary>
    public static string Searchable(Section section) => Searchable(section.Text, section.ListItemLines);

    /// <inheritdoc cref="Searchable(Section)"/>
    public static string Searchable(string text, IReadOnlySet<int>? listItemLines = null)
    {
        text = WithoutMotto(text);
        if (!Openers.Any(o => text.Contains(o, StringComparison.OrdinalIgnoreCase))) return text;
        var chars = text.ToCharArray();
        var listing = false;
        var itemsFollow = false;
        for (int start = 0, number = 0; start < text.Length; number++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start).Trim();
            var opens = Opens(line);
            var item = listItemLines?.Contains(number) == true;
            if (opens || listing || (itemsFollow && item))
            {
                for (var i = start; i < end; i++) chars[i] = ' ';
                listing = line.Length > 0 && line[^1] is ':' or ';' or ',';
                itemsFollow = opens ? line.Length > 0 && line[^1] == ':' : itemsFollow && item;
            }
            else itemsFollow = false;
            start = end + 1;
        }
        return new string(chars);
    }

    /// <summary>
    /// The state's name and motto every directive carries under its header ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do -
    /// Hạnh phúc"), blanked: they say nothing of the text, and matched "giáo dục hòa nhập" and "xã hội học tập" in every document.
    /// </summary>
    private static string WithoutMotto(string text) =>
        text.Contains("Tự do", StringComparison.OrdinalIgnoreCase) || text.Contains("CHỦ NGHĨA", StringComparison.OrdinalIgnoreCase)
            ? Motto().Replace(text, m => new string(' ', m.Length)) : text;

    [GeneratedRegex(@"\bcộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam\b|\bđộc\s+lập\s*[-–—]\s*tự\s+do\s*[-–—]\s*hạnh\s+phúc\b", RegexOptions.IgnoreCase)]
    private static partial Regex Motto();

    private static bool Opens(ReadOnlySpan<char> line)
    {
        foreach (var opener in Openers)
            if (line.StartsWith(opener, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
