using System.Text.RegularExpressions;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class CitationsTests(ApiFixture api)
{
    private async Task<string> KeyOf(string symbol)
    {
        var list = await api.Get($"/api/instruments?q={Uri.EscapeDataString(symbol)}");
        return list[0].GetProperty("key").GetString()!;
    }

    [Fact]
    public async Task An_instrument_is_found_by_its_kind_and_number_as_staff_write_them()
    {
        var numbered = (await api.Get("/api/instruments")).EnumerateArray()
            .Where(i => i.GetProperty("symbol").GetString() is not null && i.GetProperty("kind").GetString() is not null)
            .Select(i => (Key: i.GetProperty("key").GetString()!, Number: i.GetProperty("symbol").GetString()!.Split('/', '-')[0], Kind: i.GetProperty("kind").GetString()!))
            .Where(i => i.Number.All(char.IsAsciiDigit)).ToList();
        Assert.True(numbered.Count >= 20, $"only {numbered.Count} numbered instruments");
        var missed = new List<string>();
        foreach (var (key, number, kind) in numbered)
            foreach (var q in new[] { $"{kind} {number}", $"{kind} số {number}", $"{kind.ToLowerInvariant()} so {number}" })
                if (!(await api.Get($"/api/instruments?q={Uri.EscapeDataString(q)}")).EnumerateArray().Any(i => i.GetProperty("key").GetString() == key))
                    missed.Add($"{q} (for {key})");
        Assert.True(missed.Count == 0, string.Join("\n", missed));
    }

    [Fact]
    public async Task The_central_decision_lists_every_citing_document_from_each_province_with_its_sentence()
    {
        var key = await KeyOf("2457/QĐ-BGDĐT");
        var instrument = await api.Get($"/api/instruments/{key}");
        Assert.Equal("2457/QĐ-BGDĐT", instrument.GetProperty("symbol").GetString());
        Assert.Equal("national", instrument.GetProperty("scope").GetString());
        Assert.Equal(2023, instrument.GetProperty("year").GetInt32());
        Assert.Equal("Bộ Giáo dục và Đào tạo", instrument.GetProperty("issuer").GetString());
        var citedBy = instrument.GetProperty("citedBy").EnumerateArray().ToList();
        var provinces = citedBy.Select(c => c.GetProperty("document").GetProperty("province").GetString()).Distinct().Order().ToList();
        Assert.Equal(["Bắc Giang", "Lai Châu", "Sơn La"], provinces);
        Assert.All(citedBy, c => Assert.Contains("2457", c.GetProperty("context").GetString()));
        Assert.Contains(citedBy, c => c.GetProperty("relation").GetString() == "can_cu");
        // Each citing occurrence says where it starts, the anchor of that citation in its document's text: the page links there.
        foreach (var c in citedBy)
        {
            var html = (await api.Get($"/api/documents/{c.GetProperty("document").GetProperty("id").GetString()}")).GetProperty("html").GetString()!;
            Assert.Contains($"id=\"c-{c.GetProperty("start").GetInt32()}\" href=\"/?instrument={key}\"", html);
        }
    }

    /// <summary>A national hub is cited by tens of thousands of documents: its page must come a page of documents at a time and add up.</summary>
    [Fact]
    public async Task Citing_documents_come_a_page_at_a_time_with_counts_per_province_that_add_up()
    {
        var key = await KeyOf("2457/QĐ-BGDĐT");
        var all = await api.Get($"/api/instruments/{key}");
        static string Occurrence(JsonElement c) =>
            $"{c.GetProperty("document").GetProperty("id").GetString()}|{c.GetProperty("sectionId")}|{c.GetProperty("context").GetString()}";
        var expected = all.GetProperty("citedBy").EnumerateArray().Select(Occurrence).Order().ToList();
        var byProvince = all.GetProperty("citedBy").EnumerateArray()
            .Select(c => (Id: c.GetProperty("document").GetProperty("id").GetString()!, Province: c.GetProperty("document").GetProperty("province").GetString()))
            .Distinct().Where(d => d.Province is not null).GroupBy(d => d.Province!).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(byProvince.Values.Sum() >= 3, "2457/QĐ-BGDĐT is cited by documents of three provinces");
        Assert.Equal(byProvince.Values.Sum(), all.GetProperty("citedByDocuments").GetInt32());
        Assert.Equal(byProvince.OrderBy(p => p.Key), all.GetProperty("citedByProvinces").EnumerateArray()
            .ToDictionary(p => p.GetProperty("value").GetString()!, p => p.GetProperty("count").GetInt32()).OrderBy(p => p.Key));

        var paged = new List<string>();
        var documentsPerPage = new List<int>();
        for (var page = 1; page <= byProvince.Values.Sum() + 1; page++)
        {
            var one = await api.Get($"/api/instruments/{key}?page={page}&size=1");
            var items = one.GetProperty("citedBy").EnumerateArray().ToList();
            documentsPerPage.Add(items.Select(c => c.GetProperty("document").GetProperty("id").GetString()).Distinct().Count());
            paged.AddRange(items.Select(Occurrence));
        }
        Assert.Equal(Enumerable.Repeat(1, byProvince.Values.Sum()).Append(0), documentsPerPage);
        Assert.Equal(expected, paged.Order().ToList());
        // Pages of one and of two walk the documents in the same order as the whole list.
        var pairs = new List<string>();
        for (var page = 1; page <= (byProvince.Values.Sum() + 1) / 2; page++)
            pairs.AddRange((await api.Get($"/api/instruments/{key}?page={page}&size=2")).GetProperty("citedBy").EnumerateArray().Select(Occurrence));
        Assert.Equal(all.GetProperty("citedBy").EnumerateArray().Select(Occurrence), paged);
        Assert.Equal(paged, pairs);
        Assert.Empty((await api.Get($"/api/instruments/{key}?page={int.MaxValue}&size=2")).GetProperty("citedBy").EnumerateArray());

        var laiChau = await api.Get($"/api/instruments/{key}?province={Uri.EscapeDataString("Lai Chau")}");
        Assert.Equal(byProvince["Lai Châu"], laiChau.GetProperty("citedByDocuments").GetInt32());
        Assert.All(laiChau.GetProperty("citedBy").EnumerateArray(), c => Assert.Equal("Lai Châu", c.GetProperty("document").GetProperty("province").GetString()));
        var namedAsStaffDo = await api.Get($"/api/instruments/{key}?province={Uri.EscapeDataString("tỉnh Lai Châu")}");
        Assert.Equal(byProvince["Lai Châu"], namedAsStaffDo.GetProperty("citedByDocuments").GetInt32());
        // The instrument list's scope reads a province as the search's filter does.
        var scoped = (await api.Get($"/api/instruments?scope={Uri.EscapeDataString("tỉnh Sơn La")}")).EnumerateArray().ToList();
        Assert.NotEmpty(scoped);
        Assert.Equal(scoped.Count, (await api.Get("/api/instruments?scope=son%20la")).GetArrayLength());

        foreach (var bad in new[] { "size=0", "size=101", "page=0", "page=x" })
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await api.Client.GetAsync($"/api/instruments/{key}?{bad}")).StatusCode);
    }

    [Fact]
    public async Task A_neighbourhood_keeps_the_focus_and_its_most_cited_nodes_within_the_limit()
    {
        var key = await KeyOf("2457/QĐ-BGDĐT");
        var whole = await api.Get($"/api/graph?focus={key}&depth=1");
        Assert.True(whole.GetProperty("nodes").GetArrayLength() > 2, "the neighbourhood has more than two nodes");
        var limited = await api.Get($"/api/graph?focus={key}&depth=1&limit=2");
        var nodes = limited.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()).ToList();
        Assert.Equal(2, nodes.Count);
        Assert.Contains(key, nodes);
        Assert.All(limited.GetProperty("edges").EnumerateArray(), e =>
        {
            Assert.Contains(e.GetProperty("source").GetString(), nodes);
            Assert.Contains(e.GetProperty("target").GetString(), nodes);
        });
        foreach (var bad in new[] { "limit=0", "limit=2001", "limit=x" })
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await api.Client.GetAsync($"/api/graph?focus={key}&depth=1&{bad}")).StatusCode);
        // Without a focus a bad depth was ignored and the whole graph answered.
        foreach (var bad in new[] { "depth=abc", "depth=99", "depth=-1" })
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await api.Client.GetAsync($"/api/graph?{bad}")).StatusCode);
    }

    [Theory]
    // Forms, annexes, tables, rooms and neighbourhoods numbered like symbols are no instruments (each was one, some "implemented").
    [InlineData("Các đơn vị báo cáo theo Mẫu số 02/BC-PCGD và Phụ lục số 03/KH-SGDĐT kèm theo Kế hoạch số 12/KH-UBND; Bảng 2/PL-I; họp tại phòng 302/A-SGD; tổ 12/KP-3.",
        "12/KH-UBND thuc_hien -")]
    // Numbers listed before one symbol with semicolons are each an instrument (only the last was).
    [InlineData("Thực hiện các Quyết định số 1234; 1235; 1236/QĐ-UBND.", "1234/QĐ-UBND thuc_hien -; 1235/QĐ-UBND thuc_hien -; 1236/QĐ-UBND thuc_hien -")]
    // Dates with a two-digit year, in brackets, and a year alone (all were undated, and a yearless node).
    [InlineData("Thực hiện Quyết định số 103/QĐ-UBND ngày 05/09/23 của UBND tỉnh; Quyết định số 104/QĐ-UBND (ngày 05/9/2023); Quyết định số 106/QĐ-UBND năm 2023 của UBND tỉnh.",
        "103/QĐ-UBND thuc_hien 2023; 104/QĐ-UBND thuc_hien 2023; 106/QĐ-UBND thuc_hien 2023")]
    // What a cited law's subject amends, that law amends; this text mentions it (both laws were "amended" by a province). The seeds know
    // the Luật Tổ chức chính quyền địa phương in one year only, 2015: its name alone is that law.
    [InlineData("Căn cứ Luật số 47/2019/QH14 sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương.",
        "47/2019/QH14 can_cu 2019; Luật Tổ chức Chính phủ mention -; Luật Tổ chức chính quyền địa phương mention 2015")]
    // An enacting word reaches no further than the next relation's: the ministry's decision was "replaced".
    [InlineData("Quyết định này thay thế Quyết định số 1491/QĐ-UBND ngày 11/8/2023 của UBND tỉnh về việc ban hành khung kế hoạch thời gian năm học, thực hiện theo Quyết định số 2171/QĐ-BGDĐT ngày 28/7/2023.",
        "1491/QĐ-UBND thay_the 2023; 2171/QĐ-BGDĐT thuc_hien 2023")]
    // "… hết hiệu lực kể từ ngày Quyết định này có hiệu lực" repeals them (each was a mention).
    [InlineData("Các Quyết định số 12/2019/QĐ-UBND và 15/2020/QĐ-UBND của UBND tỉnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực.",
        "12/2019/QĐ-UBND bai_bo 2019; 15/2020/QĐ-UBND bai_bo 2020")]
    // The words that make it guidance open a few words before the word that governs ("thực hiện"), deep in a long clause.
    [InlineData("Năm học 2024-2025, các trường trên địa bàn tỉnh Sơn La đẩy mạnh đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục toàn diện và Sở Giáo dục và Đào tạo hướng dẫn một số nội dung thực hiện Quyết định số 2457/QĐ-BGDĐT ngày 31/8/2023.",
        "2457/QĐ-BGDĐT huong_dan 2023")]
    // A law's name ends where a known name does before the sentence goes on with "và" (each run-on was a law of its own); a name
    // holding "và" is whole; two laws side by side, the second with a comma in its name, are two (the first ran into the second, and
    // both were lost or one was).
    [InlineData("Thực hiện Luật Viên chức và tuyển dụng viên chức theo quy định; thực hiện nghiêm Luật Ngân sách nhà nước và quy chế chi tiêu nội bộ.",
        "Luật Viên chức thuc_hien -; Luật Ngân sách nhà nước thuc_hien -")]
    [InlineData("Căn cứ Luật Giáo dục quốc phòng và an ninh; thực hiện Luật Giao thông đường bộ và Luật Trật tự, an toàn giao thông đường bộ năm 2024.",
        "Luật Giáo dục quốc phòng và an ninh can_cu 2013; Luật Giao thông đường bộ thuc_hien -; Luật Trật tự, an toàn giao thông đường bộ thuc_hien 2024")]
    // A known law's name goes on past its comma where the text ends it with no date or year ("Luật Phòng" and "Luật Cán bộ" were laws);
    // a clause after a law's name still ends it.
    [InlineData("Căn cứ Luật Phòng, chống tham nhũng; Luật Cán bộ, công chức; Luật Giáo dục, các trường tổ chức dạy học theo quy định.",
        "Luật Phòng, chống tham nhũng can_cu -; Luật Cán bộ, công chức can_cu -; Luật Giáo dục can_cu 2019")]
    [InlineData("Căn cứ Luật Thực hành tiết kiệm, chống lãng phí; Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ; Bộ luật Hình sự và các quy định về an ninh trường học.",
        "Luật Thực hành tiết kiệm, chống lãng phí can_cu -; Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ can_cu -; Bộ luật Hình sự can_cu -")]
    public async Task Citations_read_as_a_legal_expert_reads_them(string text, string expected)
    {
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province = "Sơn La" });
        var read = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray().Select(c =>
        {
            var i = c.GetProperty("instrument");
            var name = i.GetProperty("symbol").GetString() ?? i.GetProperty("title").GetString();
            return $"{name} {c.GetProperty("relation").GetString()} {(i.GetProperty("year").ValueKind == JsonValueKind.Number ? i.GetProperty("year").GetInt32() : "-")}";
        });
        Assert.Equal(expected, string.Join("; ", read));
    }

    [Fact]
    public async Task Text_sent_with_its_lines_broken_as_on_a_page_is_read_as_one_run_of_words()
    {
        // Text pasted from a page breaks its lines anywhere: "Thực hiện Quyết⏎định số 2457/QĐ-BGDĐT …" was cited from its "số", a mention
        // of no kind's words; the same lines in a corpus file are one paragraph and were read whole.
        const string text = "Thực hiện Quyết\nđịnh số 2457/QĐ-BGDĐT ngày 23/8/2023 của Bộ GDĐT về nhiệm vụ năm học; Kế\nhoạch số 45/KH-UBND ngày 10/3/2024 của UBND tỉnh.";
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province = "Lai Châu" });
        var read = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray().Select(c =>
            (c.GetProperty("surface").GetString(), c.GetProperty("relation").GetString(), c.GetProperty("instrument").GetProperty("kind").GetString()));
        Assert.Equal([("Quyết\nđịnh số 2457/QĐ-BGDĐT ngày 23/8/2023", "thuc_hien", "Quyết định"), ("Kế\nhoạch số 45/KH-UBND ngày 10/3/2024", "thuc_hien", "Kế hoạch")], read);
    }

    [Theory]
    // The Party's central boards and bodies named as the country's are national, whichever province cites them.
    [InlineData("Thực hiện Hướng dẫn số 25-HD/BTGTW ngày 10/5/2023 của Ban Tuyên giáo Trung ương.", "25-HD/BTGTW", "scope", "national")]
    [InlineData("Thực hiện Kế hoạch số 301-KH/TWĐTN ngày 10/9/2023 của Ban Bí thư Trung ương Đoàn.", "301-KH/TWĐTN", "scope", "national")]
    // A Party symbol with a unit after its issuer is whole (it was cut to 301-KH/TWĐTN, undated, without issuer).
    [InlineData("Thực hiện Kế hoạch số 301-KH/TWĐTN-TNTH ngày 10/9/2023 của Ban Bí thư Trung ương Đoàn.", "301-KH/TWĐTN-TNTH", "date", "2023-09-10")]
    [InlineData("Thực hiện Công văn số 3456/BHXH-TST ngày 02/10/2023 của Bảo hiểm xã hội Việt Nam.", "3456/BHXH-TST", "scope", "national")]
    [InlineData("Thực hiện Công văn số 12/BHXH-QLT ngày 02/10/2023 của Bảo hiểm xã hội tỉnh.", "12/BHXH-QLT", "scope", "Lai Châu")]
    // A ministry named as the issuer: its letters' code ("LĐTBXH-GDNN", a tester's 980; "GD-ĐT" of 2001, 628) is none a province's
    // instruments are told from, and the letter was keyed to the province citing it.
    [InlineData("Hồ sơ theo mẫu tại Công văn số 1145/LĐTBXH-GDNN ngày 02/4/2024 của Bộ Lao động - Thương binh và Xã hội.", "1145/LĐTBXH-GDNN", "scope", "national")]
    [InlineData("Thực hiện Công văn số 1145/LĐTBXH-GDNN ngày 02/4/2024 của Sở Lao động - Thương binh và Xã hội.", "1145/LĐTBXH-GDNN", "scope", "Lai Châu")]
    // A text set in capitals names the same committee ("CỦA UBND TỈNH" was "Ủy ban nhân dân TỈNH", no province).
    [InlineData("THỰC HIỆN KẾ HOẠCH SỐ 55/KH-UBND NGÀY 12/9/2023 CỦA UBND TỈNH VỀ PHỔ CẬP GIÁO DỤC.", "55/KH-UBND", "issuer", "Ủy ban nhân dân tỉnh Lai Châu")]
    // A subject ends where what later became of the instrument begins.
    [InlineData("Căn cứ Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Điều lệ Trường tiểu học, được sửa đổi, bổ sung bởi Thông tư số 32/2024/TT-BGDĐT ngày 30/12/2024;",
        "28/2020/TT-BGDĐT", "title", "ban hành Điều lệ Trường tiểu học")]
    // "… và các văn bản hướng dẫn của Bộ" is a second thing implemented, not the end of the subject (the node's title said so).
    [InlineData("Thực hiện Quyết định số 2457/QĐ-BGDĐT ngày 23/8/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Kế hoạch nhiệm vụ, giải pháp trọng tâm năm học 2023 - 2024 của ngành Giáo dục và các văn bản hướng dẫn của Bộ Giáo dục và Đào tạo.",
        "2457/QĐ-BGDĐT", "title", "ban hành Kế hoạch nhiệm vụ, giải pháp trọng tâm năm học 2023 - 2024 của ngành Giáo dục")]
    [InlineData("Thực hiện Chỉ thị số 2268/CT-BGDĐT ngày 08/8/2019 của Bộ Giáo dục và Đào tạo về nhiệm vụ và giải pháp năm học 2019-2020 của ngành Giáo dục và các văn bản chỉ đạo có liên quan.",
        "2268/CT-BGDĐT", "title", "nhiệm vụ và giải pháp năm học 2019-2020 của ngành Giáo dục")]
    // The issuer named after a list's last symbol is each listed symbol's (05-CT/TW was the Central Committee's, from its code).
    [InlineData("Thực hiện các Chỉ thị số 05-CT/TW, 10-CT/TW của Bộ Chính trị.", "05-CT/TW", "issuer", "Bộ Chính trị")]
    [InlineData("Thực hiện các Quyết định số 12/QĐ-UBND và 13/QĐ-UBND của UBND huyện Mường Tè.", "12/QĐ-UBND", "issuer", "Ủy ban nhân dân huyện Mường Tè")]
    // "TTr" after the type code is the province's inspectorate (Thanh tra tỉnh), whose conclusions and decisions a text implements; it
    // was read as the Tỉnh ủy. Before the issuer, TTr is a Tờ trình's type code.
    [InlineData("Thực hiện Kết luận số 12/KL-TTr ngày 05/3/2024 về việc thanh tra công tác tuyển sinh.", "12/KL-TTr", "issuer", "Thanh tra tỉnh Lai Châu")]
    public async Task Instruments_are_identified_as_a_legal_expert_would(string text, string symbol, string field, string expected)
    {
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province = "Lai Châu" });
        var cited = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray()
            .Select(c => c.GetProperty("instrument")).First(i => i.GetProperty("symbol").GetString() == symbol);
        Assert.Equal(expected, cited.GetProperty(field).GetString());
    }

    [Fact]
    public async Task A_graph_node_without_a_number_is_labelled_with_its_kind()
    {
        // "tổng thể phát triển giáo dục thể chất …" for an Đề án, "mục tiêu quốc gia …" for a Chương trình.
        var nodes = (await api.Get("/api/graph")).GetProperty("nodes").EnumerateArray().ToList();
        var unnumbered = nodes.Where(n => n.GetProperty("kind").GetString() is "Đề án" or "Chương trình").ToList();
        Assert.NotEmpty(unnumbered);
        Assert.All(unnumbered, n => Assert.StartsWith(n.GetProperty("kind").GetString()!, n.GetProperty("label").GetString()));
        Assert.All(nodes, n => Assert.False(char.IsLower(n.GetProperty("label").GetString()![0]), n.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task A_law_cited_by_name_and_number_is_the_law_the_corpus_cites_by_name()
    {
        // "Luật Giáo dục số 43/2019/QH14" sent to extract was unknown, its key a 404, though the graph holds Luật Giáo dục of 2019.
        var named = await KeyOfTitle("Luật Giáo dục", 2019);
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text = "Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019;", province = "Sơn La" });
        var law = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray());
        Assert.True(law.GetProperty("known").GetBoolean());
        Assert.Equal(named, law.GetProperty("instrument").GetProperty("key").GetString());
        Assert.Equal("43/2019/QH14", law.GetProperty("instrument").GetProperty("symbol").GetString());
    }

    private async Task<string> KeyOfTitle(string title, int year) =>
        (await api.Get("/api/instruments?kind=Luật")).EnumerateArray()
        .First(i => i.GetProperty("title").GetString() == title && i.GetProperty("year").ValueKind == JsonValueKind.Number && i.GetProperty("year").GetInt32() == year)
        .GetProperty("key").GetString()!;

    [Fact]
    public async Task A_districts_instrument_is_not_the_provinces_of_the_same_number()
    {
        // A district numbers its instruments apart from its province: Mai Sơn's 1646/QĐ-UBND was Sơn La's decision 004, with its
        // date, issuer and title in place of the text's, and Mường Tè's 45/KH-UBND one node with Lai Châu's.
        const string text = "Thực hiện Quyết định số 1646/QĐ-UBND ngày 15/7/2023 của UBND huyện Mai Sơn về việc thành lập Ban chỉ đạo phổ cập giáo dục; " +
                            "Kế hoạch số 45/KH-UBND ngày 12/9/2023 của UBND tỉnh; Kế hoạch số 45/KH-UBND ngày 20/10/2023 của UBND huyện Mường Tè.";
        async Task<List<JsonElement>> Extract(string province) =>
            (await (await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("citations").EnumerateArray().ToList();
        var sonLa = await Extract("Sơn La");
        var district = sonLa.First(c => c.GetProperty("instrument").GetProperty("symbol").GetString() == "1646/QĐ-UBND");
        Assert.False(district.GetProperty("known").GetBoolean());
        Assert.Equal("2023-07-15", district.GetProperty("instrument").GetProperty("date").GetString());
        Assert.Contains("Mai Sơn", district.GetProperty("instrument").GetProperty("issuer").GetString());
        Assert.Equal("Sơn La", district.GetProperty("instrument").GetProperty("scope").GetString());
        // The province's own decision, cited so, is still the corpus document.
        var own = (await api.Get($"/api/documents/{Seeds.SonLaDecision}")).GetProperty("instrumentKey").GetString();
        Assert.NotEqual(own, district.GetProperty("instrument").GetProperty("key").GetString());
        var plans = (await Extract("Lai Châu")).Where(c => c.GetProperty("instrument").GetProperty("symbol").GetString() == "45/KH-UBND")
            .Select(c => c.GetProperty("instrument").GetProperty("key").GetString()).ToList();
        Assert.Equal(2, plans.Distinct().Count());
    }

    [Fact]
    public async Task A_communes_instrument_is_not_the_provinces_of_the_same_number()
    {
        // Since the 2025 reform a commune (xã, phường, thị trấn, đặc khu) is under the province and numbers its instruments apart, as a
        // district did: "Kế hoạch số 45/KH-UBND … của UBND xã Đồng Văn" was keyed 45-kh-ubnd-2025-tuyen-quang, the province's own 45/KH-UBND
        // and every other commune's of that year.
        async Task<string> Key(string issuer)
        {
            var text = $"Căn cứ Kế hoạch số 45/KH-UBND ngày 10/9/2025 của {issuer} về phát triển giáo dục năm học 2025 - 2026;";
            var found = await (await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province = "Tuyên Quang" })).Content.ReadFromJsonAsync<JsonElement>();
            var instrument = Assert.Single(found.GetProperty("citations").EnumerateArray()).GetProperty("instrument");
            Assert.Equal("Tuyên Quang", instrument.GetProperty("scope").GetString());
            return instrument.GetProperty("key").GetString()!;
        }
        string[] issuers = ["UBND tỉnh Tuyên Quang", "UBND xã Đồng Văn", "UBND xã Minh Xuân", "Ủy ban nhân dân phường Hà Giang 1", "UBND thị trấn Vinh Quang"];
        var keys = new List<string>();
        foreach (var issuer in issuers) keys.Add(await Key(issuer));
        Assert.Equal("45-kh-ubnd-2025-tuyen-quang", keys[0]);
        Assert.Equal(issuers.Length, keys.Distinct().Count());
    }

    [Theory]
    [InlineData("Ủy ban nhân dân huyện Mai Sơn", "huyen mai son")]
    [InlineData("UBND HUYỆN MƯỜNG TÈ", "huyen muong te")]
    [InlineData("Phòng Giáo dục và Đào tạo Quận 1", "quan 1")]
    [InlineData("UBND thành phố Lào Cai", "thanh pho lao cai")]
    [InlineData("UBND TP. Thái Nguyên", "thanh pho thai nguyen")]
    [InlineData("UBND thị xã Sa Pa", "thi xa sa pa")]
    [InlineData("UBND xã Đồng Văn", "xa dong van")]
    [InlineData("Ủy ban nhân dân phường 5", "phuong 5")]
    [InlineData("UBND THỊ TRẤN VINH QUANG", "thi tran vinh quang")]
    [InlineData("Ủy ban nhân dân đặc khu Phú Quốc", "dac khu phu quoc")]
    [InlineData("Ủy ban nhân dân xã", null)]
    [InlineData("Bộ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", null)]
    [InlineData("Bộ Lao động - Thương binh và Xã hội", null)]
    [InlineData("Ủy ban nhân dân Thành phố Hồ Chí Minh", null)]
    [InlineData("UBND TP Hà Nội", null)]
    [InlineData("Ủy ban nhân dân tỉnh Sơn La", null)]
    [InlineData("Ủy ban nhân dân huyện", null)]
    public void The_district_an_issuer_names(string issuer, string? district) =>
        Assert.Equal(district, EduPlan.Search.Core.Citations.Districts.Named(issuer));

    [Theory]
    [InlineData('\u2013')]
    [InlineData('\u2014')]
    [InlineData('\u2212')]
    public async Task A_dash_word_processors_put_in_a_symbol_is_read_as_its_hyphen(char dash)
    {
        // Word turns a typed hyphen into an en dash: "2457/QĐ–BGDĐT" and "29–CT/TW" were no citation at all, in a document or sent.
        var preamble = TestPaths.SeedText(Seeds.SonLaDecision);
        preamble = preamble[..preamble.IndexOf("QUYẾT ĐỊNH:", StringComparison.Ordinal)];
        var dashed = Regex.Replace(preamble, @"(?<=[\p{L}\d])-(?=[\p{L}\d])", dash.ToString());
        Assert.NotEqual(preamble, dashed);
        async Task<List<string>> Keys(string text) =>
            (await (await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province = "Sơn La" })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("instrument").GetProperty("key").GetString()!).ToList();
        var expected = await Keys(preamble);
        Assert.Contains(expected, k => k.StartsWith("2457-qd-bgddt", StringComparison.Ordinal));
        Assert.Equal(expected, await Keys(dashed));
        // As a search, too; a dash with spaces around it stays a dash ("2023 – 2024").
        Assert.Equal(ApiFixture.HitIds(await api.Search("29-CT/TW")), ApiFixture.HitIds(await api.Search($"29{dash}CT/TW")));
        Assert.Equal("năm học 2023 \u2013 2024", VietnameseFolding.NormalizeText("năm học 2023 \u2013 2024"));
    }

    [Fact]
    public async Task A_citations_surface_is_the_seeds_text_between_its_offsets() =>
        Assert.True(await CitedText.AssertSurfacesAreTheFilesText(api.Client, TestPaths.Seeds) > 100);

    [Fact]
    public async Task A_surface_keeps_the_dash_Word_put_in_a_symbol_whose_instrument_reads_it_as_a_hyphen()
    {
        // "Căn cứ Quyết định số 2457/QĐ–BGDĐT": the surface read "2457/QĐ-BGDĐT", which a client looking for it in the file did not find.
        var corpus = TestPaths.SeedsCopy("dashed");
        var decision = Path.Combine(corpus, Seeds.SonLaDecision + ".txt");
        var written = File.ReadAllText(decision);
        var dashed = Regex.Replace(written, @"(?<=[\p{L}\d])-(?=[\p{L}\d])", "\u2013");
        Assert.Contains("2457/QĐ\u2013BGDĐT", dashed);
        File.WriteAllText(decision, dashed);
        using var factory = TestHost.Create(corpus, TestPaths.TempFolder("dashed-index"));
        using var client = factory.CreateClient();
        await ApiFixture.WaitUntilReady(client);

        Assert.True(await CitedText.AssertSurfacesAreTheFilesText(client, corpus) > 100);
        async Task<List<JsonElement>> Citations(HttpClient c) =>
            JsonDocument.Parse(await c.GetStringAsync($"/api/documents/{Seeds.SonLaDecision}/citations")).RootElement.EnumerateArray().ToList();
        var asWritten = await Citations(client);
        var cited = asWritten.First(c => c.GetProperty("instrument").GetProperty("symbol").GetString() == "2457/QĐ-BGDĐT");
        Assert.Contains("2457/QĐ\u2013BGDĐT", cited.GetProperty("surface").GetString());
        // The instruments are those of the hyphenated text, one node each, and what the decision cites shows its own surfaces too.
        static IEnumerable<string> Keys(List<JsonElement> citations) => citations.Select(c => c.GetProperty("instrument").GetProperty("key").GetString()!);
        Assert.Equal(Keys(await Citations(api.Client)), Keys(asWritten));
        Assert.Equal(await KeyOf("2457/QĐ-BGDĐT"), cited.GetProperty("instrument").GetProperty("key").GetString());
        var own = JsonDocument.Parse(await client.GetStringAsync($"/api/instruments/{await KeyOf("1646/QĐ-UBND")}")).RootElement;
        Assert.Equal(asWritten.Where(c => c.GetProperty("instrument").GetProperty("key").GetString() != own.GetProperty("key").GetString())
                .Select(c => c.GetProperty("surface").GetString()),
            own.GetProperty("cites").EnumerateArray().Select(c => c.GetProperty("surface").GetString()));
    }

    [Fact]
    public async Task A_subject_ends_where_the_next_instrument_cited_beside_it_begins()
    {
        // "… trong tình hình mới và Luật Giáo dục quốc phòng và an ninh năm 2013" was 12-CT/TW's title, and "Luật Giáo dục" found it.
        const string text = "Căn cứ Chỉ thị số 12-CT/TW ngày 03/5/2007 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với nhiệm vụ " +
                            "quốc phòng trong tình hình mới và Luật Giáo dục quốc phòng và an ninh năm 2013; Thực hiện Kế hoạch số 155/KH-UBND " +
                            "ngày 10/8/2021 của UBND tỉnh về triển khai Chương trình chuyển đổi số, Kế hoạch số 385/KH-UBND ngày 11/8/2021 của UBND tỉnh.";
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province = "Cà Mau" });
        var titles = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray()
            .ToDictionary(c => c.GetProperty("instrument").GetProperty("symbol").GetString() ?? c.GetProperty("surface").GetString()!,
                          c => c.GetProperty("instrument").GetProperty("title").GetString());
        Assert.DoesNotContain("Luật", titles["12-CT/TW"]); // the graph's 12-CT/TW, known: its title as the seeds give it
        Assert.Equal("triển khai Chương trình chuyển đổi số", titles["155/KH-UBND"]);
        var seeded = await api.Get($"/api/instruments/{await KeyOf("12-CT/TW")}");
        Assert.DoesNotContain("Luật", seeded.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_instrument_whose_title_names_a_province_is_that_provinces()
    {
        // "Đề án xây dựng trường chuẩn quốc gia, trường chất lượng cao tỉnh Lào Cai …" was national, for its "quốc gia".
        var named = (await api.Get("/api/instruments")).EnumerateArray()
            .Select(i => (Title: i.GetProperty("title").GetString() ?? "", Scope: i.GetProperty("scope").GetString(), Symbol: i.GetProperty("symbol").GetString()))
            .Where(i => i.Symbol is null && Regex.IsMatch(i.Title, @"tỉnh (Lào Cai|Bắc Giang|Lai Châu|Sơn La)")).ToList();
        Assert.NotEmpty(named);
        Assert.All(named, i => Assert.Equal(Regex.Match(i.Title, @"tỉnh (Lào Cai|Bắc Giang|Lai Châu|Sơn La)").Groups[1].Value, i.Scope));
    }

    [Fact]
    public async Task Each_item_of_a_list_of_instruments_is_governed_by_the_words_that_open_the_list()
    {
        // Sơn La's decision: "… tiếp tục thực hiện Nghị quyết …; Quyết định số 2171/QĐ-BGDĐT …; Quyết định số 2457/QĐ-BGDĐT …": the
        // semicolon ended "thực hiện"'s reach, and the decision implemented 2457 only through mentions.
        var citations = (await api.Get($"/api/documents/{Seeds.SonLaDecision}/citations")).EnumerateArray()
            .Where(c => c.GetProperty("instrument").GetProperty("symbol").GetString() is "2457/QĐ-BGDĐT" or "2171/QĐ-BGDĐT")
            .Where(c => c.GetProperty("sectionId").GetString() != "preamble").ToList(); // where the decision is based on them ("Căn cứ"), can_cu
        Assert.True(citations.Count >= 4);
        Assert.All(citations, c => Assert.Equal("thuc_hien", c.GetProperty("relation").GetString()));

        // Past a semicolon, a clause of its own citing in passing is not what "Căn cứ" opened: "Căn cứ Chỉ thị số 2268/CT-BGDĐT …;
        // năm học 2019-2020 … hoàn thành toàn diện các mục tiêu của Đề án số 06-ĐA/TU" made the Đề án a legal basis.
        var passing = (await api.Get($"/api/documents/{Seeds.LaoCaiGuidance}/citations")).EnumerateArray()
            .Where(c => c.GetProperty("instrument").GetProperty("symbol").GetString() == "06-ĐA/TU").ToList();
        Assert.NotEmpty(passing);
        Assert.Equal("mention", passing[0].GetProperty("relation").GetString());
    }

    [Theory]
    // A tester's 709: the amender of an instrument named in another's subject reads as that one does, told of ("transparent", the
    // testers' rule); in a "Căn cứ" both are grounds.
    [InlineData("Thông tư số 04/2026/TT-BGDĐT sửa đổi, bổ sung, bãi bỏ một số điều của Thông tư số 22/2021/TT-BGDĐT đã được sửa đổi, bổ sung bởi Thông tư số 12/2024/TT-BGDĐT.",
        "mention mention mention")]
    [InlineData("Thực hiện Thông tư số 04/2026/TT-BGDĐT ngày 16/01/2026 của Bộ GDĐT sửa đổi, bổ sung một số điều của Thông tư số 22/2021/TT-BGDĐT đã được sửa đổi, bổ sung bởi Thông tư số 12/2024/TT-BGDĐT, Sở hướng dẫn như sau.",
        "thuc_hien mention mention")]
    [InlineData("Căn cứ Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Điều lệ Trường tiểu học, được sửa đổi, bổ sung bởi Thông tư số 32/2024/TT-BGDĐT ngày 30/12/2024;",
        "can_cu can_cu")]
    public async Task A_passive_amender_reads_as_what_it_amended(string text, string relations) =>
        Assert.Equal(relations, await RelationsOf(text, "Hà Nội"));

    [Fact]
    public async Task Extract_reads_the_province_as_search_does_and_refuses_one_that_does_not_exist()
    {
        const string text = "Thực hiện Kế hoạch số 633/KH-UBND ngày 10/3/2024 của UBND tỉnh.";
        async Task<HttpResponseMessage> Extract(string province) => await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province });
        var typed = await (await Extract("son la")).Content.ReadFromJsonAsync<JsonElement>();
        var named = await (await Extract("Sơn La")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Sơn La", typed.GetProperty("citations")[0].GetProperty("instrument").GetProperty("scope").GetString());
        Assert.Equal(named.GetProperty("citations")[0].GetProperty("instrument").GetProperty("key").GetString(),
            typed.GetProperty("citations")[0].GetProperty("instrument").GetProperty("key").GetString());
        // "Atlantis" made the key 633-kh-ubnd-atlantis, which nothing would ever resolve.
        var unknown = await Extract("Atlantis");
        Assert.Equal(400, (int)unknown.StatusCode);
        Assert.Contains("Atlantis", await unknown.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019;", "Luật Giáo dục", "43/2019/QH14")]
    [InlineData("Căn cứ Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13;", "Luật Phổ biến, giáo dục pháp luật", "14/2012/QH13")]
    [InlineData("Căn cứ Bộ luật Lao động số 45/2019/QH14;", "Bộ luật Lao động", "45/2019/QH14")]
    public async Task A_law_cited_by_name_and_number_is_one_citation_titled_by_its_name(string text, string name, string symbol)
    {
        // The surface was "số 43/2019/QH14", untitled; "pháp luật số" read as the kind, and "Luật Phổ biến" became a second law.
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text });
        var citation = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray());
        Assert.StartsWith(name, citation.GetProperty("surface").GetString());
        Assert.Equal(symbol, citation.GetProperty("instrument").GetProperty("symbol").GetString());
        Assert.Equal(name, citation.GetProperty("instrument").GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("Bãi bỏ các Quyết định sau đây:\n\na) Quyết định số 12/2025/QĐ-UBND ngày 10/3/2025;\n\nb) Quyết định số 09/2025/QĐ-UBND ngày 20/3/2025.", "bai_bo bai_bo")]
    [InlineData("Bãi bỏ các Quyết định sau đây:\na) Quyết định số 12/2025/QĐ-UBND ngày 10/3/2025;\nb) Quyết định số 09/2025/QĐ-UBND ngày 20/3/2025.", "bai_bo bai_bo")]
    [InlineData("Bãi bỏ các Quyết định sau đây:\n1. Quyết định số 12/2025/QĐ-UBND ngày 10/3/2025;\n2. Quyết định số 09/2025/QĐ-UBND ngày 20/3/2025.", "bai_bo bai_bo")]
    [InlineData("Quyết định này thay thế các Quyết định sau:\n\na) Quyết định số 12/2025/QĐ-UBND;\n\nb) Quyết định số 09/2025/QĐ-UBND.", "thay_the thay_the")]
    [InlineData("Căn cứ:\na) Luật Giáo dục ngày 14/6/2019;\nb) Nghị định số 24/2021/NĐ-CP ngày 23/3/2021.", "can_cu can_cu")]
    // An article's heading is a lead-in without its colon (a tester's 832, whose four decisions repealed were mentions); "… năm sau" opens none.
    [InlineData("Điều 1. Bãi bỏ toàn bộ các quyết định sau đây\n\n1. Quyết định số 25/2017/QĐ-UBND ngày 12 tháng 7 năm 2017 của Ủy ban nhân dân tỉnh Phú Yên.\n\n2. Quyết định số 11/2020/QĐ-UBND ngày 16 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh Phú Yên.", "bai_bo bai_bo")]
    [InlineData("Điều 2. Bãi bỏ các văn bản sau\n- Quyết định số 12/2025/QĐ-UBND ngày 10/3/2025;\n- Quyết định số 09/2025/QĐ-UBND ngày 20/3/2025.", "bai_bo bai_bo")]
    [InlineData("Các trường tổ chức thực hiện trong năm sau\n1. Quyết định số 12/2025/QĐ-UBND ngày 10/3/2025 được tổng kết.", "mention")]
    // A lettered item saying something of its own is a section the lead-in heads, not one of its instruments.
    [InlineData("Các trường thực hiện các nội dung sau:\na) Học sinh được đánh giá theo Thông tư số 22/2021/TT-BGDĐT;\nb) Tổng hợp số liệu nêu tại Kế hoạch số 45/KH-UBND.", "thuc_hien mention")]
    public async Task A_lead_in_governs_the_instruments_listed_under_it_numbered_or_lettered(string text, string relations)
    {
        // "a) Quyết định số 12/2025/QĐ-UBND …" under "Bãi bỏ các Quyết định sau đây:" was a mention (with "- " or "1." items on lines of their
        // own it was repealed): a lettered item was no item of the lead-in's list, nor a numbered line without a blank line before it.
        Assert.Equal(relations, await RelationsOf(text, "Phú Thọ"));
    }

    [Fact]
    public async Task An_amending_law_cited_with_its_number_is_that_law_the_law_it_names_a_mention()
    {
        // The law amended ends in "pháp luật", whose "luật số" was read as the kind before the number: the citation was "Luật Ban hành văn
        // bản quy phạm pháp luật số 87/2025/QH15 …", a mention titled as the law amended (whose number 64/2025 the search for 87/2025 then
        // found by its name), and the amending law was not cited at all.
        const string text = "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025; Luật sửa đổi, bổ sung một số điều của " +
                            "Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15 ngày 25 tháng 6 năm 2025;";
        var citations = (await Extract(new { text, province = "Gia Lai" })).GetProperty("citations").EnumerateArray()
            .Select(c => (Surface: c.GetProperty("surface").GetString()!, Relation: c.GetProperty("relation").GetString()!,
                Symbol: c.GetProperty("instrument").GetProperty("symbol").GetString(), Title: c.GetProperty("instrument").GetProperty("title").GetString()))
            .ToList();
        const string amending = "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật";
        Assert.Equal(
            [("can_cu", "64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"), ("can_cu", "87/2025/QH15", amending), ("mention", null, "Luật Ban hành văn bản quy phạm pháp luật")],
            citations.Select(c => (c.Relation, c.Symbol, c.Title)));
        Assert.StartsWith(amending + " số 87/2025/QH15", citations[1].Surface);
    }

    [Theory]
    // A law's name with a comma was cut at it: three different laws were one "Luật Phòng".
    [InlineData("Căn cứ Luật Phòng, chống tham nhũng ngày 20/11/2018; Luật Phòng, chống ma túy ngày 30/3/2021.",
        "luat-phong-chong-tham-nhung-2018 luat-phong-chong-ma-tuy-2021")]
    [InlineData("Căn cứ Luật Cán bộ, công chức ngày 13/11/2008; Bộ luật Lao động năm 2019;", "luat-can-bo-cong-chuc-2008 bo-luat-lao-dong-2019")]
    // Trung ương written TƯ is TW, not a Tỉnh ủy (TU) of the citing province.
    [InlineData("Thực hiện Chỉ thị số 15-CT/TƯ ngày 10/8/2022 của Ban Bí thư.", "15-ct-tw-2022")]
    // The date after the issuer dates the instrument; it was read as the issuer's.
    [InlineData("Thực hiện Quyết định số 3001/QĐ-BGDĐT của Bộ trưởng Bộ GDĐT ngày 01/9/2023 về công tác thi đua.", "3001-qd-bgddt-2023")]
    public async Task Instruments_are_keyed_by_what_the_text_says_of_them(string text, string keys)
    {
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province = "Lai Châu" });
        var instruments = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray()
            .Select(c => c.GetProperty("instrument")).ToList();
        Assert.Equal(keys.Split(' '), instruments.Select(i => i.GetProperty("key").GetString()));
        Assert.All(instruments, i => Assert.DoesNotContain("ngày", i.GetProperty("issuer").GetString() ?? ""));
    }

    [Fact]
    public async Task An_issuer_ends_where_the_citing_text_goes_on()
    {
        const string text = "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/3/2024 của UBND tỉnh trước ngày 30/5/2024 các đơn vị báo cáo kết quả.";
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province = "Lai Châu" });
        var instrument = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations")[0].GetProperty("instrument");
        Assert.Equal("Ủy ban nhân dân tỉnh Lai Châu", instrument.GetProperty("issuer").GetString());
        Assert.Equal("2024-03-10", instrument.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("TP.HCM")]
    [InlineData("TPHCM")]
    [InlineData("Sài Gòn")]
    [InlineData("thành phố Hồ Chí Minh")]
    public async Task A_province_is_read_by_the_names_staff_call_it(string province)
    {
        // "TP.HCM" was refused as no province (and as a search filter quietly found nothing).
        const string text = "Thực hiện Kế hoạch số 121/KH-UBND ngày 05/5/2023 của UBND Thành phố.";
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province });
        Assert.Equal(200, (int)response.StatusCode);
        var instrument = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations")[0].GetProperty("instrument");
        Assert.Equal("Hồ Chí Minh", instrument.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Instruments_looked_up_by_name_list_the_one_of_that_name_first()
    {
        // "Luật Giáo dục" listed Luật Giáo dục quốc phòng và an ninh, cited more, before Luật Giáo dục.
        var found = (await api.Get("/api/instruments?q=" + Uri.EscapeDataString("Luật Giáo dục"))).EnumerateArray().ToList();
        Assert.True(found.Count >= 2);
        Assert.Equal("Luật Giáo dục", found[0].GetProperty("title").GetString());
    }

    [Theory]
    // "Quyết định này" is the text itself: the plan it issues implements 2457, which it was said to be issued with.
    [InlineData("Ban hành kèm theo Quyết định này Kế hoạch thực hiện Quyết định số 2457/QĐ-BGDĐT ngày 23/8/2023 của Bộ GDĐT.", "thuc_hien")]
    [InlineData("Ban hành kèm theo Quyết định này Kế hoạch của tỉnh, trong đó có nội dung về Quyết định số 2457/QĐ-BGDĐT.", "mention")]
    // Numbers listed under one kind's name share the words governing the list; the last, after "và", was a mention.
    [InlineData("Bãi bỏ các Quyết định: số 10/2019/QĐ-UBND ngày 05/3/2019; số 11/2020/QĐ-UBND ngày 06/4/2020 và số 12/2021/QĐ-UBND ngày 07/5/2021.",
        "bai_bo bai_bo bai_bo")]
    [InlineData("Căn cứ các Quyết định: số 10/2019/QĐ-UBND; số 11/2020/QĐ-UBND và số 12/2021/QĐ-UBND của UBND tỉnh.", "can_cu can_cu can_cu")]
    // Words governing a citation in the running text, each found where no other is (the search is cut short where a clause holds none).
    [InlineData("1. Cụ thể hóa các mục tiêu, nhiệm vụ tại Quyết định số 2457/QĐ-BGDĐT.", "thuc_hien")]
    [InlineData("Sở đã cụ thể hoá mục tiêu của Nghị quyết số 05-NQ/TU.", "thuc_hien")]
    [InlineData("Năm học qua, các trường đã triển khai Kế hoạch số 12/KH-UBND.", "thuc_hien")]
    [InlineData("Ngành hướng dẫn thực hiện Thông tư số 28/2020/TT-BGDĐT.", "huong_dan")]
    [InlineData("Ủy ban nhân dân tỉnh xét đề nghị của Sở Giáo dục và Đào tạo tại Tờ trình số 45/TTr-SGDĐT.", "de_nghi")]
    [InlineData("Quyết định này thay thế Quyết định số 12/2019/QĐ-UBND.", "thay_the")]
    [InlineData("Quyết định này bãi bỏ Quyết định số 12/2019/QĐ-UBND.", "bai_bo")]
    [InlineData("Nghị quyết này sửa đổi, bổ sung Nghị quyết số 33/2021/NQ-HĐND.", "sua_doi")]
    // Other texts' grounds are not this one's: "Các quyết định này được ban hành căn cứ Luật Tổ chức chính quyền địa phương …" (a tester's 329).
    [InlineData("Các văn bản được ban hành căn cứ Luật số 43/2019/QH14.", "mention")]
    [InlineData("Căn cứ Luật số 43/2019/QH14.", "can_cu")]
    [InlineData("Năm học này, các trường nâng cao chất lượng dạy học Quyết định số 2457/QĐ-BGDĐT.", "mention")]
    // From testers: an instruction in the body to the bodies the text addresses, who are to act on it, was read as the text's legal basis,
    // then as a mention (200's and 201's lists); twelve later testers' lists (204, 331, 355, 361, 364, 427, 432, 448, 463, 520, 609, 685)
    // read what the text has its bodies act on as carried out, and so it is.
    [InlineData("2. Các phòng GDĐT huyện, thành phố căn cứ Kế hoạch này và Quyết định số 1523/QĐ-UBND chỉ đạo các trường trung học cơ sở thực hiện.", "thuc_hien")]
    [InlineData("2. Ủy ban nhân dân các huyện, thành phố căn cứ Kế hoạch này và Quyết định số 2045/QĐ-BGDĐT xây dựng kế hoạch thực hiện trên địa bàn.", "thuc_hien")]
    [InlineData("Hiệu trưởng các trường căn cứ QĐ 2457/BGDĐT, Công văn này và tình hình thực tế xây dựng Kế hoạch năm học của đơn vị.", "thuc_hien")]
    // So is what one body named before "căn cứ" acts on, and what a clause grounds together with this very text, which grounds nothing of its
    // own (testers' 370, 400, 418, 740, 814, 822).
    [InlineData("Phòng Kế hoạch - Tài chính căn cứ Thông tư số 56/2022/TT-BTC ngày 16/9/2022 để hướng dẫn các đơn vị điều chỉnh dự toán.", "thuc_hien")]
    [InlineData("b) Ủy ban nhân dân cấp tỉnh căn cứ Nghị định số 142/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ bố trí giáo viên.", "thuc_hien")]
    [InlineData("a) Căn cứ Thông tư số 29/2024/TT-BGDĐT và hướng dẫn tại Công văn này, hiệu trưởng xây dựng kế hoạch dạy thêm trong nhà trường.", "thuc_hien")]
    [InlineData("Căn cứ Thông tư số 29/2024/TT-BGDĐT ngày 30/12/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về dạy thêm, học thêm;", "can_cu")]
    // What a text institutionalises it carries out, as what it makes concrete (the lists of testers' 451, 801 and 818).
    [InlineData("Để tiếp tục thể chế hóa Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị, Thủ tướng Chính phủ yêu cầu:", "thuc_hien")]
    // What a text offers to consult is told of, whatever governs its sentence (testers' 316, 437 and 639).
    [InlineData("Các đảng ủy xã căn cứ Kế hoạch này xây dựng kế hoạch thực hiện (tham khảo Kế hoạch số 05-KH/ĐU ngày 25/9/2025 của Đảng ủy phường).", "mention")]
    [InlineData("Đơn vị chưa ban hành Quy chế thì ban hành trước ngày 30/11/2025, tham khảo Quy chế mẫu tại Phụ lục 1 kèm theo Công văn số 2877/SGDĐT-TCCB.", "mention")]
    [InlineData("Các trường thực hiện theo Công văn số 2877/SGDĐT-TCCB.", "thuc_hien")]
    // What replaced the instrument a sentence carries out is told of (every testers' list), where what amended it is carried out with it.
    [InlineData("Các xã chi trả theo danh sách tại Quyết định số 2164/QĐ-UBND (đã được thay thế bởi Quyết định số 2315/QĐ-UBND).", "thuc_hien mention")]
    [InlineData("Các trường tổ chức dạy thêm theo Thông tư số 17/2012/TT-BGDĐT, nay được thay thế bởi Thông tư số 29/2024/TT-BGDĐT.", "thuc_hien mention")]
    [InlineData("Các trường thực hiện theo Thông tư số 17/2012/TT-BGDĐT, được sửa đổi, bổ sung bởi Thông tư số 29/2024/TT-BGDĐT.", "thuc_hien thuc_hien")]
    // What the text no longer applies, or says no longer applies, is told of (testers' 441, 483, 488, 506, 542, 557, 590, 700, 713, 714).
    [InlineData("Các đơn vị không tiếp tục áp dụng Hướng dẫn số 18/HD-SGDĐT ngày 10/5/2017 của Sở GDĐT.", "mention")]
    [InlineData("Các đơn vị không còn áp dụng Hướng dẫn số 18/HD-SGDĐT ngày 10/5/2017 của Sở GDĐT.", "mention")]
    [InlineData("Kể từ ngày ký Công văn này, các đơn vị không tiếp tục thực hiện Công văn số 1187/SLĐTBXH-GDNN.", "mention")]
    [InlineData("Các đơn vị tiếp tục áp dụng Hướng dẫn số 18/HD-SGDĐT ngày 10/5/2017 của Sở GDĐT.", "thuc_hien")]
    [InlineData("Không sử dụng tiêu chí, biểu mẫu theo Thông tư số 30/2009/TT-BGDĐT ngày 22/10/2009 của Bộ trưởng Bộ GDĐT.", "mention")]
    [InlineData("Không áp dụng việc cộng điểm thưởng cho dự án tái dự thi theo Quyết định số 1587/QĐ-SGDĐT.", "mention")]
    [InlineData("Nhà trường không thu tiền của học sinh theo Thông tư số 29/2024/TT-BGDĐT.", "thuc_hien")]
    [InlineData("Mức hỗ trợ thêm 10% theo Nghị quyết số 05/2021/NQ-HĐND của HĐND tỉnh không còn áp dụng từ ngày 01/01/2024.", "mention")]
    // "căn cứ" as what something is the basis of, or the grounds another text states, is no ground of this one (testers' 333, 409, 486, 575, 650).
    [InlineData("Kết quả đánh giá là căn cứ để xếp loại chất lượng viên chức năm 2025 theo Nghị định số 90/2020/NĐ-CP.", "thuc_hien")]
    [InlineData("Nhà trường ban hành Kế hoạch về dạy thêm, học thêm, nêu căn cứ là Thông tư số 29/2024/TT-BGDĐT.", "mention")]
    [InlineData("Căn cứ Thông tư số 29/2024/TT-BGDĐT, Sở hướng dẫn như sau:", "can_cu")]
    // One "Căn cứ" over a list of one kind set apart by commas, each item with its subject (testers' 460, 487, 511, 589).
    [InlineData("Căn cứ các Thông tư của Bộ trưởng Bộ Giáo dục và Đào tạo: số 37/2021/TT-BGDĐT ngày 30/12/2021 ban hành Danh mục thiết bị dạy học tối thiểu cấp Tiểu học, số 38/2021/TT-BGDĐT ngày 30/12/2021 ban hành Danh mục thiết bị dạy học tối thiểu cấp Trung học cơ sở;", "can_cu can_cu")]
    // The text's own grounds, in a clause or passive.
    [InlineData("Thực hiện Kế hoạch của tỉnh; căn cứ Quyết định số 2150/QĐ-UBND của UBND huyện, Phòng GDĐT xây dựng kế hoạch như sau:", "can_cu")]
    [InlineData("Dự thảo được các sở xây dựng căn cứ Quyết định số 2150/QĐ-UBND của UBND huyện.", "can_cu")]
    // Seed 000: taught and carried out, not only taught ("quán triệt" alone is a mention).
    [InlineData("UBND các huyện đẩy mạnh tuyên truyền, quán triệt triển khai thực hiện Quyết định số 2457/QĐ-BGDĐT, ngày 23/8/2023 của Bộ GDĐT.", "thuc_hien")]
    [InlineData("Các trường quán triệt, triển khai thực hiện Quyết định số 2457/QĐ-BGDĐT.", "thuc_hien")]
    [InlineData("Tổ chức quán triệt Quyết định số 2457/QĐ-BGDĐT đến toàn thể cán bộ.", "mention")]
    // From fixer-u's sentences: "Sửa đổi Điều 4 Thông tư liên tịch số …" (without "bổ sung") and "Bổ sung Điều 4a vào Thông tư số …" were
    // mentions, and "Thay thế cụm từ … tại Điều 3 Thông tư số …", which rewords the circular, replaced it. Each amends it.
    [InlineData("Sửa đổi Điều 4 Thông tư liên tịch số 22/2015/TTLT-BGDĐT-BNV như sau:", "sua_doi")]
    [InlineData("Thông tư này sửa đổi khoản 2 Điều 4 Thông tư số 16/2017/TT-BGDĐT.", "sua_doi")]
    [InlineData("Bổ sung Điều 4a vào Thông tư số 16/2017/TT-BGDĐT như sau:", "sua_doi")]
    [InlineData("2. Bổ sung điểm d vào khoản 2 Điều 5 Thông tư số 16/2017/TT-BGDĐT như sau:", "sua_doi")]
    [InlineData("Thay thế cụm từ “giáo viên” bằng cụm từ “nhà giáo” tại Điều 3 Thông tư số 16/2017/TT-BGDĐT.", "sua_doi")]
    [InlineData("Thay cụm từ “giáo viên” bằng cụm từ “nhà giáo” tại Điều 3 Thông tư số 16/2017/TT-BGDĐT.", "sua_doi")]
    // Not this text's amendment: another's, or done before.
    [InlineData("Thông tư số 58/2011/TT-BGDĐT đã được sửa đổi tại Thông tư số 26/2020/TT-BGDĐT.", "mention mention")]
    [InlineData("Các trường bổ sung kinh phí theo Quyết định số 12/2019/QĐ-UBND.", "thuc_hien")]
    [InlineData("Bổ sung khoản kinh phí vào dự toán năm 2024 theo Quyết định số 12/2019/QĐ-UBND.", "thuc_hien")]
    [InlineData("Bổ sung khoản 3 vào sau khoản 2 Điều 6 Thông tư số 16/2017/TT-BGDĐT như sau:", "sua_doi")]
    [InlineData("Thông tư này thay thế Thông tư số 28/2009/TT-BGDĐT.", "thay_the")]
    // This text's replacing or ending another, in the passive (testers' 384, 406, 408, 457, 526, 656, 705, 706).
    [InlineData("Nội dung yêu cầu báo cáo tại mục 3 Công văn số 4985/BGDĐT-GDMN được thay thế bằng nội dung tại mục này.", "thay_the")]
    [InlineData("Nội dung tại mục 3 Công văn số 4985/BGDĐT-GDMN được thay thế bằng nội dung tại Công văn số 5012/BGDĐT-GDMN.", "mention mention")]
    [InlineData("Kể từ ngày ban hành Kế hoạch này, Công văn số 1893/SGDĐT-VP hết hiệu lực.", "bai_bo")]
    [InlineData("a) Nội dung tại mục 2 Công văn số 2906/SGDĐT-KHTC được thay thế bằng nội dung sau:", "thay_the")]
    [InlineData("Các Nghị quyết sau đây hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực:\n\na) Nghị quyết số 26/2024/NQ-HĐND ngày 12/7/2024 quy định mức thu học phí;\n\nb) Nghị quyết số 29/2024/NQ-HĐND ngày 16/7/2024 quy định mức thu học phí.", "bai_bo bai_bo")]
    [InlineData("Các văn bản sau đây đã hết hiệu lực:\n\na) Nghị quyết số 26/2024/NQ-HĐND ngày 12/7/2024 quy định mức thu học phí.", "mention")]
    // A clause numbered as the lead-in is, after its list, is the article's next clause, not an item (a tester's 739).
    [InlineData("2. Quyết định này thay thế các quyết định sau:\n\na) Quyết định số 2981/QĐ-UBND ngày 12/11/2021;\n\nb) Quyết định số 645/QĐ-UBND ngày 08/4/2022.\n\n3. Bãi bỏ khoản 4 Điều 6 Quy chế phối hợp ban hành kèm theo Quyết định số 1520/QĐ-UBND ngày 15/6/2023.", "thay_the thay_the bai_bo")]
    // A shortfall found is told of; "chưa thực hiện" alone is still to be carried out (testers' 411, 485, 562, 569, 674, 749).
    [InlineData("Việc thu các khoản nêu trên chưa thực hiện đúng quy định tại khoản 2 Điều 3 Nghị quyết số 19/2025/NQ-HĐND.", "mention")]
    [InlineData("Nhà trường chưa thực hiện đầy đủ kiến nghị tại Kết luận số 27/KL-SGDĐT.", "mention")]
    [InlineData("Một số trường thực hiện chưa đúng Thông tư số 29/2024/TT-BGDĐT.", "mention")]
    [InlineData("Các trường chưa thực hiện thì khẩn trương thực hiện theo Thông tư số 29/2024/TT-BGDĐT.", "thuc_hien")]
    [InlineData("Các trường thực hiện đúng Thông tư số 29/2024/TT-BGDĐT.", "thuc_hien")]
    // Something found not yet done or met "theo" an instrument is told of; not what is to be done meanwhile, what has yet to come, or a verb's
    // own "theo" (testers' 366, 378, 384, 447, 741, 749, 761; 398, 406, 422, 463, 752).
    [InlineData("Còn 36 phòng học chưa đạt tiêu chuẩn theo Thông tư số 13/2020/TT-BGDĐT.", "mention")]
    [InlineData("Qua kiểm tra, 02 trường chưa công khai danh sách người học theo Thông tư số 29/2024/TT-BGDĐT và Quyết định số 08/2025/QĐ-UBND.", "mention mention")]
    [InlineData("Trong khi Sở chưa ban hành hướng dẫn mới, các trường tiếp tục thực hiện theo Thông tư số 29/2024/TT-BGDĐT.", "thuc_hien")]
    [InlineData("Học sinh chưa đạt yêu cầu được kiểm tra lại theo Điều 12 Thông tư số 22/2021/TT-BGDĐT.", "thuc_hien")]
    [InlineData("Nơi chưa bố trí được thì hợp đồng với Trạm Y tế theo Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT.", "thuc_hien")]
    [InlineData("Không giao xe cho con em chưa đủ tuổi theo Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15.", "thuc_hien")]
    // Years of carrying out reviewed, after "kết quả", "đánh giá" or a first span (testers' 367, 373, 752, 755).
    [InlineData("Sở GDĐT báo cáo kết quả 05 năm thực hiện Nghị quyết số 06-NQ/TU ngày 28/6/2021 của Tỉnh ủy.", "mention")]
    [InlineData("Đánh giá 03 năm thực hiện Nghị quyết số 19/2023/NQ-HĐND ngày 12/7/2023 của HĐND tỉnh.", "mention")]
    [InlineData("Qua hơn 10 năm thực hiện Nghị quyết số 29-NQ/TW và 01 năm thực hiện Kết luận số 91-KL/TW, giáo dục có nhiều chuyển biến.", "mention mention")]
    // A passive without "được" governs no item after it (a tester's 756, whose Thông tư 42 read as amended by the text).
    [InlineData("Áp dụng Thông tư số 32/2018/TT-BGDĐT (sửa đổi bởi Thông tư số 13/2022/TT-BGDĐT); Thông tư số 42/2021/TT-BGDĐT.", "thuc_hien mention mention")]
    // A report or a proposal is told of, not carried out: "theo" it is according to it (testers' 368, 378, 397, 447, 457, 556, 698, 718, 746,
    // 761, 763, 764; proposals 354, 651).
    [InlineData("Theo Báo cáo số 412/BC-SGDĐT ngày 25/6/2026 của Sở Giáo dục và Đào tạo, qua kiểm tra 126 cơ sở giáo dục vẫn còn 09 trường vận động tài trợ.", "mention")]
    [InlineData("Bổ sung chỉ tiêu tuyển dụng giáo viên theo nhu cầu đã đăng ký tại Báo cáo số 39/BC-UBND ngày 15/8/2025 của Ủy ban nhân dân phường.", "mention")]
    [InlineData("Thực hiện theo nội dung Tờ trình số 1892/TTr-SGDĐT ngày 03/9/2025 của Sở Giáo dục và Đào tạo.", "mention")]
    [InlineData("Theo Kế hoạch số 412/KH-SGDĐT ngày 25/6/2026 của Sở Giáo dục và Đào tạo, các trường tổ chức kiểm tra.", "thuc_hien")]
    // What is done as an instrument says ("đúng") is carried out, as every testers' list reads it (412, 441, 633, 701, 728, 813, blind 829, 831,
    // 834); not what is not done so ("chưa đúng", "không bảo đảm đúng").
    [InlineData("a) Tổ chức Kỳ thi nghiêm túc, an toàn, đúng Quy chế thi ban hành kèm theo Thông tư số 24/2024/TT-BGDĐT.", "thuc_hien")]
    [InlineData("Các cơ sở vận động, tiếp nhận tài trợ đúng Thông tư số 16/2018/TT-BGDĐT ngày 03/8/2018 của Bộ trưởng Bộ GDĐT.", "thuc_hien")]
    [InlineData("Các trường thu tiền thuê người nấu ăn đúng mức quy định tại Nghị quyết số 27/2022/NQ-HĐND.", "thuc_hien")]
    [InlineData("Một số xã chi trả hợp đồng chưa bảo đảm đúng phân cấp tại Nghị quyết số 27/2022/NQ-HĐND.", "mention")]
    [InlineData("Kế hoạch bài dạy của một số giáo viên chưa được xây dựng đúng theo Phụ lục IV kèm theo Công văn số 5512/BGDĐT-GDTrH.", "mention")]
    // A point numbering a part ends no clause: "sửa đổi mục 2.3" governs the plan as "sửa đổi mục 2" does (testers' 811, blind 831); a point
    // setting thousands apart ends the clause it closes, as before ("… 48.600.000 đồng, vi phạm quy định tại …", 366).
    [InlineData("c) Kế hoạch này sửa đổi mục 2.3 phần III Kế hoạch số 128/KH-THPTNCT: lịch kiểm tra giữa kỳ II chuyển sang tuần 27.", "sua_doi")]
    [InlineData("Kế hoạch này thay thế Kế hoạch số 112-KH/TU; bãi bỏ điểm 2.3, mục III Kế hoạch số 86-KH/TU, ngày 18/4/2023.", "thay_the bai_bo")]
    [InlineData("Nhà trường dạy thêm theo Kế hoạch số 15/KH-THCS, đã thu 48.600.000 đồng, vi phạm quy định tại Điều 9 Thông tư số 29/2024/TT-BGDĐT.", "thuc_hien mention")]
    // A result or a list weighed on ("căn cứ kết quả …"), whose act a later word governs, grounds nothing (testers' 388, 762, 826); with no such
    // word the result is the ground, and the report it is in (376).
    [InlineData("1. Giám đốc Sở tổ chức kiểm điểm trách nhiệm; căn cứ kết quả kiểm điểm xem xét xử lý kỷ luật theo Nghị định số 112/2020/NĐ-CP.", "thuc_hien")]
    [InlineData("Tuyển thẳng căn cứ kết quả rèn luyện, học tập 04 năm cấp trung học cơ sở được đánh giá theo Thông tư 22/2021/TT-BGDĐT.", "thuc_hien")]
    [InlineData("Căn cứ kết quả tự đánh giá năm học 2023 - 2024 tại Báo cáo số 29/BC-THHĐ ngày 20/5/2024 của nhà trường, Trường xây dựng kế hoạch như sau:", "can_cu")]
    public async Task A_relation_is_read_from_the_words_that_govern_the_citation(string text, string relations) =>
        Assert.Equal(relations, await RelationsOf(text, "Cao Bằng"));

    [Fact]
    public async Task Mentions_of_one_number_dated_apart_are_different_instruments()
    {
        // The second 633/KH-UBND, Lai Châu's own, took Bắc Giang's province and date from the first; the 2016 Chỉ thị took the 2021 one's title.
        const string text = "Tham khảo Kế hoạch số 633/KH-UBND ngày 21/12/2022 của UBND tỉnh Bắc Giang về huy động trẻ ra lớp. " +
                            "Thực hiện Kế hoạch số 633/KH-UBND ngày 10/11/2022 của UBND tỉnh về phổ cập giáo dục. " +
                            "Căn cứ Chỉ thị số 07-CT/TW ngày 10/3/2021 của Ban Bí thư về tăng cường quốc phòng; Căn cứ Chỉ thị số 07-CT/TW ngày " +
                            "15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh.";
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province = "Lai Châu" });
        var instruments = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray()
            .Select(c => c.GetProperty("instrument")).ToList();
        Assert.Equal(["633-kh-ubnd-2022-bac-giang", "633-kh-ubnd-2022-lai-chau", "07-ct-tw-2021", "07-ct-tw-2016"],
            instruments.Select(i => i.GetProperty("key").GetString()));
        Assert.Equal("2022-11-10", instruments[1].GetProperty("date").GetString());
        Assert.Equal("đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh", instruments[3].GetProperty("title").GetString());
        Assert.Equal("tăng cường quốc phòng", instruments[2].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("Thực hiện Quyết định số 2457/QĐ - BGDĐT ngày 23/8/2023 của Bộ GDĐT.", "2457/QĐ-BGDĐT")]
    [InlineData("Thực hiện Kế hoạch số 633/KH -UBND ngày 21/12/2022 của UBND tỉnh.", "633/KH-UBND")]
    [InlineData("Thực hiện Nghị quyết số 29 - NQ/TW ngày 04/11/2013.", "29-NQ/TW")]
    [InlineData("Thực hiện Chỉ thị số 29- CT/TW của Bộ Chính trị.", "29-CT/TW")]
    [InlineData("Theo Quyết định số 123/QĐ-UBND - Kế hoạch năm 2024 của tỉnh.", "123/QĐ-UBND")] // a dash then a title is no code
    public async Task A_symbol_with_a_stray_space_around_its_hyphen_is_cited(string text, string symbol)
    {
        // "2457/QĐ - BGDĐT" gave no citation at all.
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province = "Bắc Giang" });
        var citation = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray());
        Assert.Equal(symbol, citation.GetProperty("instrument").GetProperty("symbol").GetString());
    }

    [Theory]
    [InlineData("của Ủy ban nhân dân Thành phố Hồ Chí Minh.", "Hồ Chí Minh")]
    [InlineData("của UBND TP Hồ Chí Minh.", "Hồ Chí Minh")]
    [InlineData("của UBND TP. Hồ Chí Minh.", "Hồ Chí Minh")]
    [InlineData("của UBND tỉnh Bà Rịa - Vũng Tàu.", "Bà Rịa - Vũng Tàu")]
    [InlineData("của UBND tỉnh Bà Rịa – Vũng Tàu về phổ cập giáo dục.", "Bà Rịa - Vũng Tàu")]
    [InlineData("của UBND tỉnh. Các trường thực hiện.", "Lai Châu")]
    public async Task A_local_instrument_of_another_province_named_in_its_issuer_is_that_provinces(string issuer, string scope)
    {
        // "Thành phố" with a capital, "TP", "TP." and a hyphenated name were not read: the citing province's number got the plan.
        var text = "Thực hiện Kế hoạch số 121/KH-UBND ngày 05/5/2023 " + issuer;
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province = "Lai Châu" });
        var instrument = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations")[0].GetProperty("instrument");
        Assert.Equal(scope, instrument.GetProperty("scope").GetString());
    }

    [Theory]
    [InlineData("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "can_cu can_cu")]
    [InlineData("1. Căn cứ pháp lý", "can_cu can_cu")]
    [InlineData("II. NHIỆM VỤ", "mention mention")]
    public async Task Instruments_listed_under_a_heading_naming_the_grounds_are_the_legal_basis(string heading, string relations)
    {
        // The first part of many plans lists its grounds as bullets under a heading; each was a mention.
        var text = heading + "\n- Quyết định số 2457/QĐ-BGDĐT ngày 23/8/2023 của Bộ GDĐT;\n- Kế hoạch số 98/KH-UBND ngày 05/9/2024 của UBND tỉnh.";
        Assert.Equal(relations, await RelationsOf(text, "Nghệ An"));
    }

    [Fact]
    public async Task A_standards_number_is_no_letter()
    {
        // "QCVN 06:2022/BXD" (a building standard) was a Công văn 2022/BXD; "số:2457/…" without a space is still a number.
        const string text = "Theo Quyết định số:2457/QĐ-BGDĐT, phòng học đạt QCVN 06:2022/BXD.";
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province = "Nghệ An" });
        var symbols = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray()
            .Select(c => c.GetProperty("instrument").GetProperty("symbol").GetString());
        Assert.Equal(["2457/QĐ-BGDĐT"], symbols);
    }

    [Fact]
    public async Task A_symbol_written_with_an_issuers_short_form_is_the_instrument_of_its_code()
    {
        const string text = "Thực hiện Quyết định số 2457/QĐ-BGD ngày 23/8/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo.";
        var citation = (await (await api.Client.PostAsJsonAsync("/api/citations/extract", new { text })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("citations")[0];
        Assert.Equal("2457/QĐ-BGDĐT", citation.GetProperty("instrument").GetProperty("symbol").GetString());
        Assert.True(citation.GetProperty("known").GetBoolean());
    }

    [Fact]
    public async Task Extract_knows_an_instrument_the_corpus_cites_undated_when_the_text_gives_its_date()
    {
        // "Nghị quyết số 29-NQ/TW ngày 04/11/2013" was unknown: its key has the year, the graph's node (cited bare in every seed) has none.
        var undated = (await api.Get("/api/instruments")).EnumerateArray()
            .Where(i => i.GetProperty("symbol").GetString() is not null && i.GetProperty("year").ValueKind == JsonValueKind.Null).ToList();
        Assert.Contains(undated, i => i.GetProperty("scope").GetString() == "national");
        foreach (var instrument in undated)
        {
            var scope = instrument.GetProperty("scope").GetString();
            var text = $"Thực hiện {instrument.GetProperty("kind").GetString()} số {instrument.GetProperty("symbol").GetString()} ngày 04/11/2013.";
            var body = new { text, province = scope == "national" ? null : scope };
            var citation = (await (await api.Client.PostAsJsonAsync("/api/citations/extract", body)).Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("citations")[0];
            Assert.True(citation.GetProperty("known").GetBoolean(), text);
            Assert.Equal(instrument.GetProperty("key").GetString(), citation.GetProperty("instrument").GetProperty("key").GetString());
        }
    }

    [Theory]
    [InlineData("Thực hiện các Quyết định số 1234, 1235 và 1236/QĐ-UBND ngày 12/5/2023 của UBND tỉnh.", "1234/QĐ-UBND 1235/QĐ-UBND 1236/QĐ-UBND")]
    [InlineData("Căn cứ Nghị quyết số 29, 19 và 45-NQ/TW của Ban Chấp hành Trung ương.", "29-NQ/TW 19-NQ/TW 45-NQ/TW")]
    [InlineData("Căn cứ các Thông tư số 01, 02/2021/TT-BGDĐT của Bộ Giáo dục và Đào tạo.", "01/2021/TT-BGDĐT 02/2021/TT-BGDĐT")]
    [InlineData("Theo khoản 1, 2 và 3/QĐ-UBND.", "3/QĐ-UBND")] // no "số", no kind's name: not a list of numbers
    public async Task Numbers_listed_before_one_symbol_are_each_an_instrument_sharing_its_type_issuer_and_date(string text, string symbols)
    {
        // "các Quyết định số 1, 2 và 3/QĐ-UBND" gave only 3/QĐ-UBND.
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text, province = "Sơn La" });
        var citations = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("citations").EnumerateArray()
            .Select(c => c.GetProperty("instrument")).ToList();
        Assert.Equal(symbols.Split(' '), citations.Select(i => i.GetProperty("symbol").GetString()));
        Assert.Single(citations.Select(i => (i.GetProperty("kind").GetString(), i.GetProperty("issuer").GetString(), i.GetProperty("date").ToString())).Distinct());
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(2, 8)]
    [InlineData(2, 30)]
    [InlineData(3, 12)]
    public async Task A_limited_neighbourhood_is_connected_to_its_focus_nearest_first(int depth, int limit)
    {
        // Kept by citations alone, hubs two steps away displaced the documents citing the focus: 60 nodes, no edge.
        var key = await KeyOf("2457/QĐ-BGDĐT");
        var whole = await api.Get($"/api/graph?focus={key}&depth={depth}");
        Assert.True(whole.GetProperty("nodes").GetArrayLength() > limit, "the neighbourhood is larger than the limit");
        var graph = await api.Get($"/api/graph?focus={key}&depth={depth}&limit={limit}");
        var nodes = graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()!).ToHashSet();
        Assert.Equal(limit, nodes.Count);
        var links = graph.GetProperty("edges").EnumerateArray().Select(e => (e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!)).ToList();
        var reached = new HashSet<string> { key };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (a, b) in links)
                if (reached.Contains(a) ^ reached.Contains(b)) grew |= reached.Add(a) | reached.Add(b);
        }
        Assert.Equal(nodes.Order(), reached.Order());
        // The focus's own neighbours come before any node further away.
        var neighbours = (await api.Get($"/api/graph?focus={key}&depth=1")).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()!).ToHashSet();
        if (limit >= neighbours.Count) Assert.Subset(nodes, neighbours);
        else Assert.Subset(neighbours, nodes);
    }

    [Fact]
    public async Task The_whole_graph_limited_keeps_its_most_cited_nodes()
    {
        var all = (await api.Get("/api/graph")).GetProperty("nodes").EnumerateArray().ToList();
        var limited = (await api.Get("/api/graph?limit=5")).GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(5, limited.Count);
        var fifth = all.Select(n => n.GetProperty("citedByCount").GetInt32()).OrderDescending().ElementAt(4);
        Assert.All(limited, n => Assert.True(n.GetProperty("citedByCount").GetInt32() >= fifth));
    }

    [Theory]
    [InlineData("2457/QD-BGDDT")]
    [InlineData("2457 BGDĐT")]
    [InlineData("2457/qđ-bgdđt")]
    [InlineData("2457/QĐ-BGD")]
    public async Task Symbols_typed_loosely_find_the_instrument(string q)
    {
        Assert.Equal(await KeyOf("2457/QĐ-BGDĐT"), await KeyOf(q));
    }

    [Fact]
    public async Task The_instruments_are_listed_a_page_at_a_time_with_their_total()
    {
        // page and size were ignored: "?page=2&size=5" gave the whole list again.
        var whole = await api.Client.GetAsync("/api/instruments");
        var all = (await whole.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(i => i.GetProperty("key").GetString()).ToList();
        Assert.True(all.Count > 10);
        Assert.Equal(all.Count.ToString(), whole.Headers.GetValues("X-Total-Count").Single());
        var second = await api.Client.GetAsync("/api/instruments?page=2&size=5");
        Assert.Equal(all.Skip(5).Take(5), (await second.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(i => i.GetProperty("key").GetString()));
        Assert.Equal(all.Count.ToString(), second.Headers.GetValues("X-Total-Count").Single());
        foreach (var bad in new[] { "page=0", "size=1000", "size=abc" })
            Assert.Equal(400, (int)(await api.Client.GetAsync($"/api/instruments?{bad}")).StatusCode);
    }

    [Fact]
    public async Task Files_bearing_one_number_are_one_instrument_whose_text_is_the_first_by_name()
    {
        // A decision saved twice (a copy, a re-upload) is one instrument: its text is the first file by name, as a build gives a
        // shared id to the first; it was the last, so adding a copy named "zz…" moved every link to the copy.
        var corpus = TestPaths.SeedsCopy("same-number");
        var decision = Directory.GetFiles(TestPaths.Seeds).Single(f => Path.GetFileNameWithoutExtension(f) == Seeds.SonLaDecision);
        File.Copy(decision, Path.Combine(corpus, "zz-copy" + Path.GetExtension(decision)));
        using var factory = TestHost.Create(corpus, TestPaths.TempFolder("same-number-index"));
        using var client = factory.CreateClient();
        await ApiFixture.WaitUntilReady(client);
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/instruments?q=1646%2FQĐ-UBND")).RootElement;
        var key = list[0].GetProperty("key").GetString()!;
        var instrument = JsonDocument.Parse(await client.GetStringAsync($"/api/instruments/{key}")).RootElement;
        Assert.Equal(Seeds.SonLaDecision, instrument.GetProperty("documentId").GetString());
    }

    [Fact]
    public async Task An_instruments_title_is_the_one_most_citing_texts_give_not_one_texts_run_on_subject()
    {
        // One text running the subject on ("… của ngành Giáo dục để xây dựng kế hoạch của đơn vị mình") gave the decision that title on
        // its page and in every list, whatever the other texts said: the longest reading was taken.
        var corpus = TestPaths.SeedsCopy("run-on-title");
        var seedsTitle = (await api.Get("/api/instruments/2457-qd-bgddt-2023")).GetProperty("title").GetString()!;
        File.WriteAllText(Path.Combine(corpus, "951_dien_bien.txt"),
            "KẾ HOẠCH\nChuyển đổi số năm học 2023-2024\n\nĐiện Biên, ngày 5 tháng 9 năm 2023\n\nI. CĂN CỨ\n\n" +
            "Căn cứ Quyết định số 2457/QĐ-BGDĐT ngày 23/8/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo " + seedsTitle +
            " để các đơn vị xây dựng kế hoạch của đơn vị mình.\n");
        using var factory = TestHost.Create(corpus, TestPaths.TempFolder("run-on-title-index"));
        using var client = factory.CreateClient();
        await ApiFixture.WaitUntilReady(client);
        var decision = JsonDocument.Parse(await client.GetStringAsync("/api/instruments/2457-qd-bgddt-2023")).RootElement;
        Assert.Equal(seedsTitle, decision.GetProperty("title").GetString());
        Assert.Contains("951_dien_bien", decision.GetProperty("citedBy").EnumerateArray().Select(c => c.GetProperty("document").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_provinces_decision_without_its_number_is_not_the_ministrys_decision_its_grounds_name()
    {
        // A Lai Châu decision left unnumbered ("Số: /QĐ-UBND") cites "Kế hoạch … ban hành kèm theo Quyết định số 2457/QĐ-BGDĐT":
        // it was read as that decision, whose node then said Lai Châu's date and issuer and lost it as a citing document.
        var corpus = TestPaths.SeedsCopy("unnumbered");
        File.WriteAllText(Path.Combine(corpus, "950_lai_chau_unnumbered.txt"), string.Format(Core.MetadataTests.UnnumberedDecision, "Số: /QĐ-UBND"));
        using var factory = TestHost.Create(corpus, TestPaths.TempFolder("unnumbered-index"));
        using var client = factory.CreateClient();
        await ApiFixture.WaitUntilReady(client);
        var decision = JsonDocument.Parse(await client.GetStringAsync("/api/instruments/2457-qd-bgddt-2023")).RootElement;
        Assert.Equal(("Bộ Giáo dục và Đào tạo", "2023-08-23", JsonValueKind.Null),
            (decision.GetProperty("issuer").GetString(), decision.GetProperty("date").GetString(), decision.GetProperty("documentId").ValueKind));
        Assert.Contains("950_lai_chau_unnumbered", decision.GetProperty("citedBy").EnumerateArray().Select(c => c.GetProperty("document").GetProperty("id").GetString()));
        var document = JsonDocument.Parse(await client.GetStringAsync("/api/documents/950_lai_chau_unnumbered")).RootElement;
        Assert.Equal((JsonValueKind.Null, "Lai Châu"), (document.GetProperty("symbol").ValueKind, document.GetProperty("province").GetString()));
    }

    [Fact]
    public async Task A_document_that_states_its_number_is_the_node_its_citations_resolve_to()
    {
        var key = await KeyOf("1646/QĐ-UBND");
        var instrument = await api.Get($"/api/instruments/{key}");
        Assert.Equal(Seeds.SonLaDecision, instrument.GetProperty("documentId").GetString());
        Assert.Equal("Sơn La", instrument.GetProperty("scope").GetString());
        Assert.True(instrument.GetProperty("cites").GetArrayLength() > 5);
        // Its annex plan names the decision itself: no citation, in its cites as in the graph.
        Assert.DoesNotContain(instrument.GetProperty("cites").EnumerateArray(), c => c.GetProperty("instrument").GetProperty("key").GetString() == key);
    }

    [Fact]
    public async Task No_document_cites_itself_and_an_instruments_count_is_its_citing_documents_in_the_graph()
    {
        // 004's annex plan says it is "ban hành kèm theo Quyết định số: 1646 /QĐ-UBND": its own decision, not a citation.
        var graph = await api.Get("/api/graph");
        var incoming = graph.GetProperty("edges").EnumerateArray().GroupBy(e => e.GetProperty("target").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(e => e.GetProperty("source").GetString()!).Distinct().Count());
        var checkedOwn = 0;
        foreach (var document in (await api.Get("/api/documents")).EnumerateArray())
        {
            var id = document.GetProperty("id").GetString()!;
            var key = (await api.Get($"/api/documents/{id}")).GetProperty("instrumentKey").GetString();
            if (key is null) continue;
            var own = await api.Get($"/api/instruments/{key}?size=100");
            Assert.DoesNotContain(own.GetProperty("citedBy").EnumerateArray(), c => c.GetProperty("document").GetProperty("id").GetString() == id);
            Assert.Equal(incoming.GetValueOrDefault(key), own.GetProperty("citedByCount").GetInt32());
            checkedOwn++;
        }
        Assert.True(checkedOwn >= 4);
    }

    [Fact]
    public async Task Citations_of_a_document_are_in_text_order_with_offsets_into_the_source()
    {
        var source = TestPaths.SeedText(Seeds.SonLaDecision).Normalize(NormalizationForm.FormC);
        var citations = (await api.Get($"/api/documents/{Seeds.SonLaDecision}/citations")).EnumerateArray().ToList();
        Assert.True(citations.Count > 20);
        var starts = citations.Select(c => c.GetProperty("start").GetInt32()).ToList();
        Assert.Equal(starts.Order(), starts);
        foreach (var c in citations)
            Assert.Equal(c.GetProperty("surface").GetString(), source[c.GetProperty("start").GetInt32()..c.GetProperty("end").GetInt32()]);
        var relations = citations.Select(c => c.GetProperty("relation").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "can_cu", "de_nghi", "ban_hanh_kem_theo", "thuc_hien" }, relations);
    }

    [Fact]
    public async Task Two_provinces_plans_with_the_same_local_number_are_two_instruments()
    {
        const string text = "Thực hiện Kế hoạch số 633/KH-UBND ngày 10/3/2023 của UBND tỉnh.";
        var bacGiang = await Extract(new { text, province = "Bắc Giang" });
        var laiChau = await Extract(new { text, province = "Lai Châu" });
        var a = bacGiang.GetProperty("citations")[0].GetProperty("instrument");
        var b = laiChau.GetProperty("citations")[0].GetProperty("instrument");
        Assert.Equal("Bắc Giang", a.GetProperty("scope").GetString());
        Assert.Equal("Lai Châu", b.GetProperty("scope").GetString());
        Assert.NotEqual(a.GetProperty("key").GetString(), b.GetProperty("key").GetString());
    }

    [Fact]
    public async Task An_amending_law_is_the_legal_basis_and_the_laws_it_amends_are_mentioned_with_their_years()
    {
        const string text = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n" +
                            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;";
        var citations = (await Extract(new { text })).GetProperty("citations").EnumerateArray().ToList();
        var rows = citations.Select(c => (Surface: c.GetProperty("surface").GetString()!, Relation: c.GetProperty("relation").GetString()!,
            Instrument: c.GetProperty("instrument"))).ToList();
        Assert.Equal(4, rows.Count);
        var amending = rows.Single(r => r.Surface.StartsWith("Luật sửa đổi", StringComparison.Ordinal));
        Assert.Equal("can_cu", amending.Relation);
        Assert.Equal("2019-11-22", amending.Instrument.GetProperty("date").GetString());
        Assert.Equal("QH14", amending.Instrument.GetProperty("issuerCode").GetString());
        var government = rows.Single(r => r.Surface == "Luật Tổ chức Chính phủ");
        Assert.Equal("mention", government.Relation);
        // Named twice, dated once: the undated name inside the amending law's title is the same law of 2015.
        var local = rows.Where(r => r.Surface.StartsWith("Luật Tổ chức chính quyền địa phương", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, local.Count);
        Assert.Single(local.Select(r => r.Instrument.GetProperty("key").GetString()).Distinct());
        Assert.All(local, r => Assert.Equal("QH13", r.Instrument.GetProperty("issuerCode").GetString()));
        Assert.Equal(["can_cu", "mention"], local.Select(r => r.Relation));
    }

    [Fact]
    public async Task A_resolution_s_preamble_and_closing_article_read_as_staff_read_them()
    {
        const string text = "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương số 47/2019/QH14 ngày 22 tháng 11 năm 2019;\n\n" +
                            "Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước;\n\n" +
                            "Khoản 2 Điều 3 Nghị quyết số 33/2021/NQ-HĐND ngày 09 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh bị bãi bỏ kể từ ngày Nghị quyết này có hiệu lực thi hành.\n\n" +
                            "Nghị quyết này thay thế Nghị quyết số 05/2020/NQ-HĐND ngày 10/7/2020 của Hội đồng nhân dân tỉnh về học phí và bãi bỏ Nghị quyết số 07/2021/NQ-HĐND ngày 12/3/2021.";
        var citations = (await Extract(new { text, province = "Hà Giang" })).GetProperty("citations").EnumerateArray()
            .Select(c => (Surface: c.GetProperty("surface").GetString()!, Relation: c.GetProperty("relation").GetString()!, Symbol: c.GetProperty("instrument").GetProperty("symbol").GetString()))
            .ToList();
        // The amending law is the legal basis; the laws it amends are its business, a mention here.
        Assert.Equal(("can_cu", "47/2019/QH14"), citations.Where(c => c.Symbol == "47/2019/QH14").Select(c => (c.Relation, c.Symbol)).Single());
        Assert.Contains(citations, c => c.Surface == "Luật Tổ chức Chính phủ" && c.Relation == "mention");
        Assert.Contains(citations, c => c.Surface == "Luật Tổ chức chính quyền địa phương" && c.Relation == "mention");
        // The decree details the budget law; this resolution does not implement it in that sentence.
        Assert.Equal("mention", citations.Single(c => c.Surface == "Luật Ngân sách nhà nước").Relation);
        // Repealed by this resolution, though the words come after the citation.
        Assert.Equal("bai_bo", citations.Single(c => c.Symbol == "33/2021/NQ-HĐND").Relation);
        // One sentence replaces one resolution and repeals another: the nearer word governs each.
        Assert.Equal("thay_the", citations.Single(c => c.Symbol == "05/2020/NQ-HĐND").Relation);
        Assert.Equal("bai_bo", citations.Single(c => c.Symbol == "07/2021/NQ-HĐND").Relation);
    }

    [Fact]
    public async Task Symbols_broken_by_a_space_or_a_line_break_and_a_Phap_lenh_are_read_whole()
    {
        const string text = "Thực hiện Công văn số 4560/BGDĐT-\nCSVC ngày 5-9-2024 của Bộ Giáo dục và Đào tạo.\n\n" +
                            "Thực hiện Thông tư số 22/2021/TT- BGDĐT và Pháp lệnh Ưu đãi người có công với cách mạng.\n\n" +
                            "Tiếp theo Công văn số 1198/SGDĐT-VP ngày 06/9/2024, Sở đề nghị các đơn vị báo cáo.";
        var citations = (await Extract(new { text, province = "Yên Bái" })).GetProperty("citations").EnumerateArray()
            .Select(c => (Symbol: c.GetProperty("instrument").GetProperty("symbol").GetString(), Kind: c.GetProperty("instrument").GetProperty("kind").GetString(),
                Relation: c.GetProperty("relation").GetString())).ToList();
        Assert.Contains(("4560/BGDĐT-CSVC", "Công văn", "thuc_hien"), citations);
        Assert.Contains(("22/2021/TT-BGDĐT", "Thông tư", "thuc_hien"), citations);
        Assert.Contains((null, "Pháp lệnh", "thuc_hien"), citations);
        // "Tiếp theo" follows up an earlier letter; it does not implement it.
        Assert.Contains(("1198/SGDĐT-VP", "Công văn", "mention"), citations);
    }

    [Theory]
    // Ordered to report on carrying it out: this text implements it. Reviewed: a mention.
    [InlineData("Phòng Giáo dục và Đào tạo tổng hợp, báo cáo UBND huyện kết quả thực hiện Kế hoạch số 145/KH-UBND trước ngày 15/12.", "thuc_hien")]
    [InlineData("Kết quả thực hiện Kế hoạch số 145/KH-UBND ngày 18/7/2023 cho thấy toàn huyện có 12 trường đạt chuẩn.", "mention")]
    // A tester's (315): told to compile the results and report them, the ward's office carries the plan out.
    [InlineData("Phòng Văn hóa - Xã hội chủ trì, theo dõi; tổng hợp kết quả thực hiện Kế hoạch số 215/KH-UBND trên địa bàn phường, báo cáo Ủy ban nhân dân phường.", "thuc_hien")]
    public async Task Results_of_an_instrument_are_its_implementation_when_ordered_reported_and_a_mention_when_reviewed(string text, string relation)
    {
        var citation = (await Extract(new { text, province = "Tuyên Quang" })).GetProperty("citations").EnumerateArray().Single();
        Assert.Equal(relation, citation.GetProperty("relation").GetString());
    }

    [Fact]
    public async Task A_kind_and_number_without_a_symbol_repeat_the_one_instrument_of_the_text_they_name()
    {
        const string text = "Căn cứ Nghị định số 20/2014/NĐ-CP ngày 24/3/2014 của Chính phủ về phổ cập giáo dục, xóa mù chữ.\n\n" +
                            "Các xã duy trì chuẩn theo Nghị định 20. Thực hiện Quyết định số 45/QĐ-UBND và Quyết định số 45/QĐ-TTg; Quyết định 45 nêu rõ lộ trình.\n\n" +
                            "Thông tư số 28/2020/TT-BGDĐT ban hành Điều lệ trường tiểu học; các trường thực hiện theo Thông tư 28/2020.";
        var citations = (await Extract(new { text, province = "Lai Châu" })).GetProperty("citations").EnumerateArray().ToList();
        var bare = citations.Single(c => c.GetProperty("surface").GetString() == "Nghị định 20");
        Assert.Equal("20/2014/NĐ-CP", bare.GetProperty("instrument").GetProperty("symbol").GetString());
        Assert.Equal(citations[0].GetProperty("instrument").GetProperty("key").GetString(), bare.GetProperty("instrument").GetProperty("key").GetString());
        Assert.Equal("thuc_hien", bare.GetProperty("relation").GetString());
        // "Quyết định 45" could be either decision numbered 45: it is not made a citation of one of them.
        Assert.DoesNotContain(citations, c => c.GetProperty("surface").GetString() == "Quyết định 45");
        // With its year: "Thông tư 28/2020" is the 28/2020/TT-BGDĐT of the same text.
        var withYear = citations.Single(c => c.GetProperty("surface").GetString() == "Thông tư 28/2020");
        Assert.Equal("28/2020/TT-BGDĐT", withYear.GetProperty("instrument").GetProperty("symbol").GetString());
        Assert.Equal(6, citations.Count);
    }

    [Theory]
    // The decree's short name and its name in small letters, before the full citation and after it, in a paragraph and in a list item.
    [InlineData("Theo NĐ 24, Sở tham mưu tổ chức bộ máy.\n\nCăn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ;", "NĐ 24")]
    [InlineData("Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ;\n\n- Thực hiện NĐ 24, Sở tham mưu;", "NĐ 24")]
    [InlineData("Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ. Theo NĐ số 24, Sở tham mưu.", "NĐ số 24")]
    [InlineData("- Theo nghị định 24, Sở tham mưu;\n- Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ;", "nghị định 24")]
    [InlineData("Căn cứ Quyết định số 2457/QĐ-BGDĐT ngày 31/5/2023 của Bộ trưởng Bộ GDĐT.\n\nCác xã thực hiện QĐ 2457 đúng lộ trình.", "QĐ 2457")]
    public async Task A_kind_written_short_or_in_small_letters_before_a_number_repeats_the_instrument_the_text_cites_in_full(string text, string surface)
    {
        // "NĐ 24" beside "Nghị định số 24/2014/NĐ-CP" was no citation: the text was not among those citing the decree.
        var citations = (await Extract(new { text, province = "Sơn La" })).GetProperty("citations").EnumerateArray().ToList();
        var full = citations.Single(c => c.GetProperty("surface").GetString() != surface);
        var bare = citations.Single(c => c.GetProperty("surface").GetString() == surface);
        Assert.Equal(full.GetProperty("instrument").GetProperty("key").GetString(), bare.GetProperty("instrument").GetProperty("key").GetString());
    }

    // fixer-yb's leftover: "các Nghị định 24, 37" repeated the first decree alone; each number of the list after one kind word is that kind's.
    // A count after it ("37 trường") is no instrument the text cites in full, and stays none.
    [Theory]
    [InlineData("Căn cứ Nghị định số 24/2021/NĐ-CP ngày 23/3/2021 và Nghị định số 37/2022/NĐ-CP ngày 10/6/2022 của Chính phủ.\n\nCác trường thực hiện đúng các Nghị định 24, 37 về quản lý giáo dục mầm non.",
        "Nghị định 24=24/2021/NĐ-CP; 37=37/2022/NĐ-CP")]
    [InlineData("Căn cứ Nghị định số 24/2021/NĐ-CP ngày 23/3/2021 và Nghị định số 37/2022/NĐ-CP ngày 10/6/2022 của Chính phủ.\n\nTheo Nghị định 24 và 37, các trường rà soát.",
        "Nghị định 24=24/2021/NĐ-CP; 37=37/2022/NĐ-CP")]
    [InlineData("Căn cứ Nghị định số 24/2021/NĐ-CP ngày 23/3/2021 của Chính phủ.\n\nTheo Nghị định 24, 37 trường đã rà soát.", "Nghị định 24=24/2021/NĐ-CP")]
    public async Task Each_number_listed_after_one_kind_word_repeats_that_kinds_instrument(string text, string expected)
    {
        var citations = (await Extract(new { text, province = "Sơn La" })).GetProperty("citations").EnumerateArray()
            .Where(c => !c.GetProperty("surface").GetString()!.Contains('/'))
            .Select(c => $"{c.GetProperty("surface").GetString()}={c.GetProperty("instrument").GetProperty("symbol").GetString()}");
        Assert.Equal(expected, string.Join("; ", citations));
    }

    // The thirtieth session's leftover: "Nghị định 24/NĐ-CP" after "Nghị định số 24/2021/NĐ-CP" was an instrument of its own. A decree's and a
    // circular's symbol carry their year: the short form repeats the one the text cites in full, unless its date says another year, or the text
    // cites two of that number. A decision's symbol may have no year (30/QĐ-TTg is not 30/2021/QĐ-TTg), and stays apart.
    [Theory]
    [InlineData("Căn cứ Nghị định số 24/2021/NĐ-CP ngày 23/3/2021 của Chính phủ.\n\nCác trường thực hiện đúng Nghị định 24/NĐ-CP về quản lý tài sản.", "24/NĐ-CP", true)]
    [InlineData("Các trường thực hiện Thông tư 32/TT-BGDĐT.\n\nCăn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ GDĐT.", "32/TT-BGDĐT", true)]
    [InlineData("Căn cứ Nghị định số 24/2021/NĐ-CP ngày 23/3/2021 của Chính phủ.\n\nTheo Nghị định số 24/NĐ-CP ngày 05/01/1999 của Chính phủ.", "24/NĐ-CP", false)]
    [InlineData("Căn cứ Nghị định số 24/2021/NĐ-CP và Nghị định số 24/2014/NĐ-CP của Chính phủ.\n\nTheo Nghị định 24/NĐ-CP, các trường rà soát.", "24/NĐ-CP", false)]
    [InlineData("Căn cứ Quyết định số 30/2021/QĐ-TTg ngày 10/10/2021 của Thủ tướng Chính phủ.\n\nThực hiện Quyết định 30/QĐ-TTg, các trường rà soát.", "30/QĐ-TTg", false)]
    public async Task A_decrees_symbol_written_without_its_year_repeats_the_one_the_text_cites_with_it(string text, string surface, bool joined)
    {
        var citations = (await Extract(new { text, province = "Sơn La" })).GetProperty("citations").EnumerateArray().ToList();
        var bare = citations.Single(c => c.GetProperty("surface").GetString()!.Contains(surface, StringComparison.Ordinal));
        var keys = citations.Where(c => c.GetProperty("surface").GetString() != bare.GetProperty("surface").GetString())
            .Select(c => c.GetProperty("instrument").GetProperty("key").GetString()).ToList();
        Assert.Equal(joined, keys.Contains(bare.GetProperty("instrument").GetProperty("key").GetString()));
    }

    [Theory]
    // A verb before a number ("quy định 24 tiết", "thông báo 24 chỉ tiêu") and capitals that are no kind ("điểm TB 24") repeat nothing.
    [InlineData("Căn cứ Quy định số 24-QĐi/TU ngày 01/3/2021 của Tỉnh ủy. Nhà trường quy định 24 tiết mỗi tuần.")]
    [InlineData("Thực hiện Thông báo số 24/TB-UBND ngày 02/3/2024 của UBND tỉnh, nhà trường thông báo 24 chỉ tiêu tuyển sinh.")]
    [InlineData("Thực hiện Thông báo số 24/TB-UBND ngày 02/3/2024 của UBND tỉnh, lớp đạt điểm TB 24 môn.")]
    public async Task A_verb_or_capitals_that_name_no_kind_before_a_number_repeat_nothing(string text) =>
        Assert.Single((await Extract(new { text, province = "Sơn La" })).GetProperty("citations").EnumerateArray());

    [Fact]
    public async Task A_list_under_a_lead_in_takes_its_relation_in_sent_text_as_in_corpus_documents()
    {
        const string text = "Căn cứ các văn bản sau:\n\n- Thông tư số 27/2020/TT-BGDĐT ngày 04/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo;\n" +
                            "- Công văn số 4528/SGDĐT-GDTH ngày 10/9/2024 của Sở Giáo dục và Đào tạo.\n\nĐánh giá Kế hoạch số 312/KH-UBND ngày 28/8/2024:\n" +
                            "• Kế hoạch số 45/KH-UBND ngày 05/01/2024 và Quyết định số 45/QĐ-UBND ngày 08/01/2024 của UBND tỉnh.";
        var citations = (await Extract(new { text, province = "Quảng Nam" })).GetProperty("citations").EnumerateArray().ToList();
        Assert.Equal(["27/2020/TT-BGDĐT:can_cu", "4528/SGDĐT-GDTH:can_cu", "312/KH-UBND:mention", "45/KH-UBND:mention", "45/QĐ-UBND:mention"],
            citations.Select(c => $"{c.GetProperty("instrument").GetProperty("symbol").GetString()}:{c.GetProperty("relation").GetString()}"));
        foreach (var c in citations)
            Assert.Equal(c.GetProperty("surface").GetString(), text[c.GetProperty("start").GetInt32()..c.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task An_instrument_named_as_what_another_amends_is_mentioned_and_a_revised_law_or_a_month_keeps_its_year()
    {
        var amending = (await Extract(new { text = "Căn cứ Nghị định số 88/2022/NĐ-CP ngày 26/10/2022 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 76/2019/NĐ-CP;" }))
            .GetProperty("citations").EnumerateArray().ToList();
        Assert.Equal(["88/2022/NĐ-CP:can_cu", "76/2019/NĐ-CP:mention"],
            amending.Select(c => $"{c.GetProperty("instrument").GetProperty("symbol").GetString()}:{c.GetProperty("relation").GetString()}"));
        var law = Assert.Single((await Extract(new { text = "Tổ chức triển khai Luật Thủ đô (sửa đổi) năm 2024 trong lĩnh vực giáo dục." })).GetProperty("citations").EnumerateArray())
            .GetProperty("instrument");
        Assert.Equal(2024, law.GetProperty("year").GetInt32());
        Assert.Equal("QH15", law.GetProperty("issuerCode").GetString());
        // A month without its day dates nothing but gives the year, which is part of a local instrument's identity.
        var plan = Assert.Single((await Extract(new { text = "Hội khỏe được tổ chức theo Kế hoạch số 2650/KH-SGDĐT tháng 9/2023 của Sở GDĐT.", province = "Bình Định" }))
            .GetProperty("citations").EnumerateArray()).GetProperty("instrument");
        Assert.Equal(2023, plan.GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, plan.GetProperty("date").ValueKind);
    }

    [Theory]
    [InlineData("Thực hiện Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;", "1373/QĐ-TTg")]
    [InlineData("Rà soát mạng lưới trường, gắn với Quy hoạch tỉnh Quảng Ninh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 được Thủ tướng Chính phủ phê duyệt tại Quyết định số 80/QĐ-TTg ngày 11/02/2023; không để thiếu trường.", "80/QĐ-TTg")]
    // fixer-s's 304: the Assembly approves a national target programme's investment policy; the programme is its subject all the same.
    [InlineData("Căn cứ Nghị quyết số 120/2020/QH14 ngày 19 tháng 6 năm 2020 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030;", "120/2020/QH14")]
    public async Task What_a_cited_decision_approves_is_its_subject_not_another_citation(string text, string symbol)
    {
        var citations = (await Extract(new { text, province = "Quảng Ninh" })).GetProperty("citations").EnumerateArray().ToList();
        Assert.Equal(symbol, Assert.Single(citations).GetProperty("instrument").GetProperty("symbol").GetString());
    }

    [Theory]
    [InlineData("Sở GDĐT hướng dẫn một số nội dung thực hiện Thông tư số 22/2021/TT-BGDĐT như sau:", "huong_dan")]
    [InlineData("Sở hướng dẫn thực hiện Thông tư số 22/2021/TT-BGDĐT như sau:", "huong_dan")]
    [InlineData("Tiếp tục quán triệt và thực hiện nghiêm Chỉ thị số 1737/CT-BGDĐT; kịp thời chấn chỉnh vi phạm.", "thuc_hien")]
    [InlineData("Tổ chức quán triệt Chỉ thị số 24-CT/TU ngày 16/8/2023 đến toàn thể cán bộ.", "mention")]
    [InlineData("Chủ trì hướng dẫn, đôn đốc, kiểm tra việc thực hiện Quyết định số 2457/QĐ-BGDĐT; tổng hợp kết quả.", "thuc_hien")]
    [InlineData("Xét Tờ trình số 92/TTr-UBND ngày 14 tháng 6 năm 2024 của Ủy ban nhân dân tỉnh về dự thảo Nghị quyết.", "de_nghi")]
    [InlineData("Các khoản hỗ trợ không trùng với phụ cấp đã được sửa đổi, bổ sung bởi Nghị định số 88/2022/NĐ-CP.", "mention")]
    // A consolidated text's footnote (a tester's 709): the provision was added by the circular, which this text does not carry out; funds
    // granted as a decision says are.
    [InlineData("[6] Khoản này được bổ sung theo quy định tại khoản 3 Điều 1 của Thông tư số 12/2024/TT-BGDĐT, có hiệu lực kể từ ngày 01 tháng 10 năm 2024.", "mention")]
    [InlineData("Kinh phí được bổ sung theo Quyết định số 12/QĐ-UBND ngày 3/4/2024 của UBND tỉnh.", "thuc_hien")]
    [InlineData("Cụ thể hóa các chỉ tiêu của Nghị quyết số 21-NQ/TU vào kế hoạch năm học của từng cơ sở.", "thuc_hien")]
    // Testers' texts of the thirty-second session (317, 314): an instrument applied is carried out (what applies elsewhere in the clause is
    // not); a text of guidance another body is asked to issue guides nothing here.
    [InlineData("Vùng tuyển của từng trường tiếp tục áp dụng Quyết định số 35/2023/QĐ-UBND ngày 22/9/2023 của UBND tỉnh Long An cho đến khi có quy định mới.", "thuc_hien")]
    [InlineData("Đối với Bộ GDĐT: sớm ban hành văn bản hướng dẫn thực hiện Nghị định số 238/2025/NĐ-CP đối với người học giáo dục thường xuyên.", "mention")]
    [InlineData("Mức hỗ trợ áp dụng từ năm học 2025 - 2026 được quy định tại Nghị quyết số 10/2024/NQ-HĐND của HĐND tỉnh.", "mention")]
    public async Task The_words_before_a_citation_say_what_it_is_to_the_text(string text, string relation)
    {
        var citation = Assert.Single((await Extract(new { text, province = "Thanh Hóa" })).GetProperty("citations").EnumerateArray());
        Assert.Equal(relation, citation.GetProperty("relation").GetString());
    }

    [Fact]
    public async Task A_briefing_done_as_guidance_says_carries_the_guidance_out_and_mentions_what_it_briefs()
    {
        // A tester's (316): the briefing is done as the guidance says, which "theo" governs; "quán triệt" is the resolution's.
        const string text = "Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức học tập, quán triệt Nghị quyết 71 theo Hướng dẫn số 25-HD/BTGDVTW; hoàn thành trong tháng 11/2025.";
        var cited = (await Extract(new { text, province = "Thanh Hóa" })).GetProperty("citations").EnumerateArray()
            .Select(c => (c.GetProperty("surface").GetString(), c.GetProperty("relation").GetString())).ToList();
        Assert.Equal([("Nghị quyết 71", "mention"), ("Hướng dẫn số 25-HD/BTGDVTW", "thuc_hien")], cited);
    }

    [Theory]
    [InlineData("Thực hiện Chỉ thị số 24-CT/TU ngày 05/9/2023 của Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        "tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục")]
    [InlineData("Căn cứ Quyết định số 2999/QĐ-BGDĐT ngày 23/8/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Kế hoạch nhiệm vụ năm học 2023 - 2024 với chủ đề năm học là: Đoàn kết, kỷ cương, sáng tạo.",
        "ban hành Kế hoạch nhiệm vụ năm học 2023 - 2024")]
    [InlineData("Kết quả thực hiện Kế hoạch số 98/KH-UBND ngày 10/10/2023 về xây dựng trường học đạt chuẩn quốc gia cho thấy: toàn huyện có 84 trường.",
        "xây dựng trường học đạt chuẩn quốc gia")]
    [InlineData("Căn cứ Quyết định số 1999/QĐ-TTg ngày 30/7/2021 về phê duyệt ban hành ban hành Đề án xây dựng xã hội học tập.",
        "phê duyệt ban hành Đề án xây dựng xã hội học tập")]
    public async Task A_cited_instruments_subject_stops_where_the_citing_text_goes_on(string text, string title)
    {
        var citation = (await Extract(new { text, province = "Tuyên Quang" })).GetProperty("citations")[0];
        Assert.Equal(title, citation.GetProperty("instrument").GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_local_issuer_named_without_its_province_is_the_citing_provinces()
    {
        const string text = "Thực hiện Kế hoạch số 67/KH-UBND ngày 29/3/2023 của UBND tỉnh về phát triển giáo dục mầm non.";
        var citation = (await Extract(new { text, province = "Bắc Giang" })).GetProperty("citations")[0];
        Assert.Equal("Ủy ban nhân dân tỉnh Bắc Giang", citation.GetProperty("instrument").GetProperty("issuer").GetString());
    }

    [Fact]
    public async Task A_joint_circular_is_a_central_instrument_of_its_first_ministry_whichever_province_cites_it()
    {
        const string text = "Căn cứ Thông tư liên tịch số 11/2016/TTLT-BGDĐT-BNV ngày 11/4/2016 của Bộ Giáo dục và Đào tạo và Bộ Nội vụ.";
        var keys = new List<string>();
        foreach (var province in new[] { "Bắc Giang", "Lai Châu" })
        {
            var instrument = (await Extract(new { text, province })).GetProperty("citations").EnumerateArray().Single().GetProperty("instrument");
            Assert.Equal("Thông tư liên tịch", instrument.GetProperty("kind").GetString());
            Assert.Equal("BGDĐT", instrument.GetProperty("issuerCode").GetString());
            Assert.Equal("national", instrument.GetProperty("scope").GetString());
            keys.Add(instrument.GetProperty("key").GetString()!);
        }
        Assert.Single(keys.Distinct());
    }

    [Fact]
    public async Task Extract_reports_offsets_of_the_text_as_sent_even_in_NFD_and_knows_graph_instruments()
    {
        var text = "Căn cứ Quyết định số 2457/QĐ-BGDĐT ngày 23/8/2023 của Bộ Giáo dục và Đào tạo; Quyết định số 9999/QĐ-BGDĐT ngày 1/2/2023.".Normalize(NormalizationForm.FormD);
        var result = await Extract(new { text });
        var citations = result.GetProperty("citations").EnumerateArray().ToList();
        Assert.Equal(2, citations.Count);
        foreach (var c in citations)
            Assert.Equal(c.GetProperty("surface").GetString(), text[c.GetProperty("start").GetInt32()..c.GetProperty("end").GetInt32()]);
        Assert.True(citations[0].GetProperty("known").GetBoolean());
        Assert.Equal(await KeyOf("2457/QĐ-BGDĐT"), citations[0].GetProperty("instrument").GetProperty("key").GetString());
        Assert.Equal("can_cu", citations[0].GetProperty("relation").GetString());
        Assert.False(citations[1].GetProperty("known").GetBoolean());
    }

    [Fact]
    public async Task A_known_instrument_keeps_its_key_and_gains_the_date_the_text_gives()
    {
        // 002 cites Nghị quyết 88/2014/QH13 without a date; a text that dates it must not lose that.
        var key = await KeyOf("88/2014/QH13");
        Assert.Equal(JsonValueKind.Null, (await api.Get($"/api/instruments/{Uri.EscapeDataString(key)}")).GetProperty("date").ValueKind);
        var citation = (await Extract(new { text = "Căn cứ Nghị quyết số 88/2014/QH13 ngày 28/11/2014 của Quốc hội về đổi mới chương trình, sách giáo khoa." }))
            .GetProperty("citations").EnumerateArray().Single();
        Assert.True(citation.GetProperty("known").GetBoolean());
        Assert.Equal(key, citation.GetProperty("instrument").GetProperty("key").GetString());
        Assert.Equal("2014-11-28", citation.GetProperty("instrument").GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("Căn cứ Văn bản hợp nhất số 03/VBHN-BGDĐT ngày 3/6/2021 của Bộ Giáo dục và Đào tạo.", "Văn bản hợp nhất", "national")]
    [InlineData("Căn cứ Pháp lệnh số 02/2022/PL-UBTVQH15 ngày 30/12/2022.", "Pháp lệnh", "national")]
    [InlineData("Ban hành kèm theo Quy chế số 12/QC-UBND ngày 4/4/2023.", "Quy chế", "Hà Giang")]
    [InlineData("Thực hiện Phương án số 7/PA-UBND ngày 4/4/2023 của UBND tỉnh.", "Phương án", "Hà Giang")]
    [InlineData("Theo Quy định số 9/QyĐ-SGDĐT ngày 4/4/2023.", "Quy định", "Hà Giang")]
    // fixer-za's 310: the national steering committee's telegram, its code joined with its ministry's, was Hà Giang's (a local "BCĐ").
    [InlineData("Thực hiện Công điện số 12/CĐ-BCĐ-BNNMT ngày 26/9/2025 của Ban Chỉ đạo phòng thủ dân sự quốc gia.", "Công điện", "national")]
    [InlineData("Thực hiện Công điện số 12/CĐ-BCĐ ngày 26/9/2025 của Ban Chỉ huy phòng thủ dân sự tỉnh.", "Công điện", "Hà Giang")]
    public async Task Type_codes_of_the_rules_on_official_documents_name_their_kinds_and_leave_the_issuer_to_decide_the_scope(string text, string kind, string scope)
    {
        var instrument = (await Extract(new { text, province = "Hà Giang" })).GetProperty("citations").EnumerateArray().Single().GetProperty("instrument");
        Assert.Equal(kind, instrument.GetProperty("kind").GetString());
        Assert.Equal(scope, instrument.GetProperty("scope").GetString());
    }

    [Theory]
    [InlineData("Thực hiện Thông báo kết luận số 45-TB/TW ngày 3/5/2021 của Ban Bí thư.", "Thông báo", "Thông báo kết luận số 45-TB/TW")]
    [InlineData("Thực hiện Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị.", "Kết luận", "Kết luận số 91-KL/TW")]
    [InlineData("Thực hiện Chương trình số 15-CTr/TU ngày 2/3/2021 của Tỉnh ủy.", "Chương trình", "Chương trình số 15-CTr/TU")]
    public async Task Of_two_kind_words_before_a_number_the_one_its_type_code_names_is_the_kind(string text, string kind, string surface)
    {
        var citation = (await Extract(new { text })).GetProperty("citations").EnumerateArray().Single();
        Assert.Equal(kind, citation.GetProperty("instrument").GetProperty("kind").GetString());
        Assert.StartsWith(surface, citation.GetProperty("surface").GetString());
    }

    [Fact]
    public async Task Extract_survives_empty_plain_random_and_binary_text()
    {
        Assert.Equal(0, (await Extract(new { text = "" })).GetProperty("citations").GetArrayLength());
        Assert.Equal(0, (await Extract(new { text = "Không có trích dẫn nào ở đây." })).GetProperty("citations").GetArrayLength());
        var random = new Random(7);
        var sb = new StringBuilder();
        // Counted as it grows: measuring the whole text after every character took this test 50 s.
        for (var bytes = 0; bytes < 900_000 && sb.Length < 450_000;)
        {
            var c = (char)random.Next(0x20, 0xD7FF);
            sb.Append(c);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text = sb.ToString() });
        Assert.Equal(200, (int)response.StatusCode);
        var binary = new byte[4096];
        random.NextBytes(binary);
        var junk = await api.Client.PostAsync("/api/citations/extract", new ByteArrayContent(binary));
        Assert.Equal(400, (int)junk.StatusCode);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"text\": null}")]
    [InlineData("{\"text\": 42}")]
    [InlineData("[1, 2]")]
    public async Task Extract_without_a_text_is_refused_in_words_naming_none_of_the_services_types(string body)
    {
        var response = await api.Client.PostAsync("/api/citations/extract", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(400, (int)response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains("\"text\"", detail);
        Assert.DoesNotContain("EduPlan", detail);
    }

    [Fact]
    public async Task Filters_given_several_times_are_any_of_them_and_an_empty_one_filters_nothing()
    {
        var laws = (await api.Get("/api/instruments?kind=" + Uri.EscapeDataString("Luật"))).GetArrayLength();
        var decisions = (await api.Get("/api/instruments?kind=" + Uri.EscapeDataString("Quyết định"))).GetArrayLength();
        Assert.True(laws > 0 && decisions > 0);
        Assert.Equal(laws + decisions, (await api.Get($"/api/instruments?kind={Uri.EscapeDataString("Luật")}&kind={Uri.EscapeDataString("Quyết định")}")).GetArrayLength());
        var sonLa = (await api.Get("/api/instruments?scope=" + Uri.EscapeDataString("Sơn La"))).GetArrayLength();
        var laiChau = (await api.Get("/api/instruments?scope=" + Uri.EscapeDataString("Lai Châu"))).GetArrayLength();
        Assert.Equal(sonLa + laiChau, (await api.Get($"/api/instruments?scope={Uri.EscapeDataString("Sơn La")}&scope={Uri.EscapeDataString("Lai Châu")}")).GetArrayLength());

        var key = await KeyOf("2457/QĐ-BGDĐT");
        var all = (await api.Get($"/api/instruments/{key}")).GetProperty("citedBy").GetArrayLength();
        Assert.True(all > 0);
        Assert.Equal(all, (await api.Get($"/api/instruments/{key}?province=")).GetProperty("citedBy").GetArrayLength());
        Assert.Equal(all, (await api.Get($"/api/instruments/{key}?province=%20")).GetProperty("citedBy").GetArrayLength());
        // A name that is no province is said so, as search says it ("province=xyz" answered an empty list, as a real province would).
        var unknown = await api.Client.GetAsync($"/api/instruments/{key}?province=xyz");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.StartsWith("province 'xyz'", JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        Assert.Empty((await api.Get($"/api/instruments/{key}?province={Uri.EscapeDataString("Hà Nội")}")).GetProperty("citedBy").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/search?q=%FF%FE")]
    [InlineData("/api/search?q=gi%E1o")] // "giáo" sent as Latin-1
    [InlineData("/api/instruments?q=2457&scope=S%C6n%20La")]
    [InlineData("/api/documents?province=%C3")]
    public async Task A_query_string_that_is_not_utf8_is_refused_not_searched_as_its_escapes(string url)
    {
        // "q=%FF%FE" was searched as the six characters "%FF%FE": 200 and nothing found, as if no document held the words sent.
        var response = await api.Client.GetAsync(url);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("UTF-8", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        // The same words escaped as UTF-8, every character escaped or only some, are searched.
        Assert.Equal(200, (int)(await api.Client.GetAsync("/api/search?q=gi%C3%A1o")).StatusCode);
        Assert.Equal(200, (int)(await api.Client.GetAsync("/api/search?q=%67%69%C3%A1%6F%20%64%E1%BB%A5%63")).StatusCode);
    }

    [Theory]
    [InlineData("/api/search?q=a&page=1&page=2", "page")]
    [InlineData("/api/search?q=a&size=5&size=6", "size")]
    [InlineData("/api/instruments?q=a&q=b", "q")]
    [InlineData("/api/documents?page=1&page=2", "page")]
    [InlineData("/api/graph?limit=3&limit=4", "limit")]
    public async Task A_one_value_parameter_given_twice_is_refused_by_name(string url, string name)
    {
        var response = await api.Client.GetAsync(url);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.StartsWith($"{name} is given more than once", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Theory]
    // "focus=" answered the whole graph (at 100,000 documents tens of MB), as if no focus had been asked for: a portal whose key was
    // empty drew everything instead of being told.
    [InlineData("/api/graph?focus=", "focus")]
    [InlineData("/api/graph?focus=%20%20", "focus")]
    [InlineData("/api/graph?focus=&depth=1&limit=60", "focus")]
    [InlineData("/api/graph?format=graphml&focus=%09", "focus")]
    [InlineData("/api/graph?depth=", "depth")]
    [InlineData("/api/graph?limit=%20", "limit")]
    [InlineData("/api/graph?format=", "format")]
    // The lists v1 gives whole without page or size: "page=" gave the whole list, "page=%20" its first page of 10.
    [InlineData("/api/documents?page=", "page")]
    [InlineData("/api/documents?page=%20", "page")]
    [InlineData("/api/documents?page=1&size=", "size")]
    [InlineData("/api/instruments?size=%20", "size")]
    [InlineData("/api/instruments/2457-qd-bgddt-2023?page=", "page")]
    public async Task A_parameter_given_empty_where_leaving_it_out_means_everything_is_refused_by_name(string url, string name)
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            using var response = await api.Client.SendAsync(new HttpRequestMessage(method, url));
            Assert.Equal(400, (int)response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            if (method == HttpMethod.Get)
                Assert.StartsWith($"{name} ", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task An_empty_value_stays_no_value_where_v1_says_so_or_where_the_answer_is_a_page_anyway()
    {
        // v1: an empty q is a missing one; an empty filter filters nothing; search's page and size default (its answer is one page).
        var plain = ApiFixture.HitIds(await api.Search("giáo dục"));
        Assert.Equal(plain, ApiFixture.HitIds(await api.Get($"/api/search?q={Uri.EscapeDataString("giáo dục")}&page=&size=%20&sort=&province=&kind=&year=&schoolYear=")));
        Assert.Equal((await api.Get("/api/instruments")).GetArrayLength(), (await api.Get("/api/instruments?q=&kind=&scope=")).GetArrayLength());
    }

    [Theory]
    [InlineData("/api/search?q=a&q=b")]
    [InlineData("/api/search?q=%FF%FE")]
    [InlineData("/api/documents?page=1&page=2")]
    public async Task A_query_string_refused_before_its_endpoint_is_read_by_a_portal_on_another_origin(string url)
    {
        // Refused before routing, these 400s carried no CORS header: a portal's fetch saw a network error, not the detail saying what to fix.
        using var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "Origin", "https://portal.example" } } };
        var response = await api.Client.SendAsync(request);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("*", response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origin) ? origin.Single() : null);
    }

    [Fact]
    public async Task Extract_over_one_megabyte_gives_413()
    {
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", new { text = new string('a', 1_100_000) });
        Assert.Equal(413, (int)response.StatusCode);
    }

    [Fact]
    public async Task The_graph_has_document_nodes_typed_edges_a_neighbourhood_and_GraphML()
    {
        var graph = await api.Get("/api/graph");
        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(5, nodes.Count(n => n.GetProperty("documentId").ValueKind == JsonValueKind.String));
        var key = await KeyOf("2457/QĐ-BGDĐT");
        var focus = await api.Get($"/api/graph?focus={key}&depth=1");
        var edges = focus.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(3, edges.Where(e => e.GetProperty("target").GetString() == key).Select(e => e.GetProperty("source").GetString()).Distinct().Count());
        var graphml = await api.Client.GetStringAsync("/api/graph?format=graphml");
        Assert.Contains("<graphml", graphml);
        // Strict XML readers (Gephi, Python) refuse a declaration that disagrees with the bytes sent.
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", graphml);
        Assert.Contains(key, graphml);
    }

    [Theory]
    [InlineData("Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị, Ban Bí thư về đại hội đảng bộ các cấp.", "35-CT/TW", "Bộ Chính trị và Ban Bí thư")]
    [InlineData("Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị và Ban Bí thư.", "35-CT/TW", "Bộ Chính trị và Ban Bí thư")]
    [InlineData("Thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương.", "08-QĐi/TW", "Ban Chấp hành Trung ương Đảng")]
    [InlineData("Căn cứ Thông tư liên tịch số 11/2015/TTLT-BGDĐT-BNV ngày 29/5/2015 của liên tịch Bộ GDĐT - Bộ Nội vụ hướng dẫn chức năng.", "11/2015/TTLT-BGDĐT-BNV", "Bộ Giáo dục và Đào tạo và Bộ Nội vụ")]
    [InlineData("Căn cứ Thông tư liên tịch số 11/2015/TTLT-BGDĐT-BNV ngày 29/5/2015 liên tịch giữa Bộ GDĐT và Bộ Nội vụ hướng dẫn chức năng.", "11/2015/TTLT-BGDĐT-BNV", "Bộ Giáo dục và Đào tạo và Bộ Nội vụ")]
    [InlineData("Thực hiện Kế hoạch liên tịch số 05/KHLT-SGDĐT-TĐTN ngày 10/9/2024 liên tịch Sở GDĐT - Tỉnh đoàn về hoạt động hè.", "05/KHLT-SGDĐT-TĐTN", "Sở Giáo dục và Đào tạo và Tỉnh đoàn")]
    // A district's or commune's body named with its province after a comma: the province is the issuer's.
    [InlineData("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2021 của Ủy ban nhân dân huyện Mai Sơn, tỉnh Sơn La về việc ban hành kế hoạch.", "12/QĐ-UBND", "Ủy ban nhân dân huyện Mai Sơn, tỉnh Sơn La")]
    [InlineData("Thực hiện Kế hoạch số 45/KH-UBND ngày 05/8/2025 của UBND xã Đồng Văn, tỉnh Tuyên Quang, các trường xây dựng kế hoạch.", "45/KH-UBND", "Ủy ban nhân dân xã Đồng Văn, tỉnh Tuyên Quang")]
    [InlineData("Thực hiện Công văn số 77/PGDĐT ngày 05/9/2024 của Phòng GDĐT thành phố Thủ Đức, Thành phố Hồ Chí Minh.", "77/PGDĐT", "Phòng Giáo dục và Đào tạo thành phố Thủ Đức, Thành phố Hồ Chí Minh")]
    // Not a comma that ends the citation: the citing text's own clause, a province's own body.
    [InlineData("Thực hiện Chỉ thị số 29-CT/TW ngày 05/01/2024 của Ban Bí thư, Sở GDĐT hướng dẫn như sau.", "29-CT/TW", "Ban Bí thư")]
    [InlineData("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2021 của UBND tỉnh, tỉnh Sơn La triển khai.", "12/QĐ-UBND", "Ủy ban nhân dân tỉnh Sơn La")]
    [InlineData("Căn cứ Quyết định số 12/QĐ-BLĐTBXH ngày 05/01/2021 của Bộ Lao động - Thương binh và Xã hội.", "12/QĐ-BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội")]
    public async Task An_issuer_named_with_its_joint_bodies_or_its_province_after_a_comma_is_shown_whole(string text, string symbol, string issuer)
    {
        // "của Bộ Chính trị, Ban Bí thư" was issued by the Bộ Chính trị, "của Ủy ban nhân dân huyện Mai Sơn, tỉnh Sơn La" by the district's
        // committee without its province, "liên tịch Bộ GDĐT - Bộ Nội vụ" by the symbol's bodies only where the symbol named them.
        var cited = (await Extract(new { text, province = "Sơn La" })).GetProperty("citations").EnumerateArray()
            .Select(c => c.GetProperty("instrument")).Single(i => i.GetProperty("symbol").GetString() == symbol);
        Assert.Equal(issuer, cited.GetProperty("issuer").GetString());
    }

    [Fact]
    public async Task A_district_directive_cited_by_its_date_is_one_instrument_with_its_province_named_or_not()
    {
        // The province after a comma is now the issuer's ("… huyện Mai Sơn, tỉnh Sơn La"): a directive cited by its date and issuer is keyed by
        // its issuer, and the same chairman's directive named with and without the province would be two.
        var text = "Thực hiện Chỉ thị ngày 05/01/2024 của Chủ tịch UBND huyện Mai Sơn, tỉnh Sơn La về tăng cường kỷ cương.\n\n"
                   + "Các trường quán triệt Chỉ thị ngày 05/01/2024 của Chủ tịch UBND huyện Mai Sơn.";
        var keys = (await Extract(new { text, province = "Sơn La" })).GetProperty("citations").EnumerateArray()
            .Select(c => c.GetProperty("instrument").GetProperty("key").GetString()).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Single(keys.Distinct());
    }

    private const string AmendingLaw = "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục, Luật Giáo dục đại học và Luật Giáo dục nghề nghiệp";

    [Theory]
    [InlineData("Căn cứ " + AmendingLaw + ";", AmendingLaw, "can_cu", "Luật Giáo dục|Luật Giáo dục đại học|Luật Giáo dục nghề nghiệp")]
    [InlineData("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức và các văn bản hướng dẫn;",
        "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức", "can_cu", "Luật Cán bộ, công chức|Luật Viên chức")]
    [InlineData("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục, các trường tổ chức dạy học.",
        "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục", "can_cu", "Luật Giáo dục")]
    [InlineData("Thực hiện Kế hoạch số 15/KH-BGDĐT ngày 10/01/2026 của Bộ GDĐT về việc triển khai thi hành " + AmendingLaw + ", Sở GDĐT hướng dẫn như sau.",
        AmendingLaw, "thuc_hien", "Luật Giáo dục|Luật Giáo dục đại học|Luật Giáo dục nghề nghiệp")]
    public async Task An_amending_law_named_without_its_date_is_cited_with_its_whole_title(string text, string title, string relation, string amended)
    {
        // Read only up to a date, "Căn cứ Luật sửa đổi, bổ sung … của Luật Giáo dục, Luật Giáo dục đại học và Luật Giáo dục nghề nghiệp;" cited
        // no amending law, and the three laws it amends as the text's grounds; a plan's subject naming it ended at its second law.
        var cited = (await Extract(new { text, province = "Sơn La" })).GetProperty("citations").EnumerateArray().ToList();
        var law = cited.Single(c => c.GetProperty("instrument").GetProperty("title").GetString()?.StartsWith("Luật sửa đổi", StringComparison.Ordinal) == true);
        Assert.Equal((title, relation), (law.GetProperty("instrument").GetProperty("title").GetString(), law.GetProperty("relation").GetString()));
        Assert.Equal(title, law.GetProperty("surface").GetString());
        var mentions = cited.Where(c => c.GetProperty("relation").GetString() == "mention").Select(c => c.GetProperty("instrument").GetProperty("title").GetString());
        Assert.Equal(amended.Split('|'), mentions);
        // A subject naming it is shown whole.
        foreach (var numbered in cited.Where(c => c.GetProperty("instrument").GetProperty("symbol").GetString() is not null))
            Assert.EndsWith(AmendingLaw, numbered.GetProperty("instrument").GetProperty("title").GetString());
    }

    /// <summary>The citations of a text from Hưng Yên, each <see cref="Read"/>, apart by "; ".</summary>
    private async Task<string> ReadEach(string text) =>
        string.Join("; ", (await Extract(new { text, province = "Hưng Yên" })).GetProperty("citations").EnumerateArray().Select(Read));

    /// <summary>Each citation as "title | relation | date", its key apart; a numbered one by its symbol and title.</summary>
    private static string Read(JsonElement c)
    {
        var i = c.GetProperty("instrument");
        var named = i.GetProperty("symbol").GetString() is { } symbol ? $"{symbol} {i.GetProperty("title").GetString()}" : i.GetProperty("title").GetString();
        return $"{named} | {c.GetProperty("relation").GetString()} | {i.GetProperty("date").GetString() ?? "-"}";
    }

    // From a colleague's list: "Luật số 123/2025/QH15 sửa đổi, bổ sung …" had no title (no "về" opens it), while the same law named
    // without its number is titled by those words (and, by that title, joins the numbered one in the graph).
    [Theory]
    [InlineData("Căn cứ Luật số 123/2025/QH15 sửa đổi, bổ sung một số điều của Luật Giáo dục;",
        "123/2025/QH15 Luật sửa đổi, bổ sung một số điều của Luật Giáo dục | can_cu | -; Luật Giáo dục | mention | 2019-06-14")]
    [InlineData("Căn cứ Luật số 123/2025/QH15 ngày 16/6/2025 của Quốc hội sửa đổi, bổ sung một số điều của Luật Giáo dục, Luật Giáo dục đại học và Luật Giáo dục nghề nghiệp.",
        "123/2025/QH15 " + AmendingLaw + " | can_cu | 2025-06-16; Luật Giáo dục | mention | 2019-06-14; Luật Giáo dục đại học | mention | -; Luật Giáo dục nghề nghiệp | mention | -")]
    public async Task A_numbered_amending_law_is_titled_by_the_words_after_its_number(string text, string expected)
    {
        Assert.Equal(expected, await ReadEach(text));
    }

    // From a colleague's list: grounds listed after one "Căn cứ", a semicolon between them. What an amending instrument amends ends at the
    // semicolon: the decree after it is a ground of this text, and was a mention, as if the law amended it too (the second row held already).
    [Theory]
    [InlineData("Căn cứ Luật số 123/2025/QH15 sửa đổi, bổ sung một số điều của Luật Giáo dục; Nghị định số 24/2021/NĐ-CP ngày 23/3/2021 của Chính phủ quy định việc quản lý trong cơ sở giáo dục mầm non;",
        "123/2025/QH15 Luật sửa đổi, bổ sung một số điều của Luật Giáo dục | can_cu | -; Luật Giáo dục | mention | 2019-06-14; 24/2021/NĐ-CP quy định việc quản lý trong cơ sở giáo dục mầm non | can_cu | 2021-03-23")]
    [InlineData("Căn cứ Nghị định số 88/2022/NĐ-CP ngày 26/10/2022 của Chính phủ sửa đổi, bổ sung Nghị định số 76/2019/NĐ-CP; Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 của Bộ GDĐT;",
        "88/2022/NĐ-CP  | can_cu | 2022-10-26; 76/2019/NĐ-CP  | mention | -; 28/2020/TT-BGDĐT  | can_cu | 2020-09-04")]
    public async Task What_an_instrument_amends_ends_at_the_semicolon_after_it(string text, string expected)
    {
        Assert.Equal(expected, await ReadEach(text));
    }

    // From a colleague's list: "… của Luật Giáo dục được Quốc hội thông qua ngày 16/6/2025" was the amending law's title, and the law it amends
    // "Luật Giáo dục được Quốc hội thông qua". The day the Assembly passed it is the law's date, also after a law's name or number.
    [Theory]
    [InlineData("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục được Quốc hội thông qua ngày 16/6/2025;",
        "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục | can_cu | 2025-06-16; Luật Giáo dục | mention | 2019-06-14")]
    [InlineData("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đã được Quốc hội khóa XV, kỳ họp thứ 9 thông qua vào ngày 16 tháng 6 năm 2025;",
        "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục | can_cu | 2025-06-16; Luật Giáo dục | mention | 2019-06-14")]
    [InlineData("Căn cứ Luật số 123/2025/QH15 sửa đổi, bổ sung một số điều của Luật Giáo dục được Quốc hội thông qua ngày 16/6/2025;",
        "123/2025/QH15 Luật sửa đổi, bổ sung một số điều của Luật Giáo dục | can_cu | 2025-06-16; Luật Giáo dục | mention | 2019-06-14")]
    [InlineData("Căn cứ Luật Nhà giáo được Quốc hội thông qua ngày 16/6/2025;", "Luật Nhà giáo | can_cu | 2025-06-16")]
    [InlineData("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng được Ủy ban Thường vụ Quốc hội thông qua ngày 09/12/2020;",
        "Pháp lệnh Ưu đãi người có công với cách mạng | can_cu | 2020-12-09")]
    // Without a date the words are not read: the title still ends before them.
    [InlineData("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục được Quốc hội thông qua;",
        "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục | can_cu | -; Luật Giáo dục | mention | 2019-06-14")]
    public async Task The_words_saying_the_Assembly_passed_a_law_are_its_date_not_its_title(string text, string expected)
    {
        Assert.Equal(expected, await ReadEach(text));
    }

    // From a colleague's list: a law dated gets the Assembly of its term from its year (QH15: Quốc hội); an amending law named without a date,
    // a law of a year before the terms the extractor counts, and the Constitution named by the state had no issuer.
    [Theory]
    [InlineData("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục, Luật Giáo dục đại học và Luật Giáo dục nghề nghiệp;", AmendingLaw)]
    [InlineData("Các trường thực hiện Luật Nhà giáo và các văn bản hướng dẫn.", "Luật Nhà giáo")]
    [InlineData("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục năm 2005;", "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục")]
    [InlineData("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Hiến pháp")]
    // An ordinance is its Standing Committee's, as a law is the Assembly's (fixer-ya's leftover: it had no issuer, with or without a year).
    [InlineData("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng năm 2020;", "Pháp lệnh Ưu đãi người có công với cách mạng", "Ủy ban Thường vụ Quốc hội")]
    [InlineData("Thực hiện Pháp lệnh Dân số và các văn bản hướng dẫn.", "Pháp lệnh Dân số", "Ủy ban Thường vụ Quốc hội")]
    public async Task A_law_is_the_Assemblys_whatever_its_date(string text, string title, string issuer = "Quốc hội")
    {
        var cited = (await Extract(new { text, province = "Hưng Yên" })).GetProperty("citations").EnumerateArray()
            .Select(c => c.GetProperty("instrument")).First(i => i.GetProperty("title").GetString() == title);
        Assert.Equal(issuer, cited.GetProperty("issuer").GetString());
    }

    // From a colleague's list: "… của Sở GDĐT, Sở Y tế" read the first department alone as the issuer, and lost the subject after the second;
    // joined by a dash it was both. Both now, as two ministries after a comma are; not where the citing text's own clause opens after the comma.
    [Theory]
    [InlineData("Thực hiện Kế hoạch liên tịch số 12/KHLT-SGDĐT-SYT ngày 10/9/2024 của Sở GDĐT, Sở Y tế về công tác y tế trường học năm học 2024 - 2025;",
        "Sở Giáo dục và Đào tạo và Sở Y tế | công tác y tế trường học năm học 2024 - 2025")]
    [InlineData("Thực hiện Kế hoạch liên tịch số 12/KHLT-SGDĐT-SYT ngày 10/9/2024 của Sở GDĐT - Sở Y tế về công tác y tế trường học năm học 2024 - 2025;",
        "Sở Giáo dục và Đào tạo và Sở Y tế | công tác y tế trường học năm học 2024 - 2025")]
    [InlineData("Căn cứ Kế hoạch số 45/KH-SVHTTDL ngày 02/3/2025 của Sở Văn hóa, Thể thao và Du lịch, Sở GDĐT, Sở Y tế về tổ chức Hội khỏe Phù Đổng tỉnh lần thứ X;",
        "Sở Văn hóa, Thể thao và Du lịch và Sở Giáo dục và Đào tạo và Sở Y tế | tổ chức Hội khỏe Phù Đổng tỉnh lần thứ X")]
    [InlineData("Thực hiện Kế hoạch số 12/KH-SGDĐT ngày 10/9/2024 của Sở GDĐT, Sở Y tế đề nghị các đơn vị triển khai thực hiện.", "Sở Giáo dục và Đào tạo | -")]
    [InlineData("Thực hiện Công văn số 3935/BGDĐT-GDTrH ngày 30/7/2024 của Bộ GDĐT, Sở GDĐT xây dựng kế hoạch thực hiện nhiệm vụ năm học.", "Bộ Giáo dục và Đào tạo | -")]
    // A joint circular's two ministries stay, whatever its subject opens with (CitationListTests: a ministry opening the citing text's clause).
    [InlineData("Căn cứ Thông tư liên tịch số 26/2015/TTLT-BGDĐT-BNV ngày 23/10/2015 của Bộ Giáo dục và Đào tạo, Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ của Sở Giáo dục;",
        "Bộ Giáo dục và Đào tạo và Bộ Nội vụ | hướng dẫn chức năng, nhiệm vụ của Sở Giáo dục")]
    public async Task Departments_of_a_province_named_after_a_comma_are_joint_issuers(string text, string expected)
    {
        var i = (await Extract(new { text, province = "Hưng Yên" })).GetProperty("citations")[0].GetProperty("instrument");
        Assert.Equal(expected, $"{i.GetProperty("issuer").GetString()} | {i.GetProperty("title").GetString() ?? "-"}");
    }

    /// <summary>The relations of a text's citations, in order, apart by spaces.</summary>
    private async Task<string> RelationsOf(string text, string province) =>
        string.Join(' ', (await Extract(new { text, province })).GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("relation").GetString()));

    private async Task<JsonElement> Extract(object body)
    {
        var response = await api.Client.PostAsJsonAsync("/api/citations/extract", body);
        Assert.Equal(200, (int)response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
