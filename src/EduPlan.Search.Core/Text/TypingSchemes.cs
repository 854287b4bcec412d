using System.Text;

namespace EduPlan.Search.Core.Text;

/// <summary>
/// Reads a word typed in Telex ("phoor caapj"), VNI ("pho63 ca65p") or VIQR ("pho^? ca^.p") without an input method, as
/// the Vietnamese it was meant to be ("phổ cập"). Returns null when the word uses none of them.
/// </summary>
public static class TypingSchemes
{
    private const string TelexTones = "sfrxj";

    /// <summary>The words a typed word reads as in each scheme that fits it, Telex first.</summary>
    public static IEnumerable<string> Readings(string word) =>
        new[] { FromTelex(word), FromVni(word), FromViqr(word) }.OfType<string>();

    public static string? FromTelex(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length < 2 || !w.All(char.IsAsciiLetterLower)) return null;
        var tone = 0;
        // The tone key comes after the vowels, usually last: "caapj", "giaos", "ducj", "hoaf".
        var last = w[^1];
        var toneAt = TelexTones.IndexOf(last);
        if (toneAt >= 0 && w.Length > 2 && w[..^1].Any(IsVowel))
        {
            tone = toneAt switch { 0 => 1, 1 => 2, 2 => 3, 3 => 4, _ => 5 };
            w = w[..^1];
        }
        var sb = new StringBuilder(w);
        Replace(sb, "dd", "đ");
        Replace(sb, "uow", "ươ");
        Replace(sb, "aa", "â");
        Replace(sb, "ee", "ê");
        Replace(sb, "oo", "ô");
        Replace(sb, "aw", "ă");
        Replace(sb, "ow", "ơ");
        Replace(sb, "uw", "ư");
        var letters = sb.ToString();
        if (letters == w && tone == 0) return null;
        if (letters.Contains('w') || letters.Count(IsAnyVowel) == 0) return null;
        return VietnameseFolding.WithTone(letters, tone);
    }

    public static string? FromVni(string word)
    {
        var w = word.ToLowerInvariant();
        if (!w.Any(char.IsAsciiDigit) || !w.Any(char.IsAsciiLetter) || !w.All(c => char.IsAsciiLetterLower(c) || c is >= '1' and <= '9')) return null;
        var sb = new StringBuilder();
        var tone = 0;
        foreach (var c in w)
        {
            switch (c)
            {
                case >= '1' and <= '5': tone = c - '0'; break;
                case '6': Mark(sb, "aeo", ch => ch switch { 'a' => 'â', 'e' => 'ê', _ => 'ô' }); break;
                case '7':
                    Mark(sb, "ou", ch => ch == 'o' ? 'ơ' : 'ư');
                    if (sb.Length >= 2 && sb[^2] == 'u' && sb[^1] == 'ơ') sb[^2] = 'ư';
                    break;
                case '8': Mark(sb, "a", _ => 'ă'); break;
                case '9': Mark(sb, "d", _ => 'đ'); break;
                default: sb.Append(c); break;
            }
        }
        return VietnameseFolding.WithTone(sb.ToString(), tone);
    }

    /// <summary>VIQR's tone signs, in the VNI numbering <see cref="VietnameseFolding.WithTone"/> takes: sắc, huyền, hỏi, ngã, nặng.</summary>
    private const string ViqrTones = "'`?~.";

    /// <summary>VIQR's letter marks, each typed right after its letter: â ê ô, ă, ơ ư.</summary>
    private const string ViqrLetterMarks = "^(+";

    public static string? FromViqr(string word)
    {
        var w = word.ToLowerInvariant();
        bool IsSign(char c) => ViqrTones.Contains(c) || ViqrLetterMarks.Contains(c);
        if (!w.Any(IsSign) || !w.Any(char.IsAsciiLetter) || !w.All(c => char.IsAsciiLetterLower(c) || IsSign(c))) return null;
        var sb = new StringBuilder();
        var tone = 0;
        foreach (var c in w)
        {
            var marked = sb.Length > 0 ? sb[^1] : '\0';
            switch (c)
            {
                case var t when ViqrTones.Contains(t): tone = ViqrTones.IndexOf(t) + 1; break;
                case '^' when marked is 'a' or 'e' or 'o': sb[^1] = marked switch { 'a' => 'â', 'e' => 'ê', _ => 'ô' }; break;
                case '(' when marked == 'a': sb[^1] = 'ă'; break;
                case '+' when marked is 'o' or 'u': sb[^1] = marked == 'o' ? 'ơ' : 'ư'; break;
                case var sign when IsSign(sign): return null; // a letter mark after a letter it does not go on: no VIQR
                default: sb.Append(c); break;
            }
        }
        Replace(sb, "dd", "đ");
        return VietnameseFolding.WithTone(sb.ToString(), tone);
    }

    private static void Mark(StringBuilder sb, string targets, Func<char, char> mark)
    {
        for (var i = sb.Length - 1; i >= 0; i--)
            if (targets.Contains(sb[i]))
            {
                sb[i] = mark(sb[i]);
                return;
            }
    }

    private static void Replace(StringBuilder sb, string from, string to) => sb.Replace(from, to);

    private static bool IsVowel(char c) => "aeiouy".Contains(c);

    private static bool IsAnyVowel(char c) => "aăâeêioôơuưy".Contains(c);
}
