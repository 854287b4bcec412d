using System.Diagnostics;
using System.Globalization;
using EduPlan.Search.Core.Indexing;

namespace EduPlan.Search.Bench;

/// <summary>Memory, disk and timing figures read from the machine.</summary>
public static class Machine
{
    /// <summary>A "VmRSS"/"VmHWM" line of /proc/PID/status in bytes; null where there is no /proc.</summary>
    public static long? Status(int pid, string key)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith(key + ":", StringComparison.Ordinal))
                    return long.Parse(line[(key.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
    }

    /// <summary>This process's peak resident set: VmHWM, or the peak working set where /proc is missing.</summary>
    public static long PeakRss() => Status(Environment.ProcessId, "VmHWM") ?? Process.GetCurrentProcess().PeakWorkingSet64;

    public static long Rss() => Status(Environment.ProcessId, "VmRSS") ?? Process.GetCurrentProcess().WorkingSet64;

    public static string Mb(long bytes) => bytes >= 1L << 30
        ? $"{bytes / (double)(1L << 30):F2} GB"
        : $"{bytes / (double)(1 << 20):F1} MB";

    public static long FolderBytes(string folder) => Directory.Exists(folder)
        ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
        : 0;

    /// <summary>The size of the index generation in service under an index root, by Lucene file kind.</summary>
    public static (long Total, IReadOnlyList<(string Kind, long Bytes)> Parts) IndexBytes(string indexRoot)
    {
        var current = new IndexLocation(indexRoot).Current();
        var folder = current?.Path ?? indexRoot;
        var files = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
        var parts = files.GroupBy(f => Kind(f.Name)).Select(g => (g.Key, g.Sum(f => f.Length)))
            .OrderByDescending(p => p.Item2).ToList();
        return (files.Sum(f => f.Length), parts);

        static string Kind(string name) => Path.GetExtension(name) switch
        {
            ".fdt" or ".fdx" => "stored fields (.fdt/.fdx)",
            ".pos" => "positions (.pos)",
            ".doc" => "postings (.doc)",
            ".tim" or ".tip" => "terms (.tim/.tip)",
            ".pay" => "payloads/offsets (.pay)",
            ".tvd" or ".tvx" => "term vectors",
            ".nvd" or ".nvm" => "norms",
            ".dvd" or ".dvm" => "doc values",
            ".json" => "graph, manifest, abbreviations (.json)",
            ".cfs" or ".cfe" => "compound segments (.cfs)",
            _ => "other",
        };
    }

    /// <summary>
    /// Runs this bench again with the same arguments in a process whose garbage collector works on the thread that allocates
    /// (workstation, not concurrent), and returns its exit code; null when this process already is that one. A figure "on
    /// one core" must use one: the bench's server GC collects on every core, and on a busy two-core machine it waited for
    /// the other core (extraction 35 MB/s against 46 MB/s with the load of two other processes). With the service's own settings
    /// (<paramref name="settings"/>, its gen0 budget), as the service that extracts at a build runs: with the runtime's default budget,
    /// a few MB on this machine, extraction collected about four times as often and measured a tenth slower (39.3 against 43.9 MB/s).
    /// </summary>
    public static int? OnOneCore(string[] args, IEnumerable<(string Name, string Value)> settings)
    {
        if (!System.Runtime.GCSettings.IsServerGC) return null;
        var info = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(info.FileName) == "dotnet") info.ArgumentList.Add(typeof(Machine).Assembly.Location);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_gcConcurrent"] = "0";
        foreach (var (name, value) in settings) info.Environment[name] = value;
        using var child = Process.Start(info)!;
        child.WaitForExit();
        return child.ExitCode;
    }

    /// <summary>The value at quantile <paramref name="p"/> of sorted values (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[(int)Math.Clamp(Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <summary>A progress line on stderr, at most a few times a second: done/total, rate, MB/s and time left.</summary>
public sealed class ProgressLine(string what) : IProgress<BuildProgress>
{
    private readonly Stopwatch _since = Stopwatch.StartNew();
    private TimeSpan _last = TimeSpan.FromSeconds(-1);
    private readonly bool _interactive = !Console.IsErrorRedirected;

    public void Report(BuildProgress p) => Show(p.Done, p.Total, p.Bytes, p.Elapsed);

    public void Show(int done, int total, long bytes, TimeSpan elapsed)
    {
        var finished = done >= total;
        // A redirected stderr (a log file) gets a line every 10 s, a terminal a refreshed line 4 times a second.
        if (!finished && _since.Elapsed - _last < TimeSpan.FromMilliseconds(_interactive ? 250 : 10_000)) return;
        _last = _since.Elapsed;
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-6);
        var rate = done / seconds;
        var left = rate > 0 ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
        var line = $"{what}: {done:N0}/{total:N0} docs, {rate:F0} docs/s, {bytes / seconds / (1 << 20):F1} MB/s, " +
                   $"{elapsed:hh\\:mm\\:ss} elapsed, {left:hh\\:mm\\:ss} left, RSS {Machine.Mb(Machine.Rss())}";
        if (_interactive) Console.Error.Write("\r" + line.PadRight(118));
        else Console.Error.WriteLine(line);
        if (finished && _interactive) Console.Error.WriteLine();
    }
}
