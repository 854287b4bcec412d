using System.Text;
using System.Text.RegularExpressions;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Indexing;

namespace EduPlan.Search.Tests.Core;

/// <summary>
/// Extraction skips work where a cheap look shows a pattern cannot match. Each shortcut must find exactly what the pattern alone finds:
/// these compare the two on every text of the seeds, the held-out and the testers' directives (whole and by block), and on seeded
/// random strings of a symbol's pieces. A shape of symbol or a form's word added to a pattern and not to its shortcut fails here.
/// </summary>
public sealed class ExtractionShortcutTests
{
    private static readonly Lazy<List<string>> Texts = new(() =>
    {
        var texts = new List<string>();
        foreach (var folder in new[] { TestPaths.Seeds, TestPaths.HeldOut, TestPaths.Testers })
        {
            var reader = new CorpusReader(folder);
            foreach (var file in reader.Files())
                if (reader.Read(file).Document is { } document)
                {
                    texts.Add(document.Text);
                    texts.AddRange(document.Blocks.Select(b => b.Text));
                }
        }
        return texts;
    });

    [Fact]
    public void Symbols_sought_back_from_each_slash_are_those_a_scan_of_every_figure_finds()
    {
        var random = new Random(20261206);
        string[] pieces = ["1", "23", "2024", "/", "/", " /", "-", "- ", " - ", "–", " – ", "—", "−", " ", "\t", "QĐ", "UBND", "KH", "ố", "số", "Số",
            "s", "&", ":", ".", "?", "\u0301", "a", "TT", "\n", "CT", "TW", "QĐ-", "số12", "E-", "P.", "06:", "٣"];
        var strings = Enumerable.Range(0, 50_000).Select(_ =>
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, 14); k > 0; k--) text.Append(pieces[random.Next(pieces.Length)]);
            return text.ToString();
        });
        var differing = Texts.Value.Concat(strings).Where(t => Spans(CitationExtractor.SymbolMatches(t)) != Spans(CitationExtractor.Symbol().Matches(t))).ToList();
        Assert.True(differing.Count == 0, $"{differing.Count} texts differ, the first: {differing.FirstOrDefault()}");
        Assert.True(Texts.Value.Sum(t => CitationExtractor.Symbol().Count(t)) > 10_000, "the texts hold too few symbols to tell");
    }

    [Theory]
    [InlineData("Mẫu số ")]
    [InlineData("Phụ lục ")]
    [InlineData("phòng ")]
    [InlineData("Chứng chỉ GDQPAN số ")]
    [InlineData("Giấy xác nhận khuyết tật số ")]
    [InlineData("CC bồi dưỡng số ")]
    [InlineData("số vào sổ cấp chứng chỉ từ 0583/QPAN-2025 đến ")]
    [InlineData("sổ công văn đến số ")]
    [InlineData("Phiếu đánh giá khả năng và nhu cầu của học sinh số ")]
    [InlineData("hồ sơ quản lý trường hợp số ")]
    [InlineData("trích lục bản đồ địa chính số ")]
    [InlineData("Lô số ")]
    [InlineData("số thụ lý ")]
    [InlineData("Giấy phép hoạt động số ")]
    [InlineData("thí sinh SBD ")]
    [InlineData("Giấy chuyển tuyến số ")]
    [InlineData("Gói thầu số ")]
    [InlineData("Chứng thư thẩm định giá số ")]
    [InlineData("Tờ khai hải quan số ")]
    [InlineData("MOU No. ")]
    [InlineData("số đăng ký ")]
    [InlineData("Thỏa thuận hợp tác số ")]
    [InlineData("Bản án số ")]
    [InlineData("Giấy khen số ")]
    [InlineData("Mẫu số 01/HB, ")]
    [InlineData("đã vào sổ công văn đến số ")]
    [InlineData("Văn bằng số ")]
    [InlineData("Bản ghi nhớ số ")]
    [InlineData("số báo danh ")]
    [InlineData("thoả thuận số ")]
    [InlineData("Biểu mẫu số ")]
    [InlineData("lô vắc xin số ")]
    public void A_form_or_a_certificate_before_a_number_is_found_from_its_opening_word(string before)
    {
        var text = "Căn cứ hồ sơ đã nộp, " + before + "27/XN-THCS ngày 12/3/2025.";
        var at = text.IndexOf("27/XN", StringComparison.Ordinal);
        Assert.True(CitationExtractor.NotInstrumentBefore().IsMatch(CitationExtractor.BeforeSymbol(text, at)));
        Assert.True(CitationExtractor.IsNotInstrument(text, at));
    }

    [Fact]
    public void What_stands_before_each_symbol_is_read_alike_from_the_opening_words_and_at_every_letter()
    {
        var told = 0;
        foreach (var text in Texts.Value)
            foreach (Match m in CitationExtractor.Symbol().Matches(text))
            {
                var before = CitationExtractor.BeforeSymbol(text, m.Index);
                var alone = CitationExtractor.NotInstrumentBefore().IsMatch(before);
                Assert.True(alone == CitationExtractor.IsNotInstrument(text, m.Index), $"\"{before}\"");
                if (alone) told++;
            }
        Assert.True(told > 50, $"only {told} symbols are no instrument's: too few to tell");
    }

    private static string Spans(IEnumerable<Match> matches) => string.Join(" ", matches.Select(m => $"{m.Index}+{m.Length}"));
}
