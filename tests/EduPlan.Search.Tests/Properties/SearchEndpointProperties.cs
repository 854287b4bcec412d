using System.Net;
using System.Text.Json;
using EduPlan.Search.Tests.Http;
using FsCheck.Xunit;

namespace EduPlan.Search.Tests.Properties;

/// <summary>/api/search through the real HTTP stack over the seeds, with random queries.</summary>
[Collection(ApiCollection.Name)]
public sealed class SearchEndpointProperties(ApiFixture api)
{
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 120)]
    public void Any_query_answers_200_or_400_never_5xx(QueryText input)
    {
        var (status, body) = Search(input.Value);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {(int)status}: {body}");
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 40)]
    public void Hard_text_as_a_query_answers_200_or_400_never_5xx(HardText input)
    {
        var (status, body) = Search(input.Value);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {(int)status}: {body}");
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 80)]
    public void Nfc_and_nfd_forms_of_a_query_find_the_same_documents_in_the_same_order(QueryText input)
    {
        var nfc = Search(Unicode.Nfc(input.Value));
        var nfd = Search(Unicode.Nfd(input.Value));
        Assert.True(nfc.Status == nfd.Status,
            $"NFC ({Unicode.Nfc(input.Value).Length} chars) answered {(int)nfc.Status}, NFD ({Unicode.Nfd(input.Value).Length} chars) answered {(int)nfd.Status}: {nfd.Body}");
        if (nfc.Status != HttpStatusCode.OK) return;
        // An answer cut short by its time bound holds what was found by then: on a loaded machine the two may differ, and say so.
        if (Partial(nfc.Body) || Partial(nfd.Body)) return;
        Assert.Equal(Ids(nfc.Body), Ids(nfd.Body));
    }

    private (HttpStatusCode Status, string Body) Search(string q) =>
        Task.Run(async () =>
        {
            using var response = await api.Client.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}").ConfigureAwait(false);
            return (response.StatusCode, await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        }).GetAwaiter().GetResult();

    private static List<string> Ids(string body) => ApiFixture.HitIds(JsonDocument.Parse(body).RootElement);

    private static bool Partial(string body) => JsonDocument.Parse(body).RootElement.GetProperty("partial").GetBoolean();
}
