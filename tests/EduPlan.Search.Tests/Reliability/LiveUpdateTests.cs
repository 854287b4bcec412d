using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Searching;
using EduPlan.Search.Tests.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

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
    public void Two_files_of_one_id_give_it_to_the_first_in_name_order_whichever_arrived_first_as_a_rebuild_does()
    {
        var corpus = TestPaths.SeedsCopy("dup-corpus");
        using var service = new SearchService(new SearchOptions(corpus, TestPaths.TempFolder("dup-index")));
        service.EnsureIndex();
        string? HolderWord() => new[] { "alpacatxt", "alpacamd" }.SingleOrDefault(w =>
            service.Current!.Search(new SearchRequest(w), UserQuery.Parse(w)).Hits.Any(h => h.Document.Id == "300_dup"));
        IEnumerable<string> Skipped() => service.Current!.Manifest!.Problems.Select(p => p.File);

        File.WriteAllText(Path.Combine(corpus, "300_dup.txt"), string.Format(Plan, "alpacatxt"));
        service.ApplyChanges();
        Assert.Equal("alpacatxt", HolderWord());
        // The .md sorts first: it takes the id, as a rebuild would give it, and the .txt is named as skipped.
        File.WriteAllText(Path.Combine(corpus, "300_dup.md"), string.Format(Plan, "alpacamd"));
        service.ApplyChanges();
        Assert.Equal("alpacamd", HolderWord());
        Assert.Contains("300_dup.txt", Skipped());
        Assert.DoesNotContain("300_dup.md", Skipped());
        Assert.Equal(6, service.Current!.Documents.Count);

        service.Rebuild();
        Assert.Equal("alpacamd", HolderWord());
        Assert.Equal(["300_dup.txt"], Skipped());

        // Removed, the .md gives the id back to the .txt at once, not at the next rebuild.
        File.Delete(Path.Combine(corpus, "300_dup.md"));
        service.ApplyChanges();
        Assert.Equal("alpacatxt", HolderWord());
        Assert.Empty(Skipped());
        Assert.Equal(6, service.Current!.Documents.Count);
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
