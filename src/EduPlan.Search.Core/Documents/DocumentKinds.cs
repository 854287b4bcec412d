using System.Text.RegularExpressions;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Documents;

/// <summary>The kinds a directive calls itself, and the type codes of số ký hiệu that name them.</summary>
public static partial class DocumentKinds
{
    /// <summary>What a document or citation that names no kind is filed under.</summary>
    public const string Unnamed = "Văn bản";

    /// <summary>A ministry's or the Assembly office's consolidated text ("05/VBHN-BGDĐT"), headed by the kind of the instrument it consolidates.</summary>
    public const string Consolidated = "Văn bản hợp nhất";

    private static readonly string[] Names =
    [
        "Chỉ thị", "Kế hoạch", "Quyết định", "Hướng dẫn", "Công văn", "Thông báo", "Báo cáo", "Tờ trình",
        "Nghị quyết", "Chương trình hành động", "Chương trình", "Đề án", "Quy chế", "Quy định", "Thông tư liên tịch", "Thông tư",
        "Nghị quyết liên tịch", "Nghị định", "Kết luận", "Luật", "Hiến pháp", "Pháp lệnh", "Công điện", "Phụ lục", "Văn bản hợp nhất", "Phương án",
        // Minutes: a meeting, a council's, a drill, a session of questions (testers' 546, 604, 624, 631, 666) were filed as "Văn bản".
        "Biên bản",
    ];

    private static readonly Dictionary<string, string> ByFolded =
        Names.ToDictionary(n => VietnameseFolding.FoldAll(n), n => n);

    private static readonly Dictionary<string, string> ByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["QĐ"] = "Quyết định", ["CT"] = "Chỉ thị", ["KH"] = "Kế hoạch", ["NQ"] = "Nghị quyết", ["TTr"] = "Tờ trình",
        ["CTr"] = "Chương trình hành động", ["ĐA"] = "Đề án", ["TT"] = "Thông tư", ["NĐ"] = "Nghị định",
        ["HD"] = "Hướng dẫn", ["TB"] = "Thông báo", ["BC"] = "Báo cáo", ["KL"] = "Kết luận", ["QĐi"] = "Quy định",
        ["CĐ"] = "Công điện", ["L"] = "Luật", ["TTLT"] = "Thông tư liên tịch", ["NQLT"] = "Nghị quyết liên tịch",
        // Nghị định 30/2020/NĐ-CP's codes beside the older ones above: QyĐ is its Quy định, QC Quy chế, PA Phương án.
        ["QyĐ"] = "Quy định", ["QC"] = "Quy chế", ["PA"] = "Phương án", ["PL"] = "Pháp lệnh", ["VBHN"] = "Văn bản hợp nhất",
        // Joint instruments of a province's bodies, filed under the kind they are (a Sở's and the Tỉnh đoàn's Kế hoạch liên tịch is a plan):
        // read as letters, "05/KHLT-SGDĐT-TĐTN" was a Công văn of a body coded KHLT, and a Sở's and the police's Kế hoạch phối hợp
        // "2451/KHPH-SGDĐT" (a tester's 894) one coded KHPH.
        ["KHLT"] = "Kế hoạch", ["KHLN"] = "Kế hoạch", ["KHPH"] = "Kế hoạch", ["HDLN"] = "Hướng dẫn", ["HDLT"] = "Hướng dẫn", ["CTPH"] = "Chương trình", ["CTrPH"] = "Chương trình",
        ["QCPH"] = "Quy chế", ["BB"] = "Biên bản",
    };

    /// <summary>The kind a line names when it is a document title such as "KẾ HOẠCH" or "QUYẾT ĐỊNH:".</summary>
    public static string? FromHeading(string line)
    {
        var text = line.Trim(' ', '*', '_', '#', ':', '\t');
        if (text.Length is < 4 or > 30 || text != text.ToUpperInvariant()) return null;
        return ByFolded.GetValueOrDefault(VietnameseFolding.FoldAll(text));
    }

    /// <summary>The kind named by a word as written in running text ("Quyết định", "quyết định", "QUYẾT ĐỊNH").</summary>
    public static string? FromWord(string word) => ByFolded.GetValueOrDefault(VietnameseFolding.FoldAll(word.Trim()));

    /// <summary>The kind a short name before a number stands for ("QĐ số …", "CV số …"): its type code's, or a công văn, which has no code.</summary>
    public static string? FromShortName(string name) => name == "CV" ? "Công văn" : FromCode(name);

    /// <summary>The codes folded once, in the order of <see cref="ByCode"/>: the first that fits wins.</summary>
    private static readonly (string Folded, int Length, string Kind, string Code)[] CodesFolded =
        ByCode.Select(p => (VietnameseFolding.FoldAll(p.Key), p.Key.Length, p.Value, p.Key)).ToArray();

    /// <summary>
    /// A type code typed without its marks, written with them ("QD" → "QĐ", "ND" → "NĐ": "Decree No. 86/2018/ND-CP" in a text's English
    /// clause, a tester's 527, is Nghị định 86/2018/NĐ-CP as shown); any other code as it is, and a code with marks ("HĐ" of a contract is
    /// no "HD" of a Hướng dẫn).
    /// </summary>
    public static string WithMarks(string code) =>
        ByCode.ContainsKey(code) || !string.Equals(VietnameseFolding.FoldAll(code), code, StringComparison.OrdinalIgnoreCase) ? code : KnownFolded(code)?.Code ?? code;

    /// <summary>The kind of a type code ("QĐ", "qd", "CTr"); codes are matched with and without marks.</summary>
    public static string? FromCode(string code) => ByCode.TryGetValue(code, out var kind) ? kind : KnownFolded(code)?.Kind;

    /// <summary>The known code a code is, its marks aside; null for none.</summary>
    private static (string Code, string Kind)? KnownFolded(string code)
    {
        var folded = VietnameseFolding.FoldAll(code);
        foreach (var known in CodesFolded)
            if (known.Length == code.Length && string.Equals(known.Folded, folded, StringComparison.OrdinalIgnoreCase))
                return (known.Code, known.Kind);
        return null;
    }

    /// <summary>
    /// The type codes that name a kind or a longer kind it begins: "Quy định" is QĐi or QyĐ, "Thông tư" is TT or TTLT,
    /// "Chương trình" is CTr.
    /// </summary>
    public static IEnumerable<string> CodesOf(string kind) =>
        ByCode.Where(p => p.Value == kind || p.Value.StartsWith(kind + " ", StringComparison.Ordinal)).Select(p => p.Key);

    public static IReadOnlyList<string> All => Names;

    /// <summary>The kind a title opens with, the longest that fits ("Thông tư liên tịch quy định …" → "Thông tư liên tịch"); null where none does.</summary>
    public static string? TitleKind(string title) => Names.Where(n => title.StartsWith(n + " ", StringComparison.Ordinal)).MaxBy(n => n.Length);

    /// <summary>
    /// "qd2457", "CT29", "2171qđ", "CV45": a type code (or a công văn's short name) and a number typed without a space are the code
    /// and the number ("QĐ 2457"), which a symbol's parts then match, in a search and in a lookup of instruments alike. So is a symbol
    /// typed without the hyphen or slash after its number ("21CT/TU", "2368QĐ-BGDĐT": "21 CT/TU"), which found nothing; so is the code typed
    /// against a number and year or a whole symbol ("tt05/2025": "tt 05/2025", which found nothing either). Other letters
    /// and digits ("lớp10", "QH14") are left as typed.
    /// </summary>
    public static string CodeAndNumberApart(string word)
    {
        if (GluedSymbol().Match(word) is { Success: true } symbol && FromShortName(symbol.Groups["code"].Value.ToUpperInvariant()) is not null)
            return $"{symbol.Groups["number"].Value} {symbol.Groups["code"].Value}{symbol.Groups["rest"].Value}";
        // "tt05/2025", "QĐ2457/QĐ-BGDĐT": a kind's code typed against the symbol or the number and year after it (a blind reader's query).
        if (CodeBeforeSymbol().Match(word) is { Success: true } before && FromShortName(before.Groups["code"].Value.ToUpperInvariant()) is not null)
            return $"{before.Groups["code"].Value} {before.Groups["symbol"].Value}";
        if (GluedCodeAndNumber().Match(word) is not { Success: true } m) return word;
        var code = m.Groups["code"].Value;
        // Only a type code: "QH14" and "UBTVQH15" are issuer codes, whose digits are the Assembly's term.
        if (FromShortName(code.ToUpperInvariant()) is null) return word;
        return m.Groups["code"].Index == 0 ? $"{code} {m.Groups["number"].Value}" : $"{m.Groups["number"].Value} {code}";
    }

    [GeneratedRegex(@"^(?:(?<code>\p{L}{1,6})(?<number>\d{1,5})|(?<number>\d{1,5})(?<code>\p{L}{1,6}))$")]
    private static partial Regex GluedCodeAndNumber();

    [GeneratedRegex(@"^(?<number>\d{1,5})(?<code>\p{L}{1,6})(?<rest>[/-]\p{L}[\p{L}\d&/-]*)$")]
    private static partial Regex GluedSymbol();

    [GeneratedRegex(@"^(?<code>\p{L}{1,6})(?<symbol>\d{1,5}/[\p{L}\d][\p{L}\d&/-]*)$")]
    private static partial Regex CodeBeforeSymbol();
}
