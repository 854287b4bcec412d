using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Citations;

/// <summary>
/// "Nghị định 20", "Chỉ thị số 29", "Thông tư 28/2020": a kind and a number (and its year) without a symbol, repeating an
/// instrument the same text cites in full ("Nghị định số 20/2014/NĐ-CP"), before or after. It names that instrument when exactly one numbered citation
/// of the text has that kind and number; when two could be meant ("Quyết định 45" beside 45/QĐ-UBND and 45/QĐ-TTg), or
/// none, it is no citation. So is a directive cited by its date and issuer ("Chỉ thị ngày 05/01/2024 của Bộ Chính trị") the one the text
/// cites by number with that date and issuer (<see cref="DatedInstruments"/>).
/// </summary>
public sealed partial class BareRepeats
{
    /// <summary>The numbered citation of each kind, day and issuer, within the text: its scope is the same for both.</summary>
    private readonly DatedInstruments.Numbered<CitationExtractor.Found> _byDate = new();

    /// <summary>The issuers each kind and day is cited with by its date, none the start of another's name ("Bộ" of "Bộ Giáo dục và Đào tạo").</summary>
    private readonly Dictionary<(string Kind, string Date), List<string>> _datedIssuers = [];

    /// <summary>The one numbered citation of each kind and number; null where two instruments share them.</summary>
    private readonly Dictionary<(string Kind, string Number), CitationExtractor.Found?> _byKindAndNumber = [];

    /// <summary>Where two or more instruments share a kind and number, each of them, for <see cref="IssuedBy"/>.</summary>
    private readonly Dictionary<(string Kind, string Number), List<CitationExtractor.Found>> _sharing = [];

    /// <summary>
    /// The same with the year: "TT 22/2016" is the one Thông tư 22 of 2016 where the text also cites 22/2021 (a tester's 339, whose "TT 22/2016"
    /// named neither while two circulars shared the number).
    /// </summary>
    private readonly Dictionary<(string Kind, string Number, int Year), CitationExtractor.Found?> _byKindNumberAndYear = [];

    /// <summary>The one numbered citation of each kind and number whose symbol has its type code, which <see cref="Completed"/> lends to one that lacks it.</summary>
    private readonly Dictionary<(string Kind, string Number), CitationExtractor.Found?> _typed = [];

    /// <summary>The one letter of each number and issuer's code whose symbol names its unit, lent to the same letter cited without it.</summary>
    private readonly Dictionary<(string Number, string IssuerCode), CitationExtractor.Found?> _unitLetters = [];

    /// <summary>
    /// The one decision of each number whose subject approves a Đề án or a Chương trình: "Đề án 1677" is the Đề án the Thủ tướng's 1677/QĐ-TTg
    /// approved ("… phê duyệt Đề án phát triển giáo dục mầm non giai đoạn 2018 - 2025 (sau đây gọi tắt là Đề án 1677)", a tester's 378), as
    /// "Đề án 06" is 06/QĐ-TTg's and "Chương trình 1190" 1190/QĐ-TTg's ("… phê duyệt Chương trình trợ giúp người khuyết tật …", 454).
    /// </summary>
    private readonly Dictionary<(string Kind, string Number), CitationExtractor.Found?> _approving = [];

    private const string ApprovingKind = "Quyết định";
    private static readonly string[] Approved = ["Đề án", "Chương trình"];

    /// <summary>
    /// The Thủ tướng's decisions approve the Đề án and programmes known by their numbers, whether or not the text gives the decision's subject:
    /// 'Đề án "Tăng cường tiếng Việt …" (Quyết định số 1008/QĐ-TTg …)' then "Đề án 1008" (a tester's 395).
    /// </summary>
    private const string PrimeMinister = "TTg";

    /// <summary>
    /// Short forms the text defines for one instrument: "Nghị định số 116/2016/NĐ-CP … (sau đây gọi tắt là Nghị định 116)" names 116/2016 where the
    /// text also cites 116/2020 (a tester's 396), from there on.
    /// </summary>
    private readonly Dictionary<(string Kind, string Number), CitationExtractor.Found> _defined = [];

    /// <summary>
    /// The one numbered citation of each type code and number: "KHLN 2863" is 2863/KHLN-SGDĐT-SYT (a tester's 480), a code that is no kind's
    /// short name staff write elsewhere, typed before the number of the instrument the text cites with it.
    /// </summary>
    private readonly Dictionary<(string Code, string Number), CitationExtractor.Found?> _byCode = [];

    /// <summary>The national instruments known by kind and number (<see cref="KnownInstruments"/>) whose kind and number the text cites no other with.</summary>
    private readonly Dictionary<(string Kind, string Number), KnownInstruments.Known> _known = [];

    /// <param name="issued">The citing text's date and year: the instruments known by number it may mean are those issued by then.</param>
    public BareRepeats(IEnumerable<CitationExtractor.Found> found, (string? Date, int? Year) issued = default)
    {
        var all = found as IReadOnlyCollection<CitationExtractor.Found> ?? found.ToList();
        foreach (var f in all)
            if (f is { Dated: true, Issuer: { } issuer, Date: { } date })
            {
                if (!_datedIssuers.TryGetValue((f.Kind, date), out var issuers)) _datedIssuers[(f.Kind, date)] = issuers = [];
                if (issuers.Exists(known => Extends(known, issuer))) continue;
                issuers.RemoveAll(known => Extends(issuer, known));
                issuers.Add(issuer);
            }
        var numbered = all.Where(f => f.Symbol is not null && f.Number is not null).ToList();
        foreach (var f in numbered)
            if (ParsedSymbol.Parse(f.Symbol!) is { } parsed)
            {
                if (parsed.TypeCode is not null)
                {
                    AddOne(_typed, (f.Kind, f.Number!), f);
                    AddOne(_byCode, (parsed.TypeCode, f.Number!), f);
                }
                else if (HasUnit(parsed) && parsed.IssuerCode is { } issuerCode) AddOne(_unitLetters, (f.Number!, issuerCode), f);
            }
        // A symbol written short names the instrument it is written for, not one of its own beside it.
        foreach (var f in numbered.Where(f => CompletedAs(f, f.Kind) is null))
        {
            _byDate.Add(DatedInstruments.IdentitiesOf("", f.Kind, f.Date, f.Issuer, f.IssuerCode), f, SameSymbol);
            var key = (f.Kind, f.Number!);
            if (!_byKindAndNumber.TryGetValue(key, out var known)) _byKindAndNumber[key] = f;
            else if (known is not null && !SameSymbol(known, f))
            {
                _byKindAndNumber[key] = null;
                _sharing[key] = [known];
            }
            if (_sharing.TryGetValue(key, out var sharing) && !sharing.Exists(s => SameSymbol(s, f))) sharing.Add(f);
            if (f.Kind == ApprovingKind)
                foreach (var approved in Approved)
                    if (f.Title is { } title && title.Contains(approved, StringComparison.OrdinalIgnoreCase) || f.IssuerCode == PrimeMinister)
                        AddOne(_approving, (approved, f.Number!), f);
            if (f.Year is { } year) AddOne(_byKindNumberAndYear, (f.Kind, f.Number!, year), f);
        }
        foreach (var known in KnownInstruments.IssuedBy(issued.Date, issued.Year))
            if (!_byKindAndNumber.ContainsKey((known.CitedAs, known.Number)) && !_approving.ContainsKey((known.CitedAs, known.Number)))
                _known[(known.CitedAs, known.Number)] = known;
        var numbers = _byKindAndNumber.Keys.Concat(_known.Keys).Select(k => k.Number).Distinct().ToList();
        _digits = numbers.Where(IsDigits).ToHashSet(StringComparer.Ordinal);
        _others = numbers.Where(n => !IsDigits(n)).ToArray();
    }

    /// <summary>
    /// The numbers of ASCII digits alone, looked up for each run of digits in a paragraph: sought one by one with IndexOf, a text citing
    /// thousands of instruments in thousands of paragraphs was read numbers × paragraphs times (8,000 citations took 1.5 s, 16,000 six).
    /// </summary>
    private readonly HashSet<string> _digits;

    /// <summary>Any other number, sought as written.</summary>
    private readonly string[] _others;

    private static bool IsDigits(string number) => number.Length > 0 && !number.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>Where each number the text cites stands in the paragraph, as a whole run of digits or as written.</summary>
    private IEnumerable<(string Number, int At)> Occurrences(string paragraph)
    {
        if (_digits.Count > 0)
        {
            var lookup = _digits.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var at = paragraph.AsSpan().IndexOfAnyInRange('0', '9'); at >= 0;)
            {
                var length = paragraph.AsSpan(at).IndexOfAnyExceptInRange('0', '9') is var l and >= 0 ? l : paragraph.Length - at;
                if (lookup.TryGetValue(paragraph.AsSpan(at, length), out var number)) yield return (number, at);
                var next = paragraph.AsSpan(at + length).IndexOfAnyInRange('0', '9');
                at = next < 0 ? -1 : at + length + next;
            }
        }
        foreach (var number in _others)
            for (var at = paragraph.IndexOf(number, StringComparison.Ordinal); at >= 0; at = paragraph.IndexOf(number, at + number.Length, StringComparison.Ordinal))
                yield return (number, at);
    }

    /// <summary>
    /// The paragraph's citations with its bare repeats among them, in text order. The numbers the text cites in full
    /// are sought first and the kind read back from each: a pattern led by the kinds' capitals stopped at every
    /// "Quyết", "Kế" and "Học" and cost a tenth of extraction's time on generated documents.
    /// </summary>
    public IEnumerable<CitationExtractor.Found> Add(string paragraph, List<CitationExtractor.Found> found)
    {
        if (found.Exists(f => f.Dated)) found = found.Select(IssuedAsElsewhere).OfType<CitationExtractor.Found>().Select(Numbered).ToList();
        if (found.Exists(f => ParsedSymbol.Parse(f.Symbol ?? "") is { TypeCode: null })) found = found.ConvertAll(f => Completed(paragraph, f));
        List<CitationExtractor.Found>? repeats = null;
        (string Kind, int End)? listed = null;
        // A scan's figures read as letters ("TT l9/2019", "TT 2O/2018", a tester's 954) are read as the figures they are, in place.
        var figures = ScannedFigures.Mend(paragraph);
        foreach (var (number, at) in Occurrences(figures))
        {
            var end = at + number.Length;
            // "Thông tư 28/2020": the number with the year of the one instrument it repeats.
            var year = YearAfter(figures, end);
            if (year is not null) end += 5;
            if (!StandsAlone(figures, at, end) || (KindBefore(paragraph, at) ?? ListedAfter(paragraph, at, listed) ?? CodeBefore(paragraph, at, number)) is not var (kind, start)) continue;
            if (year is null && !_defined.ContainsKey((kind, number)) && DefinedAt(paragraph, start, found, kind, number) is { } defined)
                _defined[(kind, number)] = defined;
            if (found.Exists(f => start < f.End && f.Start < end)
                || ((year is { } y ? _byKindNumberAndYear.GetValueOrDefault((kind, number, y)) : _defined.GetValueOrDefault((kind, number)) ?? _byKindAndNumber.GetValueOrDefault((kind, number))
                    ?? (!_byKindAndNumber.ContainsKey((kind, number)) ? _approving.GetValueOrDefault((kind, number)) : null)
                    ?? IssuedBy(paragraph, end, kind, number)) ?? Known(paragraph, start, end, kind, number, year)) is not { } named) continue;
            // A body named after what it carries out names no instrument: "Tổ công tác triển khai Đề án 06 của Sở" (a tester's 985), where the
            // text cites 06/QĐ-TTg approving it, as where it does not (held-out 114's recipients). Read only for a repeat found.
            if (NamedAfterIt().IsMatch(paragraph.AsSpan(Math.Max(0, start - NamedAfterItReach), Math.Min(start, NamedAfterItReach)))) continue;
            var (sentenceStart, sentenceEnd) = Sentences.Around(paragraph, start);
            listed = (kind, end);
            (repeats ??= []).Add(named with
            {
                Start = start, End = end,
                Relation = CitationRelation.Read(paragraph, sentenceStart, start - sentenceStart) is var relation && relation == CitationRelation.Mention
                           && CitationRelation.ContinuedHere(paragraph, end, sentenceEnd) ? CitationRelation.Implements : relation,
                Context = Sentences.Context(paragraph, sentenceStart, sentenceEnd, start, end),
            });
        }
        return repeats is null ? found : found.Concat(repeats).OrderBy(f => f.Start);
    }

    /// <summary>
    /// A kind's symbol written without its type code, as a letter's is: "QĐ 2457/BGDĐT" and "Quyết định 2457/BGDĐT" for 2457/QĐ-BGDĐT, "KH 56/PGD"
    /// for 56/KH-PGDĐT (testers' 427 and 428, each a letter of its own). It is the instrument the text cites in full with that kind and number,
    /// where there is one and its issuer's code begins as this one's; a letter's own symbol ("Công văn số 2457/BGDĐT-GDTrH") stays a letter's.
    /// A letter cited without its unit's code ("CV 1234/SGD-ĐT", a tester's 450) is the one the text cites with it ("1234/SGDĐT-GDTrH").
    /// </summary>
    private CitationExtractor.Found Completed(string paragraph, CitationExtractor.Found f)
    {
        var (kind, start) = (f.Kind, f.Start);
        if (ParsedSymbol.Parse(f.Symbol ?? "") is { TypeCode: null } parsed && kind == parsed.KindFromCode && KindBefore(paragraph, f.Start) is var (before, at) && before != kind)
            (kind, start) = (before, at);
        return CompletedAs(f, kind) is { } named ? named with { Start = start, End = f.End, Relation = f.Relation, Context = f.Context } : f;
    }

    /// <summary>The instrument a symbol without its type code or unit is written for, cited as the kind given; null where it is none.</summary>
    private CitationExtractor.Found? CompletedAs(CitationExtractor.Found f, string kind)
    {
        if (f.Number is null || f.IssuerCode is not { Length: > 0 } code || ParsedSymbol.Parse(f.Symbol ?? "") is not { TypeCode: null } parsed) return null;
        if (kind != parsed.KindFromCode)
            return _typed.GetValueOrDefault((kind, f.Number)) is { IssuerCode: { } full } typed && full.StartsWith(code, StringComparison.Ordinal) ? typed : null;
        return HasUnit(parsed) ? null : _unitLetters.GetValueOrDefault((f.Number, code));
    }

    /// <summary>Keeps the one citation of each key, or null where two instruments answer to it.</summary>
    private static void AddOne<TKey>(Dictionary<TKey, CitationExtractor.Found?> one, TKey key, CitationExtractor.Found f) where TKey : notnull
    {
        if (!one.TryGetValue(key, out var known)) one[key] = f;
        else if (known is not null && !SameSymbol(known, f)) one[key] = null;
    }

    /// <summary>
    /// Whether two citations write one symbol, marks or not: an e-mail's subject typed without them ("CV 2874/SGDDT-GDTrH") and the letter
    /// it forwards ("Công văn số 2874/SGDĐT-GDTrH", a tester's 986) are one letter, and its "cv 2874" repeated neither while they were two.
    /// </summary>
    private static bool SameSymbol(CitationExtractor.Found a, CitationExtractor.Found b) =>
        a.Symbol == b.Symbol || a.Symbol is not null && b.Symbol is not null && VietnameseFolding.FoldAll(a.Symbol) == VietnameseFolding.FoldAll(b.Symbol);

    /// <summary>Whether a letter's symbol names a unit after its issuer ("1234/SGDĐT-GDTrH"), not the issuer alone ("1234/SGDĐT").</summary>
    private static bool HasUnit(ParsedSymbol letter) => letter.Normalized.AsSpan(letter.Normalized.LastIndexOf('/') + 1).Contains('-');

    /// <summary>
    /// Of the instruments sharing a kind and number, the one whose issuer the words after the repeat name: "Chỉ thị 40 của Ban Bí thư" where the
    /// text cites 40-CT/TW of the Ban Bí thư and 40/2008/CT-BGDĐT of the Bộ trưởng (a tester's 448). The issuer's first word tells them apart,
    /// or its first two ("của Bộ Y tế" beside the Bộ Giáo dục's); where neither does, none is meant.
    /// </summary>
    private CitationExtractor.Found? IssuedBy(string paragraph, int end, string kind, string number)
    {
        if (!_sharing.TryGetValue((kind, number), out var sharing) || IssuerAfter().Match(paragraph, end) is not { Success: true } after) return null;
        var words = VietnameseFolding.FoldAll(after.Groups["body"].Value).Split(' ');
        CitationExtractor.Found? Named(int count)
        {
            var named = string.Join(' ', words.Take(count));
            var matching = sharing.Where(f => (f.Issuer ?? IssuerCodes.IssuingBody(f.IssuerCode)) is { } issuer && VietnameseFolding.FoldAll(issuer) is var folded
                                             && folded.StartsWith(named, StringComparison.OrdinalIgnoreCase) && (folded.Length == named.Length || folded[named.Length] == ' ')).ToList();
            return matching.Count == 1 ? matching[0] : matching.Count > 1 && count < words.Length ? Named(count + 1) : null;
        }
        return Named(1);
    }

    /// <summary>
    /// The national instrument known by the kind and number, where the text cites none other with them and the year written with the number
    /// is its own; not where the words after it name another body ("Nghị quyết 29 của Hội đồng nhân dân tỉnh").
    /// </summary>
    private CitationExtractor.Found? Known(string paragraph, int start, int end, string kind, string number, int? year)
    {
        if (!_known.TryGetValue((kind, number), out var known) || (year is { } y && y != known.Year)) return null;
        if (IssuerAfter().Match(paragraph, end) is { Success: true } after
            && !VietnameseFolding.FoldAll(known.Issuer).StartsWith(VietnameseFolding.FoldAll(after.Groups["body"].Value.Split(' ')[0]), StringComparison.OrdinalIgnoreCase))
            return null;
        return known.AsFound();
    }

    /// <summary>A working group or steering committee named after what it carries out: "Tổ công tác triển khai ", "Ban Chỉ đạo thực hiện ".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:Tổ công tác|Ban Chỉ đạo|Tổ giúp việc|Ban Quản lý|Ban điều hành)(?:\s+\p{Ll}+){0,3}\s+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NamedAfterIt();

    private const int NamedAfterItReach = 50;

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*của\s+(?<body>\p{L}+(?:\s+\p{L}+)?)")]
    private static partial System.Text.RegularExpressions.Regex IssuerAfter();

    /// <summary>
    /// The instrument a short form is defined for where it is: "(sau đây gọi tắt là Nghị định 116)" right after the numbered citation of that
    /// kind and number it names, or of that number issuing a text of that kind ("Quyết định số 2214/QĐ-SGDĐT … ban hành Quy chế công tác văn
    /// thư, lưu trữ … (sau đây gọi tắt là Quy chế 2214)", a tester's 538), or written with the short form's kind among its words ("Thông báo
    /// kết luận số 81-TB/TW … (sau đây gọi tắt là Kết luận số 81)", a tester's 580), or a Đề án or a programme named by the number of the
    /// decision that approves it, whoever issued it ("Quyết định số 5695/QĐ-UBND … của Ủy ban nhân dân Thành phố (gọi tắt là Đề án 5695)", a
    /// tester's 868; the Thủ tướng's are known so without the definition). Null anywhere else.
    /// </summary>
    private static CitationExtractor.Found? DefinedAt(string paragraph, int start, List<CitationExtractor.Found> found, string kind, string number)
    {
        if (!ShortNameDefined().IsMatch(paragraph.AsSpan(Math.Max(0, start - ShortNameReach), Math.Min(start, ShortNameReach)))) return null;
        return found.LastOrDefault(f => f.End <= start && f.Number == number && f.Symbol is not null
                                        && (f.Kind == kind || f.Title?.StartsWith("ban hành " + kind, StringComparison.OrdinalIgnoreCase) == true
                                            || (f.Kind == ApprovingKind && Approved.Contains(kind))
                                            || paragraph.AsSpan(f.Start, f.End - f.Start).Contains(kind, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>"(sau đây gọi tắt là ", "(sau đây gọi là ", "(gọi tắt là ", ending where the short form starts.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\(\s*(?:sau đây\s+)?(?:được\s+)?gọi(?:\s+tắt)?\s+là\s*[""“]?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ShortNameDefined();

    private const int ShortNameReach = 40;

    /// <summary>
    /// A kind and day cited without its issuer ("theo đúng khung thời gian tại Công văn ngày 14/11/2025") as the one the text cites with it,
    /// before or after ("Công văn ngày 14/11/2025 của Sở Giáo dục và Đào tạo về …"); nothing where the text names no issuer, or two, for them.
    /// </summary>
    /// <remarks>So is one whose issuer is named short ("Công văn hỏa tốc ngày 15/01/2026 của Bộ"): a body of its province otherwise.</remarks>
    private CitationExtractor.Found? IssuedAsElsewhere(CitationExtractor.Found f)
    {
        if (f is not { Dated: true, Date: { } date } || _datedIssuers.GetValueOrDefault((f.Kind, date)) is not { } issuers) return f.Dated && f.Issuer is null ? null : f;
        return issuers.Where(issuer => f.Issuer is null || Extends(issuer, f.Issuer)).ToList() is [var named] && named != f.Issuer
            ? f with { Issuer = named, ProvinceNamed = CitationExtractor.ProvinceIn(named) }
            : f.Issuer is null ? null : f;
    }

    /// <summary>Whether an issuer's name is another's and more: "Sở Giáo dục và Đào tạo" of "Sở", each word whole.</summary>
    private static bool Extends(string issuer, string shorter) =>
        issuer == shorter || (issuer.Length > shorter.Length && issuer.StartsWith(shorter, StringComparison.Ordinal) && issuer[shorter.Length] == ' ');

    /// <summary>A directive cited by its date as the numbered one the text cites with that date and issuer, where it cites one.</summary>
    private CitationExtractor.Found Numbered(CitationExtractor.Found f) =>
        f is { Dated: true, Date: { } date, Issuer: { } issuer } && _byDate.Named(DatedInstruments.Identity("", f.Kind, date, issuer)) is { } numbered
            ? numbered with { Start = f.Start, End = f.End, Relation = f.Relation, Context = f.Context }
            : f;

    /// <summary>"/2020" right after a number, ending there: the year a short form gives.</summary>
    private static int? YearAfter(string text, int end) =>
        end + 5 <= text.Length && text[end] == '/' && text.AsSpan(end + 1, 4).IndexOfAnyExceptInRange('0', '9') < 0
        && (end + 5 == text.Length || !(char.IsLetterOrDigit(text[end + 5]) || text[end + 5] is '/' or '-'))
            ? int.Parse(text.AsSpan(end + 1, 4)) : null;

    /// <summary>A whole number, not part of a symbol, a date or a decimal: "Nghị định 20." but not "20/2014" or "20,5".</summary>
    private static bool StandsAlone(string text, int start, int end)
    {
        if (start > 0 && char.IsDigit(text[start - 1])) return false;
        if (end == text.Length) return true;
        var next = text[end];
        if (char.IsDigit(next) || next is '/' or '-' or '–') return false;
        return !(next is '.' or ',' && end + 1 < text.Length && char.IsDigit(text[end + 1]));
    }

    /// <summary>The kind written just before a number, with "số" between or not, and where it starts.</summary>
    private static (string Kind, int Start)? KindBefore(string text, int number)
    {
        var i = SkipSpaceBack(text, number);
        // A kind's capitals typed against the number ("TT22", "NQ29": a tester's 428) are the kind; a word's letters are not.
        if (i == number) return JoinedShortKind(text, number);
        var afterNumberWord = i >= 3 && text.AsSpan(i - 2, 2).SequenceEqual("số") && char.IsWhiteSpace(text[i - 3]);
        if (afterNumberWord) i = SkipSpaceBack(text, i - 2);
        if (KindEndingAt(text, i) is { } kind) return kind;
        // A kind with what it is about between it and "số": "Quyết định thanh tra số 96", "Nghị quyết chuyên đề số 03" (testers' 826 and 838,
        // each a short form the text defines); one or two words in small letters, never without "số".
        if (!afterNumberWord) return null;
        for (var words = 0; words < 2; words++)
        {
            var wordStart = i;
            while (wordStart > 0 && char.IsLower(text[wordStart - 1])) wordStart--;
            if (wordStart == i || wordStart == 0 || text[wordStart - 1] != ' ') return null;
            i = wordStart - 1;
            if (KindEndingAt(text, i) is { } qualified) return qualified;
        }
        return null;
    }

    /// <summary>The kind whose word ends at <paramref name="i"/>, standing alone, and where it starts.</summary>
    private static (string Kind, int Start)? KindEndingAt(string text, int i)
    {
        foreach (var (word, kind) in Kinds)
        {
            var start = i - word.Length;
            if (start >= 0 && text.AsSpan(start, word.Length).SequenceEqual(word) && (start == 0 || !char.IsLetterOrDigit(text[start - 1])))
                return (kind, start);
        }
        return null;
    }

    /// <summary>
    /// A type code written before the number of the one instrument the text cites with that code and number: that instrument's kind. Not
    /// a kind's short name (<see cref="ShortKinds"/>), read as such or left out on purpose ("điểm TB 24 môn" is an average).
    /// </summary>
    private (string Kind, int Start)? CodeBefore(string text, int at, string number)
    {
        var i = SkipSpaceBack(text, at);
        if (i == at) return null;
        var start = i;
        while (start > 0 && char.IsUpper(text[start - 1])) start--;
        if (i - start is < 2 or > 6 || (start > 0 && char.IsLetterOrDigit(text[start - 1])) || ShortKindWords.Contains(text[start..i])) return null;
        return _byCode.GetValueOrDefault((text[start..i], number)) is { } coded ? (coded.Kind, start) : null;
    }

    /// <summary>The kinds' short names staff write (CitationExtractor.ShortKinds), split once; before <see cref="Kinds"/>, which reads them.</summary>
    private static readonly string[] ShortKindWords = CitationExtractor.ShortKinds.Split('|');

    private static (string Kind, int Start)? JoinedShortKind(string text, int number)
    {
        // Not a file's name: "KH72_UBND_TuyenSinh.pdf" (a tester's 413, in a code block); nor a symbol's last part, "Mẫu số 01/BC-NQ71"
        // (a form of 782's, numbered after the resolution it reports on); nor a file's name ending in one, "QD_3120_QD-UBND_KH_NQ71.pdf" (842).
        var end = number;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        if (end < text.Length && (text[end] == '_' || char.IsLetter(text[end]))) return null;
        foreach (var (word, kind) in ShortKinds)
        {
            var start = number - word.Length;
            if (start >= 0 && text.AsSpan(start, word.Length).SequenceEqual(word) && (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '/' or '_')))
                return (kind, start);
        }
        return null;
    }

    /// <summary>
    /// "các Nghị định 24, 37", "Nghị định 24 và 37": a number listed right after a repeat is of its kind, and starts where it is written.
    /// It names an instrument only as the repeat does, where the text cites one of that kind and number in full.
    /// </summary>
    private static (string Kind, int Start)? ListedAfter(string text, int number, (string Kind, int End)? listed) =>
        listed is var (kind, end) && end <= number && CitationExtractor.ListSeparator().IsMatch(text.AsSpan(end, number - end)) ? (kind, number) : null;

    private static int SkipSpaceBack(string text, int i)
    {
        while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
        return i;
    }

    /// <summary>
    /// The kinds a bare repeat is written with, as written, and the kind each is: the kind's name; in small letters the names no verb
    /// shares ("theo nghị định 24", where "quy định 24 tiết" and "thông báo 24 chỉ tiêu" say what is done), and "quyết định", a verb too but
    /// one whose number names a decision the text cites ("theo quyết định 2457", a tester's 427); and the capitals staff write
    /// before "số" ("NĐ 24", "QĐ số 2457"), but for "TB" and "BC", read as "trung bình" and the like. "Chương trình 48" repeats the Youth Union's
    /// "Chương trình số 48-CTr/TWĐTN-TNTH" (a tester's 334); a programme known by its number alone ("Chương trình 135") is none where no
    /// numbered one of the text has it. "NĐ 24" beside "Nghị định số
    /// 24/2014/NĐ-CP" was no citation, and the documents citing the decree so were not among those citing it.
    /// </summary>
    private static readonly (string Word, string Kind)[] Kinds =
        new[] { "Nghị định", "Nghị quyết", "Quyết định", "Chỉ thị", "Thông tư liên tịch", "Thông tư", "Kế hoạch", "Công văn", "Kết luận", "Hướng dẫn", "Quy định", "Quy chế", "Chương trình hành động", "Chương trình", "Đề án", "Công điện", "Tờ trình", "Thông báo", "Pháp lệnh" }
            .Concat(new[] { "nghị định", "nghị quyết", "quyết định", "chỉ thị", "thông tư", "công văn", "công điện" })
            // And typed without their marks, as a school's page is ("theo ND 66", "nghi dinh 66", a tester's 921; "qd 812", 933).
            // At a sentence's start, a capital ("Thong tu 07", a commune's plan typed so, 976).
            .Concat(new[] { "ND", "QD", "nd", "qd", "nghi dinh", "nghi quyet", "quyet dinh", "chi thi", "thong tu", "cong van" }
                .SelectMany(w => w.Contains(' ') ? new[] { w, char.ToUpperInvariant(w[0]) + w[1..] } : [w]))
            // And in a heading's capitals ("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA KẾ HOẠCH 156", a tester's 828).
            .Concat(new[] { "NGHỊ ĐỊNH", "NGHỊ QUYẾT", "QUYẾT ĐỊNH", "CHỈ THỊ", "THÔNG TƯ", "KẾ HOẠCH", "CÔNG VĂN", "KẾT LUẬN", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "ĐỀ ÁN" })
            .Select(w => (w, DocumentKinds.FromWord(w) ?? DocumentKinds.FromCode(w) ?? throw new InvalidOperationException($"'{w}' is no kind")))
            // Also typed in small letters as staff chat ("theo cv 1234 của Sở", "Điều 4 tt 29", "hỗ trợ theo nđ 81", testers' 772, 773 and a
            // dozen before): the number is still that of an instrument the text cites. "TTr" and "CTr" are written in mixed case only.
            .Concat(ShortKindWords.Where(w => w is not ("TB" or "BC"))
                .SelectMany(w => (w is "TTr" or "CTr" ? [w] : new[] { w, w.ToLowerInvariant() })
                    .Select(written => (written, DocumentKinds.FromShortName(w) ?? throw new InvalidOperationException($"'{w}' is no kind")))))
            // Joint texts by their kind's full name ("Kế hoạch liên ngành 1248", testers' 506 and 507), filed as the kind they are.
            .Concat([("Kế hoạch liên ngành", "Kế hoạch"), ("Kế hoạch liên tịch", "Kế hoạch"), ("Hướng dẫn liên ngành", "Hướng dẫn"),
                     ("Hướng dẫn liên tịch", "Hướng dẫn"), ("Chương trình phối hợp", "Chương trình"), ("Kế hoạch phối hợp", "Kế hoạch"),
                     // "Thông báo kết luận 81" after "Thông báo kết luận số 81-TB/TW" (a tester's 919): a notice of conclusions is a Thông báo.
                     ("Thông báo kết luận", "Thông báo")])
            // A bilingual text's English repeats its Vietnamese: "Decree 86" after "Nghị định số 86/2018/NĐ-CP" (a tester's 884).
            .Concat([("Decree", "Nghị định"), ("Decision", "Quyết định"), ("Resolution", "Nghị quyết"), ("Circular", "Thông tư"), ("Directive", "Chỉ thị")])
            .ToArray();

    // After Kinds: static fields are set in the order they are written.
    /// <summary>The kinds' capitals among <see cref="Kinds"/> ("TT", "NQ", "QĐ"): the only ones typed against a number.</summary>
    /// <remarks>In small letters too, as a chat types them ("tt29", a tester's 961); "TTr" and "CTr" as written.</remarks>
    private static readonly (string Word, string Kind)[] ShortKinds =
        Kinds.Where(k => ShortKindWords.Contains(k.Word) || ShortKindWords.Contains(k.Word.ToUpperInvariant())).ToArray();
}
