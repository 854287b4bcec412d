using EduPlan.Search.Core.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace EduPlan.Search.Tests.Core;

/// <summary>A full build merges nothing while it adds documents, then everything at once into two segments of about equal size.</summary>
public sealed class BuildMergePolicyTests
{
    [Fact]
    public void Nothing_is_merged_while_documents_are_added()
    {
        using var directory = new RAMDirectory();
        using var writer = Writer(directory);
        Add(writer, documents: 40, sizeOf: _ => 100);
        writer.WaitForMerges();
        writer.Commit();

        // Two documents a segment: Lucene's default policy would have merged the twenty flushed segments by now.
        Assert.Equal(20, Segments(directory).Count);
    }

    [Fact]
    public void The_end_of_a_build_leaves_two_segments_of_about_equal_size_with_every_document()
    {
        using var directory = new RAMDirectory();
        using (var writer = Writer(directory))
        {
            // Segments of unequal sizes, as the last flush of a build is small.
            Add(writer, documents: 33, sizeOf: i => i < 20 ? 2_000 : 200);
            writer.ForceMerge(BuildMergePolicy.FinalSegments);
            writer.Commit();
        }

        var segments = Segments(directory);
        Assert.Equal(2, segments.Count);
        Assert.Equal(33, segments.Sum(s => s.Info.DocCount));
        var sizes = segments.Select(s => s.GetSizeInBytes()).Order().ToList();
        Assert.True(sizes[1] < sizes[0] * 1.5, $"segment sizes {sizes[0]} and {sizes[1]}");
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(Enumerable.Range(0, 33).Select(i => $"d{i}").ToHashSet(), Enumerable.Range(0, reader.MaxDoc).Select(d => reader.Document(d).Get("id")).ToHashSet());
    }

    [Fact]
    public void A_build_with_no_more_segments_than_the_end_keeps_them_as_they_are()
    {
        using var directory = new RAMDirectory();
        using (var writer = Writer(directory, maxBufferedDocs: 100))
        {
            Add(writer, documents: 5, sizeOf: _ => 100);
            writer.ForceMerge(BuildMergePolicy.FinalSegments);
            writer.Commit();
        }
        var segment = Assert.Single(Segments(directory));
        Assert.Equal("_0", segment.Info.Name); // flushed, not rewritten
    }

    private static IndexWriter Writer(Lucene.Net.Store.Directory directory, int maxBufferedDocs = 2) =>
        new(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, IndexFields.CreateAnalyzer())
        {
            MaxBufferedDocs = maxBufferedDocs,
            RAMBufferSizeMB = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            MergePolicy = new BuildMergePolicy(),
            MergeScheduler = BuildMergePolicy.Scheduler(),
            UseCompoundFile = false,
        });

    private static void Add(IndexWriter writer, int documents, Func<int, int> sizeOf)
    {
        for (var i = 0; i < documents; i++)
            writer.AddDocument(new Document
            {
                new StringField("id", $"d{i}", Field.Store.YES),
                new TextField(IndexFields.Leveled(IndexFields.Body, Search.Core.Text.MarkLevel.Folded),
                    string.Join(' ', Enumerable.Range(0, sizeOf(i)).Select(w => $"w{i}x{w}")), Field.Store.NO),
            });
    }

    private static List<SegmentCommitInfo> Segments(Lucene.Net.Store.Directory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.ToList();
    }
}
