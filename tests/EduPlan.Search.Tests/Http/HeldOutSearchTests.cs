using System.Text.Json;
using System.Text.RegularExpressions;
using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Tests.Http;

/// <summary>Searches staff type, on the held-out directives (Data/heldout), which the engine was not tuned on.</summary>
[Collection(HeldOutCollection.Name)]
public sealed class HeldOutSearchTests(HeldOutFixture heldOut)
{
    [Theory]
    [InlineData("đánh giá học sinh Thông tư 22/2021/TT-BGDĐT", "22/2021/TT-BGDĐT")]
    [InlineData("thực hiện Quyết định 2368", "2368/QĐ-BGDĐT")]
    [InlineData("thực hiện 2368/QĐ-BGDĐT", "2368/QĐ-BGDĐT")]
    public async Task The_first_passage_of_every_hit_shows_the_instrument_the_query_names(string q, string symbol)
    {
        // Every hit cites the instrument, yet the passages were ranked and cut by the other words: four hits of the first query showed
        // "đánh giá học sinh" in sections that never cite 22/2021/TT-BGDĐT, or the section citing it cut before the citation.
        var hits = (await heldOut.Search(q, "&size=50")).GetProperty("hits").EnumerateArray().ToList();
        Assert.True(hits.Count >= 2, $"{q}: {hits.Count} hits");
        Assert.All(hits, h => Assert.Contains($"<mark>{symbol}</mark>", h.GetProperty("passages")[0].GetProperty("snippet").GetString()));
    }

    [Theory]
    [InlineData("học sinh bỏ học", "<mark>học</mark> <mark>sinh</mark> <mark>bỏ</mark> <mark>học</mark>")]
    public async Task A_snippet_showing_the_phrase_typed_is_led_by_it_not_by_a_word_alone(string q, string phrase)
    {
        // 110's snippet opened on "nhà vệ <mark>sinh</mark>", a word alone, and showed "học sinh bỏ học" last, cut by the window's end: of
        // the windows worth the same, the first was taken.
        var snippets = (await heldOut.Search(q, "&size=50")).GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("passages")[0].GetProperty("snippet").GetString()!).Where(s => s.Contains(phrase)).ToList();
        Assert.True(snippets.Count >= 3, $"{snippets.Count} snippets show the phrase");
        // The first mark opens a run of marked words: "<mark>a</mark> <mark>b</mark>".
        Assert.All(snippets, s => Assert.Matches(@"^[^<]*<mark>[^<]*</mark> <mark>", s));
    }

    [Theory]
    [InlineData("xã hội học tập")]
    [InlineData("giáo dục mầm non")]
    [InlineData("giáo dục nghề nghiệp")]
    public async Task A_snippet_does_not_repeat_a_heading_its_text_numbers_otherwise_than_its_label(string q)
    {
        // 106 numbers "5- Đẩy mạnh chuyển đổi số, xây dựng xã hội học tập" as Party documents do, and its passage is labelled "5. Đẩy mạnh …":
        // the snippet looked for the label at the text's start, did not find it, and showed the heading again before the words after it.
        var repeated = new List<string>();
        var checkedPassages = 0;
        foreach (var (id, section, label, text, shown) in await heldOut.ShownPassages(q))
        {
            // A heading cut short goes on in the text (PassageTests.A_snippet_under_a_heading_cut_short_does_not_open_with_the_headings_tail).
            if (label.EndsWith(" …", StringComparison.Ordinal) || label.IndexOf(". ", StringComparison.Ordinal) is not (> 0 and var dot)
                || text.StartsWith(label, StringComparison.Ordinal)) continue;
            var heading = Regex.Match(text, $@"^{Regex.Escape(label[..dot])}\s*[-–.):]?\s*{Regex.Escape(label[(dot + 2)..])}");
            if (!heading.Success || !TestPaths.FoldedWords(text[heading.Length..]).Contains($" {TestPaths.FoldedWords(q).Trim()} ")) continue;
            checkedPassages++;
            if (shown.StartsWith(heading.Value, StringComparison.Ordinal)) repeated.Add($"{id}#{section}: {shown}");
        }
        Assert.True(checkedPassages > 0, $"no passage of \"{q}\" is numbered otherwise than labelled and matches after its heading");
        Assert.Empty(repeated);
    }

    [Theory]
    [InlineData("hướng dẫn việc học tập")]
    [InlineData("quán triệt trong toàn Đảng bộ")]
    [InlineData("xã hội học tập")]
    [InlineData("kiểm tra giám sát")]
    public async Task A_snippet_opening_mid_sentence_says_so_with_an_ellipsis(string q)
    {
        // 106's "3- Ban Tuyên giáo Tỉnh ủy … và Chỉ thị này; hướng dẫn việc học tập, …" is headed by its first clause: the words after it
        // were shown "hướng dẫn việc học tập, quán triệt …", as if the paragraph began there.
        var unannounced = new List<string>();
        var checkedSnippets = 0;
        foreach (var (id, section, _, text, shown) in await heldOut.ShownPassages(q))
        {
            if (shown.StartsWith('…')) continue;
            var at = Regex.Match(text, string.Join(@"\s+", shown.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6).Select(Regex.Escape)));
            if (!at.Success) continue;
            checkedSnippets++;
            var before = text[..at.Index].TrimEnd(' ', '\t', '*', '_', '#');
            if (!(before.Length == 0 || before[^1] is '\n' or '.' or '!' or '?' || (before[^1] == ':' && char.IsUpper(shown[0]))))
                unannounced.Add($"{id}#{section}: {shown}");
        }
        Assert.True(checkedSnippets > 0, $"no snippet of \"{q}\" without a leading ellipsis");
        Assert.Empty(unannounced);
    }

    [Fact]
    public async Task Abbreviations_joined_by_an_ampersand_find_them_joined_by_a_hyphen()
    {
        // Thanh Hóa and Hà Tĩnh write "trung tâm GDNN-GDTX", Lào Cai "GDNN&GDTX": typed with "&", the name was one word no held-out
        // text holds, and found nothing ("GDNN-GDTX" typed was already read either way).
        var writing = Directory.GetFiles(TestPaths.HeldOut).Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"GDNN\s*[-&]\s*GDTX")).Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.Equal(2, writing.Count);
        Assert.Equal(writing, ApiFixture.HitIds(await heldOut.Search("GDNN&GDTX", "&size=50")).Order());
    }

    [Theory]
    [InlineData("2 buổi/ngày")]
    [InlineData("bão số 3")]
    public async Task A_number_typed_alone_does_not_mark_the_number_of_a_section(string q)
    {
        // "<mark>2</mark>. Tổ chức dạy học <mark>2</mark> buổi/ngày" (104) and "“<mark>3</mark>. Hội đồng tuyển sinh …" (117, a clause an
        // amendment quotes): the number heading an item was marked as the number typed.
        var snippets = (await heldOut.Search(q, "&size=50")).GetProperty("hits").EnumerateArray()
            .SelectMany(h => h.GetProperty("passages").EnumerateArray()).Select(p => p.GetProperty("snippet").GetString()!).ToList();
        Assert.NotEmpty(snippets);
        Assert.All(snippets, s => Assert.DoesNotMatch(@"(^|“|&quot;)\s*<mark>\d+</mark>[.)] ", s));
    }

    [Theory]
    [InlineData("bão số 3", "3", "117_heldout_tt_bgddt", 1)]
    [InlineData("bão số 3", "3", "120_heldout_tb_sgd", 3)]
    public async Task A_sections_number_does_not_choose_it_as_a_passage_for_the_number_typed(string q, string number, string id, int saying)
    {
        // "bão số 3" showed 117's "3. Kỳ tuyển sinh …" before its "4. Khoản 3 Điều 9 …", and 120's "3. Khẩn trương rà soát …" rather than
        // its section citing a letter of 11/3/2024: the "3" numbering a section still counted as the number typed when passages were
        // chosen, though the snippet no longer marked it.
        var numbering = $@"(?:^|\n|“|"")[ \t#*(]*{number}(?:[.)-]|(?:\.\d+)+\.?) ";
        bool SaysTheNumber(string text) => Regex.Matches(text, $@"(?<![\d.]){number}(?!\d)").Count > Regex.Matches(text, numbering).Count;
        var texts = (await heldOut.Get($"/api/documents/{id}")).GetProperty("sections").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("text").GetString()!);
        var hit = (await heldOut.Search(q, "&size=50")).GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("document").GetProperty("id").GetString() == id);
        var shown = hit.GetProperty("passages").EnumerateArray().Select(p => texts[p.GetProperty("sectionId").GetString()!]).ToList();
        Assert.All(shown.Take(saying), t => Assert.True(SaysTheNumber(t), t[..Math.Min(t.Length, 80)]));
    }

    [Fact]
    public async Task An_annex_titled_without_a_kind_is_not_the_recipients_list()
    {
        // 109's annex opens "## KHUNG KẾ HOẠCH THỜI GIAN NĂM HỌC …" then "(Kèm theo Quyết định số 2791/QĐ-BGDĐT …)": it names no kind, and
        // its title and lead were the "Nơi nhận" section's, which "QĐ 2791" showed as its passage headed "Nơi nhận".
        const string id = "109_heldout_bgddt_qd";
        var sections = (await heldOut.Get($"/api/documents/{id}")).GetProperty("sections").EnumerateArray().ToList();
        var recipients = sections.Single(s => s.GetProperty("id").GetString() == "noi-nhan").GetProperty("text").GetString()!;
        Assert.DoesNotContain("KHUNG KẾ HOẠCH", recipients);
        Assert.DoesNotContain("Kèm theo", recipients);
        var annex = sections.Single(s => s.GetProperty("heading").GetString() == "KHUNG KẾ HOẠCH THỜI GIAN NĂM HỌC 2024 - 2025 (ĐIỀU CHỈNH)");
        Assert.Contains("(Kèm theo Quyết định số 2791/QĐ-BGDĐT", annex.GetProperty("text").GetString());
        var hit = (await heldOut.Search("QĐ 2791")).GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("document").GetProperty("id").GetString() == id);
        Assert.All(hit.GetProperty("passages").EnumerateArray(), p => Assert.NotEqual("Nơi nhận", p.GetProperty("heading").GetString()));
    }

    [Theory]
    [InlineData("5/9/2024")]
    [InlineData("05 tháng 9 năm 2024")]
    public async Task A_date_weighs_the_same_however_a_text_writes_it(string typed)
    {
        // 101 writes "ngày 05 tháng 9 năm 2024" once, 107 "05/9/2024" twice: 101 came first, its score ten times 107's and twelve times
        // each text writing the date once in figures, the five words of the date in words (two of them marked) weighing more than three.
        const string date = @"(?<![\d/.-])0?5\s*(?:[/-]|tháng)\s*0?9\s*(?:[/-]|năm)\s*2024(?!\d)";
        var found = (await heldOut.Search(typed, "&size=50")).GetProperty("hits").EnumerateArray()
            .Select(h => (Id: h.GetProperty("document").GetProperty("id").GetString()!, Score: h.GetProperty("score").GetDouble())).ToList();
        int Times(string id) => Regex.Matches(TestPaths.HeldOutText(id), date).Count;
        bool InWords(string id) => Regex.IsMatch(TestPaths.HeldOutText(id), @"(?<!\d)0?5 tháng 0?9 năm 2024");
        Assert.Contains(found, h => InWords(h.Id));
        Assert.Equal(found.Max(h => Times(h.Id)), Times(found[0].Id));
        var inWords = found.Single(h => InWords(h.Id));
        var onceInFigures = found.Where(h => !InWords(h.Id) && Times(h.Id) == 1).ToList();
        Assert.NotEmpty(onceInFigures);
        Assert.All(onceInFigures, h => Assert.True(inWords.Score < 2 * h.Score, $"{inWords.Id} (in words) {inWords.Score} against {h.Id} {h.Score}"));
    }

    [Theory]
    [InlineData("Luật 43/2019")]
    [InlineData("luat so 43/2019")]
    public async Task A_law_named_by_its_kind_number_and_year_finds_the_texts_citing_its_symbol(string typed)
    {
        // 43/2019/QH14 (Luật Giáo dục) has no type code: "Luật 43/2019" found nothing while "43/2019" found the texts citing it.
        var citing = ApiFixture.HitIds(await heldOut.Search("43/2019/QH14"));
        Assert.NotEmpty(citing);
        Assert.Equal(citing.ToHashSet(), ApiFixture.HitIds(await heldOut.Search(typed)).Take(citing.Count).ToHashSet());
    }

    [Fact]
    public async Task A_letter_is_found_by_its_kind_and_number()
    {
        // "công văn 4567" found nothing: a letter's symbol has no type code (4567/BGDĐT-GDTH), and its header says "Số: 4567/…",
        // never "công văn 4567". Every held-out letter must come back for its kind and number, typed with marks or without.
        var letters = (await heldOut.Get("/api/documents?size=100")).EnumerateArray()
            .Where(d => d.GetProperty("kind").GetString() == "Công văn" && d.GetProperty("symbol").GetString() is not null).ToList();
        Assert.True(letters.Count >= 3, $"{letters.Count} letters");
        foreach (var letter in letters)
        {
            var number = letter.GetProperty("symbol").GetString()!.Split('/')[0];
            foreach (var typed in new[] { $"công văn {number}", $"cong van so {number}", $"CV {number}", $"cv số {number}" })
            {
                var hits = ApiFixture.HitIds(await heldOut.Search(typed));
                Assert.True(hits.Contains(letter.GetProperty("id").GetString()!), $"\"{typed}\": {string.Join(", ", hits)}");
            }
        }
    }

    [Theory]
    [InlineData("tuyển sinh lớp 10")]
    [InlineData("bồi dương giáo viên")]
    [InlineData("tiếng Việt cho học sinh DTTS")]
    public async Task Texts_holding_every_typed_word_rank_above_those_lacking_one(string q)
    {
        // "tuyển sinh lớp 10" listed first a circular repeating "tuyển sinh" that never says "lớp" (score 0.08, twice the next), above
        // every text saying "tuyển sinh vào lớp 10"; "tiếng Việt cho học sinh DTTS" listed first a plan without "DTTS".
        var hits = (await heldOut.Search(q, "&size=50")).GetProperty("hits").EnumerateArray()
            .Select(h => (Id: h.GetProperty("document").GetProperty("id").GetString()!, Missing: h.GetProperty("missing").GetArrayLength())).ToList();
        var complete = hits.Count(h => h.Missing == 0);
        Assert.True(complete >= 2 && complete < hits.Count, $"\"{q}\": {complete} of {hits.Count} hits hold every word: the query tests nothing");
        // Not every one: a text scattering the words over forty paragraphs may still rank below one lacking a word of four.
        var firstPartial = hits.FindIndex(h => h.Missing > 0);
        Assert.True(firstPartial >= Math.Min(complete, 2), $"\"{q}\": {string.Join(", ", hits.Select(h => $"{h.Id[..3]}-{h.Missing}"))}");
    }

    [Theory]
    [InlineData("thiếu giáo viên")]
    [InlineData("sạt lở đất")]
    [InlineData("dẫn")]
    public async Task A_word_typed_with_its_marks_is_lacking_where_a_text_has_it_only_with_other_marks(string q)
    {
        // "thiếu giáo viên" listed third, lacking nothing, a resolution that says "thiểu số" and never "thiếu"; "sạt lở đất" listed
        // texts saying "sát", "lộ" and "đạt" as holding every word. Typed without marks, any marks are the word.
        var hits = (await heldOut.Search(q, "&size=50")).GetProperty("hits").EnumerateArray().ToList();
        var lacking = 0;
        var seenLacking = false;
        foreach (var hit in hits)
        {
            var id = hit.GetProperty("document").GetProperty("id").GetString()!;
            var text = TestPaths.HeldOutText(id);
            var expected = q.Split(' ').Where(w => !TestPaths.HoldsAsTyped(text, w)).ToList();
            var missing = hit.GetProperty("missing").EnumerateArray().Select(m => m.GetString()!).ToList();
            Assert.True(expected.SequenceEqual(missing), $"{id}: missing [{string.Join(", ", missing)}], lacks [{string.Join(", ", expected)}]");
            Assert.False(seenLacking && missing.Count == 0, $"\"{q}\": {id}, holding every word, ranks below a text lacking one");
            seenLacking |= missing.Count > 0;
            if (missing.Count > 0) lacking++;
        }
        Assert.True(lacking > 0, $"every hit of \"{q}\" holds every word as typed: the query tests nothing");
        var unmarked = VietnameseFolding.FoldAll(q);
        Assert.Empty((await heldOut.Search(unmarked, "&size=50")).GetProperty("hits").EnumerateArray().SelectMany(h => h.GetProperty("missing").EnumerateArray()));
    }

    [Theory]
    [InlineData("dẫn")]
    [InlineData("thiếu")]
    [InlineData("Luật")]
    public async Task The_first_passage_of_a_text_holding_the_word_as_typed_shows_it_so(string q)
    {
        // "dẫn" showed 104 first as "…Ủy ban nhân <mark>dân</mark> Quận 1…": its section opens with "… hướng dẫn này …", the words its
        // heading shows, and the snippet was taken from after them since "dân" matched there folded.
        var hits = (await heldOut.Search(q, "&size=50")).GetProperty("hits").EnumerateArray().ToList();
        var holding = 0;
        foreach (var hit in hits.Where(h => h.GetProperty("missing").GetArrayLength() == 0))
        {
            holding++;
            var snippet = hit.GetProperty("passages")[0].GetProperty("snippet").GetString()!;
            Assert.True(snippet.Contains($"<mark>{q}</mark>", StringComparison.OrdinalIgnoreCase),
                $"{hit.GetProperty("document").GetProperty("id").GetString()}: {snippet}");
        }
        Assert.True(holding >= 3, $"{holding} hits hold \"{q}\"");
    }

    [Fact]
    public async Task A_word_excluded_without_marks_among_marked_words_is_that_word_not_its_other_tones()
    {
        // "phổ cập giáo dục -Lai" dropped 100, 102, 106 and 115, which say "lại" and never "Lai". Typed among marked words, an
        // unmarked word is written as meant: the level tone. A query typed without marks anywhere still folds ("-Lai" alone).
        static bool SaysLai(string id) => AnalyzedToken.Analyze(TestPaths.HeldOutText(id)).Any(t => t.Exact == "lai");
        static bool SaysAnyTone(string id) => TestPaths.FoldedWords(TestPaths.HeldOutText(id)).Contains(" lai ", StringComparison.Ordinal);
        var all = ApiFixture.HitIds(await heldOut.Search("phổ cập giáo dục", "&size=50"));
        var excluded = ApiFixture.HitIds(await heldOut.Search("phổ cập giáo dục -Lai", "&size=50"));
        Assert.Contains(all, id => !SaysLai(id) && SaysAnyTone(id));
        Assert.Equal(all.Where(id => !SaysLai(id)).Order(), excluded.Order());
        var unmarked = ApiFixture.HitIds(await heldOut.Search("pho cap giao duc -Lai", "&size=50"));
        Assert.Equal(all.Where(id => !SaysAnyTone(id)).Order(), unmarked.Order());
    }

    [Theory]
    [InlineData("TP.HCM")]
    [InlineData("tp hcm")]
    [InlineData("TP. HCM")]
    [InlineData("TPHCM")]
    public async Task The_citys_short_names_find_what_names_it_in_full(string typed)
    {
        // "TP.HCM" found nothing though a held-out plan writes "Thành phố Hồ Chí Minh" (and "TP HCM" would have matched "thành phố"
        // and the "Hồ Chí Minh" of the President's thought anywhere).
        var expected = ApiFixture.HitIds(await heldOut.Search("\"Thành phố Hồ Chí Minh\""));
        Assert.NotEmpty(expected);
        var found = await heldOut.Search(typed);
        Assert.Equal(expected.Order(), ApiFixture.HitIds(found).Order());
        Assert.Equal(typed, found.GetProperty("query").GetString());
    }

    [Fact]
    public async Task The_state_motto_under_every_header_is_not_searched()
    {
        // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" heads every directive: "giáo dục hòa nhập" found all 32
        // held-out and seed texts through its "HÒA", and their snippets showed the motto.
        var documents = (await heldOut.Get("/api/documents")).GetArrayLength();
        Assert.Equal(0, (await heldOut.Search("\"Độc lập - Tự do - Hạnh phúc\"")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await heldOut.Search("\"cộng hòa xã hội chủ nghĩa\"")).GetProperty("total").GetInt32());
        var inclusive = await heldOut.Search("giáo dục hòa nhập", "&size=50");
        Assert.InRange(inclusive.GetProperty("total").GetInt32(), 1, documents - 1);
        Assert.DoesNotContain(inclusive.GetProperty("hits").EnumerateArray().SelectMany(h => h.GetProperty("passages").EnumerateArray()),
            p => p.GetProperty("snippet").GetString()!.Contains("CỘNG <mark>HÒA</mark>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("43/2019/QH14")]
    [InlineData("Luật Giáo dục số 43/2019/QH14")]
    [InlineData("43/2019/qh14 phổ cập")]
    public async Task A_laws_number_finds_the_texts_citing_it_by_name_as_the_graph_does(string typed)
    {
        // One held-out resolution cites "Luật Giáo dục số 43/2019/QH14"; six texts cite "Luật Giáo dục năm 2019" or "… ngày 14 tháng 6
        // năm 2019", and the graph joins them to the number. Searching the number found the resolution alone.
        var law = (await heldOut.Get("/api/instruments?q=43/2019/QH14")).EnumerateArray().Single();
        var citing = (await heldOut.Get($"/api/instruments/{law.GetProperty("key").GetString()}")).GetProperty("citedBy").EnumerateArray()
            .Select(c => c.GetProperty("document").GetProperty("id").GetString()!).ToHashSet();
        // The graph joins them (118's "Luật Giáo dục 2019", its year written bare, took the name's key back from the number).
        Assert.True(citing.Count(id => !TestPaths.FoldedWords(TestPaths.HeldOutText(id)).Contains("43/2019/qh14")) >= 6, string.Join(", ", citing));
        Assert.Contains("118_heldout_kh_truong", citing);
        Assert.Equal(law.GetProperty("key").GetString(), (await heldOut.Get("/api/instruments/luat-giao-duc-2019")).GetProperty("key").GetString());
        var found = await heldOut.Search(typed, "&size=50");
        var expected = typed.Contains("phổ cập")
            ? citing.Where(id => TestPaths.FoldedWords(TestPaths.HeldOutText(id)) is var words && words.Contains(" pho ") && words.Contains(" cap ")).ToHashSet()
            : citing;
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), ApiFixture.HitIds(found).Order());
        // Each shows the section citing the law, by name where it has no number.
        Assert.All(found.GetProperty("hits").EnumerateArray(), hit => Assert.NotEmpty(hit.GetProperty("passages").EnumerateArray()));
    }

    [Theory]
    [InlineData("Luật Giáo dục năm 2019")]
    [InlineData("luat giao duc 2019")]
    [InlineData("LUẬT GIÁO DỤC 2019")]
    public async Task A_law_named_with_its_year_ranks_every_text_citing_it_first(string typed)
    {
        // "Luật Giáo dục ngày 14 tháng 6 năm 2019" ranked 10th to 14th, under texts holding "giáo dục" and a 2019 date apart, and one
        // citing no such law; the graph knows which texts cite it, by name in any words or by number.
        var citing = (await heldOut.Get("/api/instruments/luat-giao-duc-2019")).GetProperty("citedBy").EnumerateArray()
            .Select(c => c.GetProperty("document").GetProperty("id").GetString()!).ToHashSet();
        Assert.True(citing.Count >= 8, string.Join(", ", citing));
        var hits = ApiFixture.HitIds(await heldOut.Search(typed, "&size=50"));
        Assert.True(hits.Count > citing.Count, $"{hits.Count} hits");
        Assert.Equal(citing.Order(), hits.Take(citing.Count).Order());
    }

    [Theory]
    [InlineData("Luật giáo dục 2019")]
    [InlineData("Luật Giáo dục năm 2019")]
    [InlineData("luat giao duc 2019")]
    public async Task A_law_named_with_its_year_is_shown_and_marked_whole_in_the_texts_citing_it(string typed)
    {
        // From a tester: 113's passage stopped at "… theo Luật số 63/2020/QH14 …; Căn cứ Luật Giáo dục số…", before the law's number, with
        // every "Luật" of its grounds and another law's 47/2019/QH14 marked; 105 marked the decree 76/2019/NĐ-CP, 123 the decision 25/2019/QĐ-UBND.
        var checkedHits = await LawSnippets.AssertShownWhole(heldOut, typed, "luat-giao-duc-2019", "Luật Giáo dục", "2019");
        Assert.True(checkedHits >= 8, $"{checkedHits} hits cite the law");
    }

    [Theory]
    [InlineData("Phó Chủ tịch UBND tỉnh")]
    [InlineData("Tỉnh ủy HĐND tỉnh")]
    [InlineData("Bộ Giáo dục và Đào tạo")]
    public async Task A_passage_found_by_the_signature_shows_no_recipient(string q)
    {
        // Search reads the signature under "Nơi nhận" but not the list: a hit found by "PHÓ CHỦ TỊCH" showed "TT Tỉnh ủy, TT HĐND
        // tỉnh (b/c); CT, các PCT UBND tỉnh; …" as its passage, marked.
        var passages = (await heldOut.Search(q, "&size=50")).GetProperty("hits").EnumerateArray()
            .SelectMany(h => h.GetProperty("passages").EnumerateArray()).ToList();
        Assert.Contains(passages, p => p.GetProperty("sectionId").GetString()!.StartsWith("noi-nhan", StringComparison.Ordinal));
        Assert.All(passages, p => Assert.DoesNotMatch(@"b/c|Lưu:|\bLưu VT", p.GetProperty("snippet").GetString()!));
    }

    [Theory]
    [InlineData("kiêm định chất lượng", "kiểm định chất lượng")]
    [InlineData("phô cập giáo dục", "phổ cập giáo dục")]
    public async Task A_tone_skipped_on_one_word_of_a_phrase_typed_with_tones_ranks_as_the_phrase_typed_in_full(string typed, string written)
    {
        // "kiêm" for "kiểm": the phrase was sought with its marks as typed, found nowhere, and the plans saying "nâng cao chất lượng" in
        // their titles came first; "phô cập giáo dục" put the texts saying "PCGD" first and listed those saying "phổ cập giáo dục" as lacking it.
        var writing = Directory.GetFiles(TestPaths.HeldOut).Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal))
            .Count(f => File.ReadAllText(f).Contains(written, StringComparison.OrdinalIgnoreCase));
        var result = await heldOut.Search(typed, "&size=50");
        var expected = ApiFixture.HitIds(await heldOut.Search(written, "&size=50"));
        Assert.True(writing >= 2, $"{written}: written in {writing} held-out directives");
        Assert.Equal(expected.Take(writing), ApiFixture.HitIds(result).Take(writing));
        Assert.All(result.GetProperty("hits").EnumerateArray().Take(writing), h => Assert.Empty(h.GetProperty("missing").EnumerateArray()));
    }

    [Fact]
    public async Task A_passage_showing_the_word_typed_marks_none_of_its_syllables_in_other_words()
    {
        // "phổ cập" marked "phổ" in "phổ thông" and "cập" in "cập nhật" in the very passages showing "phổ cập" (the view did not).
        var snippets = (await heldOut.Search("phổ cập", "&size=50")).GetProperty("hits").EnumerateArray()
            .SelectMany(h => h.GetProperty("passages").EnumerateArray()).Select(p => p.GetProperty("snippet").GetString()!)
            .Where(s => s.Contains("<mark>phổ</mark> <mark>cập</mark>", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(snippets.Count >= 3, $"{snippets.Count} passages show the word");
        Assert.All(snippets, s => Assert.DoesNotMatch(@"(?i)<mark>phổ</mark> thông|<mark>cập</mark> nhật", s));
    }

    [Theory]
    [InlineData("nhiệm vụ trọng tâm năm học 2023-2024", "2023-2024")]
    [InlineData("nhiem vu trong tam nam hoc 2024 - 2025", "2024-2025")]
    [InlineData("kế hoạch năm học 2024-25", "2024-2025")]
    public async Task A_school_year_typed_puts_that_years_texts_on_the_task_first(string typed, string year)
    {
        // "nhiệm vụ trọng tâm năm học 2023-2024" listed the 2024-2025 directives titled "… nhiệm vụ trọng tâm năm học 2024 - 2025" above
        // that year's plans: their titles held the words in a row, and the "2023 - 2024" they look back on.
        // Among the hits holding every word typed (a hit lacking one ranks below them all), that year's come first.
        var years = (await heldOut.Search(typed, "&size=50")).GetProperty("hits").EnumerateArray()
            .Where(h => h.GetProperty("missing").GetArrayLength() == 0)
            .Select(h => h.GetProperty("document").GetProperty("schoolYear").GetString()).ToList();
        var ofYear = years.Count(y => y == year);
        Assert.True(ofYear >= 2, $"{typed}: {ofYear} hits of {year}");
        Assert.All(years.Take(ofYear), y => Assert.Equal(year, y));
    }

    [Theory]
    [InlineData("Luật giáo dục 2019")]
    [InlineData("luat giao duc 2019")]
    [InlineData("Luật Giáo dục năm 2019")]
    public async Task A_law_typed_by_its_name_and_year_is_named_where_a_text_gives_its_number_too(string typed)
    {
        // 113 and 115 write "Luật Giáo dục số 43/2019/QH14": the law named joined its numbered node, which the name no longer found, and
        // staff typing the law's name saw no card above the hits (the seeds, where no text gives the number, showed one).
        var law = Assert.Single((await heldOut.Search(typed)).GetProperty("instruments").EnumerateArray());
        Assert.Equal("43-2019-qh14-2019", law.GetProperty("key").GetString());
        Assert.Equal("Luật Giáo dục", law.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("tp hà nội")]
    [InlineData("ubnd tp hà nội")]
    [InlineData("kế hoạch tp hcm")]
    [InlineData("tp hồ chí minh")]
    public async Task An_abbreviation_typed_in_small_letters_is_not_offered_as_a_misspelt_word(string typed)
    {
        // "tp" (thành phố) and "hcm" (Hồ Chí Minh) are curated abbreviations, and the query found Hà Nội's and the city's directives, yet
        // staff were asked "tap hà nội?" and "kế hoạch tap hc?": two or three letters in small letters were read as a word short of letters.
        var result = await heldOut.Search(typed);
        Assert.NotEmpty(ApiFixture.HitIds(result));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("didYouMean").ValueKind);
    }

    [Theory]
    [InlineData("trường MN", "trường mầm non")]
    [InlineData("gv mn", "giáo viên mầm non")]
    public async Task MN_typed_for_mam_non_finds_the_texts_writing_it_out(string typed, string written)
    {
        // Staff write "MN" for mầm non as they write GV and HS ("các trường MN, TH, THCS" in three of these lists of recipients), and
        // typed it found one document, by the "MN" of a symbol (512/PGDĐT-MN), of the eight saying "trường mầm non".
        var writing = Directory.GetFiles(TestPaths.HeldOut).Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains(written, StringComparison.OrdinalIgnoreCase)).Select(Path.GetFileNameWithoutExtension).ToHashSet();
        var found = ApiFixture.HitIds(await heldOut.Search(typed, "&size=50"));
        Assert.True(writing.Count >= 3, $"{written}: written in {writing.Count} held-out directives");
        Assert.True(writing.IsSubsetOf(found), $"{typed} misses {string.Join(", ", writing.Except(found))}");
    }

    [Theory]
    [InlineData("tt28/2020", "TT 28/2020")]
    [InlineData("TT22/2021/TT-BGDĐT", "TT 22/2021/TT-BGDĐT")]
    public async Task A_kinds_code_typed_against_a_number_and_year_is_that_instrument(string typed, string apart)
    {
        // A blind reader's query (eval-testers3.json z28): "tt05/2025", the code typed against the number and year, found nothing where
        // "TT 05/2025" found the circular.
        var found = ApiFixture.HitIds(await heldOut.Search(typed));
        Assert.NotEmpty(found);
        Assert.Equal(ApiFixture.HitIds(await heldOut.Search(apart)), found);
    }

    [Theory]
    [InlineData("21CT/TU", "21-ct-tu-2024-nghe-an")]
    [InlineData("2368QĐ-BGDĐT", "2368-qd-bgddt-2024")]
    public async Task A_symbol_typed_with_its_number_glued_to_its_type_code_is_that_symbol(string typed, string key)
    {
        // The hyphen or slash between the number and the code left out ("21CT/TU" for 21-CT/TU): nothing was found, no card shown, and
        // nothing offered, where "21 CT/TU" finds the directive.
        var result = await heldOut.Search(typed);
        Assert.Equal(ApiFixture.HitIds(await heldOut.Search(typed.Insert(typed.IndexOfAny(['C', 'Q']), " "))), ApiFixture.HitIds(result));
        Assert.NotEmpty(ApiFixture.HitIds(result));
        Assert.Contains(key, result.GetProperty("instruments").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
    }
}
