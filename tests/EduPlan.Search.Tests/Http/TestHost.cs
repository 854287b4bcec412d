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
}
