using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EduPlan.Search.Tests.Http;

namespace EduPlan.Search.Tests.Reliability;

/// <summary>What staff drop into the corpus folder besides clean UTF-8: each file is read or skipped with why, never the service.</summary>
public sealed class CorpusFileTests
{
    private const string Plan = "KẾ HOẠCH\nTổ chức hội thi {0} cấp tỉnh năm học 2024-2025\n\nLào Cai, ngày 2 tháng 10 năm 2024\n\n" +
                                "I. MỤC ĐÍCH\n\n1. Thực hiện Quyết định số 2457/QĐ-BGDĐT ngày 23/8/2023 của Bộ Giáo dục và Đào tạo.\n";

    [Fact]
    public async Task Unreadable_files_are_skipped_with_their_reason_and_marked_UTF16_is_read()
    {
        var corpus = TestPaths.SeedsCopy("odd-corpus");
        var index = TestPaths.TempFolder("odd-index");
        // Notepad's "Unicode" (UTF-16 LE with its mark) and big-endian UTF-16: the mark says what they are.
        File.WriteAllBytes(Path.Combine(corpus, "900_utf16le.txt"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(string.Format(Plan, "kemchuaxanh"))]);
        File.WriteAllBytes(Path.Combine(corpus, "901_utf16be.txt"), [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(string.Format(Plan, "dauvangtim"))]);
        // Windows-1258 has no mark and reads as wrong letters in any other encoding: refused, not guessed.
        File.WriteAllBytes(Path.Combine(corpus, "902_cp1258.txt"), [0x4B, 0xC8, 0x20, 0x48, 0x4F, 0xD5, 0x43, 0x48, 0x0A]);
        File.WriteAllBytes(Path.Combine(corpus, "903_empty.txt"), []);
        File.WriteAllBytes(Path.Combine(corpus, "904_binary.md"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]);
        using var factory = TestHost.Create(corpus, index);
        using var client = factory.CreateClient();
        await ApiFixture.WaitUntilReady(client);

        var health = await client.GetFromJsonAsync<JsonElement>("/healthz");
        Assert.Equal(7, health.GetProperty("documents").GetInt32());
        var skipped = health.GetProperty("skipped").EnumerateArray().ToDictionary(s => s.GetProperty("file").GetString()!, s => s.GetProperty("reason").GetString()!);
        Assert.Equal(["902_cp1258.txt", "903_empty.txt", "904_binary.md"], skipped.Keys.Order());
        Assert.Contains("not valid UTF-8", skipped["902_cp1258.txt"]);
        Assert.Contains("Windows-1258", skipped["902_cp1258.txt"]);
        Assert.Contains("empty", skipped["903_empty.txt"]);
        Assert.Contains("binary", skipped["904_binary.md"]);

        foreach (var (word, id) in new[] { ("kemchuaxanh", "900_utf16le"), ("dauvangtim", "901_utf16be") })
        {
            var response = await client.GetAsync("/api/search?q=" + word);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([id], ApiFixture.HitIds(await response.Content.ReadFromJsonAsync<JsonElement>()));
            var document = await client.GetFromJsonAsync<JsonElement>("/api/documents/" + id);
            Assert.Equal("Lào Cai", document.GetProperty("province").GetString());
            Assert.StartsWith("Kế hoạch tổ chức hội thi", document.GetProperty("title").GetString());
        }
        // The decision the UTF-16 plans implement knows them as its citers.
        var cited = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("2457/QĐ-BGDĐT") + "&size=50");
        Assert.Contains("900_utf16le", ApiFixture.HitIds(cited));
        Assert.Contains("901_utf16be", ApiFixture.HitIds(cited));
    }
}
