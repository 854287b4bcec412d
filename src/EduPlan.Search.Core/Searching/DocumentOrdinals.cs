using EduPlan.Search.Core.Indexing;
using Lucene.Net.Index;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// Each Lucene document's corpus ordinal, segment by segment, held in memory (4 bytes a document). The first
/// pass reads it for every match to count facets; read from the doc values on disk, it was a tenth of that pass.
/// </summary>
internal sealed class DocumentOrdinals
{
    /// <summary>The ordinal of a document that is not in the corpus's table (none is).</summary>
    public const int None = -1;

    private readonly int[][] _byLeaf;

    public DocumentOrdinals(IndexReader reader) => _byLeaf = reader.Leaves.Select(Read).ToArray();

    /// <summary>The ordinals of one segment of the reader this was made from, by segment-relative document.</summary>
    public int[] For(AtomicReaderContext leaf) => _byLeaf[leaf.Ord];

    private static int[] Read(AtomicReaderContext leaf)
    {
        var ordinals = new int[leaf.AtomicReader.MaxDoc];
        var values = leaf.AtomicReader.GetNumericDocValues(IndexFields.Ordinal);
        for (var doc = 0; doc < ordinals.Length; doc++) ordinals[doc] = values is null ? None : (int)values.Get(doc);
        return ordinals;
    }
}
