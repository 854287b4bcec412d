using EduPlan.Search.Core.Citations;

namespace EduPlan.Search.Tests.Core;

/// <summary>citations.dat keeps each document's citations compressed: they must come back as they went in, and damage must say so.</summary>
public sealed class CitationFileTests
{
    private const string Text =
        "Căn cứ Quyết định số 2457/QĐ-BGDĐT ngày 23/8/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo; thực hiện Chỉ thị số 29-CT/TW.";

    [Fact]
    public void Records_read_back_as_written_beside_each_other()
    {
        var folder = TestPaths.TempFolder("citations");
        try
        {
            var first = DocumentCitations.Extract(Text, "Lai Châu");
            var second = DocumentCitations.Extract("Theo Kế hoạch số 633/KH-UBND.", "Bắc Giang");
            Assert.NotEmpty(first);
            CitationRecord a, b;
            using (var file = CitationFile.OpenForAppend(folder))
            {
                a = file.Append(first);
                b = file.Append(second);
                file.FlushToDisk();
            }
            using var read = CitationFile.OpenForRead(folder);
            Assert.Equal(first.Select(StoredCitation.From), read.Read(a));
            Assert.Equal(second.Select(StoredCitation.From), read.Read(b));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_damaged_record_is_reported_as_damaged()
    {
        var folder = TestPaths.TempFolder("citations");
        try
        {
            CitationRecord record;
            using (var file = CitationFile.OpenForAppend(folder))
                record = file.Append(DocumentCitations.Extract(Text, null));
            var path = Path.Combine(folder, CitationFile.FileName);
            var bytes = File.ReadAllBytes(path);
            for (var i = 4; i < bytes.Length; i++) bytes[i] ^= 0x5A;
            File.WriteAllBytes(path, bytes);
            using var read = CitationFile.OpenForRead(folder);
            Assert.Throws<InvalidDataException>(() => read.Read(record));
            Assert.Throws<InvalidDataException>(() => read.Read(record with { Length = record.Length + 10 }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
