using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace EduPlan.Search.Tests.Properties;

/// <summary>Random text biased towards what breaks Vietnamese text handling. Printed escaped, so a failure can be pasted back.</summary>
public sealed record HardText(string Value)
{
    public override string ToString() => Unicode.Show(Value);
}

/// <summary>A query string: hard text plus the query syntax users type or paste (quotes, brackets, -, OR, field:), up to 2,000 chars.</summary>
public sealed record QueryText(string Value)
{
    public override string ToString() => Unicode.Show(Value);
}

/// <summary>Random filler with real citation fragments inserted between whitespace; <see cref="Inserted"/> holds where.</summary>
public sealed record CitationText(IReadOnlyList<string> Parts, string Before, string After)
{
    /// <summary>Parts alternate filler, fragment, filler, fragment, …, filler.</summary>
    public string Value => Build().Text;

    public IReadOnlyList<(int Index, string Fragment)> Inserted => Build().Inserted;

    private (string Text, List<(int, string)> Inserted) Build()
    {
        var sb = new StringBuilder();
        var inserted = new List<(int, string)>();
        for (var i = 0; i < Parts.Count; i++)
        {
            if (i % 2 == 0) { sb.Append(Parts[i]); continue; }
            sb.Append(Before);
            inserted.Add((sb.Length, Parts[i]));
            sb.Append(Parts[i]).Append(After);
        }
        return (sb.ToString(), inserted);
    }

    public override string ToString() => Unicode.Show(Value);
}

/// <summary>The province an API caller sends beside a text.</summary>
public sealed record ProvinceName(string? Value)
{
    public override string ToString() => Value is null ? "null" : Unicode.Show(Value);
}

public static class Unicode
{
    /// <summary>Escapes everything outside printable ASCII, and shortens very long text around its middle.</summary>
    public static string Show(string s)
    {
        var sb = new StringBuilder("\"");
        void Add(string part)
        {
            foreach (var c in part)
                sb.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    _ when c is >= ' ' and <= '~' => c.ToString(),
                    _ => $"\\u{(int)c:X4}",
                });
        }
        if (s.Length <= 400) Add(s);
        else
        {
            Add(s[..150]);
            sb.Append($"\" + <{s.Length - 300} more chars> + \"");
            Add(s[^150..]);
        }
        return sb.Append("\" (").Append(s.Length).Append(" chars)").ToString();
    }

    /// <summary>Characters string.Normalize refuses: lone surrogates and the noncharacters U+FFFE/U+FFFF.</summary>
    private static bool Unnormalizable(string s, int i) =>
        s[i] is '\uFFFE' or '\uFFFF' ||
        (char.IsHighSurrogate(s[i]) && !(i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))) ||
        (char.IsLowSurrogate(s[i]) && !(i > 0 && char.IsHighSurrogate(s[i - 1])));

    /// <summary>The string in the given form, normalising the stretches between characters Normalize cannot take.</summary>
    public static string Normalize(string s, NormalizationForm form)
    {
        var sb = new StringBuilder(s.Length * 2);
        var start = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && !Unnormalizable(s, i)) continue;
            if (i > start) sb.Append(s[start..i].Normalize(form));
            if (i < s.Length) sb.Append(s[i]);
            start = i + 1;
        }
        return sb.ToString();
    }

    public static string Nfc(string s) => Normalize(s, NormalizationForm.FormC);
    public static string Nfd(string s) => Normalize(s, NormalizationForm.FormD);

    /// <summary>
    /// Shrinks a string by cutting chunks out of it, halves first, then smaller pieces; single characters only
    /// once the string is short, so a failure over HTTP shrinks in a bounded number of requests.
    /// </summary>
    public static IEnumerable<string> Shrink(string s)
    {
        if (s.Length == 0) yield break;
        yield return "";
        var smallest = s.Length <= 64 ? 1 : s.Length / 32;
        for (var chunk = s.Length / 2; chunk >= smallest; chunk /= 2)
            for (var i = 0; i + chunk <= s.Length; i += chunk)
                yield return s.Remove(i, chunk);
    }
}

/// <summary>The generators, registered with [Property(Arbitrary = [typeof(Generators)])].</summary>
public static class Generators
{
    public const string VietnameseLetters =
        "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";

    private static readonly string[] Words =
    [
        "phổ", "cập", "giáo", "dục", "xóa", "xoá", "mù", "chữ", "hòa", "hoà", "hóa", "hoá", "khỏe", "khoẻ", "thủy", "thuỷ",
        "kỹ", "kĩ", "lý", "lí", "tỷ", "tỉ", "quy", "quý", "y", "tế", "gì", "giữ", "giường", "nghiêng", "khuỷu", "Đ", "đ",
        "Ð", "ð", "ĐÀO", "TẠO", "PHỔ CẬP GIÁO DỤC", "KẾ HOẠCH", "Bác", "Bắc", "tỉnh", "tinh", "người", "ươn", "ưu",
        "GD&ĐT", "GD&", "&ĐT", "GDĐT", "THPT", "GDMN", "PCGD-XMC", "UBND", "năm học 2023 - 2024", "mầm non",
        "2457/QĐ-BGDĐT", "29-CT/TW", "1646 /QĐ-UBND", "30/2021/QĐ-TTg", "88/2014/QH13", "5046/UBND-KGVX", "4725/QĐ-BGD&ĐT",
        "23/8/2023", "2023-2024", "1.1.", "a)", "II.", "số", "ngày", "của", "về việc", "tỉnh Lào Cai",
    ];

    private static readonly string[] Scripts =
    [
        "مرحبا", "שלום", "\u200F", "\u200E", "\u202E", "\u202B", "\u202C", "\u061C", "\u0627\u064E", "Ελληνικά", "ά", "йё",
        "中文", "한국어", "\u1100\u1161", "\u0958", "İ", "ı", "ß", "ẞ", "ﬁ", "\u2126", "\u212A", "\u212B", "ǅ", "٣٤", "²", "½",
        "Ⅻ", "\uFFFD", "\uFFFE", "\uFFFF", "😀", "🇻🇳", "𝐀", "𠀀", "\U0001D7CE", "\u0DDA", "\u0BCA",
    ];

    private static readonly string[] ZeroWidth = ["\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060", "\u00AD", "\u034F"];

    private static readonly string[] Punctuation =
    [
        "0", "1", "2", "7", "9", "2023", "/", "/", "-", "-", "&", "&", " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", ".",
        ",", ";", ":", "\"", "(", ")", "“", "”", "*", "_", "#", "'", "–", "—", "\u00A0", "\u3000",
    ];

    private static readonly string[] QuerySyntax =
    [
        "\"", "\"", "(", ")", "-", " -", " OR ", "OR", " or ", "OR OR", "title:(", "body:", "q=", "AND", "NOT", "*", "?", "~",
        "^2", "\\", "+", "{", "}", "[", "]", ":", "%", "%20", "&", "=", "#", "<mark>", "</", "'",
    ];

    private static Gen<string> Char(int from, int to) => Gen.Choose(from, to).Select(c => ((char)c).ToString());

    /// <summary>One piece of hard text.</summary>
    public static Gen<string> Atom { get; } = Gen.Frequency(
        (12, Gen.Elements(Words)),
        (6, Gen.Elements(Words).Select(w => w.Normalize(NormalizationForm.FormD))),
        (6, Gen.Elements(Words).Select(w => w.ToUpperInvariant())),
        (10, Gen.Elements(VietnameseLetters.ToCharArray()).Select(c => c.ToString())),
        (3, Gen.Elements(VietnameseLetters.ToUpperInvariant().ToCharArray()).Select(c => c.ToString())),
        (5, Char(0x0300, 0x036F)),
        (2, Char(0x0300, 0x036F).Select(mark => " " + mark)), // a stray mark whose letter was lost in a paste
        (2, Char(0xD800, 0xDFFF)),
        (4, Gen.Elements(Scripts)),
        (2, Gen.OneOf(Char(0x0000, 0x001F), Char(0x007F, 0x009F))),
        (3, Gen.Elements(ZeroWidth)),
        (14, Gen.Elements(Punctuation)),
        (3, Char(0x0000, 0xFFFF)),
        (2, Gen.Elements("abcdefghijklmnopqrstuvwxyz".ToCharArray()).Select(c => c.ToString())));

    /// <summary>A token of 10,000 characters: letters, marks, digits, or a symbol-shaped run.</summary>
    public static Gen<string> LongToken { get; } = Gen.OneOf(
        Gen.Elements(VietnameseLetters.ToCharArray()).Select(c => new string(c, 10_000)),
        Gen.Elements(VietnameseLetters.ToCharArray()).ArrayOf(10_000).Select(cs => new string(cs)),
        Gen.Constant(string.Concat(Enumerable.Repeat("a\u0301\u0323", 3_334))[..10_000]),
        Gen.Constant(new string('9', 10_000)),
        Gen.Constant("1/" + new string('Q', 9_998)),
        Gen.Constant(string.Concat(Enumerable.Repeat("GD&", 3_334))[..10_000]),
        Gen.Constant(new string('\u0301', 10_000)));

    private static Gen<string> Concat(Gen<string> atom, int maxAtoms) =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, Math.Min(size, maxAtoms))))
            .SelectMany(n => atom.ListOf(n))
            .Select(parts => string.Concat(parts));

    /// <summary>Hard text of up to 100 pieces, now and then holding a 10,000-character token.</summary>
    public static Gen<string> HardString { get; } = Gen.Frequency(
        (30, Concat(Atom, 100)),
        (1, from before in Concat(Atom, 10) from token in LongToken from after in Concat(Atom, 10) select before + " " + token + " " + after));

    private static Gen<string> QueryAtom { get; } = Gen.Frequency((3, Atom), (1, Gen.Elements(QuerySyntax)));

    /// <summary>Queries: mostly short, some long (up to 2,000 chars, around the 1,000-char limit).</summary>
    public static Gen<string> QueryString { get; } = Gen.Frequency(
        (20, Concat(QueryAtom, 30)),
        (4, Gen.Choose(900, 2_000).SelectMany(length => QueryAtom.ListOf(length / 2).Select(parts => Cut(string.Concat(parts), length)))),
        (1, Gen.Choose(1, 20).Select(n => string.Join(" OR ", Enumerable.Repeat("giáo dục", n)))),
        (1, Gen.Constant("\"phổ cập\" -\"mầm non\" (title:(GDĐT) OR THPT) -Lào")));

    private static string Cut(string s, int length) => s.Length <= length ? s : s[..length];

    /// <summary>Real citation fragments as they appear in the directives.</summary>
    public static readonly string[] CitationFragments =
        ["Quyết định số 2457/QĐ-BGDĐT ngày 23/8/2023", "29-CT/TW", "Luật Giáo dục ngày 14/6/2019"];

    /// <summary>
    /// Filler for the insertion property: hard text without "Luật" (no atom holds it; the replace guards chance), since
    /// an earlier "Luật X…" with no punctuation after it legitimately runs on into the inserted citation.
    /// </summary>
    private static Gen<string> Filler { get; } = Concat(Atom, 40).Select(s => s.Contains("Luật", StringComparison.OrdinalIgnoreCase) ? s.Replace("Luật", "x", StringComparison.OrdinalIgnoreCase) : s);

    public static Arbitrary<HardText> HardTextArb() =>
        Arb.From(HardString.Select(s => new HardText(s)), t => Unicode.Shrink(t.Value).Select(s => new HardText(s)));

    public static Arbitrary<QueryText> QueryTextArb() =>
        Arb.From(QueryString.Select(s => new QueryText(s)), t => Unicode.Shrink(t.Value).Select(s => new QueryText(s)));

    public static Arbitrary<CitationText> CitationTextArb()
    {
        var gen =
            from count in Gen.Choose(1, 4)
            from fragments in Gen.Elements(CitationFragments).ListOf(count)
            from fillers in Filler.ListOf(count + 1)
            from before in Gen.Elements(" ", "\n", ". ", ", ", "  ")
            from after in Gen.Elements(" ", "\n", ". ", "; ", ", ")
            select new CitationText(Interleave(fillers, fragments), before, after);
        return Arb.From(gen, ShrinkCitationText);
    }

    private static List<string> Interleave(IReadOnlyList<string> fillers, IReadOnlyList<string> fragments)
    {
        var parts = new List<string>();
        for (var i = 0; i < fragments.Count; i++) { parts.Add(fillers[i]); parts.Add(fragments[i]); }
        parts.Add(fillers[^1]);
        return parts;
    }

    private static IEnumerable<CitationText> ShrinkCitationText(CitationText t)
    {
        // Drop fragment pairs, then shrink each filler.
        for (var i = 1; i < t.Parts.Count && t.Parts.Count > 3; i += 2)
            yield return t with { Parts = [.. t.Parts.Take(i), .. t.Parts.Skip(i + 2)] };
        for (var i = 0; i < t.Parts.Count; i += 2)
            foreach (var s in Unicode.Shrink(t.Parts[i]))
                yield return t with { Parts = [.. t.Parts.Take(i), s, .. t.Parts.Skip(i + 1)] };
    }

    /// <summary>Provinces as an API caller may send them, null included.</summary>
    public static Arbitrary<ProvinceName> ProvinceArb() =>
        Arb.From(Gen.Frequency(
            (6, Gen.Elements<string?>(null, "Lào Cai", "lao cai", "Sơn La", "", "  ", "Atlantis", "La\u0300o Cai")),
            (1, HardString.Select(s => (string?)s))).Select(p => new ProvinceName(p)),
            p => p.Value is null ? [] : Unicode.Shrink(p.Value).Select(s => new ProvinceName(s)));

}
