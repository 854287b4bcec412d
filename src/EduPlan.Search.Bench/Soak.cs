using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace EduPlan.Search.Bench;

/// <summary>
/// `bench soak [--requests N] [--clients C]`: the real service on a copy of the seeds, hammered over
/// loopback with a mix of good and hostile requests and live uploads; it counts every 5xx, checks that
/// no acknowledged upload is lost, and samples the service's memory after warm-up and at the end.
/// </summary>
public static class Soak
{
    private const string Key = "soak-admin-key";

    public static async Task<int> Run(string[] args, string repo)
    {
        var requests = int.TryParse(Option(args, "--requests"), out var r) ? r : 100_000;
        var clients = int.TryParse(Option(args, "--clients"), out var c) ? c : 32;
        var work = Path.Combine(Path.GetTempPath(), $"eduplan-soak-{Guid.NewGuid():N}");
        var corpus = Path.Combine(work, "corpus");
        Directory.CreateDirectory(corpus);
        foreach (var file in Directory.GetFiles(Path.Combine(repo, "seeds"))) File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        Console.WriteLine($"EduPlan.Search bench soak — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {requests:N0} requests, {clients} clients");

        using var service = ServiceProcess.Start(ServiceProcess.ApiDll(repo), corpus, Path.Combine(work, "index"), Path.Combine(work, "service.log"),
            $"--EduPlan:ApiKey={Key}", "--Logging:LogLevel:Default=Warning");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2 }) { BaseAddress = new Uri(service.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        await service.WaitHealthy(http, TimeSpan.FromMinutes(2));
        await service.WaitSettled(http, TimeSpan.FromMinutes(2));

        var statuses = new Dictionary<string, int>();
        var acknowledged = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(); // id → present
        var next = -1;
        long? warmRss = null;
        var samples = new List<(int At, long Rss)>();
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var random = new Random(client);
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                if (i == requests / 10) warmRss = service.Rss;
                if (i > 0 && i % (requests / 10) == 0 && service.Rss is { } sample) lock (samples) samples.Add((i, sample));
                string kind;
                HttpResponseMessage? response = null;
                try
                {
                    (kind, response) = await Send(http, i, random, acknowledged);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    kind = "transport error: " + e.GetType().Name;
                }
                var key = response is null ? kind : $"{(int)response.StatusCode / 100}xx";
                if (response is not null && (int)response.StatusCode >= 500) key = $"5xx on {kind}";
                lock (statuses) statuses[key] = statuses.GetValueOrDefault(key) + 1;
                response?.Dispose();
                if (i % 10_000 == 0) Console.Error.Write($"\r{i:N0}/{requests:N0} requests, {i / clock.Elapsed.TotalSeconds:F0}/s, RSS {Machine.Mb(service.Rss ?? 0)}   ");
            }
        })).ToList();
        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed;
        var endRss = service.Rss;
        Console.Error.WriteLine();

        // No acknowledged upload lost: each is served, each deleted one is gone.
        var lost = 0;
        foreach (var (id, present) in acknowledged)
        {
            var status = (await http.GetAsync($"/api/documents/{id}")).StatusCode;
            if (present != (status == HttpStatusCode.OK)) lost++;
        }

        Console.WriteLine($"\n{requests:N0} requests in {elapsed.TotalSeconds:F0} s ({requests / elapsed.TotalSeconds:F0}/s) at {clients} clients");
        foreach (var (status, count) in statuses.OrderBy(s => s.Key)) Console.WriteLine($"  {status,-40} {count,9:N0}");
        var errors = statuses.Where(s => s.Key.StartsWith("5xx") || s.Key.StartsWith("transport")).Sum(s => s.Value);
        Console.WriteLine($"5xx and transport errors: {errors}");
        Console.WriteLine($"upload names checked at the end: {acknowledged.Count}, lost or wrong: {lost}");
        Console.WriteLine($"service RSS after warm-up (10% of requests) {Machine.Mb(warmRss ?? 0)}, at the end {Machine.Mb(endRss ?? 0)}, peak {Machine.Mb(service.PeakRss ?? 0)}");
        Console.WriteLine("RSS every tenth: " + string.Join(", ", samples.OrderBy(x => x.At).Select(x => $"{x.At / 1000}k {Machine.Mb(x.Rss)}")));
        var secondHalf = samples.Where(x => x.At >= requests / 2).Select(x => x.Rss).ToList();
        if (secondHalf.Count > 0) Console.WriteLine($"second half: RSS from {Machine.Mb(secondHalf.Min())} to {Machine.Mb(secondHalf.Max())}");
        try { Directory.Delete(work, true); } catch (IOException) { }
        return errors == 0 && lost == 0 ? 0 : 1;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> NameGates = new();

    private static readonly string[] Good =
    [
        "/api/search?q=ph%E1%BB%95%20c%E1%BA%ADp%20gi%C3%A1o%20d%E1%BB%A5c", "/api/search?q=pho%20cap%20giao%20duc", "/api/search?q=2457%2FQD-BGDDT",
        "/api/search?q=%22x%C3%B3a%20m%C3%B9%20ch%E1%BB%AF%22&province=Lai%20Ch%C3%A2u", "/api/search?q=PCGD", "/api/search?q=phoor%20caapj",
        "/api/documents", "/api/documents/004_970504c9909e9c8f", "/api/documents/001_b90b1eee829502d5/citations",
        "/api/instruments?q=2457%20BGD%C4%90T", "/api/instruments/2457-qd-bgddt-2023", "/api/graph?focus=2457-qd-bgddt-2023&depth=2",
        "/api/abbreviations", "/healthz", "/", "/embed.js",
    ];

    private static readonly string[] Hostile =
    [
        "/api/search", "/api/search?q=%22unbalanced", "/api/search?q=title%3A(", "/api/search?q=*%3A*", "/api/search?q=a&size=1000",
        "/api/search?q=a&page=0", "/api/search?q=%00%07%1B", "/api/documents/..%2F..%2Fetc%2Fpasswd", "/api/instruments/%2e%2e",
        "/api/graph?focus=nope&depth=99", "/api/search?q=" + new string('x', 5000), "/api/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    ];

    private static async Task<(string Kind, HttpResponseMessage Response)> Send(HttpClient http, int i, Random random,
        System.Collections.Concurrent.ConcurrentDictionary<string, bool> acknowledged)
    {
        switch (i % 20)
        {
            case 0 when i % 200 == 0:
            {
                // A live upload over one of ten names (the corpus keeps its size, so memory should not grow),
                // remembered once acknowledged; every other one is deleted again.
                var name = $"soak_{i / 200 % 10}.txt";
                // One upload per name at a time, so the state recorded here is the order the service saw.
                var gate = NameGates.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
                await gate.WaitAsync();
                try
                {
                var request = new HttpRequestMessage(HttpMethod.Put, $"/api/admin/documents/{name}")
                {
                    Content = new StringContent($"KẾ HOẠCH\nKiểm tra tải số {i}\n\nHuế, ngày 1 tháng 9 năm 2025\n\nI. MỤC ĐÍCH\n\n1. Từ khóa soaktest{i}.\n", Encoding.UTF8, "text/plain"),
                };
                request.Headers.Add("X-Api-Key", Key);
                var response = await http.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    var id = Path.GetFileNameWithoutExtension(name);
                    acknowledged[id] = true;
                    if (i % 400 == 0)
                    {
                        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/admin/documents/{name}");
                        delete.Headers.Add("X-Api-Key", Key);
                        if ((await http.SendAsync(delete)).IsSuccessStatusCode) acknowledged[id] = false;
                    }
                }
                return ("upload", response);
                }
                finally
                {
                    gate.Release();
                }
            }
            case 1:
                return ("extract", await http.PostAsJsonAsync("/api/citations/extract", new { text = "Căn cứ Quyết định số 2457/QĐ-BGDĐT ngày 23/8/2023", province = "Huế" }));
            case 2:
            {
                var junk = new byte[random.Next(1, 4096)];
                random.NextBytes(junk);
                return ("binary extract", await http.PostAsync("/api/citations/extract", new ByteArrayContent(junk)));
            }
            case 3:
                return ("admin without key", await http.PostAsync("/api/admin/reindex", null));
            case >= 4 and < 8:
                return ("hostile", await http.GetAsync(Hostile[random.Next(Hostile.Length)]));
            default:
                return ("good", await http.GetAsync(Good[random.Next(Good.Length)]));
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
