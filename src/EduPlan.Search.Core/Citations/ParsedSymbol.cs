using System.Text.RegularExpressions;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Citations;

/// <summary>A số ký hiệu taken apart: number, year, type code and issuer code.</summary>
public sealed partial record ParsedSymbol(string Normalized, string Number, int? Year, string? TypeCode, string? IssuerCode)
{
    /// <summary>"29-CT/TW", and a unit after the issuer: "301-KH/TWĐTN-TNTH" (the Youth Union centre's Ban Thanh niên trường học).</summary>
    [GeneratedRegex(@"^(?<n>\d+)-(?<type>[\p{L}]+)/(?<issuer>[\p{L}\d]+)(?<unit>(?:-[\p{L}\d]+)*)$")]
    private static partial Regex PartyShape();

    [GeneratedRegex(@"(?<=[/-])(?<code>[SB]GD)-[ĐD]T(?=$|-)")]
    private static partial Regex HyphenatedDepartment();

    [GeneratedRegex(@"^[ABC][12]$")]
    private static partial Regex LanguageLevel();

    [GeneratedRegex(@"^(?<n>\d+)(?:/(?<y>\d{4}))?/(?<a>[\p{L}\d]+)(?:-(?<b>[\p{L}\d]+))?(?:-[\p{L}\d]+)*$")]
    private static partial Regex AdministrativeShape();

    public string? KindFromCode => TypeCode is null
        ? IssuerCode is { } code && IssuerCodes.IsCentral(code) && code.StartsWith("QH", StringComparison.OrdinalIgnoreCase) ? "Luật" : "Công văn"
        : DocumentKinds.FromCode(TypeCode);

    /// <summary>
    /// Codes are capitals with at most a couple of small letters ("TTr", "CTr"), never a marked one; "4/ Luật" is a number
    /// followed by a word, not a symbol, and so is "Cấp độ 3/Mức 2" in a table of schools' levels (a tester's 874).
    /// </summary>
    private static bool IsCode(string part) =>
        part.Length > 0 && (char.IsUpper(part[0]) || char.IsDigit(part[0])) && part.Count(char.IsLower) <= 2 && !part.Any(c => char.IsLower(c) && !char.IsAscii(c));

    /// <summary>
    /// A unit's code after the first may carry a place's or a school's name in capitalised syllables ("312/PGDĐT-KBang", "45/KH-THCSLeLoi"):
    /// two capitals at least, each run of small letters a syllable's tail. A word ("Trường", "Kế") has one capital.
    /// </summary>
    private static bool IsNamedCode(string part) =>
        part.Length > 0 && char.IsUpper(part[0]) && part.Count(char.IsUpper) >= 2 && LowerRuns().Matches(part).All(m => m.Length <= 6);

    [GeneratedRegex(@"\p{Ll}+")]
    private static partial Regex LowerRuns();

    /// <summary>
    /// A symbol typed all in small letters, as in a chat ("56/qđ-ubnd", "05/2025/qđ-ubnd", "618/sgdđt-gdtrh"), is the symbol when its first
    /// code is a kind's or a known issuer's and another code follows; no other lower-case word with a slash is ("20/tháng", "2/kg-ngày").
    /// Typed in both, a code in small letters that is a kind's or a known issuer's is that code in capitals ("215/qđ-UBND", a tester's 776),
    /// and a unit's code in capitals and small letters stays as written ("45/KH-THCSLeLoi").
    /// </summary>
    private static string? Capitalised(string s)
    {
        var codes = s.Split('/', '-').Where(p => p.Length > 0 && !p.All(char.IsDigit)).ToList();
        var known = codes.Count >= 2 && codes[1].Length >= 2 && IsKnownCode(codes[0]);
        if (!s.Any(char.IsUpper)) return known ? s.ToUpperInvariant() : null;
        if (!known || !codes.Any(c => c.All(char.IsLower))) return s;
        return string.Join("", SymbolParts().Split(s).Select(p => p.All(char.IsLower) && IsKnownCode(p) ? p.ToUpperInvariant() : p));
    }

    private static bool IsKnownCode(string code) => DocumentKinds.FromCode(code) is not null || IssuerCodes.Name(code) is not null;

    /// <summary>A symbol's parts and the slashes and hyphens between them, each kept.</summary>
    [GeneratedRegex("([/-])")]
    private static partial Regex SymbolParts();

    private static readonly StringMemo<ParsedSymbol?> Parsed = new(ParseUncached);

    /// <summary>Reads a symbol as written ("4725/QĐ-BGD&amp;ĐT", "1646 /QĐ-UBND"); null when it is not one.</summary>
    public static ParsedSymbol? Parse(string raw) => Parsed.Get(raw);

    private static ParsedSymbol? ParseUncached(string raw)
    {
        if (Capitalised(Analysis.InstrumentSymbolFilter.Normalize(raw)) is not { } typed) return null;
        // "742/KH-SGD-ĐT": the old "Sở Giáo dục - Đào tạo" wrote its code as its name, with a hyphen; it is SGDĐT, as "SGD&ĐT" is.
        var s = HyphenatedDepartment().Replace(typed, "${code}ĐT");
        var codes = s.Split('/', '-').Skip(1).Where(p => p.Length > 0 && !p.All(char.IsDigit)).ToList();
        if (!codes.Select((p, i) => IsCode(p) || i > 0 && IsNamedCode(p)).All(ok => ok)) return null;
        // Its type a kind's code ("29-NQ/TW", "123-CV/TU"): "01-MN/ĐN", "03-THCS/ĐN" are forms' codes (a tester's 697).
        if (PartyShape().Match(s) is { Success: true } p)
        {
            if (Documents.DocumentKinds.FromShortName(p.Groups["type"].Value) is null) return null;
            var type = p.Groups["type"].Value;
            var issuer = IssuerCodes.Canonical(p.Groups["issuer"].Value);
            return new ParsedSymbol($"{p.Groups["n"].Value}-{type}/{issuer}{p.Groups["unit"].Value}", p.Groups["n"].Value, null, type, issuer);
        }
        if (AdministrativeShape().Match(s) is not { Success: true } a) return null;
        var first = a.Groups["a"].Value;
        var typeCode = DocumentKinds.FromCode(first) is null ? null : DocumentKinds.WithMarks(first);
        var second = a.Groups["b"].Success ? a.Groups["b"].Value : null;
        int? year = a.Groups["y"].Success ? int.Parse(a.Groups["y"].Value) : null;
        if (year is < 1945 or > 2100) return null;
        // "98/2023/NĐCP": a type code run into a known issuer's, the hyphen lost in typing (a tester's 859), is the symbol with it.
        if (typeCode is null && second is null && Glued(first) is { } glued) (typeCode, second) = glued;
        if (typeCode is not null)
        {
            if (second is null) return null;
            // "Nghị quyết 05/NQ-TU", "Chỉ thị số 46/CT-TW" (testers' 907, 894): a Party committee's number written in a state body's shape, an
            // office's slip, is the Party's symbol. A state body's has a year or a state issuer's code.
            if (year is null && IssuerCodes.Canonical(second) is var committee && IssuerCodes.IsPartyCommittee(committee) && a.Groups["b"].Index + a.Groups["b"].Length == s.Length)
                return new ParsedSymbol($"{a.Groups["n"].Value}-{first}/{committee}", a.Groups["n"].Value, null, first, committee);
            var rest = a.Groups["b"].Success ? s[(a.Groups["b"].Index + a.Groups["b"].Length)..] : "";
            var canonical = $"{a.Groups["n"].Value}{(year is null ? "" : "/" + year)}/{typeCode}-{IssuerCodes.Canonical(second)}" + rest;
            return new ParsedSymbol(canonical, a.Groups["n"].Value, year, typeCode, IssuerCodes.Canonical(second));
        }
        // No type code: an official letter ("5046/UBND-KGVX": issuer, then unit) or a law ("88/2014/QH13"). A school or an office
        // may write its letter's kind short before its own code ("45/CV-THPTHM"): the issuer is the code after it.
        // "140 / B1" in a table of scores is a level of the language framework (A1-C2, a tester's 443), not an issuer's code.
        if (!first.Any(char.IsUpper) || second is null && LanguageLevel().IsMatch(first)) return null;
        var issuerCode = first == "CV" && second is not null ? second : first;
        return new ParsedSymbol(s, a.Groups["n"].Value, year, null, IssuerCodes.Canonical(issuerCode));
    }

    /// <summary>A kind's type code and a known issuer's code written as one ("NĐCP", "QĐUBND"); null for any other code, a known issuer's own ("TTCP").</summary>
    private static (string Type, string Issuer)? Glued(string code)
    {
        if (IssuerCodes.Name(code) is not null) return null;
        for (var k = 1; k < code.Length - 1; k++)
            if (DocumentKinds.FromCode(code[..k]) is not null && IssuerCodes.Name(code[k..]) is not null)
                return (DocumentKinds.WithMarks(code[..k]), code[k..]);
        return null;
    }
}
