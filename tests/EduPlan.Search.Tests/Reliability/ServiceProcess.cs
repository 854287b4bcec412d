using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EduPlan.Search.Tests.Reliability;

/// <summary>The real service as a child process on a loopback port, so a test can kill it (SIGKILL) at any moment.</summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;

    public Uri Address { get; }
    public int Id => _process.Id;
    public HttpClient Client { get; }

    private ServiceProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Starts the service's dll, by default in the folder it is built in (<paramref name="workingDirectory"/> for another).</summary>
    public static ServiceProcess Start(string corpus, string index, string? apiKey = null, string? workingDirectory = null)
    {
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "EduPlan.Search.Api.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", $"http://127.0.0.1:{port}", $"--EduPlan:CorpusPath={corpus}", $"--EduPlan:IndexPath={index}",
                     "--EduPlan:RateLimit:PermitsPerMinute=0", $"--EduPlan:ApiKey={apiKey ?? ""}", "--Logging:LogLevel:Default=Warning" })
            info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(process, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>Waits for /healthz 200; with <paramref name="current"/>, until the index is also up to date with the corpus.</summary>
    public async Task WaitUntilReady(TimeSpan timeout, bool current = false)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the service exited with code {_process.ExitCode}");
            try
            {
                var response = await Client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK && (!current || !(await response.Content.ReadAsStringAsync()).Contains("\"rebuilding\""))) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(50);
        }
        throw new TimeoutException("the service did not become ready");
    }

    /// <summary>SIGKILL: no shutdown code runs, as when the machine loses power or the OOM killer strikes.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        Kill();
        Client.Dispose();
        _process.Dispose();
    }
}
