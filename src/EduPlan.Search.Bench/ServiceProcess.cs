using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EduPlan.Search.Bench;

/// <summary>
/// The real service as a child process: `dotnet EduPlan.Search.Api.dll --urls http://127.0.0.1:PORT
/// --EduPlan:CorpusPath=DIR --EduPlan:IndexPath=IDX`, its output kept in a log file, stopped (with its
/// children) when disposed.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    public string BaseUrl { get; }
    public int Pid => _process.Id;
    public Stopwatch SinceStart { get; }
    public bool HasExited => _process.HasExited;

    private ServiceProcess(Process process, string baseUrl, StreamWriter log, Stopwatch since)
    {
        _process = process;
        BaseUrl = baseUrl;
        _log = log;
        SinceStart = since;
    }

    /// <summary>
    /// The service's dll in Release, built from the working tree first (a no-op when it is up to date). A service built before the
    /// last change to the core measured another program: one whose index format was older than the bench's rebuilt the bench's index
    /// under the load, and its figures (a third of the throughput, 1.16 GB) were the rebuild's.
    /// </summary>
    public static string ApiDll(string repository)
    {
        var dll = Path.Combine(repository, "src", "EduPlan.Search.Api", "bin", "Release", "net10.0", "EduPlan.Search.Api.dll");
        Console.WriteLine($"building the service: dotnet build src/EduPlan.Search.Api -c Release");
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", Path.Combine(repository, "src", "EduPlan.Search.Api"), "-c", "Release", "--nologo", "-v", "q"])
        {
            WorkingDirectory = repository,
            UseShellExecute = false,
        })!;
        build.WaitForExit();
        if (build.ExitCode != 0 || !File.Exists(dll)) throw new InvalidOperationException($"the service could not be built ({dll} missing)");
        return dll;
    }

    public static ServiceProcess Start(string dll, string corpus, string index, string logFile, params string[] settings)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet",
            // The per-client rate limit is off: every request of the benchmark comes from 127.0.0.1.
            [dll, "--urls", url, $"--EduPlan:CorpusPath={corpus}", $"--EduPlan:IndexPath={index}", "--EduPlan:RateLimit:PermitsPerMinute=0", .. settings])
        {
            // The project folder is the content root `dotnet run` gives it (wwwroot, appsettings.json).
            WorkingDirectory = ProjectFolder(dll),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment.Remove("ASPNETCORE_URLS");
        // The environment `dotnet run` gives it (the GC's settings among it), so the service measured is the service the README runs.
        foreach (var (name, value) in LaunchEnvironment(info.WorkingDirectory)) info.Environment[name] = value;
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var since = Stopwatch.StartNew();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(process, url, log, since);
    }

    /// <summary>
    /// The garbage collector's settings of the service's launch profile (its gen0 budget): the service builds and updates the index, and
    /// so extracts citations, with them.
    /// </summary>
    public static IEnumerable<(string Name, string Value)> GcSettings(string repository) =>
        LaunchEnvironment(Path.Combine(repository, "src", "EduPlan.Search.Api")).Where(v => v.Name.StartsWith("DOTNET_GC", StringComparison.OrdinalIgnoreCase));

    /// <summary>The environment variables of the project's launch profile (Properties/launchSettings.json).</summary>
    private static IEnumerable<(string Name, string Value)> LaunchEnvironment(string projectFolder)
    {
        var path = Path.Combine(projectFolder, "Properties", "launchSettings.json");
        if (!File.Exists(path)) yield break;
        using var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        foreach (var profile in settings.RootElement.GetProperty("profiles").EnumerateObject())
            if (profile.Value.TryGetProperty("environmentVariables", out var variables))
                foreach (var variable in variables.EnumerateObject()) yield return (variable.Name, variable.Value.GetString() ?? "");
    }

    /// <summary>Polls /healthz until it answers 200; the time since the process started.</summary>
    public async Task<TimeSpan> WaitHealthy(HttpClient client, TimeSpan timeout)
    {
        while (SinceStart.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the service exited with code {_process.ExitCode}; see its log");
            try
            {
                using var response = await client.GetAsync(BaseUrl + "/healthz");
                if (response.StatusCode == HttpStatusCode.OK) return SinceStart.Elapsed;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(20);
        }
        throw new TimeoutException($"/healthz did not answer 200 within {timeout.TotalSeconds:F0} s");
    }

    /// <summary>Waits until /healthz says "ok": a service still comparing its index with the corpus, or rebuilding it, is not measured.</summary>
    public async Task WaitSettled(HttpClient client, TimeSpan timeout)
    {
        var said = "";
        while (SinceStart.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the service exited with code {_process.ExitCode}; see its log");
            try
            {
                said = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(BaseUrl + "/healthz")).RootElement.GetProperty("status").GetString() ?? "";
                if (said == "ok") return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"/healthz said \"{said}\", not \"ok\", for {timeout.TotalSeconds:F0} s: the service is rebuilding its index (see its log)");
    }

    private static string ProjectFolder(string dll)
    {
        var project = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dll)!, "..", "..", ".."));
        return File.Exists(Path.Combine(project, "EduPlan.Search.Api.csproj")) ? project : Path.GetDirectoryName(dll)!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public long? Rss => Machine.Status(Pid, "VmRSS");
    public long? PeakRss => Machine.Status(Pid, "VmHWM");

    /// <summary>"RSS 900 MB (300 MB heap and code, 600 MB index pages mapped by Lucene: file-backed, reclaimable)".</summary>
    public string RssText() => Machine.Status(Pid, "RssFile") is { } file && Rss is { } rss
        ? $"{Machine.Mb(rss)} ({Machine.Mb(rss - file)} anonymous, {Machine.Mb(file)} file-backed)"
        : Machine.Mb(Rss ?? 0);

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
        lock (_log) _log.Dispose();
    }
}
