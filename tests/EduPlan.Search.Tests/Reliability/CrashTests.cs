using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Searching;

namespace EduPlan.Search.Tests.Reliability;

public sealed class CrashTests
{
    private const string Key = "crash-test-key";

    private static string Directive(int i, int version) =>
        $"KẾ HOẠCH\nPhòng chống đuối nước cho học sinh, đợt {i}\n\nSơn La, ngày 5 tháng 9 năm 2024\n\n" +
        $"I. MỤC ĐÍCH\n\n1. Triển khai kế hoạch số {i}: từ khóa kiemtra{i}x{version} để tìm lại văn bản này.\n" +
        string.Concat(Enumerable.Repeat($"Nội dung mở rộng của đợt {i} phiên bản {version}, bảo đảm an toàn trường học.\n\n", 200));

    [Fact]
    public async Task Killing_the_service_during_uploads_and_rebuilds_loses_nothing_and_serves_no_half_file()
    {
        var corpus = TestPaths.SeedsCopy("crash-corpus");
        var index = TestPaths.TempFolder("crash-index");
        var random = new Random(20261123);
        var acknowledged = new Dictionary<string, string>(); // file → the text the service confirmed
        var sent = new Dictionary<string, List<string>>();    // file → every text it may hold

        for (var round = 0; round < 20; round++)
        {
            using var service = ServiceProcess.Start(corpus, index, Key);
            await service.WaitUntilReady(TimeSpan.FromSeconds(60));
            var name = $"crash_{round % 7}.txt";
            var text = Directive(round % 7, round);
            sent.TryAdd(name, []);
            sent[name].Add(text);
            var request = round % 3 == 2
                ? new HttpRequestMessage(HttpMethod.Post, "/api/admin/reindex")
                : new HttpRequestMessage(HttpMethod.Put, $"/api/admin/documents/{name}") { Content = new StringContent(text, Encoding.UTF8, "text/plain") };
            request.Headers.Add("X-Api-Key", Key);
            var call = service.Client.SendAsync(request);
            await Task.Delay(random.Next(0, 400));
            // Only an answer already received counts as acknowledged; awaiting a completed task does not block.
            var finished = call.IsCompletedSuccessfully && (await call).IsSuccessStatusCode;
            service.Kill();
            if (finished && request.Method == HttpMethod.Put) acknowledged[name] = text;
        }

        using (var final = ServiceProcess.Start(corpus, index, Key))
        {
            await final.WaitUntilReady(TimeSpan.FromSeconds(60), current: true);
            Assert.DoesNotContain(Directory.GetFiles(corpus), f => Path.GetFileName(f).StartsWith('.'));

            // No half-written file: every crash file holds one complete version that was sent.
            foreach (var file in Directory.GetFiles(corpus, "crash_*.txt"))
                Assert.Contains(File.ReadAllText(file), sent[Path.GetFileName(file)]);
            // Nothing acknowledged is lost, and the index agrees with the corpus.
            foreach (var (name, text) in acknowledged)
                Assert.True(File.Exists(Path.Combine(corpus, name)), $"{name} was acknowledged but is gone");
            var ids = (await final.Client.GetFromJsonAsync<JsonElement>("/api/documents")).EnumerateArray()
                .Select(d => d.GetProperty("id").GetString()!).Order().ToList();
            Assert.Equal(Directory.GetFiles(corpus).Select(f => CorpusReader.IdOf(Path.GetFileName(f))).Order().ToList(), ids);
            foreach (var file in Directory.GetFiles(corpus, "crash_*.txt"))
            {
                var word = File.ReadAllText(file).Split(' ', '\n').First(w => w.StartsWith("kiemtra"));
                var hits = await final.Client.GetFromJsonAsync<JsonElement>($"/api/search?q={word}");
                Assert.Equal([CorpusReader.IdOf(Path.GetFileName(file))], hits.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("document").GetProperty("id").GetString()));
            }
        }
        foreach (var dir in new[] { corpus, index }) try { Directory.Delete(dir, true); } catch (IOException) { }
    }

    [Fact]
    public void A_damaged_index_is_detected_at_start_and_rebuilt()
    {
        var index = TestPaths.TempFolder("damaged");
        using (var first = new SearchService(new SearchOptions(TestPaths.Seeds, index))) first.EnsureIndex();
        var generation = new IndexLocation(index).Current()!;
        foreach (var file in Directory.GetFiles(generation.Path, "*.cfs").Concat(Directory.GetFiles(generation.Path, "segments*")))
            File.WriteAllBytes(file, [1, 2, 3]);

        using var second = new SearchService(new SearchOptions(TestPaths.Seeds, index));
        second.EnsureIndex();
        Assert.NotNull(second.Current);
        Assert.Equal(5, second.Current!.Documents.Count);
        Assert.NotEqual(generation.Name, second.Current.Generation.Name);
        Assert.NotEmpty(second.Current.Search(new SearchRequest("giáo dục"), UserQuery.Parse("giáo dục")).Hits);
    }

    [Fact]
    public async Task When_a_rebuild_fails_the_health_endpoint_says_why_and_the_old_index_keeps_serving()
    {
        var corpus = TestPaths.SeedsCopy("vanishing");
        var index = TestPaths.TempFolder("vanishing-index");
        using (var first = new SearchService(new SearchOptions(corpus, index))) first.EnsureIndex();
        Directory.Delete(corpus, recursive: true);

        using var service = ServiceProcess.Start(corpus, index);
        await service.WaitUntilReady(TimeSpan.FromSeconds(60));
        var health = await service.Client.GetFromJsonAsync<JsonElement>("/healthz");
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Contains("does not exist", health.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/api/search?q=gi%C3%A1o%20d%E1%BB%A5c")).StatusCode);
    }
}
