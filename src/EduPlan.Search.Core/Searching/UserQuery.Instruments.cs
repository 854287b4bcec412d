using System.Text.RegularExpressions;
using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Searching;

/// <summary>How a query names an instrument by its kind and number ("chỉ thị 15", "QĐ 2457", "Nghị quyết 88/2014"): read as one unit.</summary>
public sealed partial record UserQuery
{
    /// <summary>
    /// "chỉ thị 15", "quyết định số 1646", "công văn 3935": a kind's name and a number typed in a row are one instrument, found as a
    /// symbol of that kind with that number (15-CT/TU, 1646/QĐ-UBND) or as the words written in a row ("Chỉ thị số 15", "Công văn
    /// số 3935/BGDĐT-GDTrH"). Read as words, any text holding a "Chỉ thị" and a "15" (a date, a count) was a match. A number that
    /// may be a year stays a word of its own: "kế hoạch 2024" asks for the plans of 2024.
    /// </summary>
    private static List<QueryUnit> InstrumentsByNumber(List<QueryUnit> units)
    {
        var joined = new List<QueryUnit>();
        for (var i = 0; i < units.Count; i++)
        {
            // "Quyết định 2457/QĐ-BGDĐT", "Quyết định 30/2021": the kind's name before a symbol of that kind says what the symbol says.
            // As words, a decision's own "Quyết định" (its title, "Quyết định này") ranked it far above the texts citing the symbol.
            if (KindNamedBefore(units, i) is ( > 0 and var named, var kind) && joined.Count >= named && joined.TakeLast(named).SequenceEqual(units.Skip(i - named).Take(named)))
            {
                var kindTyped = joined.TakeLast(named).Select(u => u.Alternatives[0].Tokens[0]).ToList();
                joined.RemoveRange(joined.Count - named, named);
                joined.Add(IsNumberAndYear(units[i])
                    ? new QueryUnit(OfKind(units[i].Alternatives[0], kind)) { Words = named + 1, Numbered = [NumberAndYear(units[i], kind)], KindTyped = kindTyped }
                    : units[i] with { Words = units[i].Words + named, KindTyped = kindTyped });
            }
            else if (InstrumentAt(units, i) is { } found)
            {
                joined.Add(found.Unit);
                i += found.Length - 1;
            }
            // "Quyết định 30/2021": a number and a year after a kind's name are that instrument's symbol, not a date ("tháng 12/2023").
            else if (IsNumberAndYear(units[i]) && KindsEndingAt(PlainWords(units), i > 0 && PlainWords(units, i - 1, 1) is [{ Folded: "so" }] ? i - 1 : i).Any())
                joined.Add(new QueryUnit([units[i].Alternatives[0]]));
            // "QĐ 23", "TT 09", "2457 BGDĐT", "QĐ-BGDĐT 2457": a code and a number typed apart are one symbol's pieces, as quoted they are. As two words,
            // "QĐ" anywhere and the 23 of a date made a match.
            else if (LooseSymbolAt(units, i) is { } loose)
            {
                joined.Add(new QueryUnit(Pieces(loose.Pieces)) { Words = units.Skip(i).Take(loose.Length).Sum(u => u.Words), Numbered = NamedByCode(loose.Pieces) });
                i += loose.Length - 1;
            }
            // "CV 5872 BGDĐT": a letter's short kind before a symbol's pieces says what the symbol is, and no text writes it (a letter's symbol
            // holds no CV); required as a word, it found nothing (a blind reader's "cv 5872 BGDDT", where "công văn 5872 BGDĐT" found the letter).
            else if (PlainWords(units, i, 1) is [var word] && KindShortForms.ContainsKey(word.Folded) && LooseSymbolAt(units, i + 1) is not null)
                joined.Add(units[i] with { Words = 0 });
            else joined.Add(units[i]);
        }
        return joined;
    }

    private static (QueryUnit Unit, int Length)? InstrumentAt(List<QueryUnit> units, int start)
    {
        for (var length = Math.Min(4, units.Count - start - 1); length >= 1; length--)
        {
            var words = PlainWords(units, start, length);
            if (words is null || KindOf(words) is not { } kind) continue;
            var numberAt = start + length;
            var so = PlainWords(units, numberAt, 1) is [{ Folded: "so" }];
            if (so) numberAt++;
            // "Chỉ thị 15 OR 29": the kind's name before numbers joined by OR names one instrument of each; read as words, "Chỉ thị"
            // anywhere and a 29 in a date made a match.
            var numbers = PlainWords(units, numberAt, 1) is [var one] ? [one]
                : numberAt < units.Count && units[numberAt].Alternatives is { Count: > 1 } operands && operands.All(p => p is { Quoted: false, Tokens: [_] })
                    ? operands.Select(p => p.Tokens[0]).ToList() : [];
            if (numbers.Count == 0 || numbers.Any(n => !IsNumber(n) || MayBeYear(n))) return null;
            // "kế hoạch 2457 BGDĐT": a code after the number makes the number that symbol's, whatever its kind (2457/QĐ-BGDĐT);
            // read as a plan numbered 2457, the query found nothing. The kind's words and the symbol's parts are sought apart.
            if (PlainWords(units, numberAt + 1, 1) is [var next] && IsCode(next)) return null;
            var alternatives = new List<QueryPhrase>();
            foreach (var number in numbers)
            {
                var typed = so ? words.Append(units[numberAt - 1].Alternatives[0].Tokens[0]).Append(number).ToList() : words.Append(number).ToList();
                var other = so ? words.Append(number).ToList() : words.Append(AnalyzedToken.Analyze("số")[0]).Append(number).ToList();
                alternatives.AddRange([new(typed, false), new(other, false)]);
                foreach (var code in DocumentKinds.CodesOf(kind))
                    alternatives.Add(new QueryPhrase([AnalyzedToken.Analyze(VietnameseFolding.FoldAll(code))[0], number with { IsSymbolPart = true }], false));
            }
            return (new QueryUnit(alternatives) { Numbered = numbers.Select(n => new KindAndNumber(kind, n.Exact)).ToList() }, numberAt - start + 1);
        }
        return null;
    }

    /// <summary>How many words before a symbol (or a number and a year) name its kind, "số" included, and the kind; 0 where none does.</summary>
    private static (int Words, string Kind) KindNamedBefore(List<QueryUnit> units, int i)
    {
        string? kindOfSymbol;
        if (IsNumberAndYear(units[i])) kindOfSymbol = null;
        else if (units[i].Alternatives is [{ Quoted: false, Tokens: [{ IsSymbol: true } symbol] }, ..]
                 && ParsedSymbol.Parse(symbol.Exact.ToUpperInvariant()) is { } parsed) kindOfSymbol = parsed.KindFromCode;
        else return (0, "");
        var words = PlainWords(units);
        var so = i > 0 && words[i - 1] is { Folded: "so" } ? 1 : 0;
        foreach (var (kind, kindWords) in KindsEndingAt(words, i - so))
            if (kindOfSymbol is null || kind == kindOfSymbol) return (kindWords.Count + so, kind);
        // "QĐ 2457/QĐ-BGDĐT": the type code says what the symbol's own code says. Left a word, it found and marked every other QĐ cited.
        // "NQ 88/2014": a type code before a number and a year names its kind as the kind's words do ("Nghị quyết 88/2014").
        if (i - so > 0 && words[i - so - 1] is { Exact.Length: > 1 } code && KindOfCode(code) is { } coded && (kindOfSymbol is null || coded == kindOfSymbol))
            return (1 + so, coded);
        return (0, "");
    }

    /// <summary>
    /// "Nghị định 30/2021": the number and the year in one symbol with a type code of that kind (30/2021/NĐ-CP), not any symbol
    /// numbered 30/2021 (30/2021/QĐ-TTg is a decision). A kind whose symbols carry no type code (a law's 43/2019/QH14) keeps the pieces alone.
    /// </summary>
    private static List<QueryPhrase> OfKind(QueryPhrase pieces, string kind)
    {
        var coded = DocumentKinds.CodesOf(kind)
            .Select(code => pieces with { Tokens = [.. pieces.Tokens, AnalyzedToken.Analyze(VietnameseFolding.FoldAll(code))[0] with { IsSymbolPart = true }] })
            .ToList();
        return coded.Count > 0 ? coded : [pieces];
    }

    /// <summary>
    /// "Nghị quyết 88/2014", "Luật 43/2019": the instrument of that kind, number and year, whose symbol may carry no type code (the Quốc
    /// hội's 88/2014/QH13, 43/2019/QH14): sought as the kind's code and the numbers only, they found nothing.
    /// </summary>
    private static KindAndNumber NumberAndYear(QueryUnit unit, string kind) =>
        new(kind, unit.Alternatives[0].Tokens[0].Exact, int.Parse(unit.Alternatives[0].Tokens[1].Exact));

    /// <summary>A number and a year typed as one ("30/2021"): its pieces at one position, or the two words.</summary>
    private static bool IsNumberAndYear(QueryUnit unit) =>
        unit.Alternatives is [var pieces, { Quoted: false }] && IsPiecesOfOneSymbol(pieces) && pieces.Tokens is [var number, var year]
        && IsNumber(number) && IsNumber(year) && MayBeYear(year);

    /// <summary>The kinds of instrument that one to four plain words before <paramref name="end"/> name ("quyết định", "thông báo kết luận"), shortest first.</summary>
    private static IEnumerable<(string Kind, List<AnalyzedToken> Words)> KindsEndingAt(IReadOnlyList<AnalyzedToken?> words, int end)
    {
        for (var length = 1; length <= 4 && end - length >= 0 && words[end - length] is not null; length++)
        {
            var kindWords = words.Skip(end - length).Take(length).Select(w => w!.Value).ToList();
            if (KindOf(kindWords) is { } kind) yield return (kind, kindWords);
        }
    }

    /// <summary>
    /// The units that name a kind of instrument ("kế hoạch", "hướng dẫn", "quyết định"): they say what form the text takes, not what it is
    /// about, so a text on the subject in another form still answers ("kế hoạch tuyển sinh": the circular on admissions).
    /// </summary>
    public IReadOnlySet<int> KindNames() => KindsTyped().SelectMany(k => Enumerable.Range(k.First, k.Count)).ToHashSet();

    /// <summary>The kinds those units name (<see cref="KindNames"/>): what form the texts wanted take (<see cref="OwnMetadata"/>).</summary>
    public IReadOnlySet<string> KindsNamed() => KindsTyped().Select(k => k.Kind).ToHashSet(StringComparer.Ordinal);

    /// <summary>Each kind the query's words name, with the first of its units and how many.</summary>
    private IEnumerable<(string Kind, int First, int Count)> KindsTyped()
    {
        var words = PlainWords(Units);
        for (var end = 1; end <= words.Count; end++)
            foreach (var (kind, kindWords) in KindsEndingAt(words, end))
                yield return (kind, end - kindWords.Count, kindWords.Count);
    }

    /// <summary>The kind of instrument the words name, as typed with or without marks ("quyet dinh").</summary>
    private static string? KindOf(IEnumerable<AnalyzedToken> words) =>
        string.Join(' ', words.Select(w => w.Folded)) is var folded && KindShortForms.TryGetValue(folded, out var kind) ? kind : DocumentKinds.FromWord(folded);

    /// <summary>
    /// Short forms staff type for a kind that has no type code: "CV 3935" is "Công văn 3935" (a letter's symbol is 3935/SGDĐT-…, so
    /// read as a code and a number, it found nothing).
    /// </summary>
    private static readonly Dictionary<string, string> KindShortForms = new(StringComparer.Ordinal) { ["cv"] = "Công văn" };

    /// <summary>The kind a type code or a short form stands for, typed in any case: "NQ", "qđ", "CV".</summary>
    private static string? KindOfCode(AnalyzedToken code) => KindShortForms.GetValueOrDefault(code.Folded) ?? DocumentKinds.FromCode(code.Exact);

    /// <summary>Each unit's single word, or null where it is anything else (a symbol, a phrase, alternatives).</summary>
    private static List<AnalyzedToken?> PlainWords(IReadOnlyList<QueryUnit> units) =>
        units.Select(u => IsPlainWord(u) && !u.Alternatives[0].Tokens[0].IsSymbol ? u.Alternatives[0].Tokens[0] : (AnalyzedToken?)null).ToList();

    /// <summary>The single words of so many units from <paramref name="start"/>, or null when one is anything else.</summary>
    private static List<AnalyzedToken>? PlainWords(List<QueryUnit> units, int start, int count)
    {
        if (start + count > units.Count) return null;
        var words = units.Skip(start).Take(count).Where(IsPlainWord).Select(u => u.Alternatives[0].Tokens[0]).Where(t => !t.IsSymbol).ToList();
        return words.Count == count ? words : null;
    }

    private static bool MayBeYear(AnalyzedToken number) => number.Exact.Length == 4 && int.Parse(number.Exact) is >= 1945 and <= 2045;

    [GeneratedRegex(@"^\d{1,5}/(?:19|20)\d\d$")]
    private static partial Regex NumberAndYear();
}
