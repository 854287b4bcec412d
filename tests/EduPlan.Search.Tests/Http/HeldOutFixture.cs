using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EduPlan.Search.Tests.Http;

/// <summary>The real service over the twenty-seven held-out directives (Data/heldout), which the engine was not tuned on.</summary>
public sealed class HeldOutFixture : IAsyncLifetime
{
    private readonly string _index = TestPaths.TempFolder("heldout");
    private WebApplicationFactory<Program>? _factory;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _factory = TestHost.Create(Path.Combine(TestPaths.Data, "heldout"), _index);
        Client = _factory.CreateClient();
        await ApiFixture.WaitUntilReady(Client);
    }

    public async Task<JsonElement> Get(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        _factory?.Dispose();
        try { Directory.Delete(_index, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class HeldOutCollection : ICollectionFixture<HeldOutFixture>
{
    public const string Name = "held-out";
}
