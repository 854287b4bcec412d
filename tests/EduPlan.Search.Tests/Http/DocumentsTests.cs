using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Text.Json;

namespace EduPlan.Search.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class DocumentsTests(ApiFixture api)
{
    /// <summary>Each value read off the file's own text by hand (header, kind line, "Số:" line, place-and-date line, signature).</summary>
    public static TheoryData<string, string, string, string?, string?, string?, string?, string?, int?, string?> Expected() => new()
    {
        // 000: no header; the province only in the body; signed by the Chủ tịch; no date anywhere.
        { Seeds.LaiChauDirective, "Chỉ thị về thực hiện nhiệm vụ trọng tâm năm học 2023 - 2024", "Chỉ thị", null, "Lai Châu",
          "Ủy ban nhân dân tỉnh Lai Châu", "Lê Văn Lương", null, null, "2023-2024" },
        // 001: "Số: /KH-SGDĐT", "Bắc Giang, ngày tháng 9 năm 2023".
        { Seeds.BacGiangPlan, "Kế hoạch thực hiện nhiệm vụ, giải pháp trọng tâm năm học 2023-2024 trên địa bàn tỉnh Bắc Giang", "Kế hoạch", null,
          "Bắc Giang", "Sở Giáo dục và Đào tạo tỉnh Bắc Giang", "Tạ Việt Hùng", "2023-09", 2023, "2023-2024" },
        // 002: "Số: -KH/BCSD", "Lai Châu, ngày tháng 7 năm 2024", T/M Ban cán sự đảng; no school year.
        { Seeds.LaiChauUniversalisationPlan, "Kế hoạch thực hiện Chương trình hành động số 49-CTr/TU ngày 22/4/2024 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 29-CT/TW ngày 05/01/2024 của Bộ Chính trị về công tác phổ cập giáo dục, giáo dục bắt buộc, xóa mù chữ cho người lớn và đẩy mạnh phân luồng học sinh trong giáo dục phổ thông",
          "Kế hoạch", null, "Lai Châu", "Ban cán sự đảng Ủy ban nhân dân tỉnh Lai Châu", "Lê Văn Lương", "2024-07", 2024, null },
        // 003: an official letter: "Số: /SGD&ĐT-VP", "V/v hướng dẫn ...", "Lào Cai, ngày tháng 9 năm 2019".
        { Seeds.LaoCaiGuidance, "Hướng dẫn nhiệm vụ trọng tâm năm học 2019-2020", "Công văn", null, "Lào Cai",
          "Sở Giáo dục và Đào tạo tỉnh Lào Cai", "Nguyễn Anh Ninh", "2019-09", 2019, "2019-2020" },
        // 004: a decision whose number and date are stated where its attached plan says it is issued with it.
        { Seeds.SonLaDecision, "Quyết định ban hành Kế hoạch nhiệm vụ, giải pháp trọng tâm năm học 2023 - 2024 của ngành Giáo dục và Đào tạo tỉnh Sơn La",
          "Quyết định", "1646/QĐ-UBND", "Sơn La", "Ủy ban nhân dân tỉnh Sơn La", "Hoàng Quốc Khánh", "2023-08-31", 2023, "2023-2024" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task Every_metadata_field_is_read_from_the_text(string id, string title, string kind, string? symbol, string? province,
        string? issuer, string? signer, string? date, int? year, string? schoolYear)
    {
        var d = await api.Get($"/api/documents/{id}");
        Assert.Equal(id, d.GetProperty("id").GetString());
        Assert.Equal($"seeds/{id}.txt", d.GetProperty("source").GetString());
        Assert.Equal(title, d.GetProperty("title").GetString());
        Assert.Equal(kind, d.GetProperty("kind").GetString());
        Assert.Equal(symbol, d.GetProperty("symbol").GetString());
        Assert.Equal(province, d.GetProperty("province").GetString());
        Assert.Equal(issuer, d.GetProperty("issuer").GetString());
        Assert.Equal(signer, d.GetProperty("signer").GetString());
        Assert.Equal(date, d.GetProperty("date").GetString());
        Assert.Equal(year, d.GetProperty("year").ValueKind == JsonValueKind.Null ? null : d.GetProperty("year").GetInt32());
        Assert.Equal(schoolYear, d.GetProperty("schoolYear").GetString());
    }

    [Fact]
    public async Task The_list_has_all_five_documents()
    {
        var list = await api.Get("/api/documents");
        Assert.Equal(new[] { Seeds.LaiChauDirective, Seeds.BacGiangPlan, Seeds.LaiChauUniversalisationPlan, Seeds.LaoCaiGuidance, Seeds.SonLaDecision },
            list.EnumerateArray().Select(d => d.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_document_asked_for_with_a_query_marks_its_words_as_typed_and_inside_citation_links()
    {
        Assert.DoesNotContain("<mark>", await Html(Seeds.LaoCaiGuidance, ""));
        var bac = await Html(Seeds.LaoCaiGuidance, "Bác");
        Assert.Contains("<mark>Bác</mark>", bac);
        Assert.DoesNotContain("<mark>Bắc</mark>", bac); // a look-alike, where the word as typed is there
        Assert.Contains("<mark>Bắc</mark>", await Html(Seeds.BacGiangPlan, "Bác")); // all that matched this document

        var phrase = await Html(Seeds.LaiChauUniversalisationPlan, "pho cap giao duc");
        Assert.Contains("<mark>phổ</mark> <mark>cập</mark> <mark>giáo</mark> <mark>dục</mark>", phrase);
        // Typed without marks, its words are marked where they run together, not wherever a look-alike stands alone.
        var sonLa = await Html(Seeds.SonLaDecision, "pho cap giao duc");
        Assert.Contains("<mark>phổ</mark> <mark>cập</mark>", sonLa);
        Assert.Contains("thành phố", sonLa);
        Assert.DoesNotContain("<mark>phố</mark>", sonLa);
        Assert.DoesNotContain("<mark>cấp</mark>", sonLa);
        // An abbreviation marks what it stands for, as the hit's snippets do.
        Assert.Contains("<mark>phổ</mark> <mark>cập</mark> <mark>giáo</mark> <mark>dục</mark>", await Html(Seeds.LaiChauUniversalisationPlan, "PCGD"));

        var symbol = await Html(Seeds.BacGiangPlan, "2457/QĐ-BGDĐT");
        Assert.Matches("<a class=\"citation\"[^>]*>[^<]*<mark>2457/QĐ-BGDĐT</mark>[^<]*</a>", symbol);
        foreach (var html in new[] { bac, phrase, symbol })
        {
            // Well nested: no mark opens in one element and closes in another.
            Assert.Equal(Regex.Count(html, "<mark>"), Regex.Count(html, "</mark>"));
            Assert.DoesNotMatch("<mark>[^<]*<(?!/mark>)", html);
        }

        var tooLong = await api.Client.GetAsync($"/api/documents/{Seeds.BacGiangPlan}?q={new string('a', 1001)}");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task A_law_named_with_its_year_is_marked_whole_where_the_document_cites_it()
    {
        // As its snippet marks it: the citation whole, in its link, and not the "Luật" of every other law of the grounds, nor the 2019 of
        // "Luật … Tổ chức chính quyền địa phương ngày 22/11/2019".
        var html = await Html(Seeds.SonLaDecision, "Luật giáo dục 2019");
        Assert.Matches("<a class=\"citation\"[^>]*><mark>Luật Giáo dục ngày 14/6/2019</mark></a>", html);
        Assert.DoesNotContain("<mark>Luật</mark> Tổ chức", html);
        Assert.DoesNotContain("<mark>2019</mark>", html);
    }

    [Theory]
    [InlineData("Chỉ thị số 29-CT/TW", "Chỉ thị số", "29-CT/TW")]
    [InlineData("chi thi 29-CT/TW", "Chỉ thị số", "29-CT/TW")]
    [InlineData("Quyết định 2457/QĐ-BGDĐT", "Quyết định số", "2457/QĐ-BGDĐT")]
    public async Task A_kind_typed_before_a_symbol_is_marked_with_it_where_the_text_writes_it_so(string q, string kind, string symbol)
    {
        // "Chỉ thị số 29-CT/TW" marked the symbol alone, in snippets and in the document, where the text says "Chỉ thị số 29-CT/TW".
        var run = string.Join(' ', kind.Split(' ').Select(w => $"<mark>{w}</mark>"));
        var snippets = (await api.Search(q, "&size=50")).GetProperty("hits").EnumerateArray()
            .SelectMany(h => h.GetProperty("passages").EnumerateArray()).Select(p => p.GetProperty("snippet").GetString()!).ToList();
        Assert.Contains(snippets, s => s.Contains($"{run} <mark>{symbol}</mark>"));
        Assert.All(snippets, s => Assert.DoesNotContain($"{kind} <mark>{symbol}</mark>", s));
        foreach (var id in ApiFixture.HitIds(await api.Search(q, "&size=50")))
        {
            var html = await Html(id, q);
            Assert.DoesNotMatch($"{kind} (<a [^>]*>)?<mark>{symbol}</mark>", html);
            Assert.Equal(Regex.Count(html, "<mark>"), Regex.Count(html, "</mark>"));
        }
    }

    private async Task<string> Html(string id, string q) =>
        (await api.Get($"/api/documents/{id}{(q.Length > 0 ? "?q=" + Uri.EscapeDataString(q) : "")}")).GetProperty("html").GetString()!;

    [Fact]
    public async Task Each_citation_occurrence_has_its_anchor_in_the_document_text()
    {
        var anchored = 0;
        foreach (var id in new[] { Seeds.LaiChauDirective, Seeds.BacGiangPlan, Seeds.LaiChauUniversalisationPlan, Seeds.LaoCaiGuidance, Seeds.SonLaDecision })
        {
            var html = (await api.Get($"/api/documents/{id}")).GetProperty("html").GetString()!;
            var citations = (await api.Get($"/api/documents/{id}/citations")).EnumerateArray().ToList();
            foreach (var citation in citations)
            {
                var (start, end) = (citation.GetProperty("start").GetInt32(), citation.GetProperty("end").GetInt32());
                var anchor = $"id=\"c-{start}\"";
                Assert.Equal(1, Regex.Count(html, Regex.Escape(anchor)));
                // A law an amending law names inside its own title ("Luật sửa đổi … của Luật Tổ chức Chính phủ") is within that link,
                // its words a span with its anchor.
                if (citations.Any(c => c.GetProperty("start").GetInt32() < start && c.GetProperty("end").GetInt32() >= end))
                {
                    Assert.Matches($"<a class=\"citation\"[^>]*>(?:(?!</a>).)*<span {Regex.Escape(anchor)}>{Regex.Escape(citation.GetProperty("surface").GetString()!)}</span>", html);
                    continue;
                }
                var link = html[html.IndexOf(anchor, StringComparison.Ordinal)..];
                Assert.Contains($"data-key=\"{System.Net.WebUtility.HtmlEncode(citation.GetProperty("instrument").GetProperty("key").GetString())}\"", link[..link.IndexOf('>')]);
                anchored++;
            }
        }
        Assert.True(anchored > 100, $"only {anchored} citations");
    }

    [Fact]
    public async Task Sections_follow_the_heading_numbering_not_the_markdown_levels()
    {
        var d = await api.Get($"/api/documents/{Seeds.LaiChauUniversalisationPlan}");
        var sections = d.GetProperty("sections").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("number").GetString());
        Assert.Equal("II", sections["s-ii"]);
        Assert.Equal("1.4", sections["s-ii-1-4"]);
        var html = d.GetProperty("html").GetString()!;
        Assert.Contains("id=\"s-ii-1-4\"", html);
        Assert.Contains("class=\"citation\"", html);

        var bacGiang = await api.Get($"/api/documents/{Seeds.BacGiangPlan}");
        var ids = bacGiang.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("s-ii-8", ids);
    }

    [Fact]
    public async Task Headings_keep_their_semicolons_and_an_article_without_a_title_is_headed_by_its_number()
    {
        // "Đổi mới công tác quản lý (phân cấp quản lý, tự chủ tự chịu trách nhiệm" was cut at its ";", its bracket left open; Sơn La's
        // "Điều 2. Chánh Văn phòng …; Giám đốc Sở …" was headed "Chánh Văn phòng Ủy ban nhân dân tỉnh", a clause of its text.
        static Dictionary<string, JsonElement> Sections(JsonElement document) =>
            document.GetProperty("sections").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        var guidance = Sections(await api.Get($"/api/documents/{Seeds.LaoCaiGuidance}"));
        Assert.Equal("Đổi mới công tác quản lý (phân cấp quản lý, tự chủ tự chịu trách nhiệm; kỷ cương, nền nếp)", guidance["s-i-2"].GetProperty("heading").GetString());
        Assert.Equal("Đẩy mạnh ứng dụng công nghệ thông tin; nâng cao chất lượng dạy, học ngoại ngữ", guidance["s-i-8"].GetProperty("heading").GetString());

        var decision = await api.Get($"/api/documents/{Seeds.SonLaDecision}");
        foreach (var (id, number) in new[] { ("s-dieu-1", "Điều 1"), ("s-dieu-2", "Điều 2") })
        {
            Assert.Equal(number, Sections(decision)[id].GetProperty("number").GetString());
            Assert.Equal("", Sections(decision)[id].GetProperty("heading").GetString());
        }
        // The text shows the article's number in bold, as the decision sets it, not a clause of its text.
        Assert.Contains("<section id=\"s-dieu-2\" class=\"depth-0\"><p><strong class=\"lead\">Điều 2.</strong> Chánh Văn phòng", decision.GetProperty("html").GetString());
        var hit = (await api.Search("chịu trách nhiệm thi hành Quyết định này", $"&province={Uri.EscapeDataString("Sơn La")}")).GetProperty("hits").EnumerateArray()
            .Single(h => h.GetProperty("document").GetProperty("id").GetString() == Seeds.SonLaDecision);
        var passage = hit.GetProperty("passages").EnumerateArray().First(p => p.GetProperty("sectionId").GetString() == "s-dieu-2");
        Assert.Equal("Điều 2", passage.GetProperty("heading").GetString());
    }

    [Theory]
    [InlineData("/api/documents/nope")]
    [InlineData("/api/documents/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/documents/..%2F..%2Fetc%2Fpasswd/citations")]
    [InlineData("/api/instruments/nope")]
    [InlineData("/api/instruments/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/instruments/%2e%2e")]
    public async Task Unknown_or_malformed_ids_give_404_problem_details(string url)
    {
        var response = await api.Client.GetAsync(url);
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_numbered_section_opens_with_a_heading_or_its_numbered_lead_in_bold()
    {
        // The table of contents lists each numbered section by its number and first sentence; the text must show it as such.
        var checkedSections = 0;
        foreach (var id in (await api.Get("/api/documents")).EnumerateArray().Select(d => d.GetProperty("id").GetString()!))
        {
            var document = await api.Get($"/api/documents/{id}");
            var html = document.GetProperty("html").GetString()!;
            foreach (var section in document.GetProperty("sections").EnumerateArray())
            {
                var number = section.GetProperty("number").GetString()!;
                if (number.Length == 0) continue;
                var open = $"<section id=\"{section.GetProperty("id").GetString()}\"";
                var at = html.IndexOf(open, StringComparison.Ordinal);
                Assert.True(at >= 0, $"{id}: no section {open}");
                var body = html[(html.IndexOf('>', at) + 1)..];
                Assert.True(body.StartsWith("<h3>", StringComparison.Ordinal) || body.StartsWith("<li>", StringComparison.Ordinal)
                            || body.StartsWith("<p><strong class=\"lead\">", StringComparison.Ordinal),
                    $"{id}#{section.GetProperty("id").GetString()} ({number}) opens with {body[..Math.Min(80, body.Length)]}");
                checkedSections++;
            }
        }
        Assert.True(checkedSections > 50);
    }

    [Fact]
    public async Task A_day_that_does_not_exist_dates_nothing_but_gives_its_year_in_a_plan_and_in_a_citation()
    {
        // From a tester: "Thái Nguyên, ngày 31 tháng 02 năm 2024" gave "date": "2024-02-31", which a portal reading the contract's ISO dates
        // rejects; the same date in a citation gave none, nor a year. The year stands however the day was mistyped: the plan is 2024's.
        const string plan = "UBND TỈNH THÁI NGUYÊN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 1879/KH-SGDĐT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n" +
                            "Thái Nguyên, ngày 31 tháng 02 năm 2024\n\nKẾ HOẠCH\nThực hiện nhiệm vụ giáo dục trung học năm học 2024 - 2025\n\n" +
                            "Căn cứ Quyết định số 2045/QĐ-BGDĐT ngày 25/7/2024 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành khung kế hoạch thời gian năm học 2024 - 2025;\n\n" +
                            "Sở Giáo dục và Đào tạo xây dựng Kế hoạch thực hiện nhiệm vụ giáo dục trung học năm học 2024 - 2025 như sau:\n\n" +
                            "1. Các trường THPT trực thuộc xây dựng kế hoạch giáo dục nhà trường, gửi về Sở GDĐT trước ngày 30/9/2024.\n\n" +
                            "Nơi nhận:\n- Bộ GDĐT (để b/c);\n- Lưu: VT, GDTrH.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nNguyễn Thị Thu Hà\n";
        using var served = await TestHost.ServeAsync("impossible-date", ("baddate.txt", plan));
        var client = served.Client;

        var document = JsonDocument.Parse(await client.GetStringAsync("/api/documents/baddate")).RootElement;
        Assert.Equal(("null", "2024", "1879-kh-sgddt-2024-thai-nguyen"),
            (document.GetProperty("date").GetRawText(), document.GetProperty("year").GetRawText(), document.GetProperty("instrumentKey").GetString()));
        var found = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=gi%C3%A1o%20d%E1%BB%A5c%20trung%20h%E1%BB%8Dc&year=2024")).RootElement;
        Assert.Equal("baddate", found.GetProperty("hits")[0].GetProperty("document").GetProperty("id").GetString());

        var extracted = await (await client.PostAsJsonAsync("/api/citations/extract",
            new { text = "Căn cứ Quyết định số 99/QĐ-UBND ngày 31/02/2024 của UBND tỉnh.", province = "Lào Cai" })).Content.ReadFromJsonAsync<JsonElement>();
        var cited = extracted.GetProperty("citations")[0].GetProperty("instrument");
        Assert.Equal(("null", "2024", "99-qd-ubnd-2024-lao-cai"),
            (cited.GetProperty("date").GetRawText(), cited.GetProperty("year").GetRawText(), cited.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task OpenAPI_document_and_health_are_served()
    {
        var openapi = await api.Get("/openapi/v1.json");
        var paths = openapi.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/documents", "/api/documents/{id}", "/api/documents/{id}/citations",
                     "/api/instruments", "/api/instruments/{key}", "/api/citations/extract", "/api/graph" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
        // The parameters and the numbers as the contract writes them, so that generated clients send and read what the service does.
        var parameters = paths.GetProperty("/api/search").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        // sort is read (relevance, the one order; any other a 400), so the document names it after the contract's.
        Assert.Equal(["q", "province", "kind", "year", "schoolYear", "page", "size", "sort"], parameters);
        var document = openapi.GetRawText();
        Assert.DoesNotContain("\"pattern\": \"^-?(?:0|[1-9]\\\\d*)$\"", document.Replace("\r", ""));
        Assert.DoesNotContain("[\"integer\",\"string\"]", document.Replace(" ", "").Replace("\n", "").Replace("\r", ""));
        // Every endpoint says what it answers, errors included, as the contract promises.
        foreach (var (path, method, codes) in new[] { ("/api/graph", "get", new[] { "200", "400", "404" }), ("/api/instruments", "get", ["200", "400"]),
                     ("/api/search", "get", ["200", "400"]), ("/api/instruments/{key}", "get", ["200", "400", "404"]) })
        {
            var responses = paths.GetProperty(path).GetProperty(method).GetProperty("responses");
            foreach (var code in codes) Assert.True(responses.TryGetProperty(code, out _), $"{method} {path} does not list {code}");
        }
        // The graph answers JSON by default and GraphML on request: both, the JSON with its schema.
        var graphContent = paths.GetProperty("/api/graph").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.True(graphContent.GetProperty("application/json").TryGetProperty("schema", out _));
        Assert.True(graphContent.TryGetProperty("application/graphml+xml", out _));
        var health = await api.Get("/healthz");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(5, health.GetProperty("documents").GetInt32());
    }
}
