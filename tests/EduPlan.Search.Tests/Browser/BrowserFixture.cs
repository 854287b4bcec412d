using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EduPlan.Search.Tests.Browser;

/// <summary>
/// The real service over the real seeds on Kestrel, listening on a real loopback port so that a
/// real browser can reach it (the in-memory TestServer of <see cref="Http.ApiFixture"/> cannot be).
/// Its index lives in a fresh temporary folder.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    public string IndexPath { get; } = TestPaths.TempFolder("browser-index");

    /// <summary>Origin of the service, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>A client talking to the service through the real socket.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Where screenshots go: $EDUPLAN_TEST_OUTPUT, else &lt;repo&gt;/artifacts/screenshots.</summary>
    public static string OutputFolder { get; } = CreateOutputFolder();

    public async Task InitializeAsync()
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("EduPlan:CorpusPath", TestPaths.Seeds);
            b.UseSetting("EduPlan:IndexPath", IndexPath);
            b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory = factory;
        factory.StartServer();

        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
                      ?? throw new InvalidOperationException("Kestrel reported no http address: " + string.Join(", ", addresses));
        BaseUrl = new Uri(address).GetLeftPart(UriPartial.Authority);

        Client = new HttpClient { BaseAddress = new Uri(BaseUrl + "/"), Timeout = TimeSpan.FromSeconds(30) };
        await Http.ApiFixture.WaitUntilReady(Client);
    }

    /// <summary>Starts headless Chromium, failing (never skipping) with a clear message when it is not installed.</summary>
    public static async Task<Chromium> LaunchBrowserAsync(int width = 1280, int height = 900)
    {
        if (!Chromium.IsAvailable)
        {
            Assert.Fail($"Chromium not found at {Chromium.ExecutablePath}. The browser tests need it: install chromium: " +
                        "apt-get install -y chromium (or point EDUPLAN_CHROMIUM at a Chromium/Chrome executable).");
        }
        return await Chromium.LaunchAsync(width, height);
    }

    public static string ScreenshotPath(string name) => Path.Combine(OutputFolder, name + ".png");

    private static string CreateOutputFolder()
    {
        var folder = Environment.GetEnvironmentVariable("EDUPLAN_TEST_OUTPUT") is { Length: > 0 } env
            ? Path.GetFullPath(env)
            : Path.Combine(TestPaths.Repository, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        try { Directory.Delete(IndexPath, recursive: true); } catch (IOException) { }
    }
}

/// <summary>
/// A stand-in for a third-party portal: a tiny Kestrel app on another loopback port (so another
/// origin) that serves one static HTML page.
/// </summary>
public sealed class PortalHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PortalHost(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Origin of the portal, e.g. http://127.0.0.1:45678.</summary>
    public string BaseUrl { get; }

    public static async Task<PortalHost> StartAsync(string html)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = app.Urls.First(u => u.StartsWith("http://", StringComparison.Ordinal));
        return new PortalHost(app, new Uri(address).GetLeftPart(UriPartial.Authority));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
