using System.Net;
using System.Text.Json;
using System.Net.Http.Json;

namespace EduPlan.Search.Tests.Http;

/// <summary>What makes citations in different directives one instrument of the graph, on the held-out directives (Data/heldout).</summary>
[Collection(HeldOutCollection.Name)]
public sealed class InstrumentIdentityTests(HeldOutFixture heldOut)
{
    [Fact]
    public async Task A_law_named_with_its_year_is_the_law_another_text_cites_by_name_and_number()
    {
        // 113 cites "Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015"; other directives name the same law
        // "ngày 19 tháng 6 năm 2015" without its number. They were two nodes, and the numbered one was cited by a single directive.
        var numbered = await heldOut.Get("/api/instruments/77-2015-qh13-2015");
        Assert.Equal("Luật Tổ chức chính quyền địa phương", numbered.GetProperty("title").GetString());
        var citing = numbered.GetProperty("citedBy").EnumerateArray().Select(c => c.GetProperty("document").GetProperty("id").GetString()).Distinct().ToList();
        Assert.Contains("113_heldout_nqhdnd", citing);
        Assert.True(citing.Count >= 3, string.Join(", ", citing));

        // The named key still leads there, with the node's citations (it answered the node with none).
        var named = await heldOut.Get("/api/instruments/luat-to-chuc-chinh-quyen-dia-phuong-2015");
        Assert.Equal("77-2015-qh13-2015", named.GetProperty("key").GetString());
        Assert.Equal(numbered.GetProperty("citedBy").GetArrayLength(), named.GetProperty("citedBy").GetArrayLength());
        var graph = await heldOut.Get("/api/graph?focus=luat-to-chuc-chinh-quyen-dia-phuong-2015&depth=1");
        Assert.Contains(graph.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("key").GetString() == "77-2015-qh13-2015");
        Assert.True(graph.GetProperty("edges").GetArrayLength() >= 3);
    }

    [Theory]
    // 107: "Kế hoạch số 168/KH-THPTCVL ngày 25/9/2023 của nhà trường", "Quyết định số 102/QĐ-THPTCVL … của Hiệu trưởng".
    [InlineData("168-kh-thptcvl-2023-can-tho", "Trường THPT Châu Văn Liêm")]
    [InlineData("102-qd-thptcvl-2024-can-tho", "Hiệu trưởng Trường THPT Châu Văn Liêm")]
    // 116, 118: a school's report and plan of last year, "của nhà trường".
    [InlineData("31-bc-thcstv-2023-lang-son", "Trường TH&THCS Tân Văn")]
    [InlineData("38-kh-mnhs-2023-dong-thap", "Trường Mầm non Hoa Sen")]
    public async Task A_schools_own_instrument_cited_as_the_schools_is_issued_by_the_school_its_header_names(string key, string issuer)
    {
        // The instrument's page named "nhà trường" (or "Hiệu trưởng") as the issuer: the words, not the school.
        Assert.Equal(issuer, (await heldOut.Get("/api/instruments/" + key)).GetProperty("issuer").GetString());
    }

    [Theory]
    // 120: "… hậu quả bão số 3 và Công điện số 05/CĐ-UBND ngày 15/9/2024 của Chủ tịch UBND tỉnh Yên Bái về việc …" ran into 91/CĐ-TTg's title.
    [InlineData("91-cd-ttg-2024", "Công điện số 05")]
    // 119: "Kết quả thực hiện Quyết định số 1677/QĐ-TTg … phê duyệt Đề án … giai đoạn 2018 - 2025 cho thấy mạng lưới trường, lớp …".
    [InlineData("1677-qd-ttg-2018", "cho thấy")]
    // 102: "Kết quả thực hiện Kế hoạch số 214/KH-UBND … về PCGD, XMC giai đoạn 2016-2020 cho thấy công tác PCGD, XMC của tỉnh …".
    [InlineData("214-kh-ubnd-2016-an-giang", "cho thấy")]
    public async Task An_instruments_title_is_its_subject_not_what_the_citing_sentence_goes_on_to_say(string key, string notInTitle)
    {
        var title = (await heldOut.Get("/api/instruments/" + key)).GetProperty("title").GetString();
        Assert.False(string.IsNullOrEmpty(title));
        Assert.DoesNotContain(notInTitle, title);
    }
}

/// <summary>What makes citations in different seeds one instrument of the graph.</summary>
[Collection(ApiCollection.Name)]
public sealed class SeedInstrumentIdentityTests(ApiFixture api)
{
    [Theory]
    [InlineData("Sức khỏe học đường")]
    [InlineData("Đề án tổng thể phát triển giáo dục thể chất")]
    [InlineData("Y tế trường học trong các")]
    public async Task A_central_programme_named_without_its_number_in_several_provinces_is_one_national_instrument(string name)
    {
        // 000 (Lai Châu), 001 (Bắc Giang) and 004 (Sơn La) each name the Prime Minister's programme without its number and without
        // an issuer: it was one node per province ("chuong-trinh-suc-khoe-hoc-duong-giai-doan-2021-2025-bac-giang", …), each cited once,
        // and the graph linked no province to another through it.
        var found = (await api.Get("/api/instruments?q=" + Uri.EscapeDataString(name))).EnumerateArray()
            .Where(i => i.GetProperty("symbol").GetString() is null).ToList();
        var programme = Assert.Single(found);
        Assert.Equal("national", programme.GetProperty("scope").GetString());
        var node = await api.Get("/api/instruments/" + programme.GetProperty("key").GetString());
        var citing = node.GetProperty("citedBy").EnumerateArray().Select(c => c.GetProperty("document").GetProperty("id").GetString()).Distinct().Order().ToList();
        Assert.Equal([Seeds.LaiChauDirective, Seeds.BacGiangPlan, Seeds.SonLaDecision], citing);
    }

    [Fact]
    public async Task A_provinces_own_named_plan_stays_the_provinces()
    {
        var own = (await api.Get("/api/instruments?q=" + Uri.EscapeDataString("bồi dưỡng học sinh giỏi tỉnh Bắc Giang"))).EnumerateArray()
            .First(i => i.GetProperty("kind").GetString() == "Đề án");
        Assert.Equal("Bắc Giang", own.GetProperty("scope").GetString());
    }
}

/// <summary>Instruments cited by name alone (the Constitution, laws listed after one kind word), each one node however a text writes it.</summary>
public sealed class NamedInstrumentIdentityTests
{
    /// <summary>A decision of a province's committee whose grounds are <paramref name="grounds"/>, as the province writes them.</summary>
    internal static string Decision(string province, string number, string grounds) =>
        $"ỦY BAN NHÂN DÂN\nTỈNH {province.ToUpperInvariant()}\n\nSố: {number}/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n" +
        $"{province}, ngày 05 tháng 9 năm 2024\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch phổ cập giáo dục năm học 2024 - 2025\n\n" +
        $"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH {province.ToUpperInvariant()}\n\n{grounds}\n\n" +
        "Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo.\n\nQUYẾT ĐỊNH:\n\n" +
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phổ cập giáo dục năm học 2024 - 2025.\n\n" +
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Văn An\n";

    [Fact]
    public async Task The_constitution_is_one_instrument_whichever_way_each_province_names_it()
    {
        // "Căn cứ Hiến pháp năm 2013" was no citation: no document linked to the Constitution, however it named it.
        using var served = await TestHost.ServeAsync("constitution",
            ("dienbien.txt", Decision("Điện Biên", "1201", "Căn cứ Hiến pháp năm 2013;\n\nCăn cứ Luật Giáo dục năm 2019;")),
            ("caobang.txt", Decision("Cao Bằng", "845", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013;\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")),
            ("laichau.txt", Decision("Lai Châu", "77", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nCăn cứ Luật Giáo dục năm 2019;")));
        var constitution = await Get(served, "/api/instruments/hien-phap-2013");
        Assert.Equal(("Hiến pháp", "national", 2013), (constitution.GetProperty("kind").GetString(), constitution.GetProperty("scope").GetString(),
            constitution.GetProperty("year").GetInt32()));
        var citing = CitingDocuments(constitution);
        Assert.Equal(["caobang", "dienbien", "laichau"], citing);
        Assert.All(constitution.GetProperty("citedBy").EnumerateArray(), c => Assert.Equal("can_cu", c.GetProperty("relation").GetString()));
        // The kind is one staff can filter the instruments by.
        var byKind = await Get(served, "/api/instruments?kind=" + Uri.EscapeDataString("Hiến pháp"));
        Assert.Equal(["hien-phap-2013"], byKind.EnumerateArray().Select(i => i.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task Each_law_listed_after_one_kind_word_is_the_law_another_province_cites_alone()
    {
        // "Căn cứ các Luật: Giáo dục năm 2019, Viên chức năm 2010" linked the decision to neither law; another province cites them one by one.
        using var served = await TestHost.ServeAsync("law-list",
            ("dienbien.txt", Decision("Điện Biên", "1201", "Căn cứ các Luật: Giáo dục năm 2019, Viên chức năm 2010;")),
            ("caobang.txt", Decision("Cao Bằng", "845", "Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14 tháng 6 năm 2019;\n\nCăn cứ Luật Viên chức năm 2010;")));
        foreach (var key in new[] { "luat-giao-duc-2019", "luat-vien-chuc-2010" })
        {
            var law = await Get(served, "/api/instruments/" + key);
            Assert.Equal("Luật", law.GetProperty("kind").GetString());
            var citing = law.GetProperty("citedBy").EnumerateArray()
                .Select(c => (c.GetProperty("document").GetProperty("id").GetString(), c.GetProperty("relation").GetString())).Distinct().Order();
            Assert.Equal([("caobang", "can_cu"), ("dienbien", "can_cu")], citing);
        }
        // The list's first law is the one Cao Bằng cites by its number.
        var numbered = await Get(served, "/api/instruments/luat-giao-duc-2019");
        Assert.Equal("43/2019/QH14", numbered.GetProperty("symbol").GetString());
    }

    [Fact]
    public async Task A_Party_conclusion_is_issued_by_the_body_most_citing_texts_name()
    {
        // Điện Biên and Lai Châu give 91-KL/TW to the Bộ Chính trị, Cao Bằng to the Ban Bí thư: the node took the shorter issuer, and every
        // province's citations showed the Ban Bí thư.
        using var served = await TestHost.ServeAsync("party-issuer",
            ("dienbien.txt", Decision("Điện Biên", "1201", "Căn cứ Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị;")),
            ("caobang.txt", Decision("Cao Bằng", "845", "Căn cứ Kết luận số 91-KL/TW ngày 12/8/2024 của Ban Bí thư;")),
            ("laichau.txt", Decision("Lai Châu", "77", "Căn cứ Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị;")));
        var conclusion = await Get(served, "/api/instruments/91-kl-tw-2024");
        Assert.Equal("Bộ Chính trị", conclusion.GetProperty("issuer").GetString());
        Assert.Equal(["caobang", "dienbien", "laichau"], CitingDocuments(conclusion));
        foreach (var id in new[] { "caobang", "dienbien", "laichau" })
            Assert.Equal("Bộ Chính trị", (await Get(served, $"/api/documents/{id}/citations")).EnumerateArray()
                .Select(c => c.GetProperty("instrument")).Single(i => i.GetProperty("symbol").GetString() == "91-KL/TW").GetProperty("issuer").GetString());
    }

    [Fact]
    public async Task A_law_whose_name_holds_a_comma_is_one_node_found_by_its_name_and_year()
    {
        // "Căn cứ Luật Cán bộ, công chức và Luật Viên chức" cited a "Luật Cán bộ", a node apart from the Luật Cán bộ, công chức another
        // province cites with its year.
        using var served = await TestHost.ServeAsync("law-with-comma",
            ("dienbien.txt", Decision("Điện Biên", "1201", "Căn cứ Luật Cán bộ, công chức năm 2008;\n\nCăn cứ Luật Viên chức năm 2010;")),
            ("caobang.txt", Decision("Cao Bằng", "845", "Căn cứ Luật Cán bộ, công chức và Luật Viên chức;")));
        var law = await Get(served, "/api/instruments/luat-can-bo-cong-chuc-2008");
        Assert.Equal(("Luật Cán bộ, công chức", 2008), (law.GetProperty("title").GetString(), law.GetProperty("year").GetInt32()));
        Assert.Equal(["caobang", "dienbien"], CitingDocuments(law));
        Assert.Equal(["caobang", "dienbien"], CitingDocuments(await Get(served, "/api/instruments/luat-vien-chuc-2010")));
        var named = (await Get(served, "/api/instruments?q=" + Uri.EscapeDataString("Luật Cán bộ"))).EnumerateArray();
        Assert.DoesNotContain(named, i => i.GetProperty("title").GetString() == "Luật Cán bộ");
        foreach (var typed in new[] { "Luật Cán bộ, công chức 2008", "Luật Cán bộ, công chức năm 2008", "luat can bo cong chuc 2008" })
        {
            var answer = await Get(served, "/api/search?q=" + Uri.EscapeDataString(typed));
            Assert.Equal(["luat-can-bo-cong-chuc-2008"], answer.GetProperty("instruments").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
            Assert.Equal(["caobang", "dienbien"], answer.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("document").GetProperty("id").GetString()).Order());
        }
    }

    [Fact]
    public async Task A_law_listed_after_one_kind_word_is_marked_whole_where_its_name_is_typed_with_the_kind()
    {
        // "Luật Viên chức 2010" marked "Viên", "chức" and "2010" one by one, and the list's "Luật", in a text citing "các Luật: Giáo dục
        // năm 2019, Viên chức năm 2010": the law was sought written "Luật Viên chức", as the list does not write it.
        using var served = await TestHost.ServeAsync("law-list-marks",
            ("dienbien.txt", Decision("Điện Biên", "1201", "Căn cứ các Luật: Giáo dục năm 2019, Viên chức năm 2010;\n\n" +
                "Căn cứ Luật Ngân sách nhà nước năm 2015;\n\nXét nhu cầu bồi dưỡng viên chức quản lý theo quy định của pháp luật năm 2024.")));
        var snippets = (await Get(served, "/api/search?q=" + Uri.EscapeDataString("Luật Viên chức 2010"))).GetProperty("hits").EnumerateArray()
            .Single(h => h.GetProperty("document").GetProperty("id").GetString() == "dienbien").GetProperty("passages").EnumerateArray()
            .Select(p => p.GetProperty("snippet").GetString()!).ToList();
        Assert.Contains("các Luật: Giáo dục năm 2019, <mark>Viên chức năm 2010</mark>;", snippets[0]);
        Assert.All(snippets, s => Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(s, "<mark>")));
        // The document view marks it as its snippet does, in its citation's link.
        var html = (await Get(served, "/api/documents/dienbien?q=" + Uri.EscapeDataString("Luật Viên chức 2010"))).GetProperty("html").GetString()!;
        Assert.Matches("<a class=\"citation\"[^>]*><mark>Viên chức năm 2010</mark></a>", html);
        Assert.DoesNotContain("<mark>Luật</mark>", html);
        Assert.DoesNotContain("<mark>Viên</mark>", html);
    }

    [Fact]
    public async Task A_Party_conclusion_is_issued_by_the_body_a_text_names_and_by_none_its_code_alone_guesses()
    {
        // "Kết luận số 91-KL/TW" cited without its issuer was the Ban Chấp hành Trung ương Đảng's, from the code TW, which the Bộ Chính trị and
        // the Ban Bí thư sign too; so was every Chỉ thị …-CT/TW, which the Central Committee never issues.
        using var served = await TestHost.ServeAsync("party-centre",
            ("dienbien.txt", Decision("Điện Biên", "1201", "Căn cứ Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 29-NQ/TW;")),
            ("caobang.txt", Decision("Cao Bằng", "845", "Căn cứ Kết luận số 91-KL/TW ngày 12/8/2024;\n\nCăn cứ Chỉ thị số 29-CT/TW ngày 05/01/2024;")));
        var conclusion = await Get(served, "/api/instruments/91-kl-tw-2024");
        Assert.Equal("Bộ Chính trị", conclusion.GetProperty("issuer").GetString());
        var ofCaoBang = (await Get(served, "/api/documents/caobang/citations")).EnumerateArray()
            .Select(c => c.GetProperty("instrument")).ToDictionary(i => i.GetProperty("symbol").GetString()!, i => i.GetProperty("issuer").GetString());
        Assert.Equal("Bộ Chính trị", ofCaoBang["91-KL/TW"]);
        Assert.Null(ofCaoBang["29-CT/TW"]);
        // Text sent to be read: the corpus's reading of a known conclusion, none for one the corpus does not know and the text does not name.
        var response = await served.Client.PostAsJsonAsync("/api/citations/extract", new { text = "Thực hiện Kết luận số 91-KL/TW ngày 12/8/2024 và Kết luận số 99-KL/TW ngày 5/9/2024." });
        var extracted = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray()
            .Select(c => c.GetProperty("instrument")).Select(i => (i.GetProperty("symbol").GetString(), i.GetProperty("issuer").GetString()));
        Assert.Equal([("91-KL/TW", "Bộ Chính trị"), ("99-KL/TW", null)], extracted);
    }

    [Fact]
    public async Task A_directive_cited_by_its_date_and_issuer_is_one_node_and_the_numbered_directive_where_another_text_gives_its_number()
    {
        // "Chỉ thị ngày 26/8/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo" linked the decision to nothing.
        using var served = await TestHost.ServeAsync("dated-directive",
            ("dienbien.txt", Decision("Điện Biên", "1201", "Căn cứ Chỉ thị ngày 26/8/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo về nhiệm vụ năm học 2024 - 2025;\n\nCăn cứ Chỉ thị ngày 05/01/2024 của Bộ Chính trị;")),
            ("caobang.txt", Decision("Cao Bằng", "845", "Căn cứ Chỉ thị ngày 26 tháng 8 năm 2024 của Bộ trưởng Bộ GDĐT;\n\nCăn cứ Chỉ thị số 29-CT/TW ngày 05/01/2024 của Bộ Chính trị;")));
        var ministers = await Get(served, "/api/instruments/chi-thi-2024-08-26-bo-giao-duc-va-dao-tao");
        Assert.Equal(("Chỉ thị", "2024-08-26", "Bộ Giáo dục và Đào tạo", "national"), (ministers.GetProperty("kind").GetString(),
            ministers.GetProperty("date").GetString(), ministers.GetProperty("issuer").GetString(), ministers.GetProperty("scope").GetString()));
        var graph = await Get(served, "/api/graph?focus=chi-thi-2024-08-26-bo-giao-duc-va-dao-tao&depth=1");
        Assert.Contains(graph.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("label").GetString() == "Chỉ thị nhiệm vụ năm học 2024 - 2025");
        Assert.Equal(["caobang", "dienbien"], CitingDocuments(ministers));
        var politburos = await Get(served, "/api/instruments/29-ct-tw-2024");
        Assert.Equal(["caobang", "dienbien"], CitingDocuments(politburos));
    }

    [Fact]
    public async Task A_directive_cited_by_its_date_is_one_node_whether_its_issuer_is_named_short_or_in_full()
    {
        // "Chỉ thị ngày 26/8/2024 của Thủ tướng" and "… của Thủ tướng Chính phủ" are the Prime Minister's one directive of that day: they were
        // two nodes, the first of them Điện Biên's, and text sent to be read naming it short was an instrument the corpus did not know.
        using var served = await TestHost.ServeAsync("dated-short-issuer",
            ("dienbien.txt", Decision("Điện Biên", "1201", "Căn cứ Chỉ thị ngày 26/8/2024 của Thủ tướng về nhiệm vụ năm học 2024 - 2025;\n\nCăn cứ Chỉ thị ngày 05/9/2024 của Bộ trưởng Bộ Giáo dục;")),
            ("caobang.txt", Decision("Cao Bằng", "845", "Căn cứ Chỉ thị ngày 26/8/2024 của Thủ tướng Chính phủ;\n\nCăn cứ Chỉ thị ngày 05/9/2024 của Bộ GD-ĐT;")));
        var primeMinisters = await Get(served, "/api/instruments/chi-thi-2024-08-26-thu-tuong-chinh-phu");
        Assert.Equal(("Thủ tướng Chính phủ", "national"), (primeMinisters.GetProperty("issuer").GetString(), primeMinisters.GetProperty("scope").GetString()));
        Assert.Equal(["caobang", "dienbien"], CitingDocuments(primeMinisters));
        Assert.Equal(["caobang", "dienbien"], CitingDocuments(await Get(served, "/api/instruments/chi-thi-2024-09-05-bo-giao-duc-va-dao-tao")));
        var response = await served.Client.PostAsJsonAsync("/api/citations/extract",
            new { text = "Thực hiện Chỉ thị ngày 26/8/2024 của Thủ tướng và Chỉ thị ngày 26/8/2024 của Thủ tướng Chính phủ." });
        var cited = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray()
            .Select(c => (c.GetProperty("known").GetBoolean(), c.GetProperty("instrument").GetProperty("key").GetString()));
        Assert.Equal([(true, "chi-thi-2024-08-26-thu-tuong-chinh-phu"), (true, "chi-thi-2024-08-26-thu-tuong-chinh-phu")], cited);
    }

    [Fact]
    public async Task Text_sent_to_be_read_names_by_a_directives_date_the_numbered_directive_the_corpus_knows()
    {
        // The corpus cites 03/CT-BGDĐT of 26/8/2024 by number only: text citing "Chỉ thị ngày 26/8/2024 của Bộ trưởng Bộ GDĐT" was read as an
        // instrument the corpus did not know, though the graph joins the two where a document of the corpus gives both.
        using var served = await TestHost.ServeAsync("dated-extract",
            ("caobang.txt", Decision("Cao Bằng", "845", "Căn cứ Chỉ thị số 03/CT-BGDĐT ngày 26/8/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo;")));
        var response = await served.Client.PostAsJsonAsync("/api/citations/extract",
            new { text = "Thực hiện Chỉ thị ngày 26/8/2024 của Bộ trưởng Bộ GDĐT và Chỉ thị ngày 27/8/2024 của Bộ trưởng Bộ GDĐT." });
        var cited = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray()
            .Select(c => (c.GetProperty("known").GetBoolean(), c.GetProperty("instrument").GetProperty("symbol").GetString()));
        Assert.Equal([(true, "03/CT-BGDĐT"), (false, null)], cited);
    }

    [Fact]
    public async Task A_telegram_cited_by_its_date_and_issuer_is_the_numbered_telegram_of_that_day()
    {
        // Testers' 550, 572 and 573: "Công điện ngày 14/01/2026 của Thủ tướng Chính phủ", the Prime Minister's one telegram of that day, which
        // 572 cites by number too (12/CĐ-TTg), was no citation; only a directive was read by its date.
        using var served = await TestHost.ServeAsync("dated-telegram",
            ("langson.txt", Decision("Lạng Sơn", "103", "Thực hiện Công điện số 12/CĐ-TTg ngày 14/01/2026 của Thủ tướng Chính phủ về ứng phó với rét đậm, rét hại;")),
            ("laocai.txt", Decision("Lào Cai", "88", "Thực hiện Công điện ngày 14/01/2026 của Thủ tướng Chính phủ về ứng phó với rét đậm, rét hại;\n\n" +
                                                     "Thực hiện Công văn ngày 15/01/2026 của Bộ Giáo dục và Đào tạo;")));
        var telegram = await Get(served, "/api/instruments/12-cd-ttg-2026");
        Assert.Equal(["langson", "laocai"], CitingDocuments(telegram));
        var response = await served.Client.PostAsJsonAsync("/api/citations/extract",
            new { text = "Thực hiện Công điện ngày 14/01/2026 của Thủ tướng Chính phủ và Công văn ngày 15/01/2026 của Bộ Giáo dục và Đào tạo." });
        var cited = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray()
            .Select(c => (c.GetProperty("known").GetBoolean(), c.GetProperty("instrument").GetProperty("symbol").GetString()));
        // A letter read by its date is its own node: a body sends dozens on a day, and the date names none of its numbered letters.
        Assert.Equal([(true, "12/CĐ-TTg"), (true, null)], cited);
    }

    [Fact]
    public async Task A_letter_cited_by_its_date_is_one_node_for_every_text_naming_it_so_and_its_repeats_without_the_issuer_are_it()
    {
        // Testers' 327, 524, 571-573, 583 and 753 (six readers): "Công văn ngày 14/11/2025 của Sở Giáo dục và Đào tạo về …", then "theo đúng
        // khung thời gian tại Công văn ngày 14/11/2025", and "Công văn hỏa tốc ngày 15/01/2026 của Bộ" were no citations: a letter was not
        // read by its date, nor a repeat without its issuer.
        using var served = await TestHost.ServeAsync("dated-letter",
            ("langson.txt", Decision("Lạng Sơn", "103", "Thực hiện Công văn hỏa tốc ngày 15/01/2026 của Bộ Giáo dục và Đào tạo về việc cho học sinh nghỉ học;\n\n" +
                                                       "Các trường báo cáo theo Công văn hỏa tốc ngày 15/01/2026 của Bộ.")),
            ("laocai.txt", Decision("Lào Cai", "88", "Căn cứ Công văn ngày 15/01/2026 của Bộ GDĐT;\n\n" +
                                                     "Lịch kiểm tra theo đúng khung thời gian tại Công văn ngày 15/01/2026. Đề kiểm tra theo ma trận.\n\n" +
                                                     "Các trường thực hiện Công văn ngày 20/01/2026.")));
        var letter = await Get(served, "/api/instruments/cong-van-2026-01-15-bo-giao-duc-va-dao-tao");
        Assert.Equal(("Công văn", "2026-01-15", "Bộ Giáo dục và Đào tạo"), (letter.GetProperty("kind").GetString(),
            letter.GetProperty("date").GetString(), letter.GetProperty("issuer").GetString()));
        Assert.Equal(["langson", "laocai"], CitingDocuments(letter));
        var ofLaoCai = (await Get(served, "/api/documents/laocai/citations")).EnumerateArray()
            .Select(c => (c.GetProperty("instrument").GetProperty("key").GetString(), c.GetProperty("relation").GetString())).ToList();
        // The repeat is the letter again; a letter of another day that no text names with its issuer is nothing the text says which.
        Assert.Equal([("cong-van-2026-01-15-bo-giao-duc-va-dao-tao", "can_cu"), ("cong-van-2026-01-15-bo-giao-duc-va-dao-tao", "thuc_hien")], ofLaoCai);
        // "… của Bộ" is the Bộ the text named in full, not a body of Lạng Sơn's.
        Assert.Equal(["cong-van-2026-01-15-bo-giao-duc-va-dao-tao", "cong-van-2026-01-15-bo-giao-duc-va-dao-tao"],
            (await Get(served, "/api/documents/langson/citations")).EnumerateArray().Select(c => c.GetProperty("instrument").GetProperty("key").GetString()));
    }

    [Fact]
    public async Task A_plan_or_decision_cited_by_its_date_and_issuer_is_one_node_and_the_same_words_in_small_letters_are_none()
    {
        // Testers' 905 and 910: "Kế hoạch ngày 20/3/2026 của Ủy ban nhân dân tỉnh", "Quyết định ngày 19/12/2025 của UBND tỉnh", "Thông báo kết
        // luận ngày 05/3/2026 của Ban Thường vụ Tỉnh ủy" were no citations: only a directive, a telegram and a letter were read by their date.
        // In small letters the words say what is done on a day ("gửi báo cáo ngày 15/4/2026", "quyết định ngày tựu trường").
        using var served = await TestHost.ServeAsync("dated-plan",
            ("ninhbinh.txt", Decision("Ninh Bình", "412", "Thực hiện Kế hoạch ngày 20/3/2026 của Ủy ban nhân dân tỉnh về triển khai dạy học 2 buổi/ngày; " +
                                                         "Thông báo kết luận ngày 05/3/2026 của Ban Thường vụ Tỉnh ủy.\n\n" +
                                                         "Các trường gửi báo cáo ngày 15/4/2026 về Sở; hiệu trưởng quyết định ngày 20/8/2026 tựu trường.")),
            ("ninhbinh2.txt", Decision("Ninh Bình", "415", "Căn cứ Kế hoạch ngày 20/3/2026 của UBND tỉnh;")));
        var plan = await Get(served, "/api/instruments/ke-hoach-2026-03-20-uy-ban-nhan-dan-tinh-ninh-binh-ninh-binh");
        Assert.Equal(("Kế hoạch", "2026-03-20"), (plan.GetProperty("kind").GetString(), plan.GetProperty("date").GetString()));
        Assert.Equal(["ninhbinh", "ninhbinh2"], CitingDocuments(plan));
        var cited = (await Get(served, "/api/documents/ninhbinh/citations")).EnumerateArray()
            .Select(c => (c.GetProperty("instrument").GetProperty("kind").GetString(), c.GetProperty("relation").GetString())).ToList();
        Assert.Equal([("Kế hoạch", "thuc_hien"), ("Thông báo", "thuc_hien")], cited);
    }

    [Fact]
    public async Task A_law_cited_by_its_name_alone_is_the_one_dated_law_of_that_name_and_none_where_two_years_are_known()
    {
        // "thực hiện Luật Viên chức" was a node of its own, "luat-vien-chuc", and a search for "Luật Viên chức 2010" found the text only by its
        // loose words. The corpus knows one Luật Viên chức, 2010's: the name alone is it. It knows the Luật Giáo dục of 2005 and of 2019:
        // "theo quy định của Luật Giáo dục" names neither.
        using var served = await TestHost.ServeAsync("yearless-law",
            ("dienbien.txt", Decision("Điện Biên", "1201", "Căn cứ Luật Viên chức năm 2010;\n\nCăn cứ Luật Giáo dục năm 2005;")),
            ("caobang.txt", Decision("Cao Bằng", "845", "Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14 tháng 6 năm 2019;")),
            ("laichau.txt", Decision("Lai Châu", "77", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n" +
                "Các trường thực hiện Luật Viên chức và Nghị định số 115/2020/NĐ-CP; tuyển sinh theo quy định của Luật Giáo dục.")));
        Assert.Equal(["dienbien", "laichau"], CitingDocuments(await Get(served, "/api/instruments/luat-vien-chuc-2010")));
        var ofLaiChau = (await Get(served, "/api/documents/laichau/citations")).EnumerateArray().Select(c => c.GetProperty("instrument"))
            .Where(i => i.GetProperty("kind").GetString() == "Luật").Select(i => i.GetProperty("key").GetString()).ToList();
        Assert.Contains("luat-vien-chuc-2010", ofLaiChau);
        Assert.Contains("luat-giao-duc", ofLaiChau);
        Assert.Equal(["dienbien"], CitingDocuments(await Get(served, "/api/instruments/luat-giao-duc-2005")));
        // Found as the law cited, not by its loose words: the text citing it by name alone ranks with the one citing its year.
        var answer = await Get(served, "/api/search?q=" + Uri.EscapeDataString("Luật Viên chức 2010"));
        Assert.Equal(["luat-vien-chuc-2010"], answer.GetProperty("instruments").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
        var scores = answer.GetProperty("hits").EnumerateArray()
            .ToDictionary(h => h.GetProperty("document").GetProperty("id").GetString()!, h => h.GetProperty("score").GetDouble());
        Assert.Equal(["dienbien", "laichau"], scores.Keys.Order());
        Assert.True(scores["laichau"] > scores["dienbien"] / 4, string.Join(", ", scores));
        // Text sent to be read: the law the corpus knows by that name, none of two.
        // Text sent to be read: the law the corpus knows by that name (no corpus text names the Luật Tổ chức chính quyền địa phương without
        // its year: it was an instrument the corpus did not know), the yearless node the corpus has where it knows two.
        var response = await served.Client.PostAsJsonAsync("/api/citations/extract",
            new { text = "Thực hiện Luật Viên chức; Luật Tổ chức chính quyền địa phương; tuyển sinh theo quy định của Luật Giáo dục." });
        var extracted = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray()
            .Select(c => (c.GetProperty("known").GetBoolean(), c.GetProperty("instrument").GetProperty("key").GetString())).ToList();
        Assert.Equal([(true, "luat-vien-chuc-2010"), (true, "luat-to-chuc-chinh-quyen-dia-phuong-2015"), (true, "luat-giao-duc")], extracted);
    }

    [Fact]
    public async Task A_provincial_congress_is_named_with_its_province_once()
    {
        // "Nghị quyết số 01-NQ/ĐH" in an Điện Biên text was issued by "Đại hội Đảng bộ tỉnh tỉnh Điện Biên": the code's name ends in its level.
        using var served = await TestHost.ServeAsync("congress",
            ("dienbien.txt", Decision("Điện Biên", "1201", "Căn cứ Nghị quyết số 01-NQ/ĐH ngày 16/10/2020;\n\nCăn cứ Chương trình số 16-CTr/TU ngày 05/3/2021;")));
        var issuers = (await Get(served, "/api/documents/dienbien/citations")).EnumerateArray().Select(c => c.GetProperty("instrument"))
            .ToDictionary(i => i.GetProperty("symbol").GetString()!, i => i.GetProperty("issuer").GetString());
        Assert.Equal("Đại hội Đảng bộ tỉnh Điện Biên", issuers["01-NQ/ĐH"]);
        Assert.Equal("Tỉnh ủy Điện Biên", issuers["16-CTr/TU"]);
    }

    [Fact]
    public async Task A_centrally_run_citys_bodies_named_from_their_codes_are_the_citys()
    {
        // Hà Nội's plan citing its own committees by code: "Tỉnh ủy Hà Nội" and "Ủy ban nhân dân tỉnh Hà Nội" were shown, bodies that do not exist.
        var plan = Decision("Hà Nội", "3001", "Căn cứ Nghị quyết số 01-NQ/ĐH ngày 16/10/2020;\n\nCăn cứ Chương trình số 06-CTr/TU ngày 17/3/2021;\n\n" +
            "Căn cứ Kế hoạch số 215/KH-UBND ngày 10/8/2024;\n\nCăn cứ Nghị quyết số 12/NQ-HĐND ngày 05/7/2024;")
            .Replace("TỈNH HÀ NỘI", "THÀNH PHỐ HÀ NỘI");
        using var served = await TestHost.ServeAsync("city", ("hanoi.txt", plan), ("dienbien.txt", Decision("Điện Biên", "1201", "Căn cứ Kế hoạch số 215/KH-UBND ngày 10/8/2024;")));
        var issuers = (await Get(served, "/api/documents/hanoi/citations")).EnumerateArray().Select(c => c.GetProperty("instrument"))
            .ToDictionary(i => i.GetProperty("symbol").GetString()!, i => i.GetProperty("issuer").GetString());
        Assert.Equal("Đại hội Đảng bộ thành phố Hà Nội", issuers["01-NQ/ĐH"]);
        Assert.Equal("Thành ủy Hà Nội", issuers["06-CTr/TU"]);
        Assert.Equal("Ủy ban nhân dân thành phố Hà Nội", issuers["215/KH-UBND"]);
        Assert.Equal("Hội đồng nhân dân thành phố Hà Nội", issuers["12/NQ-HĐND"]);
        Assert.Equal("Ủy ban nhân dân thành phố Hà Nội", (await Get(served, "/api/documents/hanoi")).GetProperty("issuer").GetString());
        // A province's stays the province's.
        var other = (await Get(served, "/api/documents/dienbien/citations")).EnumerateArray().Single().GetProperty("instrument");
        Assert.Equal("Ủy ban nhân dân tỉnh Điện Biên", other.GetProperty("issuer").GetString());
    }

    [Fact]
    public async Task A_law_named_again_in_an_amending_laws_title_is_the_law_the_text_numbers()
    {
        // 113 (Hà Giang): "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 …; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức
        // Chính phủ và Luật Tổ chức chính quyền địa phương số 47/2019/QH14 …". Beside 206 (Gia Lai), which cites that name's 2025 law
        // (72/2025/QH15), the second naming linked to a node of the name alone, cited by 113 alone.
        using var served = await TestHost.ServeAsync("amended-law-named",
            ("113.txt", TestPaths.HeldOutText("113_heldout_nqhdnd")),
            ("206.txt", File.ReadAllText(Path.Combine(TestPaths.Testers, "206_f_nq_hdnd_gialai_hocphi.txt"))));
        var named = (await Get(served, "/api/documents/113/citations")).EnumerateArray()
            .Where(c => c.GetProperty("surface").GetString() == "Luật Tổ chức chính quyền địa phương").ToList();
        Assert.Single(named);
        Assert.Equal("77-2015-qh13-2015", named[0].GetProperty("instrument").GetProperty("key").GetString());
        var law = await Get(served, "/api/instruments/77-2015-qh13-2015");
        Assert.Contains(law.GetProperty("citedBy").EnumerateArray(), c => c.GetProperty("document").GetProperty("id").GetString() == "113"
            && c.GetProperty("start").GetInt32() == named[0].GetProperty("start").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await served.Client.GetAsync("/api/instruments/luat-to-chuc-chinh-quyen-dia-phuong")).StatusCode);
    }

    private static async Task<JsonElement> Get(ServedCorpus served, string url) => JsonDocument.Parse(await served.Client.GetStringAsync(url)).RootElement;

    /// <summary>The documents citing an instrument, each once, by id.</summary>
    private static IEnumerable<string?> CitingDocuments(JsonElement instrument) =>
        instrument.GetProperty("citedBy").EnumerateArray().Select(c => c.GetProperty("document").GetProperty("id").GetString()).Distinct().Order();
}

/// <summary>Instruments cited by name or by date alone, one node with the numbered instrument on the testers' directives (Data/testers).</summary>
[Collection(TestersCollection.Name)]
public sealed partial class TesterInstrumentIdentityTests(TestersFixture testers)
{
    [Fact]
    public async Task A_citation_in_an_indented_markdown_paragraph_is_where_its_words_are()
    {
        // fixer-za's 312: a Markdown paragraph indented four spaces (a footnote's second paragraph) is a code block, whose lines were
        // mapped from their start, not their text's: each citation's offsets, and so its link in the page, fell four characters early
        // ("    Thông tư số 14/2025/TT-B").
        Assert.True(await CitedText.AssertSurfacesAreTheFilesText(testers.Client, TestPaths.Testers) > 400);
        var citations = (await testers.Get("/api/documents/312_za_vbhn_bgddt_dieule/citations")).EnumerateArray().ToList();
        Assert.True(citations.Count > 30);
        // Each is a circular, a decree or a law, named by its kind.
        Assert.All(citations, c => Assert.Matches("^(?:Thông tư|Nghị định|Luật) ", c.GetProperty("surface").GetString()));
    }

    [Fact]
    public async Task A_law_named_in_the_title_of_the_law_amending_it_is_the_one_the_text_cites_by_number()
    {
        // 206: "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 …; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy
        // phạm pháp luật số 87/2025/QH15": the law 87/2025 amends is 64/2025, not a node of the name alone.
        var named = (await testers.Get("/api/documents/206_f_nq_hdnd_gialai_hocphi/citations")).EnumerateArray()
            .Single(c => c.GetProperty("surface").GetString() == "Luật Ban hành văn bản quy phạm pháp luật");
        Assert.Equal("64-2025-qh15-2025", named.GetProperty("instrument").GetProperty("key").GetString());
        Assert.Equal("mention", named.GetProperty("relation").GetString());
    }

    [Fact]
    public async Task A_subject_after_the_issuers_abbreviation_in_brackets_is_the_instruments_title()
    {
        // 309: "Thực hiện Quyết định số 2045/QĐ-BGDĐT ngày 31/7/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo (GDĐT) ban hành Khung kế hoạch …":
        // the decision's page had no title, the subject read no further than the bracket.
        // (321 cites it too, writing "… của giáo dục mầm non …": the graph keeps one of the two.)
        var decision = await testers.Get("/api/instruments/2045-qd-bgddt-2025");
        Assert.Matches("^ban hành Khung kế hoạch thời gian năm học 2025 - 2026 (?:đối với|của) giáo dục mầm non, giáo dục phổ thông và giáo dục thường xuyên$",
            decision.GetProperty("title").GetString());
        Assert.Equal("Bộ Giáo dục và Đào tạo", decision.GetProperty("issuer").GetString());
    }

    [Fact]
    public async Task A_subject_quoted_in_an_amendment_ends_at_its_full_stop_not_with_the_closing_quote()
    {
        // 209 quotes the amended clause: "4. Học sinh được hưởng chính sách theo Nghị định số 116/2016/NĐ-CP … ở xã, thôn đặc biệt khó khăn."
        // The decree's page showed that title ending in '."'.
        var title = (await testers.Get("/api/instruments/116-2016-nd-cp-2016")).GetProperty("title").GetString();
        Assert.Equal("quy định chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt khó khăn", title);
    }

    [Fact]
    public async Task A_Party_conclusion_issued_jointly_shows_both_bodies()
    {
        // 308 (Bắc Ninh): "Kết luận số 137-KL/TW ngày 28-3-2025 của Bộ Chính trị, Ban Bí thư về Đề án …": the instrument's page and the
        // citation list showed "Bộ Chính trị" alone, the comma read as the issuer's end.
        var conclusion = await testers.Get("/api/instruments/137-kl-tw-2025");
        Assert.Equal("Bộ Chính trị và Ban Bí thư", conclusion.GetProperty("issuer").GetString());
        var cited = (await testers.Get("/api/documents/308_w_qd_ubnd_bacninh_mangluoi/citations")).EnumerateArray()
            .Select(c => c.GetProperty("instrument")).Single(i => i.GetProperty("symbol").GetString() == "137-KL/TW");
        Assert.Equal("Bộ Chính trị và Ban Bí thư", cited.GetProperty("issuer").GetString());
    }

    [Fact]
    public async Task The_ministers_directive_cited_by_its_date_is_the_numbered_directive_other_provinces_cite()
    {
        // 303 (Hà Tĩnh) cites "Chỉ thị ngày 26/8/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo", which 301 (Cao Bằng) and others cite as
        // 03/CT-BGDĐT of that day: the minister's one directive of that day, one node.
        var directive = await testers.Get("/api/instruments/chi-thi-2024-08-26-bo-giao-duc-va-dao-tao");
        Assert.Equal(("03/CT-BGDĐT", "Bộ Giáo dục và Đào tạo"), (directive.GetProperty("symbol").GetString(), directive.GetProperty("issuer").GetString()));
        var citing = directive.GetProperty("citedBy").EnumerateArray().Select(c => c.GetProperty("document").GetProperty("id").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "301_k_ct_caobang_namhoc", "303_l_qd_hatinh_phocap" }, citing);
    }

    [Fact]
    public async Task Laws_listed_after_one_kind_word_and_the_constitution_are_the_nodes_other_texts_cite()
    {
        // 303 lists "các Luật: Tổ chức chính quyền địa phương ngày 19/6/2015; Giáo dục ngày 14/6/2019": each is the law other testers' texts cite.
        foreach (var key in new[] { "luat-giao-duc-2019", "luat-to-chuc-chinh-quyen-dia-phuong-2015", "hien-phap-2013" })
        {
            var node = await testers.Get("/api/instruments/" + key);
            Assert.Contains(node.GetProperty("citedBy").EnumerateArray(), c => c.GetProperty("document").GetProperty("id").GetString() == "303_l_qd_hatinh_phocap");
        }
    }

    [Fact]
    public async Task A_law_listed_after_one_kind_word_is_marked_whole_in_the_snippet_of_the_text_listing_it()
    {
        // 303's "các Luật: Tổ chức chính quyền địa phương ngày 19/6/2015; Giáo dục ngày 14/6/2019" showed "Luật Giáo dục 2019" as "<mark>Luật</mark>:"
        // and "<mark>Giáo</mark> <mark>dục</mark> ngày 14/6/<mark>2019</mark>", the law named without its kind word where it is listed.
        var snippet = (await testers.Search("Luật Giáo dục 2019", "&size=50")).GetProperty("hits").EnumerateArray()
            .Single(h => h.GetProperty("document").GetProperty("id").GetString() == "303_l_qd_hatinh_phocap").GetProperty("passages")[0].GetProperty("snippet").GetString()!;
        Assert.Contains("ngày 19/6/2015; <mark>Giáo dục ngày 14/6/2019</mark>;", snippet);
        Assert.DoesNotContain("<mark>Luật</mark>", snippet);
    }

    [Fact]
    public async Task A_law_typed_with_its_year_is_marked_where_a_text_cites_it_and_its_words_elsewhere_only_in_texts_that_do_not()
    {
        // "Luật Viên chức 2010" marked 300's "xếp hạng viên chức giảng dạy" and "đánh giá viên chức", paragraphs citing no law, as it marked
        // the law's citation; 301's "thực hiện Luật Viên chức", the law by its name alone, was three words apart among its "đảng viên", "Tổ chức".
        const string typed = "Luật Viên chức 2010";
        async Task<List<string>> Marks(string id) =>
            Mark().Matches((await testers.Get($"/api/documents/{id}?q={Uri.EscapeDataString(typed)}")).GetProperty("html").GetString()!)
                .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Luật Viên chức năm 2010", "Luật Viên chức"], await Marks("300_k_kh_dienbien_doingu"));
        Assert.Equal(["Luật Viên chức"], await Marks("301_k_ct_caobang_namhoc"));
        // A text citing no such law holds the words alone: they are what was found there.
        Assert.Contains("viên chức", string.Join(" ", await Marks("204_f_hd_sgd_haiphong_mamnon")).ToLowerInvariant());
        // The passages of the texts citing it mark what the view marks, and none shows a paragraph with nothing found ("3. Cán bộ, giáo viên …").
        var hits = (await testers.Search(typed, "&size=50")).GetProperty("hits").EnumerateArray()
            .ToDictionary(h => h.GetProperty("document").GetProperty("id").GetString()!, h => h.GetProperty("passages").EnumerateArray()
                .Select(p => Mark().Matches(p.GetProperty("snippet").GetString()!).Select(m => m.Groups[1].Value).ToList()).ToList());
        foreach (var id in new[] { "300_k_kh_dienbien_doingu", "301_k_ct_caobang_namhoc", "303_l_qd_hatinh_phocap" })
            Assert.All(hits[id], marks => Assert.True(marks.Count > 0 && marks.All(m => m.StartsWith("Luật Viên chức")), $"{id}: {string.Join(" | ", marks)}"));
    }

    [Fact]
    public async Task A_law_cited_by_its_name_alone_is_the_law_of_that_name_other_texts_cite_with_its_year()
    {
        // 301 (Cao Bằng) says "thực hiện Luật Viên chức": its node was "luat-vien-chuc", apart from the Luật Viên chức năm 2010 300 and 303 cite,
        // and a search for "Luật Viên chức 2010" ranked 301 among the texts holding the loose words.
        var law = await testers.Get("/api/instruments/luat-vien-chuc-2010");
        var citing = law.GetProperty("citedBy").EnumerateArray().Select(c => c.GetProperty("document").GetProperty("id").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "300_k_kh_dienbien_doingu", "301_k_ct_caobang_namhoc", "303_l_qd_hatinh_phocap" }, citing);
        // Found as the law it cites, 301 weighs as the texts citing it with its year do: it scored 0.00002 to their 0.05, by its loose words.
        var scores = (await testers.Search("Luật Viên chức 2010", "&size=50")).GetProperty("hits").EnumerateArray()
            .ToDictionary(h => h.GetProperty("document").GetProperty("id").GetString()!, h => h.GetProperty("score").GetDouble());
        Assert.True(scores["301_k_ct_caobang_namhoc"] > scores["300_k_kh_dienbien_doingu"] / 4, string.Join(", ", scores));
    }

    [System.Text.RegularExpressions.GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial System.Text.RegularExpressions.Regex Mark();
}
