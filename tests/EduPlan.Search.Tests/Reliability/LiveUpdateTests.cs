using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Searching;
using EduPlan.Search.Tests.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace EduPlan.Search.Tests.Reliability;

public sealed class LiveUpdateTests
{
    private const string Plan = "KẾ HOẠCH\nTổ chức ngày hội đọc sách năm học 2024-2025\n\nĐiện Biên, ngày 2 tháng 10 năm 2024\n\nI. MỤC ĐÍCH\n\n1. Khuyến khích học sinh {0} đọc sách.\n";

    [Fact]
    public async Task A_file_added_changed_or_removed_is_reindexed_alone_while_searches_go_on()
    {
        var corpus = TestPaths.SeedsCopy("live-corpus");
        var index = TestPaths.TempFolder("live-index");
        using var factory = TestHost.Create(corpus, index);
        using var client = factory.CreateClient();
        await ApiFixture.WaitUntilReady(client);
        var generation = (await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("generation").GetString();

        using var cts = new CancellationTokenSource();
        var statuses = new List<HttpStatusCode>();
        var searching = Task.Run(async () =>
        {
            while (!cts.IsCancellationRequested)
            {
                var r = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("giáo dục"));
                lock (statuses) statuses.Add(r.StatusCode);
            }
        });

        var path = Path.Combine(corpus, "950_dien_bien_doc_sach.txt");
        await File.WriteAllTextAsync(path, string.Format(Plan, "hoangdaxanh"));
        Assert.True(await Eventually(async () => ApiFixture.HitIds(await Search(client, "hoangdaxanh")).SequenceEqual(["950_dien_bien_doc_sach"])));

        await File.WriteAllTextAsync(path, string.Format(Plan, "tramanhsang"));
        Assert.True(await Eventually(async () => ApiFixture.HitIds(await Search(client, "tramanhsang")).Count == 1));
        Assert.Empty(ApiFixture.HitIds(await Search(client, "hoangdaxanh")));

        File.Delete(path);
        Assert.True(await Eventually(async () => (await client.GetAsync("/api/documents/950_dien_bien_doc_sach")).StatusCode == HttpStatusCode.NotFound));

        cts.Cancel();
        await searching;
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        // Re-indexed in place: the same generation, not a rebuild of the whole corpus.
        Assert.Equal(generation, (await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("generation").GetString());
        Assert.Equal(5, (await client.GetFromJsonAsync<JsonElement>("/api/documents")).GetArrayLength());
    }

    [Fact]
    public void Only_the_changed_file_is_read_again()
    {
        var corpus = TestPaths.SeedsCopy("delta-corpus");
        using var service = new SearchService(new SearchOptions(corpus, TestPaths.TempFolder("delta-index")));
        service.EnsureIndex();
        File.AppendAllText(Path.Combine(corpus, "000_c8332dcbed01a365.txt"), "\n\nPhụ lục: từ khóa bosungcuoivanban.\n");
        var result = service.ApplyChanges()!;
        Assert.Equal(1, result.Changed);
        Assert.Equal(0, result.Removed);
        var hits = service.Current!.Search(new SearchRequest("bosungcuoivanban"), UserQuery.Parse("bosungcuoivanban")).Hits;
        Assert.Equal("000_c8332dcbed01a365", Assert.Single(hits).Document.Id);
        Assert.Equal(5, service.Current.Documents.Count);
        Assert.NotNull(service.Current.Graph.Find("2457-qd-bgddt-2023"));
        Assert.Equal(3, service.Current.Graph.CitedByCount("2457-qd-bgddt-2023"));
    }

    [Fact]
    public void An_index_swapped_out_stays_open_for_the_work_still_reading_it_and_closes_when_the_last_of_it_ends()
    {
        var corpus = TestPaths.SeedsCopy("lease-corpus");
        using var service = new SearchService(new SearchOptions(corpus, TestPaths.TempFolder("lease-index")));
        service.EnsureIndex();
        var first = service.Current!;
        var reading = service.Lease()!;
        Assert.Same(first, reading.Index);

        var added = Path.Combine(corpus, "952_dien_bien.txt");
        File.WriteAllText(added, string.Format(Plan, "mayngansongda"));
        Assert.Equal(1, service.ApplyChanges()!.Changed);
        Assert.NotSame(first, service.Current);
        // The request that began before the update finishes on the index it began on, as it was.
        Assert.False(first.IsClosed);
        Assert.NotEmpty(reading.Index.Search(new SearchRequest("giáo dục"), UserQuery.Parse("giáo dục")).Hits);
        Assert.Empty(reading.Index.Search(new SearchRequest("mayngansongda"), UserQuery.Parse("mayngansongda")).Hits);
        Assert.NotNull(reading.Index.Graph.Find("2457-qd-bgddt-2023"));
        reading.Dispose();
        // It closes with that request, not seconds later: kept 10 s each, a burst of uploads held old indexes by the hundred.
        Assert.True(first.IsClosed);

        // Nobody reading: the index swapped out closes at once.
        var second = service.Current!;
        File.Delete(added);
        Assert.Equal(1, service.ApplyChanges()!.Removed);
        Assert.True(second.IsClosed);
        using var lease = service.Lease()!;
        Assert.Same(service.Current, lease.Index);
        Assert.Empty(lease.Index.Search(new SearchRequest("mayngansongda"), UserQuery.Parse("mayngansongda")).Hits);
    }

    [Fact]
    public async Task Searches_views_and_lookups_during_a_burst_of_uploads_all_succeed_on_the_index_they_began_on()
    {
        // Each upload swaps in a new index and closes the old one as soon as no request reads it: a request must hold the one
        // it began on to its end (a search's passages, a document's citations, an instrument's citing documents).
        var corpus = TestPaths.SeedsCopy("burst-corpus");
        using var factory = TestHost.Create(corpus, TestPaths.TempFolder("burst-index"), ("EduPlan:ApiKey", "k"), ("EduPlan:WatchCorpus", "false"), ("EduPlan:ResultCache", "false"));
        using var client = factory.CreateClient();
        await ApiFixture.WaitUntilReady(client);
        // No result cache: every answer is computed on the index in service.
        string[] reads =
        [
            "/api/search?q=" + Uri.EscapeDataString("phổ cập giáo dục"), "/api/search?q=" + Uri.EscapeDataString("\"kế hoạch\" năm học"),
            "/api/documents/000_c8332dcbed01a365?q=" + Uri.EscapeDataString("giáo dục"), "/api/documents/000_c8332dcbed01a365/citations",
            "/api/instruments/2457-qd-bgddt-2023", "/api/instruments?q=2457", "/api/facets", "/api/graph?focus=2457-qd-bgddt-2023",
        ];
        using var uploading = new CancellationTokenSource();
        var failures = new List<string>();
        var done = 0;
        var readers = Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            for (var i = n; !uploading.IsCancellationRequested; i++)
            {
                var url = reads[i % reads.Length];
                using var response = await client.GetAsync(url);
                lock (failures)
                {
                    done++;
                    if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{url}: {(int)response.StatusCode}");
                }
            }
        })).ToList();
        for (var round = 0; round < 15; round++)
        {
            using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/admin/documents/953_dien_bien_{round % 3}.txt")
            {
                Content = new StringContent(string.Format(Plan, $"vongtron{round}"), System.Text.Encoding.UTF8, "text/plain"),
            };
            put.Headers.Add("X-Api-Key", "k");
            using var answer = await client.SendAsync(put);
            Assert.True(answer.IsSuccessStatusCode, $"upload {round}: {(int)answer.StatusCode}");
        }
        uploading.Cancel();
        await Task.WhenAll(readers);
        Assert.True(done > 20, $"only {done} requests ran during the uploads");
        Assert.True(failures.Count == 0, $"{failures.Count} of {done} requests failed: {string.Join("; ", failures.Distinct().Take(5))}");
        Assert.Equal(["953_dien_bien_2"], ApiFixture.HitIds(await Search(client, "vongtron14")));
    }

    [Fact]
    public void The_watchers_poll_compares_the_corpus_with_the_manifest_the_index_opened_with_and_repairs_the_file()
    {
        var corpus = TestPaths.SeedsCopy("poll-corpus");
        using var service = new SearchService(new SearchOptions(corpus, TestPaths.TempFolder("poll-index")));
        service.EnsureIndex();
        // Reading the manifest's file again every half-minute grew a service of 100,000 documents by 140 MB at each poll;
        // what the index opened with answers the same, and a file damaged on disk meanwhile does not stop updates.
        Assert.NotNull(service.Current!.Manifest); // read beside the index as it opens
        var onDisk = Path.Combine(service.Current.Generation.Path, IndexManifest.FileName);
        File.WriteAllText(onDisk, "{ not json");
        Assert.Equal(0, service.ApplyChanges()!.Changed);

        File.WriteAllText(Path.Combine(corpus, "951_dien_bien.txt"), string.Format(Plan, "thuyentrenhsong"));
        var result = service.ApplyChanges()!;
        Assert.Equal(1, result.Changed);
        Assert.Single(service.Current!.Search(new SearchRequest("thuyentrenhsong"), UserQuery.Parse("thuyentrenhsong")).Hits);
        Assert.True(IndexManifest.Load(service.Current.Generation.Path)!.Matches(new CorpusReader(corpus).Files()));
    }

    [Fact]
    public async Task A_file_dropped_beside_the_served_one_with_its_id_is_skipped_and_named_as_an_upload_is_refused_and_a_rebuild_agrees()
    {
        // "x.md" dropped beside the served "x.txt" replaced the served document (the .md sorts first), while the same through the
        // API answered 409: what was served depended on the way the file came. The served file keeps the id whichever way.
        var corpus = TestPaths.SeedsCopy("dup-corpus");
        var logged = new LogCapture();
        using var factory = TestHost.Create(corpus, TestPaths.TempFolder("dup-index"), ("EduPlan:ApiKey", AdminFixture.Key))
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logged)));
        using var client = factory.CreateClient();
        await ApiFixture.WaitUntilReady(client);
        async Task<string?> Source()
        {
            var response = await client.GetAsync("/api/documents/300_dup");
            return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("source").GetString() : null;
        }
        async Task<Dictionary<string, string>> Skipped() => (await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("skipped")
            .EnumerateArray().ToDictionary(p => p.GetProperty("file").GetString()!, p => p.GetProperty("reason").GetString()!);
        async Task<HttpStatusCode> Send(HttpMethod method, string url, string? text = null)
        {
            using var request = new HttpRequestMessage(method, url) { Content = text is null ? null : new StringContent(text, System.Text.Encoding.UTF8, "text/plain") };
            request.Headers.Add("X-Api-Key", AdminFixture.Key);
            return (await client.SendAsync(request)).StatusCode;
        }
        async Task ServedIsTheTxtAndTheMdNamed()
        {
            Assert.EndsWith("/300_dup.txt", await Source());
            Assert.Single(ApiFixture.HitIds(await Search(client, "alpacatxt")));
            Assert.Empty(ApiFixture.HitIds(await Search(client, "alpacamd")));
            var skipped = await Skipped();
            Assert.Equal(["300_dup.md"], skipped.Keys);
            Assert.Contains("300_dup.txt", skipped["300_dup.md"]);
        }

        await File.WriteAllTextAsync(Path.Combine(corpus, "300_dup.txt"), string.Format(Plan, "alpacatxt"));
        Assert.True(await Eventually(async () => await Source() is not null));
        await File.WriteAllTextAsync(Path.Combine(corpus, "300_dup.md"), string.Format(Plan, "alpacamd"));
        Assert.True(await Eventually(async () => (await Skipped()).Count > 0));
        await ServedIsTheTxtAndTheMdNamed();
        Assert.Contains(logged.Messages, m => m.Contains("300_dup.md") && m.Contains("300_dup.txt"));
        Assert.Equal(6, (await client.GetFromJsonAsync<JsonElement>("/api/documents")).GetArrayLength());

        // The upload names the file that is served: the newcomer is refused, the served file may be replaced.
        Assert.Equal(HttpStatusCode.Conflict, await Send(HttpMethod.Put, "/api/admin/documents/300_dup.md", string.Format(Plan, "alpacamd")));
        Assert.Equal(HttpStatusCode.OK, await Send(HttpMethod.Put, "/api/admin/documents/300_dup.txt", string.Format(Plan, "alpacatxt")));
        await ServedIsTheTxtAndTheMdNamed();

        // A full rebuild serves what the updates served.
        Assert.Equal(HttpStatusCode.OK, await Send(HttpMethod.Post, "/api/admin/reindex"));
        await ServedIsTheTxtAndTheMdNamed();

        // Removed, the .txt gives the id to the .md at once, not at the next rebuild.
        File.Delete(Path.Combine(corpus, "300_dup.txt"));
        Assert.True(await Eventually(async () => (await Source())?.EndsWith("/300_dup.md") == true));
        Assert.Single(ApiFixture.HitIds(await Search(client, "alpacamd")));
        Assert.Empty(await Skipped());
        Assert.Equal(6, (await client.GetFromJsonAsync<JsonElement>("/api/documents")).GetArrayLength());
    }

    [Fact]
    public void A_file_added_beside_the_served_one_while_the_service_was_stopped_is_skipped_whether_the_index_is_updated_or_rebuilt()
    {
        var corpus = TestPaths.SeedsCopy("dup-start-corpus");
        var index = TestPaths.TempFolder("dup-start-index");
        File.WriteAllText(Path.Combine(corpus, "300_dup.txt"), string.Format(Plan, "alpacatxt"));
        using (var first = new SearchService(new SearchOptions(corpus, index))) first.EnsureIndex();
        File.WriteAllText(Path.Combine(corpus, "300_dup.md"), string.Format(Plan, "alpacamd"));

        using var service = new SearchService(new SearchOptions(corpus, index));
        service.EnsureIndex();
        void ServedIsTheTxt()
        {
            Assert.EndsWith("/300_dup.txt", service.Current!.Find("300_dup")!.Source);
            Assert.Equal(["300_dup.md"], service.Current.Manifest!.Problems.Select(p => p.File));
        }
        ServedIsTheTxt();
        service.Rebuild();
        ServedIsTheTxt();
        // With no index to say which file was served, the first in name order takes the id.
        using var fresh = new SearchService(new SearchOptions(corpus, TestPaths.TempFolder("dup-fresh-index")));
        fresh.EnsureIndex();
        Assert.EndsWith("/300_dup.md", fresh.Current!.Find("300_dup")!.Source);
        Assert.Equal(["300_dup.txt"], fresh.Current.Manifest!.Problems.Select(p => p.File));
    }

    [Fact]
    public async Task An_index_opened_at_start_is_never_said_up_to_date_before_the_files_added_since_are_in()
    {
        var corpus = TestPaths.SeedsCopy("start-corpus");
        var index = TestPaths.TempFolder("start-index");
        using (var first = new SearchService(new SearchOptions(corpus, index))) first.EnsureIndex();
        File.WriteAllText(Path.Combine(corpus, "ngay_hoi_doc_sach.txt"), string.Format(Plan, "khithemvao"));

        // What /healthz reads ("ok" when an index serves and nothing is being built), polled while the service starts.
        using var service = new SearchService(new SearchOptions(corpus, index));
        var starting = Task.Run(() => service.EnsureIndex());
        var stale = 0;
        while (!starting.IsCompleted)
            // The same index before and after reading IsBuilding: it was the one in service while the service said so.
            if (service.Current is { } current && !service.IsBuilding && current.Find("ngay_hoi_doc_sach") is null && ReferenceEquals(current, service.Current)) stale++;
        await starting;
        Assert.Equal(0, stale);
        Assert.NotNull(service.Current!.Find("ngay_hoi_doc_sach"));
    }

    /// <summary>The service's log, as an operator reads it.</summary>
    private sealed class LogCapture : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Messages { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Logger(Messages);
        public void Dispose() { }

        private sealed class Logger(System.Collections.Concurrent.ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }

    [Fact]
    public async Task After_an_update_the_index_it_replaced_has_its_files_unmapped()
    {
        if (!OperatingSystem.IsLinux()) return; // a process's maps are read from /proc
        var corpus = TestPaths.SeedsCopy("unmap-corpus");
        var index = TestPaths.TempFolder("unmap-index");
        using var service = ServiceProcess.Start(corpus, index);
        await service.WaitUntilReady(TimeSpan.FromSeconds(60), current: true);
        Assert.NotEmpty(ApiFixture.HitIds(await Search(service.Client, "giáo dục")));
        File.WriteAllText(Path.Combine(corpus, "952_doc_sach.txt"), string.Format(Plan, "bandocmoi"));
        Assert.True(await Eventually(async () => ApiFixture.HitIds(await Search(service.Client, "bandocmoi")).Count == 1));

        // The index files as the service maps them: each once, by the index in service, once the one it replaced has closed. The
        // service's server collector may make no full collection for hours; until one, the old maps stayed beside the new.
        int MostMapped() => File.ReadLines($"/proc/{service.Id}/maps").Where(line => line.Contains(Path.GetFullPath(index), StringComparison.Ordinal))
            .GroupBy(line => line[(line.IndexOf('/'))..]).Select(g => g.Count()).DefaultIfEmpty(0).Max();
        Assert.True(await Eventually(() => Task.FromResult(MostMapped() == 1)), $"an index file is mapped {MostMapped()} times a minute after the update");
    }

    private static Task<JsonElement> Search(HttpClient client, string q) => client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(q));

    /// <summary>Whether the condition comes true within a minute: twenty seconds were not enough on a machine running four test suites at once.</summary>
    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 600; i++)
        {
            if (await condition()) return true;
            await Task.Delay(100);
        }
        return false;
    }
}
