using EduPlan.Search.Core.Indexing;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace EduPlan.Search.Tests.Core;

/// <summary>The index read by pointer from its maps reads what Lucene's own file reader reads, and fails as a file does.</summary>
public sealed class MappedDirectoryTests : IDisposable
{
    private readonly string _folder = TestPaths.TempFolder("mapped");

    public void Dispose()
    {
        try { System.IO.Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Theory]
    [InlineData(true)]  // a compound file: every part a slice of one map
    [InlineData(false)]
    public void An_index_read_through_its_maps_answers_as_read_from_its_files(bool compound)
    {
        Write(compound, documents: 300);
        using var mapped = DirectoryReader.Open(new MappedDirectory(new DirectoryInfo(_folder)));
        using var files = DirectoryReader.Open(new NIOFSDirectory(new DirectoryInfo(_folder)));
        Assert.Equal(compound, System.IO.Directory.GetFiles(_folder, "*.cfs").Length > 0);

        Assert.Equal(files.NumDocs, mapped.NumDocs);
        foreach (var query in new Query[]
                 {
                     new TermQuery(new Term("body", "giáo")),
                     new PhraseQuery { new Term("body", "phổ"), new Term("body", "cập") },
                     new TermQuery(new Term("body", "w17")),
                 })
        {
            var expected = new IndexSearcher(files).Search(query, 1000);
            var actual = new IndexSearcher(mapped).Search(query, 1000);
            Assert.True(expected.TotalHits > 0, $"{query} finds nothing to compare");
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
        }
        for (var doc = 0; doc < files.MaxDoc; doc += 37)
            Assert.Equal(files.Document(doc).Get("body"), mapped.Document(doc).Get("body"));
    }

    [Fact]
    public void Numbers_read_from_a_map_are_the_numbers_written()
    {
        using (var output = new NIOFSDirectory(new DirectoryInfo(_folder)).CreateOutput("numbers", IOContext.DEFAULT))
        {
            output.WriteInt16(-2);
            output.WriteInt32(int.MinValue + 7);
            output.WriteInt64(long.MaxValue - 11);
            output.WriteVInt32(300);
            output.WriteVInt64(1L << 40);
            output.WriteString("Phổ cập giáo dục");
        }
        using var input = new MappedDirectory(new DirectoryInfo(_folder)).OpenInput("numbers", IOContext.DEFAULT);
        Assert.Equal((short)-2, input.ReadInt16());
        Assert.Equal(int.MinValue + 7, input.ReadInt32());
        Assert.Equal(long.MaxValue - 11, input.ReadInt64());
        Assert.Equal(300, input.ReadVInt32());
        Assert.Equal(1L << 40, input.ReadVInt64());
        Assert.Equal("Phổ cập giáo dục", input.ReadString());
        Assert.Equal(input.Length, input.Position);
    }

    [Fact]
    public void Reading_past_the_end_of_a_file_or_a_slice_is_an_end_of_stream()
    {
        File.WriteAllBytes(Path.Combine(_folder, "ten"), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        File.WriteAllBytes(Path.Combine(_folder, "empty"), []);
        var directory = new MappedDirectory(new DirectoryInfo(_folder));
        using var input = directory.OpenInput("ten", IOContext.DEFAULT);
        input.Seek(10); // at the end is allowed
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.Seek(11));
        input.Seek(6);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt64());
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[8], 0, 8));

        using var slicer = directory.CreateSlicer("ten", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("middle", 3, 4);
        Assert.Equal(3, slice.ReadByte());
        slice.Seek(3);
        Assert.Equal(6, slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<ArgumentException>(() => slicer.OpenSlice("beyond", 8, 4));

        using var empty = directory.OpenInput("empty", IOContext.DEFAULT);
        Assert.Equal(0, empty.Length);
        Assert.Throws<EndOfStreamException>(() => empty.ReadByte());
        Assert.Throws<FileNotFoundException>(() => directory.OpenInput("missing", IOContext.DEFAULT));
    }

    [Fact]
    public void A_clone_reads_on_its_own_and_still_reads_after_its_file_is_closed()
    {
        File.WriteAllBytes(Path.Combine(_folder, "ten"), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        var directory = new MappedDirectory(new DirectoryInfo(_folder));
        var input = directory.OpenInput("ten", IOContext.DEFAULT);
        input.Seek(2);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(2, clone.ReadByte());
        Assert.Equal(2, input.Position); // the original did not move
        input.Dispose();
        directory.Dispose();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // A clone used past its index's life reads the file, as the map lives as long as something reads it.
        Assert.Equal(3, clone.ReadByte());
    }

    private void Write(bool compound, int documents)
    {
        using var directory = new NIOFSDirectory(new DirectoryInfo(_folder));
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))
        {
            UseCompoundFile = compound,
            MergePolicy = compound ? new LogDocMergePolicy { NoCFSRatio = 1.0 } : NoMergePolicy.NO_COMPOUND_FILES,
        };
        using var writer = new IndexWriter(directory, config);
        var words = new[] { "phổ", "cập", "giáo", "dục", "tiểu", "học", "xóa", "mù", "chữ" };
        for (var i = 0; i < documents; i++)
        {
            var body = string.Join(' ', Enumerable.Range(0, 20 + i % 50).Select(k => k % 7 == 3 ? $"w{(i + k) % 41}" : words[(i * 7 + k) % words.Length]));
            writer.AddDocument(new Document { new TextField("body", body, Field.Store.YES) });
            if (i % 97 == 96) writer.Commit(); // several segments
        }
        writer.Commit();
    }
}
