using System.Net;

namespace EduPlan.Search.Tests.Reliability;

/// <summary>What the real server (Kestrel, as deployed) sends: the page whichever folder it starts in, HEAD without a body.</summary>
public sealed class WebRootTests
{
    [Fact]
    public async Task A_service_started_from_another_folder_serves_its_page_widget_and_OpenSearch_description()
    {
        var elsewhere = TestPaths.TempFolder("elsewhere");
        using var service = ServiceProcess.Start(TestPaths.Seeds, TestPaths.TempFolder("elsewhere-index"), workingDirectory: elsewhere);
        await service.WaitUntilReady(TimeSpan.FromSeconds(60));

        var page = await service.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<script", await page.Content.ReadAsStringAsync());
        var widget = await service.Client.GetAsync("/embed.js");
        Assert.Equal(HttpStatusCode.OK, widget.StatusCode);
        Assert.Contains("/embed.js", await (await service.Client.GetAsync("/embed")).Content.ReadAsStringAsync());
        var description = await service.Client.GetStringAsync("/opensearch.xml");
        Assert.Contains($"{service.Address.GetLeftPart(UriPartial.Authority)}/?q={{searchTerms}}", description);
    }

    [Fact]
    public async Task The_server_answers_HEAD_on_the_API_with_its_headers_and_no_body()
    {
        using var service = ServiceProcess.Start(TestPaths.Seeds, TestPaths.TempFolder("head-index"));
        await service.WaitUntilReady(TimeSpan.FromSeconds(60));
        var head = await service.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/search?q=" + Uri.EscapeDataString("giáo dục")));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("application/json", head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
