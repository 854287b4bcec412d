using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EduPlan.Search.Tests.Http;

/// <summary>A service over its own copy of the seeds, with admin enabled by an API key.</summary>
public sealed class AdminFixture : IAsyncLifetime
{
    public const string Key = "test-admin-key-4b1d";
    private WebApplicationFactory<Program>? _factory;

    public string Corpus { get; } = TestPaths.SeedsCopy("corpus");
    public string IndexPath { get; } = TestPaths.TempFolder("index");
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _factory = TestHost.Create(Corpus, IndexPath, ("EduPlan:ApiKey", Key));
        Client = _factory.CreateClient();
        await ApiFixture.WaitUntilReady(Client);
    }

    public HttpRequestMessage Request(HttpMethod method, string url, string? key = Key, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return request;
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        _factory?.Dispose();
        foreach (var dir in new[] { Corpus, IndexPath }) try { Directory.Delete(dir, true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}

public sealed class AdminTests(AdminFixture admin) : IClassFixture<AdminFixture>
{
    private const string Directive = "KẾ HOẠCH\nTăng cường dạy bơi an toàn cho học sinh tiểu học năm học 2024-2025\n\nĐà Nẵng, ngày 10 tháng 9 năm 2024\n\n" +
                                     "I. MỤC ĐÍCH\n\n1. Thực hiện Quyết định số 2457/QĐ-BGDĐT ngày 23/8/2023 của Bộ Giáo dục và Đào tạo, tổ chức dạy bơi phòng chống đuối nước.\n";

    private static StringContent Text(string text, string type = "text/plain") => new(text, Encoding.UTF8, type);

    [Fact]
    public async Task Without_a_key_401_with_a_wrong_key_403_and_public_reads_need_none()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.Client.SendAsync(admin.Request(HttpMethod.Post, "/api/admin/reindex", key: null))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Client.SendAsync(admin.Request(HttpMethod.Post, "/api/admin/reindex", key: "wrong"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/api/documents")).StatusCode);
    }

    [Theory]
    [InlineData("930_boi.txt", "930_boi.md")]
    [InlineData("931-a.txt", "931.a.txt")]
    public async Task An_upload_whose_id_another_file_has_is_a_409_and_nothing_is_written(string first, string second)
    {
        // "g1.md" then "g1.txt" answered 201 and the upload was skipped; "h.1.txt" beside "h-1.txt" pushed the first out of search.

        var created = await admin.Client.SendAsync(admin.Request(HttpMethod.Put, $"/api/admin/documents/{Uri.EscapeDataString(first)}", content: Text(Directive)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var documentId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentId").GetString()!;
        try
        {
            var clash = await admin.Client.SendAsync(admin.Request(HttpMethod.Put, $"/api/admin/documents/{Uri.EscapeDataString(second)}", content: Text(Directive.Replace("dạy bơi", "dạy vẽ"))));
            Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
            Assert.Equal("application/problem+json", clash.Content.Headers.ContentType?.MediaType);
            Assert.Contains(first, JsonDocument.Parse(await clash.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
            Assert.False(File.Exists(Path.Combine(admin.Corpus, second)));
            Assert.Contains("bơi", (await admin.Client.GetFromJsonAsync<JsonElement>($"/api/documents/{documentId}")).GetProperty("title").GetString());
        }
        finally
        {
            await admin.Client.SendAsync(admin.Request(HttpMethod.Delete, $"/api/admin/documents/{Uri.EscapeDataString(first)}"));
        }
    }

    [Fact]
    public async Task Two_uploads_of_one_id_at_once_give_one_file_the_id_and_the_other_a_409()
    {
        // Both passed the check before either was written: two 201s, and one of the two files silently skipped.
        for (var round = 0; round < 20; round++)
        {
            string[] names = [$"9{round:00}_cung.txt", $"9{round:00}_cung.md"];
            var answers = await Task.WhenAll(names.Select(name =>
                admin.Client.SendAsync(admin.Request(HttpMethod.Put, $"/api/admin/documents/{name}", content: Text(Directive)))));
            try
            {
                Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
                Assert.Single(names, name => File.Exists(Path.Combine(admin.Corpus, name)));
            }
            finally
            {
                foreach (var name in names) await admin.Client.SendAsync(admin.Request(HttpMethod.Delete, $"/api/admin/documents/{name}"));
            }
        }
    }

    [Fact]
    public async Task A_directive_is_added_found_replaced_and_removed()
    {
        const string name = "900_da_nang_day_boi.txt";
        // Asked before the upload, so an answer cached for the old index would show below.
        var before = await admin.Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("dạy bơi"));
        Assert.DoesNotContain("900_da_nang_day_boi", ApiFixture.HitIds(before));
        var quotedBefore = await admin.Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("\"dạy bơi\""));
        Assert.DoesNotContain("900_da_nang_day_boi", ApiFixture.HitIds(quotedBefore));
        var put = await admin.Client.SendAsync(admin.Request(HttpMethod.Put, $"/api/admin/documents/{name}", content: Text(Directive)));
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var search = await admin.Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("dạy bơi"));
        Assert.Contains("900_da_nang_day_boi", ApiFixture.HitIds(search));
        var doc = await admin.Client.GetFromJsonAsync<JsonElement>("/api/documents/900_da_nang_day_boi");
        Assert.Equal("Đà Nẵng", doc.GetProperty("province").GetString());
        Assert.False(Directory.GetFiles(admin.Corpus).Any(f => Path.GetFileName(f).StartsWith('.')), "no temporary file is left in the corpus");

        var quotedAdded = await admin.Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("\"dạy bơi\""));
        Assert.Contains("900_da_nang_day_boi", ApiFixture.HitIds(quotedAdded));
        var replaced = await admin.Client.SendAsync(admin.Request(HttpMethod.Put, $"/api/admin/documents/{name}",
            content: Text(Directive.Replace("dạy bơi", "kỹ năng sống"), "text/markdown")));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var after = await admin.Client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("\"dạy bơi\""));
        Assert.DoesNotContain("900_da_nang_day_boi", ApiFixture.HitIds(after));

        Assert.Equal(HttpStatusCode.OK, (await admin.Client.SendAsync(admin.Request(HttpMethod.Delete, $"/api/admin/documents/{name}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync("/api/documents/900_da_nang_day_boi")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.SendAsync(admin.Request(HttpMethod.Delete, $"/api/admin/documents/{name}"))).StatusCode);
    }

    [Theory]
    [InlineData("../escape.txt", "text/plain", "x", HttpStatusCode.BadRequest)]
    [InlineData("bad name.txt", "text/plain", "x", HttpStatusCode.BadRequest)]
    [InlineData("note.exe", "text/plain", "x", HttpStatusCode.BadRequest)]
    [InlineData("empty.txt", "text/plain", "   ", HttpStatusCode.BadRequest)]
    [InlineData("json.txt", "application/json", "{}", HttpStatusCode.UnsupportedMediaType)]
    public async Task Uploads_are_checked(string name, string type, string body, HttpStatusCode expected)
    {
        var response = await admin.Client.SendAsync(admin.Request(HttpMethod.Put, $"/api/admin/documents/{Uri.EscapeDataString(name)}", content: Text(body, type)));
        Assert.Equal(expected, response.StatusCode);
        // A body of the wrong type is told what to send: this endpoint's types, not another's.
        if (expected == HttpStatusCode.UnsupportedMediaType)
            Assert.Contains("text/plain", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Invalid_UTF8_and_oversized_uploads_are_refused()
    {
        var latin1 = new ByteArrayContent([0x4B, 0xC8, 0x20, 0x48, 0xE1, 0xBA]);
        latin1.Headers.ContentType = new("text/plain");
        var refused = await admin.Client.SendAsync(admin.Request(HttpMethod.Put, "/api/admin/documents/latin.txt", content: latin1));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("save it as UTF-8", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.False(File.Exists(Path.Combine(admin.Corpus, "latin.txt")));
        var huge = Text(new string('a', 5 * 1024 * 1024));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await admin.Client.SendAsync(admin.Request(HttpMethod.Put, "/api/admin/documents/huge.txt", content: huge))).StatusCode);
    }

    [Fact]
    public async Task A_UTF16_upload_with_its_byte_order_mark_is_read_as_a_file_in_the_corpus_would_be()
    {
        const string name = "910_utf16_upload.txt";
        var utf16 = new ByteArrayContent([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Directive.Replace("dạy bơi", "bơi lội xanhlam"))]);
        utf16.Headers.ContentType = new("text/plain");
        Assert.Equal(HttpStatusCode.Created, (await admin.Client.SendAsync(admin.Request(HttpMethod.Put, $"/api/admin/documents/{name}", content: utf16))).StatusCode);
        Assert.Equal(["910_utf16_upload"], ApiFixture.HitIds(await admin.Client.GetFromJsonAsync<JsonElement>("/api/search?q=xanhlam")));
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.SendAsync(admin.Request(HttpMethod.Delete, $"/api/admin/documents/{name}"))).StatusCode);
    }

    [Fact]
    public async Task Searches_during_a_rebuild_all_succeed()
    {
        using var cts = new CancellationTokenSource();
        var statuses = new List<HttpStatusCode>();
        var searching = Task.Run(async () =>
        {
            while (!cts.IsCancellationRequested)
            {
                var r = await admin.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("giáo dục"));
                lock (statuses) statuses.Add(r.StatusCode);
            }
        });
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await admin.Client.SendAsync(admin.Request(HttpMethod.Post, "/api/admin/reindex"))).StatusCode);
        cts.Cancel();
        await searching;
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }
}

public sealed class AdminCorpusGoneTests
{
    [Fact]
    public async Task With_the_corpus_folder_gone_uploads_removals_and_rebuilds_are_503s_saying_so_and_searches_go_on()
    {
        // An unmounted share or a folder moved away: the service must say what is wrong, keep serving, and recover when it is back.
        var corpus = TestPaths.SeedsCopy("gone-corpus");
        using var factory = TestHost.Create(corpus, TestPaths.TempFolder("gone-index"), ("EduPlan:ApiKey", "k"), ("EduPlan:WatchCorpus", "false"));
        using var client = factory.CreateClient();
        await ApiFixture.WaitUntilReady(client);
        var away = corpus + "-away";
        Directory.Move(corpus, away);
        try
        {
            HttpRequestMessage Admin(HttpMethod method, string url, string? text = null)
            {
                var request = new HttpRequestMessage(method, url) { Content = text is null ? null : new StringContent(text, Encoding.UTF8, "text/plain") };
                request.Headers.Add("X-Api-Key", "k");
                return request;
            }
            foreach (var request in new[]
                     {
                         Admin(HttpMethod.Put, "/api/admin/documents/960_da_nang.txt", "KẾ HOẠCH\nDạy bơi an toàn năm học 2024-2025\n\nI. MỤC ĐÍCH\n\n1. Học sinh biết bơi.\n"),
                         Admin(HttpMethod.Delete, "/api/admin/documents/000_c8332dcbed01a365.txt"),
                         Admin(HttpMethod.Post, "/api/admin/reindex"),
                     })
            {
                using var response = await client.SendAsync(request);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
                Assert.Contains(corpus, detail);
                Assert.Contains("does not exist", detail);
            }
            Assert.Equal(5, ApiFixture.HitIds(await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("giáo dục") + "&size=10")).Count);
            Assert.False(File.Exists(Path.Combine(corpus, "960_da_nang.txt")));
        }
        finally
        {
            Directory.Move(away, corpus);
        }
        using var put = new HttpRequestMessage(HttpMethod.Put, "/api/admin/documents/960_da_nang.txt")
        {
            Content = new StringContent("KẾ HOẠCH\nDạy bơi an toàn năm học 2024-2025\n\nI. MỤC ĐÍCH\n\n1. Học sinh biết bơi.\n", Encoding.UTF8, "text/plain"),
        };
        put.Headers.Add("X-Api-Key", "k");
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(put)).StatusCode);
    }
}

public sealed class AdminOffAndLimitsTests : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;
    private HttpClient _client = null!;
    private readonly string _index = TestPaths.TempFolder("index");

    public async Task InitializeAsync()
    {
        _factory = TestHost.Create(TestPaths.Seeds, _index, ("EduPlan:RateLimit:PermitsPerMinute", "30"));
        _client = _factory.CreateClient();
        await ApiFixture.WaitUntilReady(_client);
    }

    [Fact]
    public async Task Admin_routes_are_404_without_a_configured_key_and_never_answer_CORS()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex");
        request.Headers.Add("X-Api-Key", "anything");
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsync(request)).StatusCode);
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/admin/reindex");
        preflight.Headers.Add("Origin", "https://portal.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        Assert.False((await _client.SendAsync(preflight)).Headers.Contains("Access-Control-Allow-Origin"));
        var get = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        get.Headers.Add("Origin", "https://portal.example");
        Assert.Equal("*", (await _client.SendAsync(get)).Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task A_portals_preflight_for_a_search_is_answered_once_an_hour()
    {
        // A portal's fetch with a header of its own (Accept-Language set by script, a tracing header) is preflighted; without a max
        // age, browsers keep the answer seconds at most, and each search cost two round trips.
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/search?q=gi%C3%A1o%20d%E1%BB%A5c");
        preflight.Headers.Add("Origin", "https://portal.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-portal-trace");
        var response = await _client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("3600", response.Headers.GetValues("Access-Control-Max-Age").Single());
    }

    [Fact]
    public async Task A_client_over_the_rate_limit_gets_429_with_Retry_After()
    {
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 40 && limited is null; i++)
        {
            // As a portal's page asks: it must be able to read when to retry.
            var get = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
            get.Headers.Add("Origin", "https://portal.example");
            var r = await _client.SendAsync(get);
            if ((int)r.StatusCode == 429) limited = r;
        }
        Assert.NotNull(limited);
        Assert.True(limited!.Headers.RetryAfter is not null);
        Assert.Contains("Retry-After", limited.Headers.GetValues("Access-Control-Expose-Headers").Single());
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var problem = await limited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("type").GetString()));
        Assert.Contains("retry", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Pages_send_a_content_security_policy_and_nosniff()
    {
        var page = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        _factory?.Dispose();
        try { Directory.Delete(_index, true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}
