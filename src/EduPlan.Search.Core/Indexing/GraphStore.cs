using System.Text.Json;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;

namespace EduPlan.Search.Core.Indexing;

/// <summary>A document as kept beside the index: its ordinal in the Lucene index, its metadata and its citations.</summary>
public sealed record StoredDocument(int Ordinal, DocumentInfo Info, List<Citation> Citations);

/// <summary>
/// Keeps the documents' metadata and citations beside the Lucene index, so opening an index rebuilds
/// the graph without re-reading the corpus. Written to a temporary file and renamed: never half-written.
/// </summary>
public static class GraphStore
{
    public const string FileName = "citations.json";

    public static void Save(string directory, IEnumerable<StoredDocument> documents)
    {
        var path = Path.Combine(directory, FileName);
        var temp = path + $".{Guid.NewGuid():N}.tmp";
        using (var stream = File.Create(temp))
        {
            JsonSerializer.Serialize(stream, documents.OrderBy(d => d.Ordinal).ToList());
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    public static List<StoredDocument> Load(string directory)
    {
        using var stream = File.OpenRead(Path.Combine(directory, FileName));
        return JsonSerializer.Deserialize<List<StoredDocument>>(stream) ?? [];
    }
}
