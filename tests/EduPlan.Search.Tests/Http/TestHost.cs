using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EduPlan.Search.Tests.Http;

/// <summary>The real service configured for a test: its corpus, its own index folder, and any other setting.</summary>
public static class TestHost
{
    public static WebApplicationFactory<Program> Create(string corpus, string index, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("EduPlan:CorpusPath", corpus);
            b.UseSetting("EduPlan:IndexPath", index);
            b.UseSetting("EduPlan:RateLimit:PermitsPerMinute", "0");
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });

    /// <summary>The service over a corpus of these files alone, its index built and answering.</summary>
    public static async Task<ServedCorpus> ServeAsync(string name, params (string File, string Text)[] files)
    {
        var corpus = TestPaths.TempFolder(name);
        foreach (var (file, text) in files) File.WriteAllText(Path.Combine(corpus, file), text);
        var served = new ServedCorpus(Create(corpus, TestPaths.TempFolder(name + "-index")));
        await ApiFixture.WaitUntilReady(served.Client);
        return served;
    }
}

/// <summary>A service started by <see cref="TestHost.ServeAsync"/> and its client, disposed together.</summary>
public sealed class ServedCorpus(WebApplicationFactory<Program> factory) : IDisposable
{
    public HttpClient Client { get; } = factory.CreateClient();

    public void Dispose()
    {
        Client.Dispose();
        factory.Dispose();
    }
}
