using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Tests.Http;

/// <summary>
/// Passages come from where the query's words sit in each document's body, divided among its sections:
/// these hold that division to the sections the document page shows.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PassageTests(ApiFixture api)
{
    [Theory]
    [InlineData("nâng cao nhận thức trách nhiệm")]
    [InlineData("tăng cường kiểm tra giám sát")]
    [InlineData("phù hợp với tình hình thực tiễn")]
    [InlineData("cơ quan đơn vị")]
    [InlineData("phân luồng học sinh")]
    public async Task A_snippet_under_a_heading_cut_short_does_not_open_with_the_headings_tail(string q)
    {
        // 002's "1. Cụ thể hóa … Chương trình hành động số 49-CTr/TU của Ban …" showed under it "…Ban Thường vụ Tỉnh ủy tạo sự đồng thuận,
        // …": the rest of its heading's sentence, the snippet cut where the heading was cut at 160 characters.
        var checkedSnippets = 0;
        foreach (var (id, heading, text, shown) in await ShownPassages(q))
        {
            if (!heading.EndsWith(" …", StringComparison.Ordinal) || !text.StartsWith(heading[..^2], StringComparison.Ordinal)) continue;
            checkedSnippets++;
            var tail = string.Join(' ', text[(heading.Length - 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));
            Assert.False(shown.StartsWith(tail, StringComparison.Ordinal), $"{q}: {id} {heading}\n{shown}");
        }
        Assert.True(checkedSnippets >= 1, $"{q}: no passage under a heading cut short");
    }

    [Fact]
    public async Task A_snippet_under_a_heading_line_cut_short_after_a_semicolon_shows_none_of_the_heading()
    {
        // A bold heading line past 160 characters, a semicolon after the cut and a full stop at its end: read again from the section's
        // text, the heading was taken to end at the semicolon, and its second half opened the snippet under it as the words after it.
        const string plan = "KẾ HOẠCH\nThực hiện nhiệm vụ năm học 2024-2025\n\nI. NHIỆM VỤ\n\n" +
                            "**1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp đối với công tác giáo dục và đào tạo, phát triển nguồn nhân lực " +
                            "chất lượng cao của tỉnh trong giai đoạn mới; nâng cao nhận thức về vai trò của giáo dục nghề nghiệp.**\n\n" +
                            "Các cấp ủy tổ chức quán triệt, gắn công tác giáo dục nghề nghiệp với nhu cầu lao động của doanh nghiệp trên địa bàn.\n";
        using var served = await TestHost.ServeAsync("heading-semicolon", ("heading_semicolon.md", plan));
        var found = await served.Client.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString("giáo dục nghề nghiệp")}");
        var passage = found.GetProperty("hits")[0].GetProperty("passages")[0];
        Assert.EndsWith(" …", passage.GetProperty("heading").GetString());
        var snippet = passage.GetProperty("snippet").GetString()!;
        Assert.StartsWith("Các cấp ủy", snippet);
        Assert.DoesNotContain("vai trò", snippet);
    }

    [Fact]
    public async Task A_line_opened_by_a_decimal_figure_is_no_numbered_section()
    {
        // "1.5 triệu đồng …" opened a section "1.5" under "1." as "1.5 Tên mục" does: a figure is no list number. "1.5." and "1.5 Tên"
        // still number their sections.
        const string plan = "KẾ HOẠCH\nHỗ trợ học sinh bán trú năm học 2024-2025\n\nI. MỨC HỖ TRỢ\n\n1. Tiền ăn\n\nMỗi học sinh được hỗ trợ mỗi tháng:\n\n" +
                            "1.5 triệu đồng đối với học sinh ở xã đặc biệt khó khăn;\n\n2.5 \n\n" +
                            "1.2 Tiền nhà ở\n\nMỗi học sinh ở trong trường được hỗ trợ tiền điện, nước.\n\n1.3. tiền thuốc\n\nCác trường mua thuốc thông thường.\n";
        using var served = await TestHost.ServeAsync("decimal-figure", ("decimal_figure.md", plan));
        var sections = (await served.Client.GetFromJsonAsync<JsonElement>("/api/documents/decimal_figure")).GetProperty("sections").EnumerateArray()
            .Select(s => s.GetProperty("number").GetString()).ToList();
        Assert.Equal(["", "I", "1", "1.2", "1.3"], sections);
    }

    [Theory]
    [InlineData("phổ cập giáo dục")]
    [InlineData("giáo dục mầm non")]
    [InlineData("xóa mù chữ cho người lớn")]
    [InlineData("nâng cao chất lượng")]
    [InlineData("chuyển đổi số")]
    [InlineData("pho cap giao duc")]
    public async Task A_snippet_never_ends_or_starts_inside_the_phrase_it_found(string q)
    {
        // "… ưu tiên <mark>phổ</mark> <mark>cập</mark> <mark>giáo</mark>…": the window ended on the phrase's third word. Cut is read from
        // the section's text: the words the snippet leaves out beside its marked first or last words finish the phrase.
        var words = Folded(q).Split(' ');
        var checkedSnippets = 0;
        foreach (var hit in (await api.Search(q, "&size=50")).GetProperty("hits").EnumerateArray())
        {
            var id = hit.GetProperty("document").GetProperty("id").GetString()!;
            var sections = (await api.Get($"/api/documents/{id}")).GetProperty("sections").EnumerateArray()
                .ToDictionary(s => s.GetProperty("id").GetString()!, s => Words(s.GetProperty("text").GetString()!));
            foreach (var passage in hit.GetProperty("passages").EnumerateArray())
            {
                var snippet = passage.GetProperty("snippet").GetString()!;
                var shown = Words(System.Net.WebUtility.HtmlDecode(Regex.Replace(snippet, "<[^>]+>", "")).Trim('…'));
                var section = sections[passage.GetProperty("sectionId").GetString()!];
                var at = IndexOf(section, shown);
                if (at < 0) continue;
                checkedSnippets++;
                var atEnd = snippet.EndsWith("</mark>…") ? TrailingMarks(snippet) : [];
                var atStart = snippet.StartsWith("…<mark>") ? LeadingMarks(snippet) : [];
                var after = section.Skip(at + shown.Count).Take(words.Length - atEnd.Count);
                var before = section.Take(at).TakeLast(words.Length - atStart.Count);
                Assert.False(atEnd.Count is > 0 && atEnd.Count < words.Length && atEnd.Concat(after).SequenceEqual(words),
                    $"{id} ends inside \"{q}\": {snippet}");
                Assert.False(atStart.Count is > 0 && atStart.Count < words.Length && before.Concat(atStart).SequenceEqual(words),
                    $"{id} starts inside \"{q}\": {snippet}");
            }
        }
        Assert.True(checkedSnippets >= 3, $"only {checkedSnippets} snippets for \"{q}\" found in their sections");

        static List<string> Words(string text) => Folded(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        static int IndexOf(List<string> all, List<string> part) =>
            Enumerable.Range(0, Math.Max(0, all.Count - part.Count + 1)).FirstOrDefault(i => all.Skip(i).Take(part.Count).SequenceEqual(part), -1);
        // The marked words in a row at the snippet's end or start, separated by spaces only.
        static List<string> TrailingMarks(string snippet) =>
            Regex.Match(snippet, @"(?:<mark>[^<]*</mark> )*<mark>[^<]*</mark>…$").Value is var run ? MarkedWords(run) : [];
        static List<string> LeadingMarks(string snippet) =>
            Regex.Match(snippet, @"^…<mark>[^<]*</mark>(?: <mark>[^<]*</mark>)*").Value is var run ? MarkedWords(run) : [];
        static List<string> MarkedWords(string run) =>
            Regex.Matches(run, "<mark>([^<]*)</mark>").SelectMany(m => Folded(m.Groups[1].Value).Split(' ')).ToList();
    }

    [Fact]
    public async Task Every_section_of_every_document_is_the_first_passage_for_a_phrase_of_its_own_words()
    {
        var documents = (await api.Get("/api/documents")).EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();
        Assert.Equal(5, documents.Count);
        var checkedSections = 0;
        foreach (var id in documents)
        {
            var sections = (await api.Get($"/api/documents/{id}")).GetProperty("sections").EnumerateArray()
                .Select(s => (Id: s.GetProperty("id").GetString()!, Text: s.GetProperty("text").GetString()!)).ToList();
            foreach (var (sectionId, text) in sections)
            {
                // Of what search reads: not the addressees' lists.
                if (Phrase(EduPlan.Search.Core.Documents.Addressees.Searchable(text)) is not { } phrase) continue;
                var result = await api.Search($"\"{phrase}\"", "&size=50");
                var hit = result.GetProperty("hits").EnumerateArray()
                    .Single(h => h.GetProperty("document").GetProperty("id").GetString() == id);
                var first = hit.GetProperty("passages")[0].GetProperty("sectionId").GetString()!;
                // Another section may say the same words; the passage must be one that does.
                var firstText = sections.Single(s => s.Id == first).Text;
                Assert.True(first == sectionId || Folded(firstText).Contains(Folded(phrase)),
                    $"\"{phrase}\" from {id}#{sectionId} showed {first} first");
                checkedSections++;
            }
        }
        Assert.True(checkedSections > 50, $"only {checkedSections} sections had a phrase to look for");
    }

    [Theory]
    [InlineData("năm học 2023-2024", "2023", "2024")]
    [InlineData("kế hoạch năm học 2023 - 2024", "2023", "2024")]
    public async Task A_school_years_years_are_marked_side_by_side_only(string q, string first, string second)
    {
        // From a tester: "năm học 2024-2025" marked the 2024 of a date ("ngày 12 tháng 9 năm 2024") and of "2023 - 2024".
        var snippets = (await api.Search(q, "&size=50")).GetProperty("hits").EnumerateArray()
            .SelectMany(h => h.GetProperty("passages").EnumerateArray()).Select(p => p.GetProperty("snippet").GetString()!).ToList();
        Assert.Contains(snippets, s => s.Contains($"<mark>{first}</mark>", StringComparison.Ordinal));
        // A snippet cut between the two years ("… năm học 2023…") shows the first alone.
        var alone = new System.Text.RegularExpressions.Regex($@"<mark>{first}</mark>(?!\s*[-–]?\s*(?:<mark>{second}</mark>|…$))|(?<!(?:<mark>{first}</mark>|^…)\s*[-–]?\s*)<mark>{second}</mark>");
        Assert.DoesNotContain(snippets, s => alone.IsMatch(s));
    }

    [Theory]
    [InlineData("Luật giáo dục 2019")]
    [InlineData("Luật Giáo dục năm 2019")]
    [InlineData("luat giao duc 2019")]
    public async Task A_law_named_with_its_year_is_shown_and_marked_whole_in_the_texts_citing_it(string typed)
    {
        // From a tester: 004's grounds showed "<mark>Luật</mark> Tổ chức chính quyền địa phương ngày 22/11/<mark>2019</mark>" marked as much as
        // "<mark>Luật</mark> <mark>Giáo</mark> <mark>dục</mark> ngày 14/6/<mark>2019</mark>", the law sought.
        Assert.Equal(1, await LawSnippets.AssertShownWhole(api, typed, "luat-giao-duc-2019", "Luật Giáo dục", "2019"));
    }

    [Fact]
    public async Task A_passage_holds_a_word_of_the_query_and_none_it_excludes()
    {
        var result = await api.Search("an toàn trường học -Lào");
        Assert.True(result.GetProperty("total").GetInt32() > 0);
        foreach (var hit in result.GetProperty("hits").EnumerateArray())
        {
            var id = hit.GetProperty("document").GetProperty("id").GetString()!;
            var sections = (await api.Get($"/api/documents/{id}")).GetProperty("sections").EnumerateArray()
                .ToDictionary(s => s.GetProperty("id").GetString()!, s => Words(s.GetProperty("text").GetString()!));
            foreach (var passage in hit.GetProperty("passages").EnumerateArray())
            {
                var words = sections[passage.GetProperty("sectionId").GetString()!];
                Assert.True(new[] { "an", "toàn", "trường", "học" }.Any(words.Contains), $"{id}: a passage without the query's words");
                Assert.DoesNotContain("lào", words);
            }
        }
    }

    [Theory]
    [InlineData("Sơn La phổ cập", Seeds.SonLaDecision)]
    [InlineData("Lào Cai phổ cập", Seeds.LaoCaiGuidance)]
    [InlineData("phổ cập tỉnh Lai Châu", Seeds.LaiChauDirective)]
    public async Task The_passages_of_a_province_named_in_the_query_are_about_the_rest_of_it(string q, string id)
    {
        // The province's name matched its header and "Điều 1 ... tỉnh Sơn La", which said nothing of phổ cập.
        var hit = (await api.Search(q, "&size=50")).GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("document").GetProperty("id").GetString() == id);
        var sections = (await api.Get($"/api/documents/{id}")).GetProperty("sections").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => TestPaths.FoldedWords(s.GetProperty("text").GetString()!));
        var passages = hit.GetProperty("passages").EnumerateArray().Select(p => p.GetProperty("sectionId").GetString()!).ToList();
        Assert.NotEmpty(passages);
        Assert.Contains(" pho cap ", sections[passages[0]]);
        Assert.Equal(passages.Count(p => sections[p].Contains(" pho cap ")), passages.TakeWhile(p => sections[p].Contains(" pho cap ")).Count());
    }

    [Theory]
    [InlineData("tỉnh Lào Cai", Seeds.LaoCaiGuidance, " tinh lao cai ")]
    [InlineData("tỉnh Sơn La", Seeds.SonLaDecision, " tinh son la ")]
    public async Task A_province_named_with_what_it_is_shows_first_a_passage_naming_it_so(string q, string id, string folded)
    {
        // With the province's name set aside, "tỉnh" alone chose the passages: 003's first said "UBND tỉnh" twice and nothing of Lào Cai.
        var hit = (await api.Search(q, "&size=50")).GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("document").GetProperty("id").GetString() == id);
        var sections = (await api.Get($"/api/documents/{id}")).GetProperty("sections").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => TestPaths.FoldedWords(s.GetProperty("text").GetString()!));
        var first = hit.GetProperty("passages")[0].GetProperty("sectionId").GetString()!;
        Assert.Contains(folded, sections[first]);
    }

    [Theory]
    [InlineData("tiểu học")]
    [InlineData("trẻ 5 tuổi")]
    [InlineData("phổ cập giáo dục")]
    [InlineData("huy động trẻ")]
    [InlineData("an toàn trường học")]
    public async Task The_first_passage_holds_every_word_where_a_section_says_the_phrase_and_its_snippet_shows_the_phrase(string q)
    {
        var words = q.Split(' ');
        var result = await api.Search(q, "&size=50");
        var checkedHits = 0;
        foreach (var hit in result.GetProperty("hits").EnumerateArray())
        {
            var id = hit.GetProperty("document").GetProperty("id").GetString()!;
            var sections = (await api.Get($"/api/documents/{id}")).GetProperty("sections").EnumerateArray()
                .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("text").GetString()!);
            var first = hit.GetProperty("passages")[0];
            var text = sections[first.GetProperty("sectionId").GetString()!];
            // A short section naming one word must not hide the section that says the phrase.
            if (sections.Values.Any(t => Folded(t).Contains(Folded(q))))
                Assert.True(words.All(Words(text).Contains), $"\"{q}\": {id}'s first passage lacks a word of the phrase another section says");
            // The snippet is cut around the phrase as typed, not around its words apart or their folded look-alikes.
            if (Words(text).Count > 0 && Folded(text).Contains(Folded(q)) && text.Contains(q, StringComparison.OrdinalIgnoreCase))
            {
                var marked = "<mark>" + string.Join("</mark> <mark>", words) + "</mark>";
                var snippet = first.GetProperty("snippet").GetString()!;
                Assert.True(snippet.Contains(marked, StringComparison.OrdinalIgnoreCase), $"\"{q}\": {id}'s snippet does not show the phrase: {snippet}");
                checkedHits++;
            }
        }
        Assert.True(checkedHits > 0, $"\"{q}\": no first passage says the phrase");
    }

    /// <summary>Four plain words from the middle of a section, or null when it has too few.</summary>
    private static string? Phrase(string text)
    {
        var words = AnalyzedToken.Analyze(text).Where(t => !t.IsSymbolPart && t.Exact.All(char.IsLetter)).ToList();
        // Consecutive positions only: a quoted phrase must not span a skipped token.
        for (var start = words.Count / 2; start + 4 <= words.Count; start++)
            if (words[start + 3].Position - words[start].Position == 3)
                return string.Join(' ', words.Skip(start).Take(4).Select(t => t.Exact));
        return null;
    }

    [Theory]
    [InlineData("phổ cập giáo dục")]
    [InlineData("xóa mù chữ")]
    [InlineData("chuyển đổi số")]
    [InlineData("giáo dục mầm non")]
    public async Task A_snippet_does_not_repeat_its_heading_when_the_words_after_it_match(string q)
    {
        var repeated = 0;
        var afterHeading = 0;
        foreach (var (_, headingShown, text, shown) in await ShownPassages(q))
        {
            var heading = headingShown.TrimEnd(' ', '…');
            if (heading.Length == 0 || !text.StartsWith(heading, StringComparison.Ordinal)) continue;
            var restMatches = Folded(text[heading.Length..]).Contains(Folded(q));
            if (shown.StartsWith(heading, StringComparison.Ordinal) && restMatches) repeated++;
            if (restMatches) afterHeading++;
        }
        Assert.True(afterHeading > 0, $"no passage of \"{q}\" opens with its heading and matches after it");
        Assert.Equal(0, repeated);
    }

    /// <summary>Each passage of a search's hits: its document, its heading, its section's text, and its snippet as read (marks and the leading "…" left out).</summary>
    private async Task<List<(string Id, string Heading, string Text, string Shown)>> ShownPassages(string q) =>
        (await api.ShownPassages(q)).Select(p => (p.Id, p.Heading, p.Text, p.Shown.TrimStart('…'))).ToList();

    [Fact]
    public async Task A_snippet_after_its_heading_keeps_the_words_the_heading_matched()
    {
        // The heading "Quán triệt và chỉ đạo toàn ngành …" matches; after it, only "và" does: the snippet must not be that.
        const string q = "Quán triệt và chỉ đạo toàn ngành";
        var checkedPassages = 0;
        foreach (var hit in (await api.Search(q, "&size=50")).GetProperty("hits").EnumerateArray())
            foreach (var passage in hit.GetProperty("passages").EnumerateArray())
            {
                var marked = Regex.Matches(passage.GetProperty("snippet").GetString()!, "<mark>([^<]*)</mark>").Select(m => Folded(m.Groups[1].Value)).ToHashSet();
                Assert.True(marked.Any(w => w != "va"), $"{hit.GetProperty("document").GetProperty("id")} {passage.GetProperty("sectionId")}: {passage.GetProperty("snippet")}");
                checkedPassages++;
            }
        Assert.True(checkedPassages > 5);
    }

    private static string Folded(string text) => string.Join(' ', AnalyzedToken.Analyze(text).Select(t => t.Folded));

    private static HashSet<string> Words(string text) => AnalyzedToken.Analyze(text).Select(t => t.Exact).ToHashSet();

    [Theory]
    [InlineData("Đoàn kết kỷ cương sáng tạo")] // not "giai đoạn"
    [InlineData("hoà nhập")] // not "cụ thể hóa"
    [InlineData("giáo dục Lào")] // not "lao động"
    public async Task Where_words_match_as_typed_the_snippet_marks_no_look_alike_with_other_marks(string q)
    {
        var words = AnalyzedToken.Analyze(q);
        // A mark is a word as typed when it has the marks the user typed ("đoạn" is not "Đoàn"; "hóa" is not "hoà").
        bool AsTyped(AnalyzedToken mark) => words.Any(w => mark.Form(VietnameseFolding.TypedLevel(w.Exact)) == w.Form(VietnameseFolding.TypedLevel(w.Exact)));
        var snippets = (await api.Search(q, "&size=50")).GetProperty("hits").EnumerateArray()
            .SelectMany(h => h.GetProperty("passages").EnumerateArray()).Select(p => p.GetProperty("snippet").GetString()!).ToList();
        var checkedSnippets = 0;
        foreach (var snippet in snippets)
        {
            var marks = System.Text.RegularExpressions.Regex.Matches(snippet, "<mark>([^<]*)</mark>").Select(m => AnalyzedToken.Analyze(m.Groups[1].Value)[0]).ToList();
            if (!marks.Any(AsTyped)) continue;
            Assert.All(marks, m => Assert.True(AsTyped(m), $"\"{m.Exact}\" marked for \"{q}\" in {snippet}"));
            checkedSnippets++;
        }
        Assert.True(checkedSnippets > 0, $"no snippet of \"{q}\" marks a word as typed");
    }
}
