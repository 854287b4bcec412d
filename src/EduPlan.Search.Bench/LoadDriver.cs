using System.Collections.Concurrent;
using System.Diagnostics;

namespace EduPlan.Search.Bench;

/// <summary>What one load level gave: searches done, failures by kind, throughput and latency quantiles.</summary>
public sealed record LoadFigures(
    string Engine, int Clients, int Searches, int Failures, IReadOnlyDictionary<string, int> FailureKinds,
    double Seconds, double P50, double P95, double P99, double Max)
{
    /// <summary>Answers (2xx) whose total differs from the same query's answer on an idle service.</summary>
    public int Different => FailureKinds.GetValueOrDefault(DifferentKind);

    public const string DifferentKind = "total differs from the idle answer";

    public double PerSecond => Searches / Seconds;

    public static string Header =>
        $"{"engine",-26} {"clients",7} {"searches",9} {"per s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"failed",7} {"differ",7}";

    public override string ToString() =>
        $"{Engine,-26} {Clients,7} {Searches,9} {PerSecond,8:F1} {P50,8:F2} {P95,8:F2} {P99,8:F2} {Max,8:F1} {Failures,7} {Different,7}" +
        (FailureKinds.Count == 0 ? "" : "  (" + string.Join(", ", FailureKinds.Select(k => $"{k.Key}: {k.Value}")) + ")");
}

/// <summary>
/// Closed-loop load: N clients, each sending its next search as soon as the previous one answered, the
/// query mix in order from a different starting point per client, for a fixed time after a warm-up.
/// </summary>
public static class LoadDriver
{
    /// <summary>Over HTTP: every answer read in full; every non-2xx and every exception (timeouts too) is a failure.</summary>
    /// <remarks>
    /// With <paramref name="expectedTotals"/>, each answer's "total" is compared with the query's total on
    /// an idle service; a difference is counted apart (<see cref="LoadFigures.Different"/>): it is what a
    /// per-query time limit that cuts collection short under load would cause.
    /// </remarks>
    public static async Task<LoadFigures> Http(string engine, HttpClient client, string baseUrl, IReadOnlyList<BenchQuery> mix,
        int clients, TimeSpan duration, TimeSpan warmup, IReadOnlyDictionary<BenchQuery, int>? expectedTotals = null)
    {
        if (warmup > TimeSpan.Zero) await RunHttp(client, baseUrl, mix, clients, warmup, null);
        var run = await RunHttp(client, baseUrl, mix, clients, duration, expectedTotals);
        var figures = Summarise(engine, clients, run);
        // A wrong total is not a failed request: count it in FailureKinds only.
        return figures with { Failures = figures.Failures - figures.Different };
    }

    private static async Task<Run> RunHttp(HttpClient client, string baseUrl, IReadOnlyList<BenchQuery> mix, int clients, TimeSpan duration,
        IReadOnlyDictionary<BenchQuery, int>? expectedTotals)
    {
        var failures = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async c =>
        {
            await Task.Yield();
            var latencies = new List<double>(4096);
            var i = c * 7;
            while (clock.Elapsed < duration)
            {
                var query = mix[i++ % mix.Count];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(baseUrl + query.Path, HttpCompletionOption.ResponseContentRead);
                    if (!response.IsSuccessStatusCode) failures.AddOrUpdate($"HTTP {(int)response.StatusCode}", 1, (_, n) => n + 1);
                    else if (expectedTotals is not null && expectedTotals.TryGetValue(query, out var expected)
                             && Total(await response.Content.ReadAsByteArrayAsync()) != expected)
                        failures.AddOrUpdate(LoadFigures.DifferentKind, 1, (_, n) => n + 1);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    failures.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                }
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            return latencies;
        }).ToList();
        var all = await Task.WhenAll(workers);
        return new Run(all.SelectMany(l => l).ToList(), failures, clock.Elapsed.TotalSeconds);
    }

    private static readonly byte[] TotalKey = "\"total\":"u8.ToArray();

    /// <summary>The "total" of a search answer, read without parsing the whole JSON.</summary>
    private static int Total(byte[] body)
    {
        var at = body.AsSpan().IndexOf(TotalKey);
        if (at < 0) return -1;
        var value = 0;
        for (var i = at + TotalKey.Length; i < body.Length && body[i] is >= (byte)'0' and <= (byte)'9'; i++) value = value * 10 + body[i] - '0';
        return value;
    }

    /// <summary>In this process, on threads of their own (the engines' calls are synchronous); a search returning false gave a different total than when idle.</summary>
    public static LoadFigures InProcess(string engine, Func<int, Func<BenchQuery, bool>> searcherForClient, IReadOnlyList<BenchQuery> mix,
        int clients, TimeSpan duration, TimeSpan warmup)
    {
        if (warmup > TimeSpan.Zero) RunThreads(searcherForClient, mix, clients, warmup);
        var figures = Summarise(engine, clients, RunThreads(searcherForClient, mix, clients, duration));
        return figures with { Failures = figures.Failures - figures.Different };
    }

    private static Run RunThreads(Func<int, Func<BenchQuery, bool>> searcherForClient, IReadOnlyList<BenchQuery> mix, int clients, TimeSpan duration)
    {
        var failures = new ConcurrentDictionary<string, int>();
        var results = new List<double>[clients];
        var start = new Barrier(clients + 1);
        var clock = new Stopwatch();
        var threads = Enumerable.Range(0, clients).Select(c => new Thread(() =>
        {
            var search = searcherForClient(c);
            var latencies = new List<double>(4096);
            var i = c * 7;
            start.SignalAndWait();
            while (clock.Elapsed < duration)
            {
                var query = mix[i++ % mix.Count];
                var t = Stopwatch.GetTimestamp();
                try
                {
                    if (!search(query)) failures.AddOrUpdate(LoadFigures.DifferentKind, 1, (_, n) => n + 1);
                }
                catch (Exception e)
                {
                    failures.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                }
                latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            results[c] = latencies;
        }) { IsBackground = true }).ToList();
        foreach (var t in threads) t.Start();
        clock.Start();
        start.SignalAndWait();
        clock.Restart();
        foreach (var t in threads) t.Join();
        return new Run(results.SelectMany(l => l).ToList(), failures, clock.Elapsed.TotalSeconds);
    }

    private sealed record Run(List<double> Latencies, ConcurrentDictionary<string, int> Failures, double Seconds);

    private static LoadFigures Summarise(string engine, int clients, Run run)
    {
        run.Latencies.Sort();
        var l = run.Latencies;
        return new LoadFigures(engine, clients, l.Count, run.Failures.Values.Sum(),
            run.Failures.ToDictionary(p => p.Key, p => p.Value), run.Seconds,
            Machine.Percentile(l, 0.50), Machine.Percentile(l, 0.95), Machine.Percentile(l, 0.99), l.Count == 0 ? double.NaN : l[^1]);
    }
}
