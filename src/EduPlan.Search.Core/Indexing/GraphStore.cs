using System.Text.Json;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;

namespace EduPlan.Search.Core.Indexing;

/// <summary>Keeps the documents' metadata and citations beside the Lucene index, so opening an index rebuilds the graph without re-reading the corpus.</summary>
public static class GraphStore
{
    public const string FileName = "citations.json";

    private sealed record Entry(DocumentInfo Info, List<Citation> Citations);

    public static void Save(string directory, IReadOnlyList<DocumentInfo> infos, IReadOnlyDictionary<string, List<Citation>> citations)
    {
        var path = Path.Combine(directory, FileName);
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, infos.Select(i => new Entry(i, citations[i.Id])).ToList());
    }

    public static (List<DocumentInfo> Infos, CitationGraph Graph) Load(string directory)
    {
        using var stream = File.OpenRead(Path.Combine(directory, FileName));
        var entries = JsonSerializer.Deserialize<List<Entry>>(stream) ?? [];
        return (entries.Select(e => e.Info).ToList(), CitationGraph.Build(entries.Select(e => (e.Info, e.Citations))));
    }
}
