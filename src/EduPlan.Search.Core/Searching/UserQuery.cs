using System.Globalization;
using System.Text.RegularExpressions;
using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// A phrase of one or more tokens that must appear in order: a single word, a quoted phrase, or an
/// instrument symbol. <see cref="Quoted"/> marks phrases the user quoted.
/// </summary>
public sealed record QueryPhrase(IReadOnlyList<AnalyzedToken> Tokens, bool Quoted)
{
    /// <summary>The words as typed, when the tokens are sought in another form (<see cref="UserQuery.FoldedWhenMarksSlipped"/>).</summary>
    public string? Typed { get; init; }

    public string Text => Typed ?? string.Join(' ', Tokens.Select(t => t.Exact));

    /// <summary>The same thing written the other way, not typed: an abbreviation's long form, or the abbreviation of a long form typed.</summary>
    public bool OtherSpelling { get; init; }

    /// <summary>
    /// The phrase typed as the texts also write it, saying nothing else: a date typed "5/9/2024" written "05/09/2024" or "5 tháng 9
    /// năm 2024". It weighs what the form typed weighs (<see cref="UserQuery.SpellingsWeighedAlike"/>), not half, as an other spelling does.
    /// </summary>
    public bool WrittenOtherwise { get; init; }

    /// <summary>
    /// Written otherwise with the word typed after it ("02 cấp" for "hai" before "cấp", <see cref="UserQuery.WithCountsWrittenOtherwise"/>):
    /// it weighs what the two typed side by side weigh, not the one.
    /// </summary>
    public bool WithNextWord { get; init; }

    /// <summary>
    /// A word's syllables typed together, read apart (<see cref="UserQuery.WithGluedSyllablesApart"/>): the words the units beside it are
    /// typed next to, as if typed apart.
    /// </summary>
    public bool ReadApart { get; init; }

    /// <summary>What finding the phrase weighs, beside its unit's typed phrase (<see cref="UserQuery.SpellingsWeighedAlike"/>).</summary>
    public float Weight { get; init; } = 1f;

    /// <summary>The key of a law's name and year that a symbol typed stands for (<see cref="UserQuery.WithLawNames"/>): found among the cited symbols.</summary>
    public bool LawName { get; init; }
}

/// <summary>One thing the user asked for: any of its alternatives ("A OR B", or an abbreviation and its long form).</summary>
public sealed record QueryUnit(IReadOnlyList<QueryPhrase> Alternatives)
{
    /// <summary>
    /// How many of the words typed the unit stands for, in the three-quarters rule: a long form typed out is as many words as it
    /// has ("phổ cập giáo dục quokka" is five words, and needs four of them, though it is two units).
    /// </summary>
    public int Words { get; init; } = 1;

    /// <summary>
    /// The instruments the unit names by a kind and a number ("công văn 4567", "Nghị quyết 88", "NQ 88"), whose symbols may carry no type
    /// code (4567/BGDĐT-GDTH, 88/2014/QH13): they are sought as the symbols so numbered (<see cref="UserQuery.WithSymbolsNumbered"/>).
    /// </summary>
    public IReadOnlyList<KindAndNumber> Numbered { get; init; } = [];

    /// <summary>
    /// The words typed before a symbol to name its kind ("Chỉ thị số" of "Chỉ thị số 29-CT/TW"), which the symbol says already: not sought,
    /// but marked where the text writes them before it (<see cref="SnippetBuilder"/>).
    /// </summary>
    public IReadOnlyList<AnalyzedToken> KindTyped { get; init; } = [];
}

/// <summary>
/// An instrument named by its kind and number, as staff type it: "Nghị quyết 88", "NQ 88", "công văn 4567"; with its year where typed
/// ("Nghị quyết 88/2014", "Luật 43/2019"), then only the symbols of that year; with issuer codes typed beside ("NQ 88 QH13"), only
/// the symbols holding them.
/// </summary>
public readonly record struct KindAndNumber(string Kind, string Number, int? Year = null)
{
    /// <summary>The issuer codes typed beside the number, in capitals: each must be a part of the symbol.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];
}

/// <summary>
/// The query language users can guess: words, "quoted phrases", -excluded words or phrases, and OR
/// between two terms. Anything else (field syntax, brackets, stray operators) is read as words.
/// </summary>
public sealed partial record UserQuery(IReadOnlyList<QueryUnit> Units, IReadOnlyList<QueryPhrase> Excluded, string Normalized)
{
    public const int MaxUnits = 24;

    public bool IsEmpty => Units.Count == 0;

    /// <summary>
    /// Whether a word was typed with marks (a tone or a letter's), symbols and the other spellings added aside: then a word typed
    /// without any is that word as written ("Lai" among marked words is not "lại", "an toàn" not "ăn toàn").
    /// </summary>
    public bool TypedWithMarks => Units.SelectMany(u => u.Alternatives).Where(p => !p.OtherSpelling).SelectMany(p => p.Tokens)
        .Any(t => !t.IsSymbol && !t.IsSymbolPart && VietnameseFolding.TypedLevel(t.Exact) != MarkLevel.Folded);

    /// <summary>
    /// Words every match must hold side by side, whatever else it lacks: a school year typed ("năm học 2024-2025"). Its years are
    /// words of the query as well, which rank as any others; read as two words alone, the query found every plan of 2023-2024
    /// looking ahead to 2025.
    /// </summary>
    public IReadOnlyList<QueryPhrase> Together { get; init; } = [];

    /// <summary>Whether every word typed is required, as an AND typed between words asks, however many there are.</summary>
    public bool AllRequired { get; init; }

    /// <summary>How many of the words typed a match must hold, each unit counting as the words it stands for.</summary>
    public int RequiredWords => Units.Sum(u => u.Words) is var words && AllRequired ? words
        : Relaxed ? (int)Math.Ceiling(words * RelaxedShare) : QueryBuilder.RequiredUnits(words);

    /// <summary>
    /// Whether a match need hold only half the words typed: a long question or situation in the staff's own words ("em dạy tiểu học ở xã vùng
    /// sâu 8 năm rồi, con nhỏ chưa đầy 3 tuổi, … muốn xin về gần nhà thì làm đơn gửi ai"), which no text says three quarters of, found nothing
    /// (<see cref="CanRelax"/>, <see cref="SearchIndex.RelaxedBelow"/>). Each hit still says the words it lacks, and those holding more rank first.
    /// </summary>
    public bool Relaxed { get; init; }

    private const double RelaxedShare = 0.5;

    /// <summary>How many words a query must have typed for a search finding little to be tried again <see cref="Relaxed"/>.</summary>
    public const int RelaxableWords = 8;

    /// <summary>Whether the query is long enough, and asks for no word in particular (AND), for <see cref="Relaxed"/> to find more.</summary>
    public bool CanRelax => !Relaxed && !AllRequired && Units.Sum(u => u.Words) >= RelaxableWords;

    /// <summary>The fewest units that can stand for <see cref="RequiredWords"/>: as many units as Lucene can be asked to require.</summary>
    public int RequiredUnits
    {
        get
        {
            var (needed, units) = (RequiredWords, 0);
            foreach (var words in Units.Select(u => u.Words).OrderDescending().TakeWhile(_ => needed > 0))
                (needed, units) = (needed - words, units + 1);
            return units;
        }
    }

    /// <summary>
    /// The last word of each unit and the first of the next, where both are words typed in a row: the syllables of multi-syllable
    /// words, and a long form typed beside other words ("phổ cập giáo dục" + "tiểu học": "dục tiểu"). Read only between single
    /// words, the plan that writes "phổ cập giáo dục tiểu học" ranked below every plan holding "phổ cập giáo dục" and "tiểu học" apart.
    /// </summary>
    public IEnumerable<(AnalyzedToken First, AnalyzedToken Second)> AdjacentPairs() => AdjacentPairsAt().Select(p => (p.First, p.Second));

    /// <summary><see cref="AdjacentPairs"/>, each with the unit its first word ends.</summary>
    public IEnumerable<(int Unit, AnalyzedToken First, AnalyzedToken Second)> AdjacentPairsAt()
    {
        for (var i = 0; i + 1 < Units.Count; i++)
            if (TypedWords(Units[i]) is [.., var last] && TypedWords(Units[i + 1]) is [var first, ..])
                yield return (i, last, first);
    }

    /// <summary>Every word typed, in order, where the units are words typed in a row; else null. What a whole-phrase match is.</summary>
    public IReadOnlyList<AnalyzedToken>? WholePhrase()
    {
        var words = new List<AnalyzedToken>();
        foreach (var unit in Units)
        {
            if (TypedWords(unit) is not { } typed) return null;
            words.AddRange(typed);
        }
        return words;
    }

    /// <summary>
    /// The words a unit was typed as, unquoted and not a symbol: its first spelling, when the others are only that spelling written
    /// another way (an abbreviation and its long form); null for a quoted phrase, a symbol, or words put OR each other.
    /// </summary>
    /// <remarks>
    /// A word typed with its syllables together is its syllables apart: "tuyển sinhlớp 10" is "tuyển sinh" and "lớp 10" side by side, as
    /// typed apart (the two found nothing side by side, and a notice titled "tuyển sinh lớp 1, lớp 6" came before the texts on grade 10).
    /// </remarks>
    private static IReadOnlyList<AnalyzedToken>? TypedWords(QueryUnit unit) =>
        unit.Alternatives is [{ Quoted: false, OtherSpelling: false } typed, ..] && unit.Alternatives.Skip(1).All(p => p.OtherSpelling || p.WrittenOtherwise)
        && typed.Tokens.Count > 0 && typed.Tokens.All(t => !t.IsSymbol && !t.IsSymbolPart)
            ? unit.Alternatives.FirstOrDefault(p => p.ReadApart)?.Tokens ?? typed.Tokens
            : null;

    /// <summary>
    /// Typed words that may be one symbol's parts, the second marked to be sought at the first's position: a number
    /// beside a number or a code ("QĐ 2457", "2457 BGDĐT"), and a number after a kind's name ("Chỉ thị 15",
    /// "quyết định số 2457") with each type code of that kind, so that 15-CT/TU counts as "Chỉ thị 15".
    /// <c>Typed</c> are the words the pair stands for, whose marks say how much it weighs.
    /// </summary>
    public IEnumerable<(AnalyzedToken First, AnalyzedToken Second, IReadOnlyList<AnalyzedToken> Typed)> SymbolParts()
    {
        var words = PlainWords(Units);
        for (var i = 0; i + 1 < words.Count; i++)
            if (words[i] is { } a && words[i + 1] is { } b && ((IsNumber(a) && (IsNumber(b) || IsCode(b))) || (IsNumber(b) && IsCode(a))))
                yield return (a, b with { IsSymbolPart = true }, [a, b]);
        for (var i = 1; i < words.Count; i++)
        {
            // "quyết định 2025" asks for the year's decisions as often as for one numbered 2025, and in a symbol the year is a part too: read
            // so, the texts citing any decision of 2025 ("Quyết định số 39/2025/QĐ-UBND") outranked the decisions of that year (a blind
            // reader's z17, once testers 574 and 575 came). A year-like number is a kind's number only after "số" ("quyết định số 2025").
            if (words[i] is not { } number || !IsNumber(number)) continue;
            var kindEnd = words[i - 1]?.Folded == "so" ? i - 1 : i;
            if (kindEnd == i && MayBeYear(number)) continue;
            // Every kind ending before the number: "Thông báo kết luận 45" may be a Thông báo or a Kết luận.
            foreach (var (kind, kindWords) in KindsEndingAt(words, kindEnd))
                foreach (var code in DocumentKinds.CodesOf(kind))
                    yield return (AnalyzedToken.Analyze(VietnameseFolding.FoldAll(code))[0], number with { IsSymbolPart = true }, [.. kindWords, number]);
        }
    }

    /// <summary>
    /// The laws the query names with their year ("Luật Giáo dục năm 2019", "luat giao duc 2019"), as the name keys their citations are
    /// indexed by among the cited symbols (<see cref="Indexing.LawNames"/>), with the words each stands for: a text citing "Luật Giáo dục
    /// ngày 14 tháng 6 năm 2019" or "Luật Giáo dục số 43/2019/QH14" cites that law, though the typed words are not adjacent there.
    /// <c>First</c> is the unit of the first word typed, each word its unit.
    /// </summary>
    public IEnumerable<(string Key, IReadOnlyList<AnalyzedToken> Typed, int First)> LawsNamed()
    {
        // The words as typed: a word read in other spellings too ("giao duc" as the abbreviation's long form) is still the name's.
        var words = Units.Select(u => u.Alternatives[0] is { Quoted: false, Tokens: [{ IsSymbol: false } word] } ? word : (AnalyzedToken?)null).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is not { Folded: "luat" }) continue;
            for (var end = i + 2; end < words.Count && end <= i + 1 + Indexing.LawNames.MaxNameWords; end++)
            {
                if (words[end] is not { } year || !IsNumber(year) || !MayBeYear(year)) continue;
                var nameEnd = words[end - 1] is { Folded: "nam" } ? end - 1 : end;
                var name = words.Skip(i).Take(nameEnd - i).ToList();
                if (name.Count < 2 || name.Any(w => w is null || IsNumber(w.Value))) break;
                var typed = words.Skip(i).Take(end - i + 1).Select(w => w!.Value).ToList();
                // The name after "luật", which the key's kind says: "luat giao duc" typed without marks is not another law than "Luật Giáo dục".
                yield return (Indexing.LawNames.NameKey(string.Join(' ', name.Skip(1).Select(w => w!.Value.Exact)), int.Parse(year.Exact)), typed, i);
                break;
            }
        }
    }

    /// <summary>
    /// The provinces the query names ("Hà Nội", "Lai Chau", "Huế"): consecutive words spelling a province's name, with the marks
    /// the user typed matching the name's ("cả mẫu" is not Cà Mau), or each operand of OR that is one ("Hà Giang OR Hà Tĩnh").
    /// </summary>
    public IEnumerable<(string Province, IReadOnlyList<AnalyzedToken> Typed)> Provinces()
    {
        for (var i = 0; i < Units.Count; i++)
        {
            if (Units[i].Alternatives.Count > 1)
            {
                foreach (var phrase in Units[i].Alternatives)
                    if (ProvinceOf(phrase.Tokens) is { } named) yield return (named, phrase.Tokens);
                continue;
            }
            for (var length = Math.Min(4, Units.Count - i); length >= 1; length--)
            {
                var words = Units.Skip(i).Take(length).Where(IsPlainWord).Select(u => u.Alternatives[0].Tokens[0]).ToList();
                if (words.Count < length || ProvinceOf(words) is not { } province) continue;
                yield return (province, words);
                i += length - 1;
                break;
            }
        }
    }

    /// <summary>
    /// The school years the query names: two years in a row typed one after the other ("năm học 2023-2024", "2023 - 2024", "2023-24"),
    /// as the school-year filter writes them ("2023-2024").
    /// </summary>
    public IEnumerable<(string SchoolYear, IReadOnlyList<AnalyzedToken> Typed)> SchoolYears()
    {
        for (var i = 0; i + 1 < Units.Count; i++)
            if (IsPlainWord(Units[i]) && IsPlainWord(Units[i + 1]) && Units[i].Alternatives[0].Tokens[0] is var first && Units[i + 1].Alternatives[0].Tokens[0] is var second
                && IsNumber(first) && IsNumber(second) && first.Exact.Length == 4 && int.Parse(first.Exact, CultureInfo.InvariantCulture) is var from
                && MayBeYear(first) && second.Exact == (from + 1).ToString(CultureInfo.InvariantCulture))
            {
                yield return ($"{first.Exact}-{second.Exact}", [first, second]);
                i++;
            }
    }

    /// <summary>The years typed as words of their own ("quyết định 2025", "năm 2024"), not a school year's, a date's or a symbol's.</summary>
    public IReadOnlySet<int> YearsNamed() =>
        Units.Where(IsPlainWord).Select(u => u.Alternatives[0].Tokens[0]).Where(t => IsNumber(t) && MayBeYear(t))
            .Select(t => int.Parse(t.Exact, CultureInfo.InvariantCulture)).ToHashSet();

    /// <summary>
    /// A province's name typed as one word ("kontum", "Daklak", "hanoi"), as the province filter takes it: its words as the texts write
    /// them. Searched as the word alone, "kontum phổ cập" found nothing in Kon Tum's plans.
    /// </summary>
    private static List<AnalyzedToken>? ProvinceJoined(AnalyzedToken word) =>
        !word.IsSymbol && !word.IsSymbolPart && !IsNumber(word) && word.Exact.Length >= 4
        && Text.Provinces.Canonical(word.Exact) is { } name && AnalyzedToken.Analyze(name) is { Count: > 1 } words ? words : null;

    private static string? ProvinceOf(IReadOnlyList<AnalyzedToken> tokens)
    {
        if (tokens.Any(t => t.IsSymbol || t.IsSymbolPart || IsNumber(t))) return null;
        if (Text.Provinces.Canonical(string.Join(' ', tokens.Select(t => t.Exact))) is not { } name) return null;
        var written = AnalyzedToken.Analyze(name.ToLowerInvariant());
        if (written.Count != tokens.Count) return null;
        for (var k = 0; k < tokens.Count; k++)
        {
            var level = VietnameseFolding.TypedLevel(tokens[k].Exact);
            if (!string.Equals(tokens[k].Form(level), written[k].Form(level), StringComparison.OrdinalIgnoreCase)) return null;
        }
        return name;
    }

    private static bool IsNumber(AnalyzedToken t) => t.Exact.All(char.IsAsciiDigit);

    /// <summary>A type or issuer code, or letters no syllable is written with.</summary>
    private static bool IsCode(AnalyzedToken t) =>
        t.Exact.All(char.IsLetterOrDigit) && (DocumentKinds.FromCode(t.Exact) is not null || IssuerCodes.Name(t.Exact) is not null
                                               || VietnameseFolding.HasNoVowel(t.Folded) || t.Exact.Any(char.IsAsciiDigit));

    /// <summary>
    /// Adds each abbreviation's other form as an alternative: "PCGD" also finds "phổ cập giáo dục", and
    /// adjacent words spelling a long form ("giáo dục mầm non") become one unit that also finds "GDMN", where the index may hold
    /// either form (<paramref name="mayBeFound"/>). Where it holds neither, the words stay words: "an toàn giao thông" and "thể dục
    /// thể thao", the long forms of ATGT and TDTT, found nothing in texts that write the words but neither form.
    /// </summary>
    public UserQuery Expand(Abbreviations abbreviations, Func<QueryPhrase, bool>? mayBeFound = null)
    {
        // Long forms may overlap ("phổ cập giáo dục mầm non" holds PCGD and GDMN): the later, more specific one wins.
        var folded = Units.Select(u => IsPlainWord(u) ? u.Alternatives[0].Tokens[0].Folded : "\0").ToList();
        var chosen = new Dictionary<int, (Abbreviation Entry, int Length)>();
        var taken = Units.Count;
        for (var start = Units.Count - 2; start >= 0; start--)
            if (abbreviations.FindLong(folded, start) is { } found && start + found.Length <= taken
                && (mayBeFound is null || mayBeFound(LongPhrase(start, found.Length)) || ShortPhrase(found.Entry) is { } abbreviation && mayBeFound(abbreviation)))
            {
                chosen[start] = found;
                taken = start;
            }

        var units = new List<QueryUnit>();
        for (var i = 0; i < Units.Count; i++)
        {
            if (chosen.TryGetValue(i, out var match))
            {
                var longPhrase = LongPhrase(i, match.Length);
                units.Add(new QueryUnit(ShortPhrase(match.Entry) is { } shortPhrase ? [longPhrase, shortPhrase] : [longPhrase]) { Words = match.Length });
                i += match.Length - 1;
                continue;
            }
            var unit = Units[i];
            var extra = new List<QueryPhrase>();
            foreach (var phrase in unit.Alternatives.Where(p => p.Tokens.Count == 1))
                if (abbreviations.FindShort(phrase.Tokens[0].Exact) is { } entry)
                    extra.Add(new QueryPhrase(AnalyzedToken.Analyze(entry.LongForm), true) { OtherSpelling = true });
                else if (ProvinceJoined(phrase.Tokens[0]) is { } province)
                {
                    // As many words as the name written: "kontum tuyển sinh" needs what "Kon Tum tuyển sinh" needs.
                    extra.Add(new QueryPhrase(province, true) { OtherSpelling = true });
                    unit = unit with { Words = Math.Max(unit.Words, province.Count) };
                }
            foreach (var phrase in unit.Alternatives.Where(p => p.Quoted && p.Tokens.Count > 1))
                extra.AddRange(OtherForms(phrase, abbreviations));
            units.Add(extra.Count == 0 ? unit : unit with { Alternatives = [.. unit.Alternatives, .. extra] });
        }
        return this with { Units = units };
    }

    /// <summary>
    /// Adds each phrase's other wordings (<see cref="Synonyms"/>): "tuyên dương giáo viên đoạt giải" also finds "khen thưởng" and "đạt giải".
    /// The words typed become one unit of the phrase and its others, as many words as typed; where the index holds none of them, they
    /// stay words (<paramref name="mayBeFound"/>).
    /// </summary>
    public UserQuery WithSynonyms(Synonyms synonyms, Func<QueryPhrase, bool>? mayBeFound = null)
    {
        var words = Units.Select(u => IsPlainWord(u) && !u.Alternatives[0].Tokens[0].IsSymbol ? u.Alternatives[0].Tokens[0].Exact.ToLowerInvariant() : "\0").ToList();
        List<QueryUnit>? units = null;
        for (var i = 0; i < Units.Count; i++)
        {
            if (synonyms.Find(words, i) is var (length, others))
            {
                var typed = LongPhrase(i, length);
                var said = others.Select(o => new QueryPhrase(AnalyzedToken.Analyze(o), false) { OtherSpelling = true }).ToList();
                if (mayBeFound is null || mayBeFound(typed) || said.Any(mayBeFound))
                {
                    units ??= [.. Units.Take(i)];
                    units.Add(new QueryUnit([typed, .. said]) { Words = length });
                    i += length - 1;
                    continue;
                }
            }
            units?.Add(Units[i]);
        }
        return units is null ? this : this with { Units = units };
    }

    /// <summary>
    /// A word of two syllables typed without the space between them ("thựcphẩm", "antoàn", "bántrú": a blind reader's eval-testers5.json
    /// u21, "antoàn thựcphẩm bếp ăn bántrú", found nothing), where no text holds it as typed, is also sought as its two syllables side by
    /// side, where some text holds them so: the first split into two well-formed syllables (<see cref="VietnameseSyllable"/>), or into a
    /// syllable and a figure ("hè2024"), that is.
    /// </summary>
    public UserQuery WithGluedSyllablesApart(Func<QueryPhrase, bool> mayBeFound)
    {
        List<QueryUnit>? units = null;
        for (var i = 0; i < Units.Count; i++)
        {
            var unit = Units[i];
            if (IsPlainWord(unit) && unit.Alternatives[0].Tokens[0] is var word && !word.IsSymbol && !word.IsSymbolPart && !IsNumber(word)
                && word.Exact.Length >= MinGlued && !mayBeFound(unit.Alternatives[0]) && Apart(word.ToneFolded, mayBeFound) is { } apart)
            {
                units ??= [.. Units.Take(i)];
                units.Add(unit with { Alternatives = [.. unit.Alternatives, apart] });
            }
            else units?.Add(unit);
        }
        return units is null ? this : this with { Units = units };
    }

    /// <summary>
    /// A word typed in Telex or VNI without an input method ("tuyeenr sinh lowps 6", "chuyeenr ddooir soos": a blind reader's
    /// eval-testers3.json z11 and z12 found nothing, and were offered their reading only), where no text holds it as typed, is sought as
    /// the Vietnamese it was meant to be, where some text holds that: it stands in the typed word's place, so the words beside it are
    /// found side by side with it.
    /// </summary>
    public UserQuery WithTypingSchemesRead(Func<QueryPhrase, bool> mayBeFound)
    {
        List<QueryUnit>? units = null;
        for (var i = 0; i < Units.Count; i++)
        {
            var unit = Units[i];
            if (IsPlainWord(unit) && unit.Alternatives[0] is var typed && typed.Tokens[0] is var word && !word.IsSymbol && !word.IsSymbolPart
                && !IsNumber(word) && !mayBeFound(typed) && Reading(word, mayBeFound) is { } reading)
            {
                units ??= [.. Units.Take(i)];
                units.Add(unit with { Alternatives = [typed with { Tokens = [reading], Typed = typed.Text }] });
            }
            else units?.Add(unit);
        }
        return units is null ? this : this with { Units = units, ReadFromKeys = true };
    }

    /// <summary>Whether a word typed in Telex or VNI is sought as the Vietnamese meant (<see cref="WithTypingSchemesRead"/>): its reading is offered too.</summary>
    public bool ReadFromKeys { get; init; }

    private static AnalyzedToken? Reading(AnalyzedToken word, Func<QueryPhrase, bool> mayBeFound)
    {
        foreach (var meant in TypingSchemes.Readings(word.Exact))
            if (AnalyzedToken.Analyze(meant) is [var read] && mayBeFound(new QueryPhrase([read], false)))
                return read with { Start = word.Start, End = word.End, Position = word.Position };
        return null;
    }

    /// <summary>The shortest two syllables run together ("anto" is none; "antoàn" is "an toàn").</summary>
    private const int MinGlued = 4;

    /// <remarks>
    /// Split without tones (<paramref name="typed"/> tone-folded): read as one syllable, the word's tones were set on its first vowel, or
    /// dropped ("sinhlớp" read "sínhlơp"), and its syllables so marked found nothing but folded (a blind reader's "tuyển sinhlớp 10").
    /// </remarks>
    private static QueryPhrase? Apart(string typed, Func<QueryPhrase, bool> mayBeFound)
    {
        for (var k = 1; k < typed.Length; k++)
        {
            // Or a word and a figure ("hè2024", u22): the figure is a word of its own.
            if (AnalyzedToken.Analyze(typed[..k] + " " + typed[k..]) is not [var first, var second]
                || !VietnameseSyllable.IsWellFormed(first.Folded.ToLowerInvariant())
                || !(VietnameseSyllable.IsWellFormed(second.Folded.ToLowerInvariant()) || (IsNumber(second) && !char.IsAsciiDigit(typed[k - 1])))) continue;
            var phrase = new QueryPhrase([first, second], true) { WrittenOtherwise = true, ReadApart = true };
            // Figures are no pairs' words: a figure split off is sought where each is held.
            if (IsNumber(second) ? mayBeFound(new QueryPhrase([first], false)) && mayBeFound(new QueryPhrase([second], false)) : mayBeFound(phrase)) return phrase;
        }
        return null;
    }

    /// <summary>
    /// A count typed before a word is also found written the other ways (<see cref="CountWords"/>): "chính quyền hai cấp" finds the
    /// texts writing "02 cấp" and "2 cấp", and "02 buổi" those writing "hai buổi". The count's unit gains the other forms side by side
    /// with the word after it, which stays a unit of its own: the texts writing the count apart from it are found as before.
    /// </summary>
    public UserQuery WithCountsWrittenOtherwise()
    {
        List<QueryUnit>? units = null;
        for (var i = 0; i + 1 < Units.Count; i++)
        {
            if (!IsPlainWord(Units[i]) || !IsPlainWord(Units[i + 1])) continue;
            var (count, next) = (Units[i].Alternatives[0].Tokens[0], Units[i + 1].Alternatives[0].Tokens[0]);
            if (count.IsSymbol || next.IsSymbol || !next.Exact.Any(char.IsLetter) || CountWords.ValueOf(count.Exact) is not { } value) continue;
            var others = CountWords.Forms(value).Where(form => form != count.Exact)
                .Select(form => new QueryPhrase(AnalyzedToken.Analyze($"{form} {next.Exact}"), true) { WrittenOtherwise = true, WithNextWord = true });
            units ??= [.. Units];
            units[i] = Units[i] with { Alternatives = [.. Units[i].Alternatives, .. others] };
        }
        return units is null ? this : this with { Units = units };
    }

    /// <summary>
    /// Each unit naming an instrument by its kind and number also finds the symbols of that kind so numbered that carry no type code
    /// (<paramref name="symbolsNumbered"/>): a letter's own header says "Số: 4567/BGDĐT-GDTH", never "công văn 4567", and the Quốc hội's
    /// Nghị quyết 88 is 88/2014/QH13, which holds no "NQ".
    /// </summary>
    public UserQuery WithSymbolsNumbered(Func<KindAndNumber, IReadOnlyList<string>> symbolsNumbered) =>
        Units.Any(u => u.Numbered.Count > 0)
            ? this with
            {
                Units = Units.Select(u => u.Numbered.Count > 0
                    ? u with
                    {
                        Alternatives = u.Alternatives.Concat(u.Numbered.SelectMany(symbolsNumbered)
                            .Select(symbol => AnalyzedToken.Analyze(symbol).FirstOrDefault(t => t.IsSymbol)).Where(t => t.IsSymbol)
                            .DistinctBy(t => t.Folded).Select(t => new QueryPhrase([t], false))).ToList(),
                    }
                    : u).ToList(),
            }
            : this;

    /// <summary>
    /// Each symbol typed also finds its instrument's symbol as citations are identified: "2457/QĐ-BGD" is 2457/QĐ-BGDĐT, "29-NQ/TƯ" is
    /// 29-NQ/TW. Texts hold the symbols they cite in that form, so a short form found only the texts that wrote it so.
    /// </summary>
    public UserQuery WithCanonicalSymbols()
    {
        if (!Units.Any(IsSymbol)) return this;
        return this with { Units = Units.Select(u => IsSymbol(u) ? WithCanonical(u) : u).ToList() };

        static QueryUnit WithCanonical(QueryUnit unit)
        {
            var held = unit.Alternatives.Where(p => p.Tokens is [_]).Select(p => p.Tokens[0].Folded).ToHashSet();
            var added = new List<QueryPhrase>();
            foreach (var phrase in unit.Alternatives)
                if (phrase.Tokens is [{ IsSymbol: true } typed] && ParsedSymbol.Parse(typed.Exact.ToUpperInvariant()) is { } parsed
                    && AnalyzedToken.Analyze(parsed.Normalized).FirstOrDefault(t => t.IsSymbol) is { IsSymbol: true } canonical && held.Add(canonical.Folded))
                    added.Add(new QueryPhrase([canonical with { Position = typed.Position }], false) { OtherSpelling = true });
            return added.Count == 0 ? unit : unit with { Alternatives = [.. unit.Alternatives, .. added] };
        }
    }

    /// <summary>
    /// Each symbol typed also finds the texts citing its law by the name and year some text gives beside its number
    /// (<see cref="Indexing.LawNames"/>): "43/2019/QH14" finds those citing "Luật Giáo dục năm 2019", as the graph joins them.
    /// </summary>
    /// <summary>The laws named with their year (<see cref="LawsNamed"/>) that their name alone names in the index: its one year of that name.</summary>
    public IReadOnlySet<string> SoleYearLaws { get; init; } = new HashSet<string>();

    /// <summary>
    /// The name keys a law named with its year is sought by among the cited symbols: its own, and its bare name where the index knows that
    /// name in this year only ("thực hiện Luật Viên chức" cites the Luật Viên chức năm 2010 then).
    /// </summary>
    public IReadOnlyList<string> LawKeysSought(string key) =>
        SoleYearLaws.Contains(key) && Indexing.LawNames.BareOf(key) is { } bare ? [key, bare] : [key];

    /// <summary>The query with the laws it names that the index knows by their name in one year only (<see cref="Indexing.LawNames.SoleYearNames"/>).</summary>
    public UserQuery WithSoleYearLaws(Func<IEnumerable<string>, IReadOnlySet<string>> soleYear) =>
        LawsNamed().Select(n => n.Key).ToList() is { Count: > 0 } keys ? this with { SoleYearLaws = soleYear(keys) } : this;

    public UserQuery WithLawNames(Func<AnalyzedToken, IReadOnlyList<string>> namesOf)
    {
        if (!Units.Any(IsSymbol)) return this;
        return this with
        {
            Units = Units.Select(u => IsSymbol(u)
                ? u with
                {
                    Alternatives = u.Alternatives.Concat(u.Alternatives.Where(p => p.Tokens is [{ IsSymbol: true }])
                        .SelectMany(p => namesOf(p.Tokens[0]).Select(name => new QueryPhrase([p.Tokens[0] with { Exact = name, ToneFolded = name, Folded = name }], false) { LawName = true })))
                        .ToList(),
                }
                : u).ToList(),
        };
    }

    private QueryPhrase LongPhrase(int start, int length) => new(Units.Skip(start).Take(length).Select(u => u.Alternatives[0].Tokens[0]).ToList(), false);

    private static QueryPhrase? ShortPhrase(Abbreviation entry) =>
        AnalyzedToken.Analyze(entry.Short).Where(t => !t.IsSymbolPart).ToList() is { Count: > 0 } tokens ? new QueryPhrase(tokens, false) { OtherSpelling = true } : null;

    /// <summary>
    /// Each other spelling weighed as the spelling typed, halved. A phrase weighs as the square of its words' idfs summed, so the five
    /// words of "phổ thông dân tộc bán trú" outweighed the "PTDTBT" typed many times over: the one document writing PTDTBT six
    /// times came last, and a long form typed ranked the documents writing its abbreviation below any that wrote the phrase once.
    /// The forms a date is written in likewise, in full: the one text writing "ngày 05 tháng 9 năm 2024" in words came ten times above
    /// those writing "05/9/2024" twice, its two words more ("tháng", "năm") adding to the phrase's weight. The levels a form is sought at
    /// weigh too: a long form, with marks, is sought at its marks and folded (4.63), an abbreviation typed without marks folded alone (1),
    /// and weighed by idf alone the long form still outweighed it four and a half times: the document writing PTDTBT six times came last of ten.
    /// </summary>
    /// <param name="weight">What a document writing the phrase weighs: its words' idfs summed, squared, times the levels it is sought at.</param>
    public UserQuery SpellingsWeighedAlike(Func<QueryPhrase, float> weight) => this with
    {
        Units = Units.Select(u => u.Alternatives.FirstOrDefault(p => p is { OtherSpelling: false, WrittenOtherwise: false }) is { } typed
                                  && u.Alternatives.Any(p => p.OtherSpelling || p.WrittenOtherwise)
            ? u with
            {
                Alternatives = u.Alternatives.Select(p => p.OtherSpelling ? p with { Weight = Alike(weight(typed), weight(p), 0.5f) }
                    : p.WrittenOtherwise ? p with { Weight = Alike(weight(p.WithNextWord ? typed with { Tokens = [.. typed.Tokens, p.Tokens[^1]] } : typed), weight(p), 1f) } : p).ToList(),
            }
            : u).ToList(),
    };

    /// <summary>The other form's weight: as much as the typed one's, times its share (half for another spelling, since the user wrote the typed one).</summary>
    private static float Alike(float typed, float other, float share) =>
        other <= 0 || typed <= 0 ? 1f : Math.Clamp(share * typed / other, 0.001f, 1000f);

    /// <summary>
    /// A quoted phrase written the other way wherever it holds an abbreviation or a long form: "phổ cập giáo dục mầm non" is also
    /// "phổ cập GDMN", and "phổ cập GDMN" also "phổ cập giáo dục mầm non". Quoted, each found only the documents writing it as typed.
    /// </summary>
    private static IEnumerable<QueryPhrase> OtherForms(QueryPhrase phrase, Abbreviations abbreviations)
    {
        var tokens = phrase.Tokens;
        var folded = tokens.Select(t => t.IsSymbolPart ? "\0" : t.Folded).ToList();
        QueryPhrase Replaced(int start, int length, string by) => new(
            [.. tokens.Take(start), .. AnalyzedToken.Analyze(by).Where(t => !t.IsSymbolPart), .. tokens.Skip(start + length)], true) { OtherSpelling = true };
        for (var start = 0; start < tokens.Count; start++)
        {
            if (tokens[start].IsSymbolPart) continue;
            if (abbreviations.FindLong(folded, start) is { } found)
                yield return Replaced(start, found.Length, found.Entry.Short);
            else if (abbreviations.FindShort(tokens[start].Exact) is { } entry)
                yield return Replaced(start, 1, entry.LongForm);
        }
    }

    /// <summary>
    /// The query as if typed without marks when a word's marks are a slip: no document has the word so marked (or, among marked
    /// words, so unmarked: "giáo duc"; or, typed with letter marks alone, in any tone of them: "mầm nôn"), yet documents have it beside
    /// the next or previous word typed once marks are set aside ("chuyễn đổi số", "phỏ cập"). Sought as typed,
    /// the slipped word found nothing at the level that ranks, and the other words' marks alone ordered the documents
    /// ("Nghị quyết số" first). A word the corpus lacks in any spelling beside its neighbours ("bơi lội") is no slip: it stays
    /// as typed, and the hits say they lack it. Words are shown as typed; symbols keep their form.
    /// </summary>
    /// <param name="heldExactly">Whether some document holds a word with these exact marks.</param>
    /// <param name="pairHeld">Whether some document holds two words side by side, folded.</param>
    public UserQuery FoldedWhenMarksSlipped(Func<AnalyzedToken, bool> heldExactly, Func<AnalyzedToken, AnalyzedToken, bool> pairHeld)
    {
        // A word left without marks among marked ones ("giáo duc", "hoc sinh") slipped as well when no document writes it so: sought
        // with the marks of the words beside it, its phrase found nothing ("phổ cập giáo duc" ranked as if the phrase were absent).
        var marked = Units.SelectMany(u => u.Alternatives).SelectMany(p => p.Tokens).Any(t => VietnameseFolding.TypedLevel(t.Exact) != MarkLevel.Folded);
        bool Slipped(AnalyzedToken t) => VietnameseFolding.TypedLevel(t.Exact) switch
        {
            MarkLevel.Exact => !heldExactly(t),
            MarkLevel.Folded => marked && t.Exact.Any(char.IsLetter) && !heldExactly(t),
            // Letter marks without a tone stand for every tone of them: a slip where no document writes any ("mầm nôn").
            _ => VietnameseFolding.EveryTone(t.ToneFolded).All(form => !heldExactly(t with { Exact = form })),
        };
        var inPhrases = Units.SelectMany(u => u.Alternatives).SelectMany(p => p.Tokens.Zip(p.Tokens.Skip(1)));
        if (!AdjacentPairs().Concat(inPhrases).Any(p => !p.First.IsSymbolPart && !p.Second.IsSymbolPart
                                                         && (Slipped(p.First) || Slipped(p.Second)) && pairHeld(p.First, p.Second))) return this;
        static AnalyzedToken Fold(AnalyzedToken t) => t.IsSymbol || t.IsSymbolPart ? t : t with { Exact = t.Folded, ToneFolded = t.Folded };
        return this with
        {
            Units = Units.Select(u => u with { Alternatives = u.Alternatives.Select(p => p with { Tokens = p.Tokens.Select(Fold).ToList(), Typed = p.Text }).ToList() }).ToList(),
        };
    }

    /// <summary>
    /// The query without the province names it holds, when it holds other words: what a hit's passages are chosen by. The document is
    /// already that province's; its passages must be about the rest ("Sơn La phổ cập" showed Sơn La's "Điều 1" saying "tỉnh Sơn La").
    /// </summary>
    /// <remarks>
    /// What a province is, typed before its name ("tỉnh Lào Cai", "thành phố Hà Nội"), goes with the name: left alone, "tỉnh" chose
    /// the passages, and "tỉnh Lào Cai" showed first a section saying "UBND tỉnh" twice rather than the one saying "tỉnh Lào Cai".
    /// </remarks>
    public UserQuery WithoutProvinceNames()
    {
        var named = Provinces().SelectMany(p => Designation(p.Typed[0]).Concat(p.Typed)).Select(t => (t.Start, t.Exact)).ToHashSet();
        var rest = Units.Where(u => !(IsPlainWord(u) && named.Contains((u.Alternatives[0].Tokens[0].Start, u.Alternatives[0].Tokens[0].Exact)))).ToList();
        return rest.Count == Units.Count || rest.Count == 0 ? this : this with { Units = rest };
    }

    /// <summary>The words typed right before a province's name that say what it is ("tỉnh", "thành phố", "TP"); none when other words are.</summary>
    private IEnumerable<AnalyzedToken> Designation(AnalyzedToken name)
    {
        var at = Units.ToList().FindIndex(u => IsPlainWord(u) && u.Alternatives[0].Tokens[0] == name);
        foreach (var words in ProvinceDesignations)
        {
            var before = at >= words.Length ? Units.Skip(at - words.Length).Take(words.Length).ToList() : [];
            if (before.Count == words.Length && before.Select((u, k) => IsPlainWord(u) && u.Alternatives[0].Tokens[0].Folded == words[k]).All(same => same))
                return before.Select(u => u.Alternatives[0].Tokens[0]);
        }
        return [];
    }

    private static readonly string[][] ProvinceDesignations = [["tinh"], ["thanh", "pho"], ["tp"]];

    /// <summary>
    /// Whether a unit is a symbol typed (29-CT/TW, 2457/QĐ, "29-CT/TW OR 15-CT/TU"), or its pieces ("29-CT", "CT/TW", "2457 BGDĐT"
    /// quoted): every document found must hold it.
    /// </summary>
    public static bool IsSymbol(QueryUnit unit) =>
        unit.Alternatives.Any(p => p.Tokens is [{ IsSymbol: true }] || IsPiecesOfOneSymbol(p))
        && (unit.Alternatives.All(p => p.Tokens is [{ IsSymbol: true }] || p.Tokens.All(t => t.IsSymbolPart) || IsPiecesOfOneSymbol(p) || p.LawName)
            || unit.Alternatives.Any(IsCodeAndNumber));

    /// <summary>
    /// A type code and a number at one position: what a kind's name and a number typed in a row stand for ("quyết định 2457" is
    /// QĐ 2457), beside the words themselves. Such a unit names one instrument, as a symbol does: "văn bản thực hiện quyết định 2457
    /// của Bộ" listed first a plan that never cites it, the other words being three quarters of the query.
    /// </summary>
    private static bool IsCodeAndNumber(QueryPhrase phrase) =>
        phrase.Tokens is [var code, { IsSymbolPart: true } number] && IsNumber(number) && DocumentKinds.FromCode(code.Exact) is not null;

    /// <summary>Pieces sought at one position, as <see cref="Pieces"/> makes them: a symbol's number and codes.</summary>
    private static bool IsPiecesOfOneSymbol(QueryPhrase phrase) =>
        phrase.Tokens is [{ IsSymbolPart: false }, _, ..] && phrase.Tokens.Skip(1).All(t => t.IsSymbolPart);

    private static bool IsPlainWord(QueryUnit unit) =>
        unit.Alternatives.Count == 1 && !unit.Alternatives[0].Quoted && unit.Alternatives[0].Tokens.Count == 1;

    /// <summary>
    /// A typed word, or a symbol and its parts at one position: a partial symbol ("2457/QĐ", "CT/TW") then
    /// finds the whole ("2457/QĐ-BGDĐT", "29-CT/TW"), whose parts the index holds beside it.
    /// </summary>
    private static List<QueryPhrase> WordOrSymbol(AnalyzedToken token, List<AnalyzedToken> analyzed, string typed)
    {
        var word = new QueryPhrase([token], false) { Typed = typed };
        if (!token.IsSymbol) return [word];
        var parts = PartsOf(token, analyzed);
        return parts.Count == 0 ? [word] : [word, new QueryPhrase(parts, false)];
    }

    /// <summary>The parts the analyzer gave a symbol, at its position.</summary>
    private static List<AnalyzedToken> PartsOf(AnalyzedToken symbol, List<AnalyzedToken> analyzed) =>
        symbol.IsSymbol ? analyzed.Where(t => t.IsSymbolPart && t.Position == symbol.Position).ToList() : [];

    /// <summary>Tokens sought at one position, as a symbol's parts are: every one after the first marked a part.</summary>
    private static IEnumerable<AnalyzedToken> AtOnePosition(IEnumerable<AnalyzedToken> tokens) =>
        tokens.Select((t, i) => t with { IsSymbolPart = i > 0 });

    /// <summary>
    /// A quoted phrase's words, each symbol as its parts at one position: "2457/QĐ" quoted is part of 2457/QĐ-BGDĐT as it is
    /// unquoted, and "Quyết định số 2457/QĐ" is those words before that symbol.
    /// </summary>
    private static List<AnalyzedToken> Quoted(List<AnalyzedToken> tokens, List<AnalyzedToken> analyzed)
    {
        var words = new List<AnalyzedToken>();
        foreach (var token in tokens)
        {
            var parts = PartsOf(token, analyzed);
            if (parts.Count == 0) words.Add(token);
            else words.AddRange(AtOnePosition(parts));
        }
        return words;
    }

    public static UserQuery Parse(string? raw)
    {
        var typedText = VietnameseFolding.NormalizeText(raw ?? "").Trim();
        var text = Operators(typedText);
        var typedUnits = new List<Typed>();
        var together = new List<(QueryPhrase Phrase, int Segment)>();
        var lastTogether = false;
        var excluded = new List<QueryPhrase>();
        // The words not searched, each with the segment it was typed in: named in the order typed.
        var ignored = new List<(int Segment, string? Word)>();
        // Where each segment typed starts, and what each says as a word left out (null for none): past the limit of words, the
        // segments whose units are not searched are left out of what was searched, and said so.
        var starts = new List<int>();
        var said = new List<string?>();
        var exclusions = new HashSet<int>();
        var i = 0;
        var pendingOr = false;
        var notNext = false;
        var andNext = false;
        var operators = new List<string>();
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }

            var segmentStart = i;
            var minus = c == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && (i == 0 || char.IsWhiteSpace(text[i - 1]));
            if (minus) i++;
            var afterNot = notNext;
            var negate = minus || afterNot;
            notNext = false;
            starts.Add(segmentStart);
            if (negate) exclusions.Add(starts.Count - 1);

            string segment;
            var quoted = false;
            var schoolYear = false;
            string? searchedAs = null;
            if (i < text.Length && text[i] == '"' && text.IndexOf('"', i + 1) is var close and > 0)
            {
                segment = text[(i + 1)..close];
                quoted = true;
                i = close + 1;
            }
            else
            {
                var end = i;
                // A symbol typed with stray spaces ("2457/QĐ - BGDĐT", "29 - NQ/TW") is one segment, as the index reads it: split at its
                // spaces, " - BGDĐT" was an exclusion and "-" a word.
                if (char.IsAsciiDigit(text[i]) && SpacedSymbol().Match(text, i) is { Success: true } symbol && symbol.Value.Any(char.IsWhiteSpace))
                    end = i + symbol.Length;
                // "2024-2025", "2024 - 2025": a school year is its two years side by side. Read as two words, "năm học 2024-2025" found every
                // plan of 2023-2024 that looks ahead to 2025.
                else if (char.IsAsciiDigit(text[i]) && SchoolYearAt().Match(text, i) is { Success: true } years
                         && SecondYear(years) == int.Parse(years.Groups["a"].Value) + 1)
                {
                    end = i + years.Length;
                    schoolYear = true;
                    // "2023-24" is written "2023-2024" (or "2023 - 2024") in the directives: searched as typed, "24" was missing.
                    searchedAs = $"{years.Groups["a"].Value}-{SecondYear(years)}";
                }
                // "31 tháng 8 năm 2023", as the directives write dates, is the date "31/8/2023": as five words, four of them made a match
                // anywhere ("tháng", "năm", a 31 and a 2023 apart), and the one text dated so ranked sixth of twenty-four.
                else if (char.IsAsciiDigit(text[i]) && DateInWordsAt().Match(text, i) is { Success: true } written)
                {
                    end = i + written.Length;
                    searchedAs = $"{written.Groups["d"].Value}/{written.Groups["m"].Value}/{written.Groups["y"].Value}";
                }
                // "98 %": a percentage typed with a space is the figure, as the tokenizer reads it written so.
                else if (char.IsAsciiDigit(text[i]) && PercentageAt().Match(text, i) is { Success: true } percentage) end = i + percentage.Length;
                else
                    while (end < text.Length && !char.IsWhiteSpace(text[end]) && !(end > i && text[end] == '"' && text.IndexOf('"', end + 1) > 0)) end++;
                if (end == i) end = i + 1;
                segment = searchedAs ?? text[i..end];
                i = end;
            }

            // Named as typed, without the punctuation around it, and only if it is a word at all: a pasted "Lưu: VT, VP." listed
            // "Lưu:", "VT," and each "-" of a list.
            var word = quoted ? segment : segment.Trim(AroundWords);
            said.Add((quoted || Operator(segment) is null) && word.Any(char.IsLetterOrDigit) ? quoted ? $"\"{word}\"" : word : null);

            // AND, OR and NOT are operators wherever they stand, unquoted: one with nothing to join or exclude is left out, whichever it is
            // ("phổ cập NOT" searched a word "NOT", "AND" alone the word "and", while "OR" alone had no word to search). Quoted ("AND"), or
            // after a minus, it is the word.
            if (!quoted && !minus && Operator(segment) is { } op)
            {
                operators.Add(segment);
                // "NOT OR x", "NOT AND x": what follows is still excluded.
                notNext = afterNot || op == "NOT";
                if (op == "OR")
                {
                    // "son la or lao cai": typed in small letters it is the operator still; no Vietnamese syllable is spelt "or" or "and".
                    if (lastTogether) together.RemoveAt(together.Count - 1);
                    lastTogether = false;
                    pendingOr = typedUnits.Count > 0;
                }
                // "phổ cập AND giáo dục": searched as a word, AND was "missing", and "phổ cập AND" found nothing. Between words it requires
                // every word: of four words three are enough, and "Lai Châu AND Sơn La" listed Lai Châu's plans lacking "Sơn".
                else if (op == "AND") andNext |= typedUnits.Count > 0;
                continue;
            }

            if (!quoted) segment = DocumentKinds.CodeAndNumberApart(segment);
            // "Sở GD", "phòng gd": GD alone is giáo dục, the two words side by side. Not an abbreviation both ways: every "giáo dục"
            // typed would also be sought as "GD", which no directive writes alone.
            if (!quoted && segment.Trim(AroundWords).Equals("GD", StringComparison.OrdinalIgnoreCase))
            {
                segment = "giáo dục";
                quoted = true;
            }
            // "BGD 2457": the symbols say BGDĐT, whose parts a piece typed "BGD" never matched.
            if (!quoted && IssuerCodes.ExpandShortForm(segment) is { } code) segment = code;
            var analyzed = AnalyzedToken.Analyze(segment);
            var tokens = Words(analyzed);
            // A word too long to be indexed (past 120 characters: pasted junk, a run of letters) cannot be found: it is said to be
            // ignored, as words past the limit are, rather than dropped without a word ("giáo dục xxx…" listed it nowhere).
            if (segment.Length > VietnameseAnalyzer.MaxTokenLength && !negate)
                for (var at = 0; VietnameseTokenizer.NextToken(segment, at, out var index, out var length); at = index + length)
                    if (length > VietnameseAnalyzer.MaxTokenLength) ignored.Add((starts.Count - 1, segment.Substring(index, length)));
            if (tokens.Count == 0) continue;
            // An operand of OR ("2023-2024 OR 2024-2025") is one school year of several: none is required.
            if (schoolYear && !negate && !pendingOr) together.Add((new QueryPhrase(tokens, true) { Typed = segment }, starts.Count - 1));
            lastTogether = schoolYear && !negate && !pendingOr;
            // "-Lai Châu", "-Phú Thọ": a province's name after a minus is the name excluded. Read as "-Lai" and a word "Châu", "tuyển sinh
            // -Lai Châu" required "Châu" and found one text, and every hit of "dạy thêm học thêm -Phú Thọ" was said to lack "Thọ".
            if (negate && !quoted && !schoolYear && tokens.Count == 1 && ProvinceAfterMinus(text, i, segment) is { } province)
            {
                excluded.Add(new QueryPhrase(province.Tokens, true));
                i = province.End;
                pendingOr = false;
                continue;
            }
            if (negate)
            {
                excluded.AddRange(quoted || schoolYear ? [new QueryPhrase(tokens, true)] : tokens.Select(t => new QueryPhrase([t], false)));
                pendingOr = false;
                continue;
            }
            var pieces = tokens.Count > 1 && (IsSymbolPieces(segment, tokens) || (quoted && IsLooseSymbol(tokens)));
            // "\"quyết định 2457\"" quoted is that instrument as unquoted: written "Quyết định số 2457/QĐ-BGDĐT", it was no phrase of the corpus.
            var named = quoted && !pieces && InstrumentAt(tokens.Select(t => new QueryUnit([new QueryPhrase([t], false)])).ToList(), 0) is { } found
                        && found.Length == tokens.Count ? found.Unit : null;
            // Each unit keeps its words as typed, capitals and all: what a hit lacking them shows ("Không có: Xổ").
            var codes = !quoted && !pieces ? JoinedCodes(segment) : null;
            var date = !quoted && !pieces && codes is null ? TypedDate(segment) : null;
            var figure = !quoted && !pieces && codes is null && date is null ? TypedFigure(segment, tokens) : null;
            // Each unit with the words typed for it: a segment sought whole is one unit of all its words, plain words a unit each.
            var typed = named is not null ? [(Alternatives: named.Alternatives.ToList(), Abbreviated: false, Words: tokens)]
                : codes is not null ? [(Alternatives: codes, Abbreviated: true, Words: tokens)]
                : date is not null ? [(Alternatives: date, Abbreviated: false, Words: tokens)]
                : figure is not null ? [(Alternatives: figure, Abbreviated: false, Words: tokens)]
                : quoted && !pieces
                ? [(Alternatives: new List<QueryPhrase> { new(Quoted(tokens, analyzed), true) { Typed = segment } }, Abbreviated: false, Words: tokens)]
                : pieces ? [(Alternatives: Pieces(tokens), Abbreviated: false, Words: tokens)]
                : tokens.Select(t => (Alternatives: WordOrSymbol(t, analyzed, segment[t.Start..t.End]), Abbreviated: IsAbbreviation(segment, t), Words: (List<AnalyzedToken>)[t])).ToList();
            foreach (var (alternatives, abbreviated, words) in typed)
            {
                typedUnits.Add(new Typed(alternatives, pendingOr, abbreviated)
                    { Segment = starts.Count - 1, AfterAnd = andNext, Said = words.Select(t => segment[t.Start..t.End]).ToList() });
                pendingOr = false;
                andNext = false;
            }
        }
        together.AddRange(PlacesNamed(typedUnits));
        var kept = WithinLimit(typedUnits, typedText);
        var searchedUnits = typedUnits;
        var searched = typedText;
        if (kept.Contains(false))
        {
            searchedUnits = typedUnits.Where((_, k) => kept[k]).ToList();
            var keptSegments = searchedUnits.Select(t => t.Segment).ToHashSet();
            var firstLeftOut = typedUnits.Where((_, k) => !kept[k]).Min(t => t.Segment);
            for (var k = 0; k < typedUnits.Count; k++)
            {
                if (kept[k]) continue;
                // A segment left out whole is named as typed ("Lưu:" as "Lưu"); the words left out of a segment searched in part each.
                var segment = typedUnits[k].Segment;
                if (!keptSegments.Contains(segment)) { if (k == 0 || typedUnits[k - 1].Segment != segment) ignored.Add((segment, said[segment])); }
                else ignored.AddRange(typedUnits[k].Said.Select(w => (segment, (string?)w)));
            }
            together.RemoveAll(t => !keptSegments.Contains(t.Segment));
            searched = Searched(typedText, starts, s => keptSegments.Contains(s) || exclusions.Contains(s) || (s < firstLeftOut && typedUnits.All(t => t.Segment != s)));
        }
        return new UserQuery(EverydayWords.WeighNothing(QuestionWords.WeighNothing(InstrumentsByNumber(JoinAlternatives(ProvincesListed(searchedUnits))), typedText)), excluded, searched)
        {
            Ignored = Unsearched(ignored.OrderBy(w => w.Segment).Select(w => w.Word).OfType<string>().ToList(), searchedUnits.SelectMany(u => u.Alternatives).ToList()),
            Together = together.ConvertAll(t => t.Phrase),
            AllRequired = searchedUnits.Any(t => t.AfterAnd), TypedOperators = operators,
        };
    }

    /// <summary>
    /// The query with what phones and word processors make of its operators read as typed on a keyboard: curly quotes (“…”, «…», „…“)
    /// quote a phrase, and a dash before a word (–Lai, −mầm) excludes it, as "-" does (they were words, and "–Lai" found only the texts
    /// saying "Lai"). "TP.HCM", "TP HCM": the city's usual short names are one abbreviation (TPHCM), not "thành phố" and "Hồ Chí Minh" apart.
    /// "GD & ĐT" is GD&amp;ĐT. Each offset stays where it was typed (a name made shorter is padded with spaces), so what was searched is cut from the text as typed.
    /// </summary>
    private static string Operators(string typed) =>
        SpacedGdDt().Replace(CityShortName().Replace(DashBeforeWord().Replace(CurlyQuote().Replace(typed, "\""), "-"), m => "TPHCM".PadRight(m.Length)),
            m => "GD&ĐT".PadRight(m.Length));

    /// <summary>"GD & ĐT", "GD và ĐT": the directives' GD&amp;ĐT typed with spaces ("& ĐT" was offered as the correction).</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])GD[ \t]*(?:&|và)[ \t]*ĐT(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex SpacedGdDt();

    /// <summary>The quotation marks phones and word processors type for '"'.</summary>
    public const string CurlyQuotes = "“”„‟«»";

    [GeneratedRegex("[" + CurlyQuotes + "]")]
    private static partial Regex CurlyQuote();

    [GeneratedRegex(@"(?<=^|\s)[\u2013\u2014\u2212](?=[\p{L}\p{N}""])")]
    private static partial Regex DashBeforeWord();

    public static bool IsOperator(string word, string op) => word.Equals(op, StringComparison.OrdinalIgnoreCase);

    /// <summary>The operator a word typed is, in capitals: AND, OR or NOT, in any case; null for any other word.</summary>
    public static string? Operator(string word) => OperatorWords.FirstOrDefault(op => IsOperator(word, op));

    private static readonly string[] OperatorWords = ["AND", "OR", "NOT"];

    /// <summary>The operators typed (AND, OR, NOT), as typed: what a query of nothing else was.</summary>
    public IReadOnlyList<string> TypedOperators { get; init; } = [];

    /// <summary>Punctuation written around a word, not part of it.</summary>
    private static readonly char[] AroundWords = [',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '"', '“', '”', '\'', '-', '–', '—', '*', '…'];

    /// <summary>
    /// The words typed and not searched (past <see cref="MaxUnits"/>, or too long to be indexed), as typed, in the order typed.
    /// A word typed again after the limit, in any case, is named once, where first left out, and not at all if the same word was
    /// searched before it ("giáo" typed 200 times searched "giáo"). The same word means the same marks: "đội" is not searched by
    /// "đổi", nor "giao" by "giáo" (a word's marks choose what a search ranks and what a hit lacks), and was listed as searched.
    /// A quoted phrase is named whole, quoted, unless the same phrase was quoted before the limit.
    /// </summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];

    /// <summary>Of the words left out, as <see cref="Ignored"/> says them, given what was searched.</summary>
    private static List<string> Unsearched(List<string> ignored, IReadOnlyList<QueryPhrase> searched)
    {
        var searchedWords = searched.SelectMany(p => p.Tokens).Select(t => t.Exact).ToHashSet(StringComparer.Ordinal);
        var searchedPhrases = searched.Where(p => p is { Quoted: true, Tokens.Count: > 1 }).Select(p => string.Join(' ', p.Tokens.Select(t => t.Exact)))
            .ToHashSet(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var unsearched = new List<string>();
        foreach (var word in ignored)
        {
            var forms = Words(AnalyzedToken.Analyze(word)).Select(t => t.Exact).ToList();
            var exact = forms.Count > 0 ? string.Join(' ', forms) : word;
            // A quoted phrase is searched as one, or not at all: its words searched apart ("giáo", "dục" before "\"giáo dục\"") find
            // them anywhere in a text, and the phrase left out was said to be searched.
            var phrase = word.StartsWith('"') && forms.Count > 1;
            if (forms.Count > 0 && (phrase ? searchedPhrases.Contains(exact) : forms.All(searchedWords.Contains))) continue;
            if (named.Add(phrase ? $"\"{exact}\"" : exact)) unsearched.Add(word);
        }
        return unsearched;
    }

    [GeneratedRegex(@"^[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+$")]
    private static partial Regex JoinedPieces();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])TP\.? ?HCM(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex CityShortName();

    /// <summary>
    /// Whether pieces joined by '/' or '-' are a symbol's: a number and a year ("20/2014"), or codes and numbers of which one is a
    /// type or issuer code ("CT/TW", "29-CT", "CT-TTg"). A school year ("2023-2024") stays two words, ranked higher side by side,
    /// and so do abbreviations ("PCGD-XMC"), which each find their long forms.
    /// </summary>
    private static bool IsSymbolPieces(string segment, List<AnalyzedToken> tokens) =>
        tokens.All(t => !t.IsSymbol) && JoinedPieces().IsMatch(segment)
        && (NumberAndYear().IsMatch(segment)
            || (tokens.All(t => IsNumber(t) || IsCode(t)) && tokens.Any(IsTypeOrIssuerCode)));

    /// <summary>
    /// Pieces joined by '/' or '-' that the tokenizer does not read as one symbol: "CT/TW", "29-CT", "NQ/TW", "20/2014" (as in
    /// "Nghị định 20/2014"), "2024-2025". They are one thing: parts of one symbol (29-CT/TW, 20/2014/NĐ-CP), or the pieces written
    /// side by side ("năm học 2024 - 2025", "tháng 12/2023"). Read as words anywhere, "CT/TU" found every text saying "tư", and
    /// "20/2014" a text citing 88/2014/QH13 on a "ngày 20"; quoted, they found nothing.
    /// </summary>
    private static List<QueryPhrase> Pieces(List<AnalyzedToken> tokens)
    {
        var parts = new QueryPhrase(AtOnePosition(tokens).ToList(), false);
        // A code is written inside its symbol: side by side, "CT" and "TU" are the ends of two symbols in a list.
        return tokens.Any(IsTypeOrIssuerCode) ? [parts] : [parts, new(tokens, false)];
    }

    /// <summary>
    /// A number and codes typed apart, one of them a type or issuer code ("2457 BGDĐT", "QĐ 2457"): quoted, they are one symbol's
    /// pieces. As a phrase of words side by side they found nothing, since a symbol's parts share its position.
    /// </summary>
    private static bool IsLooseSymbol(List<AnalyzedToken> tokens) =>
        tokens.Count <= 4 && tokens.All(t => !t.IsSymbol && (IsNumber(t) || IsCode(t))) && tokens.Any(IsNumber) && tokens.Any(IsTypeOrIssuerCode);

    /// <summary>A type or issuer code, its Đ typed as D or not ("BGDDT" is BGDĐT, as a symbol's code is read).</summary>
    private static bool IsTypeOrIssuerCode(AnalyzedToken t) =>
        DocumentKinds.FromCode(t.Exact) is not null || IssuerCodes.Name(t.Exact) is not null || IssuerCodes.Name(IssuerCodes.Canonical(t.Exact.ToUpperInvariant())) is not null;

    [GeneratedRegex(@"\G(?:" + SymbolPatterns.Any + ")")]
    private static partial Regex SpacedSymbol();

    [GeneratedRegex(@"\G(?<a>(?:19|20)\d{2})[ \t]*[-–][ \t]*(?<b>(?:19|20)\d{2}|\d{2})(?![\p{L}\p{N}/])")]
    private static partial Regex SchoolYearAt();

    /// <summary>A school year's second year, written in full or by its last two digits ("2023-24").</summary>
    private static int SecondYear(Match years) =>
        int.Parse(years.Groups["b"].Value) + (years.Groups["b"].Length == 2 ? int.Parse(years.Groups["a"].Value) / 100 * 100 : 0);

    [GeneratedRegex(@"^\p{Lu}+(?:-\p{Lu}+)+$|^\p{Lu}+(?:&\p{Lu}+)+$")]
    private static partial Regex JoinedCapitals();

    /// <summary>A date as the directives write it (31/8/2023, 31.08.2023, 31-8-2023), or year first as the API gives one (2023-08-31).</summary>
    [GeneratedRegex(@"^(?:(?<d>\d{1,2})(?<s>[/.-])(?<m>\d{1,2})\k<s>(?<y>(?:19|20)\d{2})|(?<y>(?:19|20)\d{2})(?<t>[/.-])(?<m>\d{1,2})\k<t>(?<d>\d{1,2}))$")]
    private static partial Regex DateTyped();

    [GeneratedRegex(@"\G(?<d>\d{1,2})\s+th[aá]ng\s+(?<m>\d{1,2})\s*,?\s+n[aă]m\s+(?<y>(?:19|20)\d{2})(?![\d/])", RegexOptions.IgnoreCase)]
    private static partial Regex DateInWordsAt();

    /// <summary>
    /// "31/8/2023", "2023-08-31": a date is its three numbers side by side, written as the directives write dates ("31/08/2023", "ngày 31
    /// tháng 8 năm 2023", with or without leading zeros). As three words, the 8 and 2023 of "23/8/2023" and a 31 anywhere made a match.
    /// </summary>
    private static List<QueryPhrase>? TypedDate(string segment)
    {
        if (DateTyped().Match(segment.Trim(AroundWords)) is not { Success: true } m) return null;
        int day = int.Parse(m.Groups["d"].Value), month = int.Parse(m.Groups["m"].Value);
        if (day is < 1 or > 31 || month is < 1 or > 12) return null;
        var y = m.Groups["y"].Value;
        var forms = (from d in new[] { $"{day}", $"{day:00}" }.Distinct()
                     from mo in new[] { $"{month}", $"{month:00}" }.Distinct()
                     // The words of a date written out are sought without marks: the marks are no choice of the user's, who typed
                     // figures, and as marked words they weighed the form in words four times the form in figures.
                     from written in new[] { $"{d}/{mo}/{y}", $"{d} thang {mo} nam {y}" }
                     select written).ToList();
        return forms.Select((f, i) => new QueryPhrase(AnalyzedToken.Analyze(f), true) { Typed = i == 0 ? segment : null, WrittenOtherwise = i > 0 }).ToList();
    }

    [GeneratedRegex(@"^\d+(?:[.,]\d+)+\s?%?$")]
    private static partial Regex DecimalTyped();

    [GeneratedRegex(@"\G\d+(?:[.,]\d+)*[ \t]?%")]
    private static partial Regex PercentageAt();

    /// <summary>
    /// "70,1%", "12,5": a decimal figure is its numbers side by side, as a date is; read as words, "70,1%" found a text with a "70%"
    /// and a "1" apart. A percentage's last number is the figure written with its sign (<see cref="Words"/>).
    /// </summary>
    private static List<QueryPhrase>? TypedFigure(string segment, List<AnalyzedToken> tokens) =>
        tokens.Count > 1 && DecimalTyped().IsMatch(segment.Trim(AroundWords)) ? [new QueryPhrase(tokens, true) { Typed = segment }] : null;

    /// <summary>
    /// The province named by a word excluded and the words typed after it ("-Lai Châu", "-Bà Rịa Vũng Tàu"), the longest such name, and
    /// where it ends in the text; null when the word begins no province's name with the words that follow.
    /// </summary>
    private static (List<AnalyzedToken> Tokens, int End)? ProvinceAfterMinus(string text, int from, string first)
    {
        var words = new List<string> { first };
        var ends = new List<int> { from };
        for (var at = from; words.Count < 4;)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            var start = at;
            while (at < text.Length && !char.IsWhiteSpace(text[at])) at++;
            if (at == start || text[start] is '-' or '"' || Operator(text[start..at]) is not null) break;
            words.Add(text[start..at]);
            ends.Add(at);
        }
        for (var n = words.Count; n >= 2; n--)
            if (Words(AnalyzedToken.Analyze(string.Join(' ', words.Take(n)))) is var tokens && ProvinceOf(tokens) is not null)
                return (tokens, ends[n - 1]);
        return null;
    }

    /// <summary>
    /// A segment's words: the tokens but a symbol's parts, and a percentage as the figure written ("12%") rather than its number, so
    /// that it finds no day of a date or document's number (the index holds the figure beside the number, <see cref="Analysis.InstrumentSymbolFilter"/>).
    /// </summary>
    private static List<AnalyzedToken> Words(List<AnalyzedToken> analyzed)
    {
        var figures = analyzed.Where(t => t is { IsSymbolPart: true, IsPercentage: true }).ToDictionary(t => t.Position, t => t with { IsSymbolPart = false });
        return analyzed.Where(t => !t.IsSymbolPart).Select(t => figures.GetValueOrDefault(t.Position, t)).ToList();
    }

    /// <summary>
    /// "GD-ĐT", "Sở GD-ĐT", "GDNN&amp;GDTX": capitals hyphenated where the directives write "GD&amp;ĐT" or "GDĐT", one word, which the
    /// pieces apart never match, or joined by "&amp;" where they write "GDNN-GDTX", two words. The unit is the joined word, or the pieces
    /// side by side. Not when a piece is a type or issuer code: "KH-UBND" is part of a symbol.
    /// </summary>
    /// <remarks>
    /// Typed with "&amp;", the joined word is sought alone, without the pieces indexed beside it where they are long enough
    /// ("GDNN&amp;GDTX" is GDNNGDTX, GDNN and GDTX): as one word it found nothing in texts writing "trung tâm GDNN-GDTX".
    /// </remarks>
    private static List<QueryPhrase>? JoinedCodes(string segment)
    {
        if (!JoinedCapitals().IsMatch(segment)) return null;
        var pieces = Words(AnalyzedToken.Analyze(segment.Replace('&', '-')));
        if (pieces.Count < 2 || pieces.Any(t => IsTypeOrIssuerCode(t) || !VietnameseFolding.HasNoVowel(t.Folded))) return null;
        var joined = AnalyzedToken.Analyze(segment.Replace('-', '&'));
        if (segment.Contains('&')) joined = Words(joined);
        return joined.Count == 1 ? [new QueryPhrase(joined, false) { Typed = segment }, new QueryPhrase(pieces, true) { OtherSpelling = true }] : null;
    }

    /// <summary>
    /// "THCS", "GDMN": capitals no syllable is written with stand for a whole word, however many syllables it has.
    /// "ĐẮK NÔNG" and "LAI CHAU" in capitals are syllables still.
    /// </summary>
    private static bool IsAbbreviation(string segment, AnalyzedToken token)
    {
        if (token.End - token.Start < 2 || token.End > segment.Length || !VietnameseFolding.HasNoVowel(token.Folded)) return false;
        foreach (var c in segment.AsSpan(token.Start, token.End - token.Start))
            if (char.IsLower(c)) return false;
        return true;
    }

    /// <summary>What was typed between the operators: one word, symbol or quoted phrase, whether OR came before it, and whether it is an abbreviation in capitals.</summary>
    /// <summary>
    /// "báo cáo xã Tuy Phong tổng kết năm học": a commune's or a district's name typed with its capitals after its level's word is a name, its
    /// words side by side in every match. Read as words, a province's report holding "tuy nhiên" and "phong trào" ranked above the commune's.
    /// Not an operand of OR, nor a province's name, which the province's own rules read.
    /// </summary>
    private static IEnumerable<(QueryPhrase Phrase, int Segment)> PlacesNamed(List<Typed> units)
    {
        for (var k = 0; k + 2 < units.Count; k++)
        {
            if (!units[k].IsSyllable || !PlaceLevels.Contains(units[k].Alternatives[0].Tokens[0].Folded)) continue;
            var name = new List<AnalyzedToken>();
            var next = k + 1;
            while (next < units.Count && name.Count < 5 && units[next] is { IsSyllable: true, AfterOr: false } word
                   && word.Said is [var said] && said.Length > 1 && char.IsUpper(said[0]) && said.Skip(1).All(char.IsLower)
                   && word.Alternatives[0].Tokens[0] is var token
                   && (next + 1 >= units.Count || !units[next + 1].AfterOr))
            {
                name.Add(token);
                next++;
            }
            // "xã Thanh Bình Đồng Tháp": the province typed after the commune's name is no part of it.
            for (var province = Math.Min(3, name.Count - 1); province >= 1; province--)
                if (ProvinceOf(name[^province..]) is not null)
                {
                    name.RemoveRange(name.Count - province, province);
                    break;
                }
            // A name is two syllables, as nearly every commune's and district's is; a longer run of capitals is a list of them ("các xã Dak Plo
            // Dak Pek Xop", which the text sets apart by commas).
            if (name.Count == 2 && ProvinceOf(name) is null) yield return (new QueryPhrase(name, true), units[k + 1].Segment);
            k = next - 1;
        }
    }

    /// <summary>
    /// Provinces typed as a list ("Thái Nguyên, Phú Thọ, Đắk Lắk", "Huế và Vĩnh Long"): a text is one province's, so the list is one unit of
    /// their names, any of which a text may hold, as if typed with OR. Read as words, a text of one province lacked the others' ("Thái",
    /// "Thọ") and ranked below one holding a word of each ("Nguyên", "Phú", "Đắk"), a school's plan naming none of them.
    /// </summary>
    private static List<Typed> ProvincesListed(List<Typed> units)
    {
        var result = new List<Typed>(units.Count);
        for (var i = 0; i < units.Count;)
        {
            var names = new List<List<AnalyzedToken>>();
            var end = i;
            // "Lai Châu AND Sơn La" asks for the texts naming both.
            while ((names.Count == 0 || (end < units.Count && !units[end].AfterAnd)) && ProvinceTypedAt(units, end) is { } name)
            {
                names.Add(name);
                end += name.Count;
                if (end + 1 < units.Count && units[end] is { IsSyllable: true, AfterOr: false, AfterAnd: false } joining
                    && ListJoining.Contains(joining.Alternatives[0].Tokens[0].Folded) && ProvinceTypedAt(units, end + 1) is not null) end++;
            }
            if (names.Count < 2)
            {
                result.Add(units[i++]);
                continue;
            }
            var listed = units.GetRange(i, end - i);
            result.Add(new Typed(names.ConvertAll(n => new QueryPhrase(n, false)), AfterOr: false, Abbreviated: false)
                { Segment = units[i].Segment, AfterAnd = listed.Any(u => u.AfterAnd), Said = listed.SelectMany(u => u.Said).ToList() });
            i = end;
        }
        return result;
    }

    /// <summary>The words that join the names of a list: "và", "hoặc", "hay".</summary>
    private static readonly HashSet<string> ListJoining = ["va", "hoac", "hay"];

    /// <summary>The words of a province's name typed from <paramref name="at"/>, none joined to another by OR; null where none starts.</summary>
    private static List<AnalyzedToken>? ProvinceTypedAt(List<Typed> units, int at)
    {
        for (var length = Math.Min(4, units.Count - at); length >= 1; length--)
        {
            var run = units.GetRange(at, length);
            if (run.Any(u => !u.IsSyllable || u.AfterOr) || (at + length < units.Count && units[at + length].AfterOr)) continue;
            var words = run.ConvertAll(u => u.Alternatives[0].Tokens[0]);
            if (ProvinceOf(words) is not null) return words;
        }
        return null;
    }

    /// <summary>The words naming a commune's or a district's level, folded: "thị xã" and "thị trấn" end in one of them.</summary>
    private static readonly HashSet<string> PlaceLevels = ["xa", "phuong", "huyen", "quan", "tran", "khu"];

    private sealed record Typed(List<QueryPhrase> Alternatives, bool AfterOr, bool Abbreviated)
    {
        /// <summary>The segment of the query it was typed in (a word, a quoted phrase, a symbol; "giáo-dục" is one of two units).</summary>
        public int Segment { get; init; }

        /// <summary>Whether AND was typed before it: then every word is required.</summary>
        public bool AfterAnd { get; init; }

        /// <summary>Its words as typed, what is said of them when they are left out of a segment searched in part.</summary>
        public IReadOnlyList<string> Said { get; init; } = [];

        /// <summary>A syllable that can be half of a two-syllable operand of OR: not quoted, not a symbol, not a number.</summary>
        public bool IsSyllable => Alternatives is [{ Quoted: false, Tokens: [var t] }] && !t.IsSymbol && !IsNumber(t);
    }

    /// <summary>
    /// Joins the operands of OR into one unit. Vietnamese writes a word as syllables, so where two syllables stand before
    /// OR the operands are two syllables each: "Lai Châu OR Sơn La" is Lai Châu or Sơn La, and "giáo dục mầm non OR tiểu học"
    /// is giáo dục and either level, not "Lai (Châu or Sơn) La". A number, a symbol, a quoted phrase or a lone syllable is an
    /// operand alone, and so is what follows it ("Chỉ thị 15 OR 29", "PISA OR TIMSS năm 2023"). An abbreviation in capitals
    /// is a whole word: "tiểu học OR THCS", "trường THCS OR THPT", "GDMN OR tiểu học".
    /// </summary>
    private static List<QueryUnit> JoinAlternatives(List<Typed> typed)
    {
        var units = new List<QueryUnit>();
        for (var i = 0; i < typed.Count;)
        {
            var instrument = InstrumentOperand(typed, i);
            // "trường THCS OR THPT": an abbreviation right before OR is a word of its own.
            var pair = instrument is null && i + 2 < typed.Count && typed[i + 2].AfterOr
                && ((TwoSyllables(typed, i) && !typed[i + 1].Abbreviated) || IsPairOperand(typed, i));
            var next = i + (instrument?.Length ?? (pair ? 2 : 1));
            if (next >= typed.Count || !typed[next].AfterOr)
            {
                // Not followed by OR: each syllable stays a unit of its own, and a kind's name and number are joined later.
                units.Add(new QueryUnit(typed[i].Alternatives));
                i++;
                continue;
            }
            var alternatives = instrument is null ? Operand(typed, i, pair) : [.. instrument.Value.Unit.Alternatives];
            var numbered = instrument?.Unit.Numbered.ToList() ?? NamedByCode(typed, i, pair).ToList();
            var kindAt = instrument is null ? -1 : i;
            while (next < typed.Count && typed[next].AfterOr)
            {
                // "Chỉ thị 2268 OR Quyết định 2457": a kind's name and a number are one operand; "Chỉ thị 15 OR 29": a number
                // alone after one is another instrument of that kind.
                if ((InstrumentOperand(typed, next) ?? SameKind(typed, kindAt, next)) is { } named)
                {
                    alternatives.AddRange(named.Unit.Alternatives);
                    numbered.AddRange(named.Unit.Numbered);
                    if (named.Length > 1) kindAt = next;
                    next += named.Length;
                    continue;
                }
                // After two syllables or an abbreviation ("GDMN OR tiểu học"), two syllables; an abbreviation after OR is one word.
                var two = ((pair || instrument is not null || typed[i].Abbreviated) && TwoSyllables(typed, next) && !typed[next].Abbreviated)
                    || IsPairOperand(typed, next);
                alternatives.AddRange(Operand(typed, next, two));
                numbered.AddRange(NamedByCode(typed, next, two));
                next += two ? 2 : 1;
            }
            units.Add(new QueryUnit(alternatives) { Numbered = numbered });
            i = next;
        }
        return units;
    }

    /// <summary>A kind's name and a number typed from <paramref name="i"/> before the next OR ("Quyết định số 2457"): the instrument's alternatives and how many words it took.</summary>
    private static (QueryUnit Unit, int Length)? InstrumentOperand(List<Typed> typed, int i) =>
        InstrumentAt(typed.Skip(i).TakeWhile((t, k) => k == 0 || !t.AfterOr).Take(6).Select(t => new QueryUnit(t.Alternatives)).ToList(), 0);

    /// <summary>A number alone after OR, read with the kind's name of the operand at <paramref name="kindAt"/> ("Chỉ thị 15 OR 29").</summary>
    private static (QueryUnit Unit, int Length)? SameKind(List<Typed> typed, int kindAt, int number)
    {
        if (kindAt < 0 || InstrumentOperand(typed, kindAt) is not { } named) return null;
        var units = typed.Skip(kindAt).Take(named.Length - 1).Append(typed[number]).Select(t => new QueryUnit(t.Alternatives)).ToList();
        return InstrumentAt(units, 0) is { } found && found.Length == units.Count ? (found.Unit, 1) : null;
    }

    private static bool TwoSyllables(List<Typed> typed, int i) =>
        i + 1 < typed.Count && typed[i].IsSyllable && typed[i + 1].IsSyllable && !typed[i + 1].AfterOr;

    /// <summary>Two words making one operand of OR: a code and a number ("QĐ 2457 OR CT 2268" is either symbol), or a school year.</summary>
    private static bool IsPairOperand(List<Typed> typed, int i) =>
        i + 1 < typed.Count && !typed[i + 1].AfterOr
        && (LoosePair(typed[i].Alternatives, typed[i + 1].Alternatives) is not null || SchoolYear(typed[i].Alternatives, typed[i + 1].Alternatives) is not null);

    /// <summary>Two years in a row ("2023 2024", typed "2023-2024"), as an operand of OR a school year: the two side by side.</summary>
    private static QueryPhrase? SchoolYear(IReadOnlyList<QueryPhrase> first, IReadOnlyList<QueryPhrase> second) =>
        first is [{ Quoted: false, Tokens: [var a] }] && second is [{ Quoted: false, Tokens: [var b] }] && IsNumber(a) && IsNumber(b)
        && MayBeYear(a) && int.TryParse(b.Exact, out var next) && next == int.Parse(a.Exact) + 1 ? new QueryPhrase([a, b], true) : null;

    /// <summary>
    /// The two words of a code and a number typed apart ("QĐ 23", "2457 BGDĐT"), unless the number may be a year; otherwise null.
    /// </summary>
    private static List<AnalyzedToken>? LoosePair(IReadOnlyList<QueryPhrase> first, IReadOnlyList<QueryPhrase> second) =>
        first is [{ Quoted: false, Tokens: [{ IsSymbol: false } a] }] && second is [{ Quoted: false, Tokens: [{ IsSymbol: false } b] }]
        && IsOneSymbolsPieces([a, b]) ? [a, b] : null;

    /// <summary>
    /// A symbol's pieces typed apart from <paramref name="start"/>, as <see cref="LoosePair"/> reads two words, and its codes typed joined
    /// beside its number, before or after it ("QĐ-BGDĐT 2457", "2457 QĐ-UBND", "2457 QĐ BGDĐT"): the pieces and how many units they
    /// took. Left apart, "QĐ-BGDĐT 2457" found every text citing some QĐ-BGDĐT and saying 2457 anywhere, and marked 2171/QĐ-BGDĐT.
    /// </summary>
    private static (List<AnalyzedToken> Pieces, int Length)? LooseSymbolAt(List<QueryUnit> units, int start)
    {
        for (var length = Math.Min(3, units.Count - start); length >= 2; length--)
        {
            var typed = units.Skip(start).Take(length).Select(u => u.Alternatives).ToList();
            if (!typed.All(a => a is [{ Quoted: false } p] && p.Tokens.All(t => !t.IsSymbol) && (p.Tokens.Count == 1 || IsPiecesOfOneSymbol(p)))) continue;
            var pieces = typed.SelectMany(a => a[0].Tokens).Select(t => t with { IsSymbolPart = false }).ToList();
            // Past a code and a number, each piece more must be a type or issuer code: "2457 QĐ THCS" is the symbol and a word.
            if (IsOneSymbolsPieces(pieces) && (pieces.Count == 2 || pieces.Where(t => !IsNumber(t)).All(IsTypeOrIssuerCode))) return (pieces, length);
        }
        return null;
    }

    /// <summary>
    /// Whether numbers and codes are one symbol's: one number, not a year, beside a type or issuer code. Beside an issuer's code alone a
    /// number of one or two digits is no symbol's: "Nghị quyết TW 4" is the fourth plenum.
    /// </summary>
    private static bool IsOneSymbolsPieces(List<AnalyzedToken> pieces) =>
        IsLooseSymbol(pieces) && pieces.Where(IsNumber).ToList() is [var number] && !MayBeYear(number)
        && (pieces.Any(t => DocumentKinds.FromCode(t.Exact) is not null) || number.Exact.Length >= 3);

    /// <summary>
    /// The instrument a type code and a number typed apart name by its kind ("NQ 88" is Nghị quyết 88): its symbol may carry no code
    /// (the Quốc hội's 88/2014/QH13), and read as the pieces alone, "NQ 88" found nothing, and "NQ 88 QH13" (the issuer's code
    /// beside) still did.
    /// </summary>
    private static List<KindAndNumber> NamedByCode(List<AnalyzedToken> pieces)
    {
        if (pieces.Where(IsNumber).ToList() is not [var number]) return [];
        // "CV5512" as "CV 5512": a công văn's short name names the letters so numbered, as a type code does its kind's.
        var codes = pieces.Where(t => !IsNumber(t)).Select(c => (Code: c.Exact, Kind: KindOfCode(c))).ToList();
        if (codes.Select(c => c.Kind).OfType<string>().Distinct().ToList() is not [var kind]) return [];
        return [new KindAndNumber(kind, number.Exact) { Codes = codes.Where(c => c.Kind is null).Select(c => c.Code.ToUpperInvariant()).ToList() }];
    }

    /// <summary>What an operand of OR names by a type code and a number (<see cref="NamedByCode(List{AnalyzedToken})"/>): "NQ 88 OR NQ 51".</summary>
    private static List<KindAndNumber> NamedByCode(List<Typed> typed, int i, bool two) =>
        two && LoosePair(typed[i].Alternatives, typed[i + 1].Alternatives) is { } pieces ? NamedByCode(pieces) : [];

    private static List<QueryPhrase> Operand(List<Typed> typed, int i, bool two) =>
        !two ? [.. typed[i].Alternatives]
        : LoosePair(typed[i].Alternatives, typed[i + 1].Alternatives) is { } pieces ? Pieces(pieces)
        : SchoolYear(typed[i].Alternatives, typed[i + 1].Alternatives) is { } years ? [years]
        : [new QueryPhrase([typed[i].Alternatives[0].Tokens[0], typed[i + 1].Alternatives[0].Tokens[0]], false)];
}
