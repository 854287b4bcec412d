using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Searching;
using EduPlan.Search.Core.Text;
using FsCheck.Xunit;

namespace EduPlan.Search.Tests.Properties;

/// <summary>The query parser and builder over any string a user can type or paste.</summary>
public sealed class QueryProperties
{
    private static readonly (string, float)[] BodyField = [("body", 1f)];
    private static readonly (string, float)[] DocumentFields = [("title", 2f), ("body", 1f)];
    private static readonly Abbreviations Curated = new Abbreviations.Learner().Build();

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Parsing_expanding_and_building_never_throw(QueryText input)
    {
        var query = UserQuery.Parse(input.Value);
        Assert.True(query.Units.Count <= UserQuery.MaxUnits);
        QueryBuilder.Build(query, BodyField, QueryBuilder.RequiredUnits(query.Units.Count));
        var expanded = query.Expand(Curated);
        QueryBuilder.Build(expanded, DocumentFields, QueryBuilder.RequiredUnits(expanded.Units.Count));
        QueryBuilder.Build(expanded, BodyField, 1);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 200)]
    public void Hard_text_parses_without_throwing(HardText input)
    {
        var query = UserQuery.Parse(input.Value);
        QueryBuilder.Build(query.Expand(Curated), BodyField, QueryBuilder.RequiredUnits(query.Units.Count));
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Nfc_and_nfd_queries_parse_alike(QueryText input)
    {
        var nfc = UserQuery.Parse(Unicode.Nfc(input.Value));
        var nfd = UserQuery.Parse(Unicode.Nfd(input.Value));
        Assert.Equal(Describe(nfc), Describe(nfd));
        Assert.Equal(nfc.Normalized, nfd.Normalized);
        Assert.Equal(Describe(nfc.Expand(Curated)), Describe(nfd.Expand(Curated)));
        Assert.Equal(
            QueryBuilder.Build(nfc, BodyField, QueryBuilder.RequiredUnits(nfc.Units.Count)).ToString(),
            QueryBuilder.Build(nfd, BodyField, QueryBuilder.RequiredUnits(nfd.Units.Count)).ToString());
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 300)]
    public void Every_parsed_token_is_a_folded_word_of_the_normalized_query(QueryText input)
    {
        var query = UserQuery.Parse(input.Value);
        var normalized = VietnameseFolding.NormalizeText(input.Value).Trim();
        // A word said to be left out is none of the words searched ("giáo" typed past the limit, and searched before it, is not),
        // with their marks ("đội" is not "đổi"); a quoted phrase is none of the phrases searched quoted, whose words may have been
        // searched apart; and each is said once.
        var alternatives = query.Units.SelectMany(u => u.Alternatives).ToList();
        var searched = alternatives.SelectMany(p => p.Tokens).Select(t => t.Exact).ToHashSet();
        var phrases = alternatives.Where(p => p is { Quoted: true, Tokens.Count: > 1 }).Select(p => string.Join(' ', p.Tokens.Select(t => t.Exact))).ToHashSet();
        // A word's forms as the query reads them: a symbol's parts left out, and a percentage the figure written ("2023%" is not "2023").
        string Exact(string w) => AnalyzedToken.Analyze(w) is var tokens && tokens.Where(t => t is { IsSymbolPart: true, IsPercentage: true }).Select(t => t.Position).ToHashSet() is var figures
            ? string.Join(' ', tokens.Where(t => t.IsSymbolPart ? t.IsPercentage : !figures.Contains(t.Position)).Select(t => t.Exact)) : "";
        bool Phrase(string w) => w.StartsWith('"') && AnalyzedToken.Analyze(w).Count(t => !t.IsSymbolPart) > 1;
        Assert.All(query.Ignored, w => Assert.False(Phrase(w) ? phrases.Contains(Exact(w))
            : AnalyzedToken.Analyze(w) is { Count: > 0 } words && words.All(t => searched.Contains(t.Exact)), w));
        Assert.Equal(query.Ignored.Count, query.Ignored.Select(w => (Phrase(w), Exact(w) is { Length: > 0 } e ? e : w)).Distinct().Count());
        if (query.Normalized != normalized)
        {
            // Past the limit of words, what was searched is the text up to it and the exclusions after it, in the order typed.
            var at = 0;
            foreach (var piece in query.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                at = normalized.IndexOf(piece, at, StringComparison.Ordinal);
                Assert.True(at >= 0, $"'{piece}' of '{query.Normalized}' is not in order in '{normalized}'");
                at += piece.Length;
            }
            Assert.True(query.Units.Count <= UserQuery.MaxUnits);
        }
        foreach (var phrase in query.Units.SelectMany(u => u.Alternatives).Concat(query.Excluded))
        {
            // A symbol's parts are sought together at one position: all of a phrase (the alternative beside that symbol), or after
            // the token whose position they share ("29-CT" typed, a symbol inside a quoted phrase); a phrase never opens with one.
            Assert.True(phrase.Tokens.All(t => t.IsSymbolPart) || !phrase.Tokens[0].IsSymbolPart, $"phrase {phrase.Text} opens with a part");
            foreach (var token in phrase.Tokens) Assert.Equal(VietnameseFolding.FoldAll(token.Exact), token.Folded);
        }
        foreach (var unit in query.Units.Where(u => u.Alternatives.Any(p => p.Tokens.All(t => t.IsSymbolPart))))
            Assert.Contains(unit.Alternatives, p => p.Tokens is [{ IsSymbol: true }]);
    }

    [Theory]
    [InlineData("giáo dục mầm non OR tiểu học", "giáo ; dục ; mầm non | tiểu học")]
    [InlineData("mầm non OR tiểu học OR trung học", "mầm non | tiểu học | trung học")]
    [InlineData("tiểu học OR THCS", "tiểu học | thcs")]
    [InlineData("trường THCS OR THPT", "trường ; thcs | thpt")]
    [InlineData("GDMN OR tiểu học", "gdmn | tiểu học")]
    [InlineData("Đắk Lắk OR ĐẮK NÔNG", "đắk lắk | đắk nông")]
    [InlineData("PISA OR TIMSS năm 2023", "pisa | timss ; năm ; 2023")]
    [InlineData("Chỉ thị 15 OR 29", "chỉ thị 15 | chỉ thị số 15 | ct 15 | chỉ thị 29 | chỉ thị số 29 | ct 29")] // one instrument of each number
    [InlineData("Chỉ thị 15 OR Quyết định 2457", "chỉ thị 15 | chỉ thị số 15 | ct 15 | quyết định 2457 | quyết định số 2457 | qd 2457")]
    [InlineData("Quyết định 2457 OR 2171 OR tiểu học", "quyết định 2457 | quyết định số 2457 | qd 2457 | quyết định 2171 | quyết định số 2171 | qd 2171 | tiểu học")]
    [InlineData("\"dữ liệu lớn\" OR AI", "dữ liệu lớn | ai")]
    [InlineData("OR giáo OR", "giáo")]
    public void OR_joins_two_syllable_words_where_two_stand_before_it(string q, string units)
    {
        var query = UserQuery.Parse(q);
        Assert.Equal(units, string.Join(" ; ", query.Units.Select(u => string.Join(" | ", u.Alternatives.Select(p => string.Join(" ", p.Tokens.Select(t => t.Exact)))))));
    }

    [Theory]
    [InlineData("tỉnh ủy Thái Nguyên, Phú Thọ, Đắk Lắk", "tỉnh ; ủy ; thái nguyên | phú thọ | đắk lắk")]
    [InlineData("đầu năm học ở Huế và Vĩnh Long", "đầu ; năm ; học ; ở ; huế | vĩnh long")]
    [InlineData("Sơn La hoặc Hồ Chí Minh", "sơn la | hồ chí minh")]
    [InlineData("phổ cập Lai Châu Điện Biên", "phổ ; cập ; lai châu | điện biên")]
    // One province, or a province and other words joined by "và", is no list.
    [InlineData("Lai Châu và phổ cập", "lai ; châu ; và ; phổ ; cập")]
    [InlineData("Lai Châu OR Sơn La", "lai châu | sơn la")]
    [InlineData("Lai Châu AND Sơn La", "lai ; châu ; sơn ; la")]
    public void Provinces_typed_as_a_list_are_one_unit_any_of_whose_names_a_text_holds(string q, string units)
    {
        // A blind reader's c24 (eval-testers24): "kế hoạch thực hiện nghị quyết 71 của tỉnh ủy Thái Nguyên, Phú Thọ, Đắk Lắk" put first a school's
        // plan holding "Nguyên", "Phú" and "Đắk", and said each province's plan lacked the other provinces' words.
        Assert.Equal(units, string.Join(" ; ", UserQuery.Parse(q).Units.Select(u => string.Join(" | ", u.Alternatives.Select(p => string.Join(" ", p.Tokens.Select(t => t.Exact)))))));
    }

    [Theory]
    [InlineData("Hà Nội năm học 2024-2025", "Hà Nội")]
    [InlineData("ha noi nam hoc", "Hà Nội")]
    [InlineData("LAI CHÂU xóa mù chữ", "Lai Châu")]
    [InlineData("Hà Giang OR Hà Tĩnh", "Hà Giang ; Hà Tĩnh")]
    [InlineData("Thành phố Hồ Chí Minh tiểu học", "Hồ Chí Minh")]
    [InlineData("tư tưởng Hồ Chí Minh ở Huế", "Hồ Chí Minh ; Huế")]
    [InlineData("cả mẫu giáo", "")] // folded "ca mau" is Cà Mau, but the marks typed say otherwise
    [InlineData("hạ nội dung", "")]
    [InlineData("20/2014 Lào", "")]
    public void A_province_is_named_by_its_syllables_with_the_marks_typed(string q, string provinces)
    {
        Assert.Equal(provinces, string.Join(" ; ", UserQuery.Parse(q).Provinces().Select(p => p.Province)));
    }

    /// <summary>The units, alternatives and exclusions as their tokens' forms at every level.</summary>
    private static string Describe(UserQuery q)
    {
        static string Phrase(QueryPhrase p) =>
            (p.Quoted ? "\"" : "") + string.Join(" ", p.Tokens.Select(t => $"{t.Exact}|{t.ToneFolded}|{t.Folded}")) + (p.Quoted ? "\"" : "");
        return string.Join(" ; ", q.Units.Select(u => string.Join(" OR ", u.Alternatives.Select(Phrase))))
               + " -- " + string.Join(" ; ", q.Excluded.Select(Phrase));
    }
}
