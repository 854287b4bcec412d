using System.Text;
using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Tests.Core;

public sealed class VietnameseFoldingTests
{
    [Theory]
    [InlineData("\u1D9E", "đ")]
    [InlineData("NQ-H\u1D9END", "NQ-HđND")]
    [InlineData("29\u2011CT/TW", "29-CT/TW")]
    public void Text_normalised_once_is_normalised(string written, string normal)
    {
        // Found by the property tests: NFKC makes "ᶞ" an ð after ð was read as đ, so normalising the text again gave another text.
        Assert.Equal(normal, VietnameseFolding.NormalizeText(written));
        Assert.Equal(normal, VietnameseFolding.NormalizeText(normal));
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("hoá", "hóa")]
    [InlineData("xoá", "xóa")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("kĩ", "kỹ")]
    [InlineData("lí", "lý")]
    [InlineData("tỉ", "tỷ")]
    [InlineData("PHỔ", "phổ")]
    [InlineData("ÐỒNG", "đồng")]
    public void Spelling_variants_have_one_exact_form(string a, string b) =>
        Assert.Equal(VietnameseFolding.Canonical(VietnameseFolding.NormalizeText(b)), VietnameseFolding.Canonical(VietnameseFolding.NormalizeText(a)));

    [Theory]
    [InlineData("Số: …/QĐ-UBND, ngày … tháng … năm 2026‼ ２０２６")]
    [InlineData("Trường hợp khác … (theo Mẫu số 01) ‥ Kết thúc.")]
    public void Punctuation_nfkc_writes_as_several_characters_keeps_the_texts_length_and_a_citations_offsets(string prefix)
    {
        // A tester's 806: "ngày … tháng …" became "ngày ... tháng ...", and every citation after it fell two characters past its words in the
        // file, where the API gives offsets in the NFC file's text.
        var normal = VietnameseFolding.NormalizeText(prefix);
        Assert.Equal(prefix.Length, normal.Length);
        Assert.Contains("…", normal, StringComparison.Ordinal);
        var file = "UBND TỈNH ĐỒNG NAI\n\nSố: 12/KH-UBND\n\nĐồng Nai, ngày 10 tháng 8 năm 2026\n\nKẾ HOẠCH\n\nVề học phí\n\n" + prefix +
                   "\n\nCăn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021.\n";
        var document = EduPlan.Search.Core.Documents.DocumentParser.Parse(file, "x", "corpus/x.txt");
        var cited = Assert.Single(EduPlan.Search.Core.Citations.DocumentCitations.Extract(document));
        Assert.Equal(file.IndexOf("Thông tư số 22/2021", StringComparison.Ordinal), cited.Start);
    }

    [Theory]
    [InlineData("Kế hoạch ﬁnh chỉnh số ２４５７／ＱĐ－ＢＧＤĐＴ", "Kế hoạch finh chỉnh số 2457/QĐ-BGDĐT")]
    [InlineData("năm\u00A0học ２０２３－２０２４", "năm học 2023-2024")]
    [InlineData("gi\u00ADáo d\u200Bục \u2060đào\u200C tạo\u200D \uFEFFthư\u200Eờng", "giáo dục đào tạo thường")]
    public void Ligatures_full_width_forms_no_break_spaces_and_invisible_format_characters_analyse_as_the_plain_text(string pasted, string plain) =>
        Assert.Equal(Forms(plain), Forms(pasted));

    private static List<string> Forms(string text) =>
        AnalyzedToken.Analyze(VietnameseFolding.NormalizeText(text)).Select(t => $"{t.Exact}|{t.Folded}").ToList();

    [Theory]
    [InlineData("quý", "quy")]
    [InlineData("y", "i")]
    [InlineData("tỉnh", "tinh")]
    [InlineData("Bác", "Bắc")]
    public void Different_words_keep_different_exact_forms(string a, string b) =>
        Assert.NotEqual(VietnameseFolding.Canonical(a), VietnameseFolding.Canonical(b));

    [Theory]
    [InlineData("phổ", "phô", "pho")]
    [InlineData("Đường", "đương", "duong")]
    [InlineData("giữ", "giư", "giu")]
    public void Three_levels(string word, string toneFolded, string folded)
    {
        Assert.Equal(toneFolded, VietnameseFolding.ToneFold(word));
        Assert.Equal(folded, VietnameseFolding.FoldAll(word));
    }

    [Theory]
    [InlineData("giao", "giao giáo giào giảo gião giạo")]
    [InlineData("hoa", "hoa hóa hòa hỏa hõa họa")]
    [InlineData("câp", "câp cấp cầp cẩp cẫp cập")]
    [InlineData("qđ", "qđ")]
    [InlineData("2457", "2457")]
    public void A_toneless_syllable_stands_for_each_of_its_tones_old_style(string toneless, string forms) =>
        Assert.Equal(forms.Split(' '), VietnameseFolding.EveryTone(toneless));

    [Theory]
    [InlineData("Nguyễn Thị Hoà, kĩ năng")]
    [InlineData("e\u0301\u0301 \ud800 x")]
    [InlineData("ĐẢNG BỘ")]
    public void Folding_is_idempotent_and_NFD_folds_like_NFC(string text)
    {
        foreach (var level in new[] { MarkLevel.Exact, MarkLevel.ToneFolded, MarkLevel.Folded })
        {
            var once = VietnameseFolding.Fold(VietnameseFolding.NormalizeText(text), level);
            Assert.Equal(once, VietnameseFolding.Fold(once, level));
            Assert.Equal(once, VietnameseFolding.Fold(VietnameseFolding.NormalizeText(text.Normalize(NormalizationForm.FormD)), level));
        }
    }

    [Fact]
    public void The_tokenizer_keeps_symbols_whole_with_their_number_and_offsets_into_the_text()
    {
        const string text = "Quyết định số: 1646 /QĐ-UBND và 4725/QĐ-BGD&ĐT, 29-CT/TW.";
        var tokens = AnalyzedToken.Analyze(text);
        var symbols = tokens.Where(t => t.IsSymbol).ToList();
        Assert.Equal(["1646/qđ-ubnd", "4725/qđ-bgdđt", "29-ct/tw"], symbols.Select(t => t.Exact));
        Assert.Equal("1646 /QĐ-UBND", text[symbols[0].Start..symbols[0].End]);
        Assert.Contains(tokens, t => t.IsSymbolPart && t.Exact == "4725");
        Assert.All(tokens, t => Assert.True(t.Start >= 0 && t.End <= text.Length && t.Start < t.End));
        Assert.Equal("4725/qd-bgddt", symbols[1].Folded);
    }

    [Fact]
    public void A_percentage_is_its_number_with_the_figure_written_beside_it()
    {
        const string text = "đạt 70,1%; 12 % trở lên, ngày 12/9";
        var tokens = AnalyzedToken.Analyze(text);
        Assert.Equal(["đạt", "70", "1", "12", "trở", "lên", "ngày", "12", "9"], tokens.Where(t => !t.IsSymbolPart).Select(t => t.Exact));
        var figures = tokens.Where(t => t.IsPercentage).ToList();
        // A decimal's figure is written whole beside its last number: read "1%", a search for "1%" found "70,1%".
        Assert.Equal(["70,1%", "12%"], figures.Select(t => t.Exact));
        Assert.All(figures, f => Assert.True(f.IsSymbolPart));
        Assert.Equal(["70,1%", "12 %"], figures.Select(f => text[f.Start..f.End]));
        Assert.Equal(AnalyzedToken.AnalyzeWithLucene(text), tokens);
    }

    [Fact]
    public void The_one_pass_analysis_equals_the_Lucene_chain_on_every_seed()
    {
        var texts = Directory.GetFiles(TestPaths.Seeds).Select(f => VietnameseFolding.NormalizeText(File.ReadAllText(f)))
            .Append("Số: 1646 /QĐ-UBND; GD&ĐT " + new string('x', 130) + " sau 29-CT/TW và 30/2021/QĐ-TTg, 98% và 12 %.");
        foreach (var text in texts)
            Assert.Equal(AnalyzedToken.AnalyzeWithLucene(text), AnalyzedToken.Analyze(text));
    }

    [Fact]
    public void Names_sort_as_Vietnamese_readers_look_for_them()
    {
        string[] names = ["Yên Bái", "Đà Nẵng", "Bắc Giang", "Điện Biên", "Đắk Lắk", "Cà Mau", "Dak Nong", "An Giang"];
        Assert.Equal(["An Giang", "Bắc Giang", "Cà Mau", "Dak Nong", "Đà Nẵng", "Đắk Lắk", "Điện Biên", "Yên Bái"], names.Order(VietnameseOrder.Comparer));
    }

    [Fact]
    public void Every_marked_word_of_the_seeds_is_spelt_as_a_syllable_and_slips_are_not()
    {
        // A word in lower case with a Vietnamese mark is Vietnamese: each of the corpus's must have a syllable's shape, or a correct word the corpus
        // lacks would be taken for a slip; and the slips staff make must not.
        var heldOut = TestPaths.HeldOut;
        var marked = new HashSet<string>();
        foreach (var file in Directory.GetFiles(TestPaths.Seeds).Concat(Directory.GetFiles(heldOut)))
        {
            var text = VietnameseFolding.NormalizeText(File.ReadAllText(file));
            // Lower-case words: names ("Đakrông") and acronyms ("BGDĐT") are not syllables.
            marked.UnionWith(AnalyzedToken.Analyze(text).Where(t => !t.IsSymbol && !t.IsSymbolPart && t.Exact != t.Folded && t.Folded.Length > 1 && char.IsLower(text[t.Start])
                                                                     && t.Exact.All(char.IsLetter)).Select(t => t.Folded));
        }
        Assert.True(marked.Count > 500, $"{marked.Count} marked words");
        Assert.Equal("", string.Join(" ", marked.Where(w => !VietnameseSyllable.IsWellFormed(w)).Order()));
        Assert.All(["ducc", "capp", "gaio", "giaoo", "dutt", "truongg", "hocj", "tph"], w => Assert.False(VietnameseSyllable.IsWellFormed(w), w));
    }
}
