using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace EduPlan.Search.Tests.Browser;

/// <summary>
/// The staff page and the embeddable widget in a real headless Chromium, against the real service
/// on a loopback port (<see cref="BrowserFixture"/>). Screenshots go to
/// <see cref="BrowserFixture.OutputFolder"/>; a failing test also leaves a FAILED-*.png there.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserTests(BrowserFixture fx)
{
    private const string UniversalisationQuery = "pho cap giao duc";
    private const string Decision2457 = "2457/QĐ-BGDĐT";

    /// <summary>Provinces of the five seeds.</summary>
    private static readonly string[] SeedProvinces = ["Lai Châu", "Bắc Giang", "Lào Cai", "Sơn La"];

    // ------------------------------------------------------------------ 1. search → document → cited instrument

    [Fact]
    public Task Search_opens_a_document_then_a_cited_decision_and_lists_citing_documents_by_province() =>
        WithBrowser("search-document-instrument", 1280, 900, async browser =>
        {
            await browser.NavigateAsync(fx.BaseUrl + "/");
            await browser.WaitForSelectorAsync("#results .doc-item a.title"); // the welcome list: the app runs

            // Search, typing without diacritics.
            await browser.TypeAsync("#q", UniversalisationQuery);
            await browser.WaitForAsync(
                $"new URLSearchParams(location.search).get('q') === {Js(UniversalisationQuery)}" +
                " && document.querySelectorAll('#results .hit').length > 0" +
                " && !document.getElementById('results').hasAttribute('aria-busy')" +
                " && document.querySelectorAll('.facet[data-facet=province] button.facet-value').length > 0");

            var page = await browser.EvaluateAsync<JsonElement>(
                "({ facet: [...document.querySelectorAll('.facet[data-facet=province] button.facet-value')].map(b => b.dataset.value)," +
                "   hits: [...document.querySelectorAll('#results .hit')].map(h => ({ id: h.dataset.id, text: h.innerText }))," +
                "   passages: document.querySelectorAll('#results .hit .passage a').length," +
                "   marks: document.querySelectorAll('#results .hit .passage mark').length })");
            var facetProvinces = Strings(page.GetProperty("facet"));
            var hits = page.GetProperty("hits").EnumerateArray()
                .Select(h => (Id: h.GetProperty("id").GetString()!, Text: h.GetProperty("text").GetString()!)).ToList();
            var hitProvinces = SeedProvinces.Concat(facetProvinces).Distinct()
                .Where(p => hits.Any(h => h.Text.Contains(p, StringComparison.Ordinal))).ToList();

            Assert.True(facetProvinces.Count >= 2, $"province facet should offer several provinces, has: {string.Join(", ", facetProvinces)}");
            Assert.True(hitProvinces.Count >= 2,
                $"the hits should come from more than one province; provinces seen in the hits' text: {string.Join(", ", hitProvinces)}\n" +
                string.Join("\n", hits.Select(h => $"{h.Id}: {h.Text[..Math.Min(160, h.Text.Length)]}")));
            Assert.True(page.GetProperty("passages").GetInt32() > 0, "hits should show passages (.passage a)");
            Assert.True(page.GetProperty("marks").GetInt32() > 0, "passages should mark the query terms");
            Assert.Contains(hits, h => h.Id == Seeds.BacGiangPlan);
            await browser.ScreenshotAsync(BrowserFixture.ScreenshotPath("search-results"), fullPage: true);

            // Click through to the Bắc Giang plan (it cites Decision 2457/QĐ-BGDĐT).
            await ClickLinkAsync(browser, $"#results .hit[data-id=\"{Seeds.BacGiangPlan}\"] a.title");
            await browser.WaitForAsync(
                $"new URLSearchParams(location.search).get('doc') === {Js(Seeds.BacGiangPlan)}" +
                " && !document.getElementById('doc-view').hidden" +
                " && document.querySelectorAll('#doc-html a.citation').length > 0" +
                " && document.querySelectorAll('#cites .cite-item').length > 0");
            Assert.True(await browser.EvaluateAsync<bool>("document.getElementById('search-view').hidden"), "the search view should be hidden on the document view");
            // Opened from the hit, the text marks the words searched for.
            Assert.True(await browser.EvaluateAsync<int>("document.querySelectorAll('#doc-html mark').length") > 0, "the document should mark the query's words");

            var citationKey = await browser.EvaluateAsync<string>(
                $"(() => {{ const a = [...document.querySelectorAll('#doc-html a.citation')].find(a => a.textContent.includes({Js(Decision2457)}));" +
                " return a ? a.dataset.key : null; })()");
            Assert.False(string.IsNullOrEmpty(citationKey), $"the document text should link {Decision2457} as a.citation");
            Assert.True(await browser.EvaluateAsync<bool>(
                    $"[...document.querySelectorAll('#cites-panel #cites .cite-item')].some(li => li.dataset.key === {Js(citationKey!)})"),
                $"the 'cited documents' panel should list {citationKey}");
            await browser.ScreenshotAsync(BrowserFixture.ScreenshotPath("document"));

            // "Xem chỗ trích" in the panel goes to the citation itself in the text, not to the top of its section.
            await ClickLinkAsync(browser, $"#cites .cite-item[data-key=\"{citationKey}\"] .cite-links a[href^=\"#\"]");
            await browser.WaitForAsync("document.querySelector('#doc-html .is-target') !== null");
            Assert.Equal(citationKey, await TargetedCitationAsync(browser));

            // Click the citation in the text: the decision's page, with who cites it, by province.
            await ClickLinkAsync(browser, $"#doc-html a.citation[data-key=\"{citationKey}\"]");
            await browser.WaitForAsync(
                $"new URLSearchParams(location.search).get('instrument') === {Js(citationKey!)}" +
                " && !document.getElementById('instrument-view').hidden" +
                " && document.querySelectorAll('#citedby .province-group[data-province]').length > 0" +
                " && document.querySelectorAll('svg#graph a.node').length > 1");

            var ins = await browser.EvaluateAsync<JsonElement>(
                "({ title: document.getElementById('ins-title').textContent," +
                "   groups: [...document.querySelectorAll('#citedby .province-group[data-province]')].map(g => ({" +
                "      province: g.dataset.province, docs: g.querySelectorAll('.citing').length, contexts: g.querySelectorAll('.context').length }))," +
                "   focus: document.querySelectorAll('svg#graph a.node.focus').length })");
            Assert.Contains(Decision2457, ins.GetProperty("title").GetString());
            // The count shown is of citing documents, and says so ("Số lần được trích dẫn" showed documents as times cited).
            var citing = (await fx.Client.GetFromJsonAsync<JsonElement>($"api/instruments/{citationKey}")).GetProperty("citedByCount").GetInt32();
            Assert.Equal(citing.ToString(), await browser.EvaluateAsync<string>(
                "(() => { const dt = [...document.querySelectorAll('#instrument-view dt')].find(d => d.textContent === 'Số văn bản trích dẫn'); return dt ? dt.nextElementSibling.textContent : null; })()"));
            var groups = ins.GetProperty("groups").EnumerateArray()
                .Select(g => (Province: g.GetProperty("province").GetString()!, Docs: g.GetProperty("docs").GetInt32(), Contexts: g.GetProperty("contexts").GetInt32()))
                .ToList();
            var provinces = groups.Select(g => g.Province).ToList();
            Assert.True(provinces.Count >= 3, $"{Decision2457} is cited from several provinces; #citedby shows: {string.Join(", ", provinces)}");
            Assert.Contains("Bắc Giang", provinces); // the document we came from
            Assert.Equal(provinces.Count, provinces.Distinct().Count());
            Assert.All(groups, g =>
            {
                Assert.True(g.Docs > 0, $"{g.Province}: no citing document");
                Assert.True(g.Contexts >= g.Docs, $"{g.Province}: each citing document should show its context");
            });
            Assert.Equal(1, ins.GetProperty("focus").GetInt32());
            // Every citing province is offered at once (only those of the first 50 citing documents were shown); one of them shows
            // its documents alone, and "Tất cả" all of them again.
            var offered = Strings(await browser.EvaluateAsync<JsonElement>(
                "[...document.querySelectorAll('#citedby .province-filter .chip')].map(b => b.dataset.province).filter(Boolean)"));
            Assert.Equal(provinces.Order(), offered.Order());
            var other = provinces.First(p => p != "Bắc Giang");
            await browser.MouseClickAsync($"#citedby .province-filter .chip[data-province=\"{other}\"]");
            await browser.WaitForAsync($"[...document.querySelectorAll('#citedby .province-group')].map(g => g.dataset.province).join() === {Js(other)}" +
                $" && document.querySelector('#citedby .chip[aria-pressed=\"true\"]').dataset.province === {Js(other)}");
            await browser.MouseClickAsync("#citedby .province-filter .chip[data-province=\"\"]");
            await browser.WaitForAsync($"document.querySelectorAll('#citedby .province-group').length === {groups.Count}");
            // A document citing the decision twice over (as "căn cứ" and as "thực hiện") has two lines to it, apart.
            var twice = await browser.EvaluateAsync<JsonElement>(
                "(() => { const byPair = {}; for (const l of document.querySelectorAll('svg#graph line.edge')) {" +
                " (byPair[l.dataset.source + '>' + l.dataset.target] ||= []).push(l.getAttribute('x1') + ',' + l.getAttribute('y1')); }" +
                " return Object.values(byPair).filter(v => v.length > 1); })()");
            Assert.True(twice.GetArrayLength() > 0, "some document should cite the decision with two relations");
            // The decision's own label, under it, covers none of the lines to its few neighbours.
            var crossing = await browser.EvaluateAsync<int>(
                "(() => { const b = document.querySelector('svg#graph a.node.focus text').getBBox();" +
                " const inside = (x, y) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;" +
                " return [...document.querySelectorAll('svg#graph line.edge')].filter(l => { const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map(a => +l.getAttribute(a));" +
                "   for (let t = 0; t <= 1; t += 0.01) if (inside(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t)) return true; return false; }).length; })()");
            Assert.Equal(0, crossing);
            Assert.All(twice.EnumerateArray(), starts => Assert.Equal(starts.GetArrayLength(), Strings(starts).Distinct().Count()));
            await browser.ScreenshotAsync(BrowserFixture.ScreenshotPath("instrument"), fullPage: true);

            // "Xem đoạn này trong văn bản" under a citing document opens it at that citation.
            await ClickLinkAsync(browser, "#citedby .context-link");
            await browser.WaitForAsync("!document.getElementById('doc-view').hidden && document.querySelector('#doc-html .is-target') !== null");
            Assert.Equal(citationKey, await TargetedCitationAsync(browser));

            AssertNoPageErrors(browser);
        });

    // ------------------------------------------------------------------ 2. the widget on another origin

    [Fact]
    public async Task Widget_embedded_on_another_origin_shows_results_in_its_shadow_root()
    {
        var html =
            "<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n" +
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
            "<title>Cổng thông tin Sở Giáo dục (trang thử)</title>\n" +
            "<style>body{font-family:Georgia,serif;margin:24px;max-width:760px} .hit{color:red}</style>\n" +
            "</head>\n<body>\n<h1>Cổng thông tin điện tử (trang thử)</h1>\n<p>Trang của một đơn vị khác, nhúng ô tìm kiếm EduPlan bằng một thẻ.</p>\n" +
            $"<script src=\"{fx.BaseUrl}/embed.js\" defer></script><eduplan-search q=\"phổ cập giáo dục\" size=\"5\"></eduplan-search>\n" +
            "</body>\n</html>\n";
        await using var portal = await PortalHost.StartAsync(html);
        Assert.NotEqual(new Uri(fx.BaseUrl).Port, new Uri(portal.BaseUrl).Port);

        await WithBrowser("embed-other-origin", 1024, 900, async browser =>
        {
            await browser.NavigateAsync(portal.BaseUrl + "/");
            Assert.Equal(portal.BaseUrl, await browser.EvaluateAsync<string>("location.origin"));

            const string hits = "document.querySelector('eduplan-search').shadowRoot.querySelectorAll('.hit')";
            await browser.WaitForAsync($"{hits}.length > 0 && !document.querySelector('eduplan-search').hasAttribute('aria-busy')");
            await browser.WaitForSelectorAsync("eduplan-search >>> .hit");

            var widget = await browser.EvaluateAsync<JsonElement>(
                "(() => { const root = document.querySelector('eduplan-search').shadowRoot;" +
                " return { mode: root.mode, hits: root.querySelectorAll('.hit').length, lightHits: document.querySelectorAll('.hit').length," +
                "   input: root.querySelector('input.q').value, status: root.querySelector('.status').textContent," +
                "   links: [...root.querySelectorAll('.hit a.title')].map(a => a.href) }; })()");
            Assert.Equal("open", widget.GetProperty("mode").GetString());
            var count = widget.GetProperty("hits").GetInt32();
            Assert.InRange(count, 1, 5); // size="5"
            Assert.Equal(0, widget.GetProperty("lightHits").GetInt32()); // rendered inside the shadow root only
            // The portal's own CSS (.hit{color:red}, a serif font) does not reach into the widget.
            Assert.False(await browser.EvaluateAsync<bool>(
                "getComputedStyle(document.querySelector('eduplan-search').shadowRoot.querySelector('.hit')).color === 'rgb(255, 0, 0)'"),
                "the portal's .hit rule leaked into the widget");
            Assert.Equal("phổ cập giáo dục", widget.GetProperty("input").GetString());
            Assert.Contains("phổ cập giáo dục", widget.GetProperty("status").GetString());
            // Results link back to the service, not to the portal, with the query whose words the document then marks.
            Assert.All(Strings(widget.GetProperty("links")), href =>
            {
                Assert.StartsWith(fx.BaseUrl + "/?doc=", href);
                Assert.Equal("phổ cập giáo dục", new Uri(href).Query.Split('&').Select(Uri.UnescapeDataString).Single(p => p.StartsWith("hl=", StringComparison.Ordinal))[3..]);
            });
            await browser.ScreenshotAsync(BrowserFixture.ScreenshotPath("embed-other-origin"), fullPage: true);

            // Typing in the widget searches again (cross-origin fetch of /api/search).
            await browser.TypeAsync("eduplan-search >>> input.q", "chuyen doi so");
            await browser.WaitForAsync(
                "(() => { const root = document.querySelector('eduplan-search').shadowRoot;" +
                " return root.querySelector('.status').textContent.includes('chuyen doi so') && root.querySelectorAll('.hit').length > 0; })()");
            AssertNoPageErrors(browser);

            // A query the service refuses is said as such in the widget's language, not as a failure to retry.
            await browser.TypeAsync("eduplan-search >>> input.q", "!!! ???");
            await browser.WaitForAsync("document.querySelector('eduplan-search').shadowRoot.querySelector('.status').textContent.includes('Không tìm được với từ khóa này')");
            Assert.All(browser.Errors.Where(e => !e.Contains("favicon.ico", StringComparison.OrdinalIgnoreCase)), e => Assert.Contains("status of 400", e));
        });
    }

    [Fact]
    public async Task A_long_query_in_the_widget_says_which_words_were_left_out()
    {
        // A visitor pasting a paragraph into a portal's widget was told "Tìm thấy N văn bản cho “…the whole paragraph…”", though the
        // words past the service's limit were not searched; the staff page said which, the widget nothing.
        const string query = "kế hoạch thực hiện nhiệm vụ năm học giáo dục mầm non phổ thông giáo dục thường xuyên trên địa bàn tỉnh " +
                             "chuyển đổi số nâng cao chất lượng đội ngũ giáo viên cán bộ quản lý xây dựng trường chuẩn quốc gia";
        var ignored = Strings((await fx.Client.GetFromJsonAsync<JsonElement>($"api/search?size=1&q={Uri.EscapeDataString(query)}")).GetProperty("ignored"));
        Assert.NotEmpty(ignored);
        await using var portal = await PortalHost.StartAsync(WidgetPage($"q=\"{query}\" size=\"3\""));
        await WithBrowser("embed-long-query", 1024, 900, async browser =>
        {
            await browser.NavigateAsync(portal.BaseUrl + "/");
            const string root = "document.querySelector('eduplan-search').shadowRoot";
            await browser.WaitForAsync($"{root}.querySelectorAll('.hit').length > 0");
            var said = await browser.EvaluateAsync<string>($"(() => {{ const n = {root}.querySelector('.ignored'); return n && !n.hidden ? n.textContent : null; }})()");
            Assert.NotNull(said);
            Assert.All(ignored, word => Assert.Contains(word, said));
            // A query within the limit says nothing of the kind.
            await browser.TypeAsync("eduplan-search >>> input.q", "phổ cập giáo dục");
            await browser.WaitForAsync($"{root}.querySelector('.status').textContent.includes('phổ cập giáo dục') && {root}.querySelector('.ignored').hidden");
            AssertNoPageErrors(browser);
        });
    }

    /// <summary>A portal's page holding the widget with these attributes, as an integrator writes it.</summary>
    private string WidgetPage(string attributes) =>
        "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Cổng</title></head><body>\n" +
        $"<script src=\"{fx.BaseUrl}/embed.js\" defer></script><eduplan-search {attributes}></eduplan-search>\n</body></html>\n";

    [Fact]
    public async Task A_query_pasted_past_1000_characters_into_the_widget_is_searched_shortened_and_says_so()
    {
        // The widget sent a pasted paragraph whole and showed the service's refusal, where the staff page searched its first words.
        var paragraph = string.Join(' ', TestPaths.SeedText(Seeds.LaoCaiGuidance).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        var pasted = paragraph[..paragraph.IndexOf(' ', 1400)];
        Assert.True(pasted.Length > 1400);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await fx.Client.GetAsync($"api/search?q={Uri.EscapeDataString(pasted)}")).StatusCode);
        await using var portal = await PortalHost.StartAsync(WidgetPage("size=\"3\""));
        await WithBrowser("embed-query-over-1000-characters", 1024, 900, async browser =>
        {
            await browser.NavigateAsync(portal.BaseUrl + "/");
            const string root = "document.querySelector('eduplan-search').shadowRoot";
            await browser.WaitForAsync($"{root} && {root}.querySelector('input.q') !== null");
            await browser.EvaluateAsync<bool>($"(() => {{ const i = {root}.querySelector('input.q'); i.value = {JsonSerializer.Serialize(pasted)}; " +
                                              $"i.form.requestSubmit(); return true; }})()");
            await browser.WaitForAsync($"{root}.querySelectorAll('.hit').length > 0");
            var shown = await browser.EvaluateAsync<JsonElement>(
                $"({{ status: {root}.querySelector('.status').textContent, note: {root}.querySelector('.ignored').hidden ? null : {root}.querySelector('.ignored').textContent }})");
            Assert.DoesNotContain("Không tìm được", shown.GetProperty("status").GetString());
            var note = shown.GetProperty("note").GetString();
            Assert.NotNull(note);
            Assert.Contains($"dài {pasted.Length:#,0} ký tự".Replace(',', '.'), note);
            Assert.Contains("giới hạn 1.000", note);
            // What was searched is the pasted text's first words within the limit, cut between words, and the status echoes it.
            var echoed = shown.GetProperty("status").GetString()!;
            var searched = echoed[(echoed.IndexOf('“') + 1)..echoed.LastIndexOf('”')];
            Assert.InRange(searched.Length, 880, 1000);
            Assert.StartsWith(searched + " ", pasted);
            Assert.Contains($"chỉ {searched.Length:#,0} ký tự đầu".Replace(',', '.'), note);
            AssertNoPageErrors(browser);
        });
    }

    // ------------------------------------------------------------------ 3. a query with markup stays text

    [Fact]
    public Task Query_with_markup_is_shown_as_text_without_creating_elements_or_dialogs() =>
        WithBrowser("query-markup", 1280, 900, async browser =>
        {
            const string attack = "<img src=x onerror=alert(1)>";
            var dialogs = 0;
            using var stop = new CancellationTokenSource();
            _ = WatchDialogsAsync(browser, () => Interlocked.Increment(ref dialogs), stop.Token);

            await browser.NavigateAsync(fx.BaseUrl + "/");
            await browser.WaitForSelectorAsync("#results .doc-item a.title");
            await browser.EvaluateAsync(
                "window.__addedImages = 0; new MutationObserver(ms => { for (const m of ms) for (const n of m.addedNodes)" +
                " if (n.nodeType === 1 && (n.localName === 'img' || n.querySelector('img'))) window.__addedImages++; })" +
                ".observe(document, { childList: true, subtree: true }); true");

            await browser.TypeAsync("#q", attack);
            await browser.WaitForAsync(
                $"new URLSearchParams(location.search).get('q') === {Js(attack)}" +
                " && !document.getElementById('results').hasAttribute('aria-busy')" +
                " && document.querySelector('#summary .q-echo') !== null");
            await Task.Delay(500); // give an injected image time to load and fire onerror

            var state = await browser.EvaluateAsync<JsonElement>(
                "({ imgs: document.querySelectorAll('img').length, added: window.__addedImages," +
                "   echo: document.querySelector('#summary .q-echo').textContent, value: document.getElementById('q').value, title: document.title })");
            Assert.Equal(0, state.GetProperty("imgs").GetInt32());
            Assert.Equal(0, state.GetProperty("added").GetInt32());
            Assert.Contains(attack, state.GetProperty("echo").GetString()); // shown literally, as text
            Assert.Equal(attack, state.GetProperty("value").GetString());
            Assert.Contains(attack, state.GetProperty("title").GetString());
            await browser.ScreenshotAsync(BrowserFixture.ScreenshotPath("query-markup"));

            // The same query arriving in the URL (a shared link) is also text.
            await browser.NavigateAsync($"{fx.BaseUrl}/?q={Uri.EscapeDataString(attack)}");
            await browser.WaitForAsync(
                "document.querySelector('#summary .q-echo') !== null && !document.getElementById('results').hasAttribute('aria-busy')");
            await Task.Delay(500);
            Assert.Equal(0, await browser.EvaluateAsync<int>("document.querySelectorAll('img').length"));
            Assert.Equal(attack, await browser.EvaluateAsync<string>("document.getElementById('q').value"));

            Assert.Equal(0, Volatile.Read(ref dialogs));
            // A blocked inline handler would show up as a CSP violation: there must be none.
            Assert.DoesNotContain(browser.ConsoleMessages, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
            AssertNoPageErrors(browser);
            await stop.CancelAsync();
        });

    // ------------------------------------------------------------------ 3b. a long query's hits say which word they lack

    [Fact]
    public Task A_hit_lacking_a_typed_word_says_so_under_it() =>
        WithBrowser("missing-words", 1280, 900, async browser =>
        {
            const string query = "xổ số kiến thiết"; // no seed says "xổ": every hit holds three of the four words
            await browser.NavigateAsync($"{fx.BaseUrl}/?q={Uri.EscapeDataString(query)}");
            await browser.WaitForAsync("document.querySelectorAll('#results .hit').length > 0 && !document.getElementById('results').hasAttribute('aria-busy')");
            var lacking = await browser.EvaluateAsync<JsonElement>(
                "[...document.querySelectorAll('#results .hit')].map(h => [...h.querySelectorAll('.missing s')].map(s => s.textContent))");
            Assert.All(lacking.EnumerateArray(), words => Assert.Contains("xổ", Strings(words)));
            AssertNoPageErrors(browser);
        });

    [Fact]
    public Task A_query_naming_an_instrument_by_number_or_a_law_by_name_leads_straight_to_it() =>
        WithBrowser("named-instrument", 1280, 900, async browser =>
        {
            const string ready = "document.querySelectorAll('#results .hit').length > 0 && !document.getElementById('results').hasAttribute('aria-busy')";
            async Task<List<string>> Cards(string q)
            {
                await browser.NavigateAsync($"{fx.BaseUrl}/?q={Uri.EscapeDataString(q)}");
                await browser.WaitForAsync(ready);
                return Strings(await browser.EvaluateAsync<JsonElement>("[...document.querySelectorAll('#named-instruments a.named-instrument')].map(a => a.innerText)"));
            }
            var decision = await fx.Client.GetFromJsonAsync<JsonElement>("/api/instruments/2457-qd-bgddt-2023");
            var citing = decision.GetProperty("citedByCount").GetInt32();
            foreach (var q in new[] { "Quyết định 2457", "qd 2457", Decision2457 })
            {
                var card = Assert.Single(await Cards(q));
                Assert.Contains(Decision2457, card);
                Assert.Contains($"được {citing} văn bản trích dẫn", card);
            }
            Assert.Contains("Luật Giáo dục", Assert.Single(await Cards("Luật giáo dục 2019")));
            // A number that is no instrument's, beside words its title holds, names nothing; nor does a query without a number.
            Assert.Empty(await Cards("kế hoạch năm 2024"));
            Assert.Empty(await Cards("nhiệm vụ trọng tâm"));

            await Cards("Quyết định 2457");
            await ClickLinkAsync(browser, "#named-instruments a.named-instrument");
            await browser.WaitForAsync("!document.getElementById('instrument-view').hidden && document.querySelectorAll('#citedby .province-group').length > 0");
            Assert.Equal("2457-qd-bgddt-2023", await browser.EvaluateAsync<string>("new URLSearchParams(location.search).get('instrument')"));
            var provinces = Strings(await browser.EvaluateAsync<JsonElement>("[...document.querySelectorAll('#citedby .province-group')].map(g => g.dataset.province)"));
            Assert.Equal(decision.GetProperty("citedByProvinces").EnumerateArray().Select(p => p.GetProperty("value").GetString()!).Order(), provinces.Order());
            AssertNoPageErrors(browser);
        });

    [Fact]
    public Task A_section_that_is_its_heading_line_alone_shows_that_line_once() =>
        WithBrowser("heading-once", 1280, 900, async browser =>
        {
            // Lào Cai's "I. Nhiệm vụ trọng tâm" is all its section says; Sơn La's "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch
            // nhiệm vụ, giải pháp trọng tâm …" is an article without a title, headed by its number, which its text does not say again.
            await browser.NavigateAsync($"{fx.BaseUrl}/?q={Uri.EscapeDataString("nhiệm vụ trọng tâm")}");
            await browser.WaitForAsync("document.querySelectorAll('#results .hit').length > 0 && !document.getElementById('results').hasAttribute('aria-busy')");
            async Task<JsonElement> Passage(string document, string section) => await browser.EvaluateAsync<JsonElement>(
                $"(() => {{ const p = document.querySelector('#results .hit[data-id=\"{document}\"] .passage[data-section=\"{section}\"]');" +
                " return p && { headings: [...p.querySelectorAll('.passage-heading')].map(h => h.textContent), text: p.innerText, marks: p.querySelectorAll('mark').length }; })()");
            var line = await Passage(Seeds.LaoCaiGuidance, "s-i");
            Assert.Equal(JsonValueKind.Object, line.ValueKind);
            Assert.Equal(0, line.GetProperty("headings").GetArrayLength());
            Assert.StartsWith("I. Nhiệm vụ trọng tâm", line.GetProperty("text").GetString());
            Assert.True(line.GetProperty("marks").GetInt32() > 0);
            var article = await Passage(Seeds.SonLaDecision, "s-dieu-1");
            Assert.Equal(JsonValueKind.Object, article.ValueKind);
            Assert.Equal(["Điều 1"], article.GetProperty("headings").EnumerateArray().Select(h => h.GetString()));
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(article.GetProperty("text").GetString()!, "Điều 1"));
            Assert.Contains("Ban hành kèm theo", article.GetProperty("text").GetString());
            AssertNoPageErrors(browser);
        });

    // ------------------------------------------------------------------ 3d. history, announcements and shared links

    [Fact]
    public Task Back_returns_to_the_previous_typed_search_and_the_count_is_announced() =>
        WithBrowser("history", 1280, 900, async browser =>
        {
            await browser.NavigateAsync(fx.BaseUrl + "/");
            await browser.WaitForSelectorAsync("#results .doc-item a.title");
            const string settled = "!document.getElementById('results').hasAttribute('aria-busy') && document.querySelectorAll('#results .hit').length > 0";
            foreach (var q in new[] { "phổ cập giáo dục", "chuyển đổi số" })
            {
                await browser.TypeAsync("#q", q);
                await browser.WaitForAsync($"new URLSearchParams(location.search).get('q') === {Js(q)} && {settled}");
                await Task.Delay(2300); // a reader's pause: the next search is a new entry
            }
            // The count is said to screen readers, not only shown.
            await browser.WaitForAsync("document.getElementById('announcer').textContent.includes('Tìm thấy')");

            await browser.EvaluateAsync("history.back(); true");
            await browser.WaitForAsync($"new URLSearchParams(location.search).get('q') === {Js("phổ cập giáo dục")} && {settled}");
            Assert.Equal("phổ cập giáo dục", await browser.EvaluateAsync<string>("document.getElementById('q').value"));
            AssertNoPageErrors(browser);
        });

    [Fact]
    public Task The_citing_province_picked_on_an_instruments_page_is_in_its_address_for_back_reload_and_sharing() =>
        WithBrowser("instrument-province-address", 1280, 900, async browser =>
        {
            // Picking a province among a decision's citing documents changed the list but not the address: Back from one of its
            // documents, a reload or a shared link showed every province again.
            var key = (await fx.Client.GetFromJsonAsync<JsonElement>($"api/instruments?q={Uri.EscapeDataString(Decision2457)}"))
                .EnumerateArray().First().GetProperty("key").GetString()!;
            const string province = "Sơn La";
            var shown = $"!document.getElementById('instrument-view').hidden" +
                        $" && [...document.querySelectorAll('#citedby .province-group')].map(g => g.dataset.province).join() === {Js(province)}" +
                        $" && document.querySelector('#citedby .chip[aria-pressed=\"true\"]')?.dataset.province === {Js(province)}";
            var inAddress = $"new URLSearchParams(location.search).get('province') === {Js(province)}";
            await browser.NavigateAsync(fx.BaseUrl + "/?instrument=" + Uri.EscapeDataString(key));
            await browser.WaitForSelectorAsync($"#citedby .province-filter .chip[data-province=\"{province}\"]");
            await browser.MouseClickAsync($"#citedby .province-filter .chip[data-province=\"{province}\"]");
            await browser.WaitForAsync($"{shown} && {inAddress}");

            await ClickLinkAsync(browser, "#citedby .citing-title");
            await browser.WaitForAsync("!document.getElementById('doc-view').hidden");
            await browser.EvaluateAsync("history.back(); true");
            await browser.WaitForAsync($"{shown} && {inAddress}");

            await browser.NavigateAsync(await browser.EvaluateAsync<string>("location.href") ?? "");
            await browser.WaitForAsync(shown);
            // "Tất cả" is every province again, and so is its address.
            await browser.MouseClickAsync("#citedby .province-filter .chip[data-province=\"\"]");
            await browser.WaitForAsync("document.querySelectorAll('#citedby .province-group').length > 1 && !new URLSearchParams(location.search).has('province')");
            AssertNoPageErrors(browser);
        });

    [Fact]
    public Task A_new_query_kept_under_a_picked_province_says_so_offers_all_and_back_retraces_each_step() =>
        WithBrowser("new-query-kept-filters", 1280, 900, async browser =>
        {
            const string province = "Lai Châu";
            var all = (await fx.Client.GetFromJsonAsync<JsonElement>("api/search?size=1&q=" + Uri.EscapeDataString(Decision2457))).GetProperty("total").GetInt32();
            var inProvince = (await fx.Client.GetFromJsonAsync<JsonElement>(
                $"api/search?size=1&q={Uri.EscapeDataString(Decision2457)}&province={Uri.EscapeDataString(province)}")).GetProperty("total").GetInt32();
            Assert.True(inProvince > 0 && inProvince < all, $"{Decision2457}: {inProvince} in {province}, {all} in all");
            const string settled = "!document.getElementById('results').hasAttribute('aria-busy') && document.querySelector('#summary strong') !== null";
            string At(string q, string? filter, int hits) =>
                $"new URLSearchParams(location.search).get('q') === {Js(q)} && new URLSearchParams(location.search).get('province') === {Js(filter!)}" +
                $" && document.querySelectorAll('#results .hit').length === {hits} && document.getElementById('q').value === {Js(q)} && {settled}";

            await browser.NavigateAsync(fx.BaseUrl + "/");
            await browser.WaitForSelectorAsync("#results .doc-item a.title");
            await browser.TypeAsync("#q", "phổ cập giáo dục");
            await browser.WaitForAsync(At("phổ cập giáo dục", null, 5));
            await browser.MouseClickAsync($".facet[data-facet=province] button.facet-value[data-value=\"{province}\"]");
            await browser.WaitForAsync(At("phổ cập giáo dục", province, 2));

            // A different query, typed (its results follow the typing) then Enter: the province stays, and the page says so.
            await browser.TypeAsync("#q", Decision2457);
            await browser.WaitForAsync(At(Decision2457, province, inProvince));
            await browser.PressEnterAsync();
            await browser.WaitForAsync(At(Decision2457, province, inProvince));
            var shown = await browser.EvaluateAsync<JsonElement>(
                "({ chips: [...document.querySelectorAll('#active-filters .chip[data-facet]')].map(c => c.dataset.value + ' ' + (c.querySelector('.chip-count')?.textContent ?? '-'))," +
                "   all: document.querySelector('#active-filters .chip-clear')?.textContent ?? null, summary: document.getElementById('summary').textContent })");
            await browser.ScreenshotAsync(BrowserFixture.ScreenshotPath("new-query-kept-filters"));
            Assert.Equal([$"{province} {inProvince}"], Strings(shown.GetProperty("chips")));
            Assert.Equal($"Tìm trong tất cả ({all})", shown.GetProperty("all").GetString());
            Assert.Contains($"với bộ lọc đã chọn (không lọc: {all} văn bản)", shown.GetProperty("summary").GetString());

            // One click searches the query in every province; Back and Forward retrace each step, the box and the chips as the address.
            await browser.MouseClickAsync("#active-filters .chip-clear");
            await browser.WaitForAsync(At(Decision2457, null, all) + " && document.getElementById('active-filters').hidden");
            Assert.DoesNotContain("bộ lọc", await browser.EvaluateAsync<string>("document.getElementById('summary').textContent"));
            await browser.EvaluateAsync("history.back(); true");
            await browser.WaitForAsync(At(Decision2457, province, inProvince) + " && document.querySelectorAll('#active-filters .chip[data-facet]').length === 1");
            await browser.EvaluateAsync("history.back(); true");
            // The province picked for the first query is its own entry: the typing after it did not write over it.
            await browser.WaitForAsync(At("phổ cập giáo dục", province, 2));
            await browser.EvaluateAsync("history.forward(); true");
            await browser.WaitForAsync(At(Decision2457, province, inProvince));
            await browser.EvaluateAsync("history.forward(); true");
            await browser.WaitForAsync(At(Decision2457, null, all) + " && document.getElementById('active-filters').hidden");
            AssertNoPageErrors(browser);
        });

    [Fact]
    public Task A_shared_link_naming_a_province_as_staff_write_it_ticks_that_facet_and_no_other() =>
        WithBrowser("shared-link-province", 1280, 900, async browser =>
        {
            await browser.NavigateAsync($"{fx.BaseUrl}/?q={Uri.EscapeDataString("giáo dục")}&province={Uri.EscapeDataString("tỉnh sơn la")}");
            await browser.WaitForAsync("document.querySelectorAll('.facet[data-facet=province] button.facet-value').length > 0 && !document.getElementById('results').hasAttribute('aria-busy')");
            var facet = await browser.EvaluateAsync<JsonElement>(
                "[...document.querySelectorAll('.facet[data-facet=province] button.facet-value')].map(b => ({ value: b.dataset.value, on: b.getAttribute('aria-pressed') === 'true' }))");
            var values = facet.EnumerateArray().Select(v => (Value: v.GetProperty("value").GetString()!, On: v.GetProperty("on").GetBoolean())).ToList();
            Assert.Equal([("Sơn La", true)], values.Where(v => v.On).ToList());
            Assert.DoesNotContain(values, v => v.Value == "tỉnh sơn la");
            AssertNoPageErrors(browser);
        });

    [Fact]
    public Task A_page_past_the_end_says_how_many_pages_there_are_and_leads_back_to_the_last() =>
        WithBrowser("page-past-end", 1280, 900, async browser =>
        {
            // "trang 99/4", and "← Trang trước" to page 98.
            await browser.NavigateAsync($"{fx.BaseUrl}/?q={Uri.EscapeDataString("giáo dục")}&page=99");
            await browser.WaitForAsync("!document.getElementById('results').hasAttribute('aria-busy') && document.querySelector('#summary strong') !== null");
            var total = (await fx.Client.GetFromJsonAsync<JsonElement>("api/search?q=" + Uri.EscapeDataString("giáo dục"))).GetProperty("total").GetInt32();
            var pages = Math.Max(1, (total + 9) / 10); // the page shows ten hits
            var shown = await browser.EvaluateAsync<JsonElement>(
                "({ summary: document.getElementById('summary').textContent, prev: document.querySelector('#pager a.prev')?.dataset.page ?? null })");
            Assert.DoesNotContain("99/", shown.GetProperty("summary").GetString());
            Assert.Contains($"chỉ có {pages} trang", shown.GetProperty("summary").GetString());
            Assert.Equal(pages.ToString(), shown.GetProperty("prev").GetString());
        });

    [Fact]
    public Task A_filter_typed_as_a_code_or_short_form_presses_the_facet_it_names() =>
        WithBrowser("filter-aliases", 1280, 900, async browser =>
        {
            // "kind=KH" and "schoolYear=2023-24" (the widget's links pass attributes as written) searched right, but the page showed a
            // pressed "KH" counting 0 beside an unpressed "Kế hoạch", and the same for the school year.
            await browser.NavigateAsync($"{fx.BaseUrl}/?q={Uri.EscapeDataString("giáo dục")}&kind=KH&schoolYear=2023-24");
            await browser.WaitForAsync("document.querySelector('#results .hit') !== null");
            var pressed = await browser.EvaluateAsync<JsonElement>(
                "[...document.querySelectorAll('.facet-value[aria-pressed=true]')].map(b => b.dataset.value + '=' + b.querySelector('.facet-count').textContent)");
            var values = pressed.EnumerateArray().Select(v => v.GetString()!).ToList();
            Assert.Equal(2, values.Count);
            Assert.Contains(values, v => v.StartsWith("Kế hoạch=", StringComparison.Ordinal) && !v.EndsWith("=0", StringComparison.Ordinal));
            Assert.Contains(values, v => v.StartsWith("2023-2024=", StringComparison.Ordinal) && !v.EndsWith("=0", StringComparison.Ordinal));
            // The address names them so too, and un-pressing one removes it.
            Assert.Contains("kind=K%E1%BA%BF", await browser.EvaluateAsync<string>("location.search"));
            await browser.EvaluateAsync<JsonElement>("document.querySelector('.facet-value[aria-pressed=true][data-value=\"Kế hoạch\"]').click(), null");
            await browser.WaitForAsync("!location.search.includes('kind=')");
        });

    [Fact]
    public async Task The_widget_and_the_iframe_page_lead_from_a_query_naming_an_instrument_straight_to_it()
    {
        // Only the staff page had the card: a portal's visitor typing "Quyết định 2457" had to open a hit and find the citation in it.
        var html = "<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>Cổng thử</title>\n</head>\n<body>\n" +
                   $"<script src=\"{fx.BaseUrl}/embed.js\" defer></script><eduplan-search q=\"Quyết định 2457\"></eduplan-search>\n</body>\n</html>\n";
        await using var portal = await PortalHost.StartAsync(html);
        var decision = await fx.Client.GetFromJsonAsync<JsonElement>("/api/instruments/2457-qd-bgddt-2023");
        var citing = decision.GetProperty("citedByCount").GetInt32();
        const string root = "document.querySelector('eduplan-search').shadowRoot";
        const string ready = $"{root} !== null && {root}.querySelectorAll('.hit').length > 0 && !document.querySelector('eduplan-search').hasAttribute('aria-busy')";
        await WithBrowser("embed-named-instrument", 1024, 900, async browser =>
        {
            foreach (var page in new[] { portal.BaseUrl + "/", $"{fx.BaseUrl}/embed?q={Uri.EscapeDataString("qd 2457")}" })
            {
                await browser.NavigateAsync(page);
                await browser.WaitForAsync(ready);
                var cards = await browser.EvaluateAsync<JsonElement>($"[...{root}.querySelectorAll('.named a')].map(a => ({{ text: a.innerText, href: a.href }}))");
                var card = Assert.Single(cards.EnumerateArray());
                Assert.Contains(Decision2457, card.GetProperty("text").GetString());
                Assert.Contains($"được {citing} văn bản trích dẫn", card.GetProperty("text").GetString());
                Assert.Equal($"{fx.BaseUrl}/?instrument=2457-qd-bgddt-2023", card.GetProperty("href").GetString());
            }
            await browser.ScreenshotAsync(BrowserFixture.ScreenshotPath("embed-named-instrument"), fullPage: true);
            // A query naming none shows none, and the card of the last query goes.
            await browser.TypeAsync("eduplan-search >>> input.q", "phổ cập giáo dục");
            await browser.WaitForAsync($"{root}.querySelector('.status').textContent.includes('phổ cập giáo dục') && !document.querySelector('eduplan-search').hasAttribute('aria-busy')");
            Assert.Equal(0, await browser.EvaluateAsync<int>($"{root}.querySelectorAll('.named a').length"));
            Assert.True(await browser.EvaluateAsync<bool>($"{root}.querySelector('.named').hidden"));
            AssertNoPageErrors(browser);
        });
    }

    [Fact]
    public async Task Filters_without_a_query_list_what_they_select_in_the_widget_and_the_iframe_page()
    {
        // "/embed?year=2024" showed "Lọc: 2024" and nothing else, while the API answered that request with every document of 2024.
        var html = "<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>Cổng thử</title>\n</head>\n<body>\n" +
                   $"<script src=\"{fx.BaseUrl}/embed.js\" defer></script><eduplan-search kind=\"Kế hoạch\" size=\"10\"></eduplan-search>\n</body>\n</html>\n";
        await using var portal = await PortalHost.StartAsync(html);
        var plans = (await fx.Client.GetFromJsonAsync<JsonElement>("api/search?kind=" + Uri.EscapeDataString("Kế hoạch"))).GetProperty("total").GetInt32();
        Assert.True(plans > 0);
        const string root = "document.querySelector('eduplan-search').shadowRoot";
        await WithBrowser("filters-without-query", 1024, 900, async browser =>
        {
            foreach (var page in new[] { portal.BaseUrl + "/", $"{fx.BaseUrl}/embed?kind={Uri.EscapeDataString("Kế hoạch")}" })
            {
                await browser.NavigateAsync(page);
                await browser.WaitForAsync($"{root}.querySelector('.status') !== null && {root}.querySelector('.status').textContent.includes('Tìm thấy')");
                Assert.Equal($"Tìm thấy {plans} văn bản", await browser.EvaluateAsync<string>($"{root}.querySelector('.status').textContent"));
                Assert.True(await browser.EvaluateAsync<int>($"{root}.querySelectorAll('a[href*=\"doc=\"]').length") > 0);
            }
        });
    }

    [Fact]
    public async Task A_filter_naming_no_province_is_named_on_the_page_and_in_the_widget()
    {
        // The widget said the visitor's query could not be searched, on every search, for a mistyped province attribute; the page
        // said only that the request was not valid.
        var html = "<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>Cổng thử</title>\n</head>\n<body>\n" +
                   $"<script src=\"{fx.BaseUrl}/embed.js\" defer></script><eduplan-search q=\"giáo dục\" province=\"Hà Bắc\"></eduplan-search>\n</body>\n</html>\n";
        await using var portal = await PortalHost.StartAsync(html);
        await WithBrowser("unknown-province", 1024, 900, async browser =>
        {
            await browser.NavigateAsync($"{fx.BaseUrl}/?q={Uri.EscapeDataString("giáo dục")}&province={Uri.EscapeDataString("Hà Bắc")}");
            await browser.WaitForAsync("document.querySelector('#results .error') !== null");
            Assert.Contains("“Hà Bắc” không có trong danh sách", await browser.EvaluateAsync<string>("document.querySelector('#results .error').textContent"));

            await browser.NavigateAsync(portal.BaseUrl + "/");
            const string status = "document.querySelector('eduplan-search').shadowRoot.querySelector('.status')";
            await browser.WaitForAsync($"{status} !== null && {status}.textContent.includes('Hà Bắc')");
            Assert.Contains("Bộ lọc tỉnh/thành “Hà Bắc” không hợp lệ", await browser.EvaluateAsync<string>($"{status}.textContent"));
        });
    }

    [Fact]
    public Task A_query_the_service_refuses_is_explained_once_in_Vietnamese() =>
        WithBrowser("refused-query", 1280, 900, async browser =>
        {
            await browser.NavigateAsync($"{fx.BaseUrl}/?q={Uri.EscapeDataString("!!! ???")}");
            await browser.WaitForAsync("document.querySelector('#results .error') !== null");
            var shown = await browser.EvaluateAsync<JsonElement>(
                "({ error: document.querySelector('#results .error').textContent, status: document.getElementById('status').textContent })");
            Assert.StartsWith("Hãy gõ ít nhất một từ", shown.GetProperty("error").GetString());
            Assert.Equal("", shown.GetProperty("status").GetString());
            // The refusal itself is the one error the browser logs.
            Assert.All(browser.Errors.Where(e => !e.Contains("favicon.ico", StringComparison.OrdinalIgnoreCase)), e => Assert.Contains("status of 400", e));
        });

    [Fact]
    public Task A_pasted_paragraph_says_only_24_of_its_words_are_searched_and_a_named_law_is_not_named_twice() =>
        WithBrowser("long-query-and-law", 1280, 900, async browser =>
        {
            var words = string.Join(' ', TestPaths.SeedText(Seeds.LaoCaiGuidance).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Skip(200).Take(30));
            await browser.NavigateAsync($"{fx.BaseUrl}/?q={Uri.EscapeDataString(words)}");
            await browser.WaitForAsync("!document.getElementById('results').hasAttribute('aria-busy') && document.querySelector('#summary .q-echo') !== null");
            var summary = await browser.EvaluateAsync<string>("document.getElementById('summary').textContent");
            Assert.Contains("chỉ 24 từ được dùng", summary);
            // It names the words left out, as the service reports them.
            var ignored = (await fx.Client.GetFromJsonAsync<JsonElement>("api/search?q=" + Uri.EscapeDataString(words))).GetProperty("ignored")
                .EnumerateArray().Select(w => w.GetString()).ToList();
            Assert.NotEmpty(ignored);
            Assert.Contains("bỏ qua: " + string.Join(' ', ignored), summary);

            var law = (await fx.Client.GetFromJsonAsync<JsonElement>("api/instruments?q=" + Uri.EscapeDataString("Luật Giáo dục")))
                .EnumerateArray().First(i => i.GetProperty("kind").GetString() == "Luật" && i.GetProperty("symbol").ValueKind == JsonValueKind.Null);
            // A document citing the law lists it among what it cites, once named.
            var citing = (await fx.Client.GetFromJsonAsync<JsonElement>($"api/instruments/{law.GetProperty("key").GetString()}"))
                .GetProperty("citedBy")[0].GetProperty("document").GetProperty("id").GetString();
            await browser.NavigateAsync($"{fx.BaseUrl}/?doc={citing}");
            await browser.WaitForAsync("document.querySelectorAll('#cites .cite-item').length > 0");
            var cited = await browser.EvaluateAsync<string>("[...document.querySelectorAll('#cites .cite-title')].map(a => a.textContent).join('\\n')");
            Assert.Contains("Luật Giáo dục", cited);
            Assert.DoesNotContain("Luật Luật", cited);
            AssertNoPageErrors(browser);
        });

    [Fact]
    public Task A_pasted_query_past_1000_characters_is_searched_shortened_and_the_page_says_to_how_many() =>
        WithBrowser("query-over-1000-characters", 1280, 900, async browser =>
        {
            // The box's maxlength cut a pasted query at 1,000 characters without a word: staff searched less than they pasted unawares.
            var paragraph = string.Join(' ', TestPaths.SeedText(Seeds.LaoCaiGuidance).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
            var pasted = paragraph[..paragraph.IndexOf(' ', 1400)];
            Assert.True(pasted.Length > 1400);
            await browser.NavigateAsync(fx.BaseUrl + "/");
            await browser.WaitForSelectorAsync("#results .doc-item a.title");
            await browser.TypeAsync("#q", pasted);
            await browser.PressEnterAsync();
            await browser.WaitForAsync("new URLSearchParams(location.search).has('q') && !document.getElementById('results').hasAttribute('aria-busy')" +
                                       " && document.querySelector('#summary .q-echo') !== null");
            var shown = await browser.EvaluateAsync<JsonElement>(
                "({ box: document.getElementById('q').value, q: new URLSearchParams(location.search).get('q'), summary: document.getElementById('summary').textContent })");
            // Nothing pasted is lost from the box; what was searched is its first words within the limit, cut between words.
            Assert.Equal(pasted, shown.GetProperty("box").GetString());
            var searched = shown.GetProperty("q").GetString()!;
            Assert.InRange(searched.Length, 880, 1000);
            Assert.StartsWith(searched + " ", pasted);
            // Said where the results are counted, which is announced: how long the query was, the limit, and how much was searched.
            var summary = shown.GetProperty("summary").GetString()!;
            Assert.Contains($"dài {pasted.Length:#,0} ký tự".Replace(',', '.'), summary);
            Assert.Contains("giới hạn 1.000", summary);
            Assert.Contains($"chỉ {searched.Length:#,0} ký tự đầu được dùng".Replace(',', '.'), summary);
            await browser.WaitForAsync("document.getElementById('announcer').textContent.includes('ký tự đầu được dùng')");
            await browser.ScreenshotAsync(BrowserFixture.ScreenshotPath("query-shortened"));

            // A link carrying a query past the limit is searched as the box would: shortened, and said so.
            await browser.NavigateAsync($"{fx.BaseUrl}/?q={Uri.EscapeDataString(pasted)}");
            await browser.WaitForAsync("!document.getElementById('results').hasAttribute('aria-busy') && document.querySelector('#summary .q-echo') !== null");
            Assert.Contains("ký tự đầu được dùng", await browser.EvaluateAsync<string>("document.getElementById('summary').textContent"));
            // A query within the limit says nothing of the kind.
            await browser.TypeAsync("#q", "phổ cập giáo dục");
            await browser.WaitForAsync("new URLSearchParams(location.search).get('q') === 'phổ cập giáo dục' && !document.getElementById('results').hasAttribute('aria-busy')" +
                                       " && document.querySelector('#summary .q-echo') !== null");
            Assert.DoesNotContain("ký tự", await browser.EvaluateAsync<string>("document.getElementById('summary').textContent"));
            AssertNoPageErrors(browser);
        });

    [Fact]
    public Task A_decomposed_query_is_shown_composed_and_removing_a_filter_chip_focuses_the_results() =>
        WithBrowser("nfd-and-chip-focus", 1280, 900, async browser =>
        {
            var nfd = "giáo dục".Normalize(System.Text.NormalizationForm.FormD);
            await browser.NavigateAsync($"{fx.BaseUrl}/?q={Uri.EscapeDataString(nfd)}&province={Uri.EscapeDataString("Sơn La")}");
            await browser.WaitForAsync("document.querySelectorAll('#active-filters .chip[data-facet]').length > 0 && !document.getElementById('results').hasAttribute('aria-busy')");
            Assert.Equal("giáo dục", await browser.EvaluateAsync<string>("document.getElementById('q').value"));
            // The page has one h1 for screen readers' heading navigation.
            Assert.Equal(1, await browser.EvaluateAsync<int>("[...document.querySelectorAll('h1')].filter(h => h.closest('[hidden]') === null).length"));

            await ClickLinkAsync(browser, "#active-filters .chip[data-facet]");
            await browser.WaitForAsync("!new URLSearchParams(location.search).has('province') && !document.getElementById('results').hasAttribute('aria-busy')");
            await browser.WaitForAsync("document.activeElement && document.activeElement.id === 'summary'");
            Assert.Equal("giáo dục", await browser.EvaluateAsync<string>("new URLSearchParams(location.search).get('q')"));
            AssertNoPageErrors(browser);
        });

    [Fact]
    public Task A_document_or_instrument_that_is_not_there_shows_its_message_and_no_empty_panels() =>
        WithBrowser("missing-pages", 1280, 900, async browser =>
        {
            await browser.NavigateAsync($"{fx.BaseUrl}/?doc=khong-co-van-ban-nay");
            await browser.WaitForAsync("document.querySelector('#doc-html .error') !== null");
            Assert.Contains("khong-co-van-ban-nay", await browser.EvaluateAsync<string>("document.querySelector('#doc-html .error').textContent"));
            Assert.True(await browser.EvaluateAsync<bool>("getComputedStyle(document.querySelector('#doc-view .doc-side')).display === 'none'"));

            await browser.NavigateAsync($"{fx.BaseUrl}/?instrument=khong-co-muc-nay");
            await browser.WaitForAsync("document.querySelector('#citedby .error') !== null");
            Assert.True(await browser.EvaluateAsync<bool>(
                "['.ins-fields', '.ins-graph'].every(s => getComputedStyle(document.querySelector('#instrument-view ' + s)).display === 'none')"));

            // A real document afterwards has its panels back.
            await browser.NavigateAsync($"{fx.BaseUrl}/?doc={Seeds.BacGiangPlan}");
            await browser.WaitForAsync("document.querySelectorAll('#cites .cite-item').length > 0");
            Assert.True(await browser.EvaluateAsync<bool>("getComputedStyle(document.querySelector('#doc-view .doc-side')).display !== 'none'"));
            Assert.All(browser.Errors.Where(e => !e.Contains("favicon.ico", StringComparison.OrdinalIgnoreCase)), e => Assert.Contains("status of 404", e));
        });

    // ------------------------------------------------------------------ 3c. the longest query allowed passes the real server

    [Fact]
    public async Task A_query_of_1000_marked_characters_is_searched_and_a_longer_one_gets_a_clear_400()
    {
        // Words of 19 marked letters and a space: percent-encoded, 1,000 characters are 8.7 KB of request line, past Kestrel's
        // default 8 KB, where an empty 414 came back.
        var marked = string.Concat(Enumerable.Repeat(new string('ế', 19) + " ", 50));
        var longest = await fx.Client.GetAsync("api/search?q=" + Uri.EscapeDataString(marked));
        Assert.Equal(System.Net.HttpStatusCode.OK, longest.StatusCode);
        var tooLong = await fx.Client.GetAsync("api/search?q=" + Uri.EscapeDataString(marked + "ế"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("1001", (await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    // ------------------------------------------------------------------ 4. phone width

    [Fact]
    public Task Search_page_at_phone_width_has_no_horizontal_scroll() =>
        WithBrowser("phone", 375, 812, async browser =>
        {
            await browser.SetViewportAsync(375, 812, deviceScaleFactor: 2, mobile: true);
            await browser.NavigateAsync($"{fx.BaseUrl}/?q={Uri.EscapeDataString("phổ cập giáo dục")}");
            await browser.WaitForAsync(
                "document.querySelectorAll('#results .hit').length > 0 && !document.getElementById('results').hasAttribute('aria-busy')");
            Assert.Equal(375, await browser.EvaluateAsync<int>("window.innerWidth"));

            var overflow = await HorizontalOverflowAsync(browser);
            await browser.ScreenshotAsync(BrowserFixture.ScreenshotPath("phone-search"));
            Assert.True(overflow is null, overflow);

            // With the facets opened (they start collapsed on a phone), still no horizontal scroll.
            await browser.EvaluateAsync("document.getElementById('facet-details').open = true");
            overflow = await HorizontalOverflowAsync(browser);
            Assert.True(overflow is null, "facets open: " + overflow);

            // The document and instrument views too (long symbols, file names, the citation graph).
            await browser.NavigateAsync($"{fx.BaseUrl}/?doc={Seeds.SonLaDecision}");
            await browser.WaitForAsync("!document.getElementById('doc-view').hidden && document.querySelectorAll('#doc-html a.citation').length > 0");
            await browser.EvaluateAsync("document.querySelectorAll('.doc-side details').forEach(d => d.open = true)");
            overflow = await HorizontalOverflowAsync(browser);
            await browser.ScreenshotAsync(BrowserFixture.ScreenshotPath("phone-document"));
            Assert.True(overflow is null, "document view: " + overflow);

            await browser.NavigateAsync($"{fx.BaseUrl}/?instrument=2457-qd-bgddt-2023");
            await browser.WaitForAsync(
                "!document.getElementById('instrument-view').hidden && document.querySelectorAll('#citedby .province-group').length > 0" +
                " && document.querySelectorAll('svg#graph a.node').length > 1");
            overflow = await HorizontalOverflowAsync(browser);
            await browser.ScreenshotAsync(BrowserFixture.ScreenshotPath("phone-instrument"));
            Assert.True(overflow is null, "instrument view: " + overflow);

            AssertNoPageErrors(browser);
        });

    // ------------------------------------------------------------------ 5. a national corpus: nothing loads every document or the whole graph

    /// <summary>Records every URL the page fetches, from before its first script runs.</summary>
    private const string RecordFetches =
        "window.__requests = []; const __fetch = window.fetch;" +
        " window.fetch = function (input, init) { window.__requests.push(String(input instanceof Request ? input.url : input)); return __fetch.call(this, input, init); };";

    private const string RequestedUrls =
        "[...new Set([...(window.__requests || []), ...performance.getEntriesByType('resource').map(e => e.name)])]";

    [Fact]
    public Task Welcome_page_and_a_document_never_load_every_document_or_the_whole_graph() =>
        WithBrowser("bounded-requests", 1280, 900, async browser =>
        {
            await browser.SendAsync("Page.addScriptToEvaluateOnNewDocument", new { source = RecordFetches });
            await browser.NavigateAsync(fx.BaseUrl + "/");
            await browser.WaitForAsync(
                "document.querySelectorAll('#results .doc-item a.title').length === 5" +
                " && document.querySelectorAll('.facet[data-facet=province] button.facet-value').length === 4");
            Assert.Contains("5", await browser.EvaluateAsync<string>("document.querySelector('#results .list-title').textContent"));

            // The Bắc Giang plan has no số ký hiệu: its own node used to be looked up in the whole graph.
            await ClickLinkAsync(browser, $"#results .doc-item a.title[href=\"/?doc={Seeds.BacGiangPlan}\"]");
            await browser.WaitForAsync(
                $"new URLSearchParams(location.search).get('doc') === {Js(Seeds.BacGiangPlan)}" +
                " && document.querySelectorAll('#cites .cite-item').length > 0" +
                $" && {RequestedUrls}.some(u => new URL(u).pathname.startsWith('/api/instruments/'))");
            // Each page load starts a new record: keep this one's before loading the next.
            var urls = Strings(await browser.EvaluateAsync<JsonElement>(RequestedUrls));
            // Then a facet selected with no query: its own counts are over every document.
            await browser.NavigateAsync($"{fx.BaseUrl}/?province={Uri.EscapeDataString("Lai Châu")}");
            await browser.WaitForAsync(
                "document.querySelectorAll('#results .hit').length === 2 && !document.getElementById('results').hasAttribute('aria-busy')" +
                " && document.querySelectorAll('.facet[data-facet=province] button.facet-value').length === 4");

            urls.AddRange(Strings(await browser.EvaluateAsync<JsonElement>(RequestedUrls)));
            // And a national decision's page: its citing documents a page at a time, its neighbourhood bounded.
            await browser.NavigateAsync($"{fx.BaseUrl}/?instrument=2457-qd-bgddt-2023");
            await browser.WaitForAsync("document.querySelectorAll('#citedby .province-group').length === 3 && document.querySelectorAll('#graph a').length > 1");
            urls.AddRange(Strings(await browser.EvaluateAsync<JsonElement>(RequestedUrls)));
            var requested = urls.Select(u => new Uri(u)).ToList();
            var api = requested.Where(u => u.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal)).Select(u => u.PathAndQuery).ToList();
            Assert.Equal(2, api.Count(u => u == "/api/facets"));
            Assert.Contains(api, u => u.StartsWith("/api/documents?", StringComparison.Ordinal) && u.Contains("page=1"));
            var unbounded = requested.Where(u =>
                (u.AbsolutePath == "/api/documents" && !u.Query.Contains("page=")) ||
                (u.AbsolutePath == "/api/graph" && !(u.Query.Contains("focus=") && u.Query.Contains("limit="))) ||
                (u.AbsolutePath.StartsWith("/api/instruments/", StringComparison.Ordinal) && !u.Query.Contains("page="))).ToList();
            Assert.Contains(requested, u => u.AbsolutePath == "/api/instruments/2457-qd-bgddt-2023");
            Assert.True(unbounded.Count == 0, "requested without page, focus or limit: " + string.Join(", ", unbounded) + "\nall: " + string.Join("\n", api));
            AssertNoPageErrors(browser);
        });

    [Fact]
    public Task Welcome_list_shows_more_documents_a_page_at_a_time_by_keyboard_at_phone_width() =>
        WithBrowser("welcome-more", 375, 812, async browser =>
        {
            await browser.SetViewportAsync(375, 812, deviceScaleFactor: 2, mobile: true);
            // Five seeds fit on one page of 20: ask for pages of 2 to see the list grow as it would over a national corpus.
            await browser.SendAsync("Page.addScriptToEvaluateOnNewDocument", new
            {
                source = RecordFetches + " const __paged = window.fetch;" +
                         " window.fetch = (input, init) => __paged(String(input).replace(/(\\/api\\/documents\\?.*size=)20\\b/, (all, head) => head + '2'), init);",
            });
            await browser.NavigateAsync(fx.BaseUrl + "/");
            const string items = "document.querySelectorAll('#results .doc-item').length";
            await browser.WaitForAsync($"{items} === 2 && !document.querySelector('#results .doc-more').hidden");
            Assert.Null(await HorizontalOverflowAsync(browser));
            await browser.ScreenshotAsync(BrowserFixture.ScreenshotPath("phone-welcome"), fullPage: true);

            var expected = (await fx.Client.GetFromJsonAsync<JsonElement>("/api/documents?page=1&size=5")).EnumerateArray()
                .Select(d => d.GetProperty("id").GetString()!).ToList();
            foreach (var count in new[] { 4, 5 })
            {
                await browser.EvaluateAsync("document.querySelector('#results .doc-more').focus()");
                await browser.PressEnterAsync();
                await browser.WaitForAsync($"{items} === {count}");
                // Focus moves to the first document just added, so the keyboard carries on from there.
                Assert.Equal(expected[count == 4 ? 2 : 4], await browser.EvaluateAsync<string>("document.activeElement.closest('.doc-item').dataset.id"));
            }
            Assert.Equal(expected, Strings(await browser.EvaluateAsync<JsonElement>("[...document.querySelectorAll('#results .doc-item')].map(li => li.dataset.id)")));
            Assert.True(await browser.EvaluateAsync<bool>("document.querySelector('#results .doc-more').hidden"), "all five are shown: no more to load");
            Assert.Contains("5/5", await browser.EvaluateAsync<string>("document.querySelector('#results .doc-count').textContent"));
            AssertNoPageErrors(browser);
        });

    [Fact]
    public Task Back_from_a_document_opened_from_the_welcome_list_keeps_the_pages_of_it_loaded() =>
        WithBrowser("welcome-back", 1280, 600, async browser =>
        {
            // Staff reading the most recent documents page by page lost their place at each one opened: Back listed the first page
            // again, scrolled to its end. Pages of 2, as above, stand for pages of 20 over a national corpus.
            await browser.SendAsync("Page.addScriptToEvaluateOnNewDocument", new
            {
                source = "const __paged = window.fetch;" +
                         " window.fetch = (input, init) => __paged(String(input).replace(/(\\/api\\/documents\\?.*size=)20\\b/, (all, head) => head + '2'), init);",
            });
            await browser.NavigateAsync(fx.BaseUrl + "/");
            const string items = "document.querySelectorAll('#results .doc-item').length";
            await browser.WaitForAsync($"{items} === 2 && !document.querySelector('#results .doc-more').hidden");
            foreach (var count in new[] { 4, 5 })
            {
                await browser.ClickAsync("#results .doc-more");
                await browser.WaitForAsync($"{items} === {count}");
            }
            var last = await browser.EvaluateAsync<string>("document.querySelectorAll('#results .doc-item')[4].dataset.id");
            await ClickLinkAsync(browser, "#results .doc-item:nth-child(5) a.title");
            await browser.WaitForAsync($"new URLSearchParams(location.search).get('doc') === {Js(last!)} && !document.getElementById('doc-view').hidden");
            await browser.EvaluateAsync("history.back(); true");
            await browser.WaitForAsync("!document.getElementById('search-view').hidden && location.search === ''");
            await Task.Delay(1500); // what a new list would take to come
            Assert.Equal(5, await browser.EvaluateAsync<int>(items));
            Assert.True(await browser.EvaluateAsync<bool>($"document.querySelector('#results .doc-item[data-id={Js(last!)}]') !== null"));
            AssertNoPageErrors(browser);
        });

    // ------------------------------------------------------------------ helpers

    /// <summary>The instrument key of the citation the document view scrolled to, or what it scrolled to instead.</summary>
    private static async Task<string?> TargetedCitationAsync(Chromium browser) => await browser.EvaluateAsync<string>(
        "(() => { const t = document.querySelector('#doc-html .is-target'); return t.matches('a.citation') ? t.dataset.key : t.tagName + '#' + t.id; })()");

    /// <summary>
    /// Clicks a link with real (trusted) mouse events in the middle of its first line box.
    /// (<see cref="Chromium.MouseClickAsync"/> aims at the centre of the bounding box, which for a
    /// link wrapped over two lines can fall beside the text.) Fails if something else covers that point.
    /// </summary>
    private static async Task ClickLinkAsync(Chromium browser, string selector)
    {
        // The point is taken once the link stands still for two frames: a smooth scroll the page started (to a citation
        // targeted a moment before) moved it after a point taken at once, and on a loaded machine the click fell beside it.
        var point = await browser.EvaluateAsync<double[]>(
            $"(async () => {{ const el = document.querySelector({Js(selector)});" +
            $" if (!el) throw new Error('No element matches ' + {Js(selector)});" +
            " const frame = () => new Promise(r => requestAnimationFrame(() => r()));" +
            " let last = null;" +
            " for (let i = 0; i < 120; i++) {" +
            "   el.scrollIntoView({ block: 'center', behavior: 'instant' }); await frame(); await frame();" +
            "   const t = el.getClientRects()[0].top; if (last !== null && Math.abs(t - last) < 0.5) break; last = t; }" +
            " const r = el.getClientRects()[0];" +
            " const x = r.left + r.width / 2, y = r.top + r.height / 2; const hit = document.elementFromPoint(x, y);" +
            " if (!hit || !(hit === el || el.contains(hit))) throw new Error('the link is covered at its first line by ' + (hit ? hit.outerHTML.slice(0, 120) : 'nothing'));" +
            " return [x, y]; })()");
        if (point is not { Length: 2 }) throw new InvalidOperationException($"No position for {selector}");
        foreach (var type in new[] { "mouseMoved", "mousePressed", "mouseReleased" })
        {
            await browser.SendAsync("Input.dispatchMouseEvent",
                new { type, x = point[0], y = point[1], button = type == "mouseMoved" ? "none" : "left", clickCount = type == "mouseMoved" ? 0 : 1 });
        }
    }

    /// <summary>null when the page cannot scroll sideways; else what sticks out.</summary>
    private static async Task<string?> HorizontalOverflowAsync(Chromium browser)
    {
        var r = await browser.EvaluateAsync<JsonElement>(
            "(() => { const de = document.documentElement; window.scrollTo(400, window.scrollY); const sx = window.scrollX; window.scrollTo(0, window.scrollY);" +
            " const wide = [...document.querySelectorAll('body *')].filter(e => { const b = e.getBoundingClientRect(); return b.width > 0 && b.right > de.clientWidth + 0.5; })" +
            "   .slice(0, 8).map(e => e.localName + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '') + ' right=' + Math.round(e.getBoundingClientRect().right));" +
            " return { scrollWidth: de.scrollWidth, clientWidth: de.clientWidth, bodyScrollWidth: document.body.scrollWidth, scrolledX: sx, wide }; })()");
        var scrollWidth = r.GetProperty("scrollWidth").GetInt32();
        var clientWidth = r.GetProperty("clientWidth").GetInt32();
        var scrolledX = r.GetProperty("scrolledX").GetDouble();
        if (scrollWidth <= clientWidth && scrolledX == 0) return null;
        return $"horizontal scroll at {clientWidth}px: documentElement.scrollWidth={scrollWidth}, body.scrollWidth={r.GetProperty("bodyScrollWidth").GetInt32()}, " +
               $"scrollX after scrollTo(400)={scrolledX}; elements past the right edge: {string.Join("; ", Strings(r.GetProperty("wide")))}";
    }

    private static async Task WatchDialogsAsync(Chromium browser, Action seen, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await browser.WaitForEventAsync("Page.javascriptDialogOpening", _ => true, cancellationToken);
                seen();
                // Close it, or the page (and every evaluate) would block.
                await browser.SendAsync("Page.handleJavaScriptDialog", new { accept = false }, cancellationToken: cancellationToken);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or CdpException or ObjectDisposedException) { }
    }

    /// <summary>Uncaught exceptions, console.error, and CSP or CORS errors fail the test; a missing favicon does not.</summary>
    private static void AssertNoPageErrors(Chromium browser)
    {
        var errors = browser.Errors.Where(e => !e.Contains("favicon.ico", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(errors.Count == 0, "errors in the page:\n" + string.Join("\n", errors));
    }

    /// <summary>Launches Chromium, runs the steps, and on failure keeps a screenshot and the page's console in the message.</summary>
    private static async Task WithBrowser(string name, int width, int height, Func<Chromium, Task> steps)
    {
        var clock = Stopwatch.StartNew();
        await using var browser = await BrowserFixture.LaunchBrowserAsync(width, height);
        try
        {
            await steps(browser);
        }
        catch (Exception ex)
        {
            var shot = BrowserFixture.ScreenshotPath("FAILED-" + name);
            string where;
            try
            {
                await browser.ScreenshotAsync(shot).WaitAsync(TimeSpan.FromSeconds(5));
                where = await browser.EvaluateAsync<string>("location.href").WaitAsync(TimeSpan.FromSeconds(5)) ?? "?";
            }
            catch (Exception shotError) when (shotError is not OutOfMemoryException)
            {
                where = "? (" + shotError.Message + ")";
            }
            var console = browser.ConsoleMessages;
            throw new Xunit.Sdk.XunitException(
                $"{ex.Message}\n-- at {where} after {clock.Elapsed.TotalSeconds:0.0}s; screenshot: {shot}\n-- page console ({console.Count}):\n" +
                string.Join("\n", console.TakeLast(30)) + "\n-- original: " + ex);
        }
    }

    private static List<string> Strings(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString() ?? "").ToList();

    private static string Js(string value) => JsonSerializer.Serialize(value);
}
