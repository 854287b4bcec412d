using System.Text;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;

namespace EduPlan.Search.Core.Indexing;

/// <summary>A document as kept beside the index: its ordinal in the Lucene index, its metadata and where its citations are.</summary>
public sealed record StoredDocument(int Ordinal, DocumentInfo Info, CitationRecord Citations);

/// <summary>What <see cref="GraphStore"/> keeps: the documents in ordinal order, the graph, and (read for updates only) the mentions it was built from.</summary>
public sealed record StoredGraph(IReadOnlyList<StoredDocument> Documents, GraphData Graph, IReadOnlyDictionary<int, Mention[]> Mentions);

/// <summary>
/// Keeps the documents' metadata and the computed citation graph beside the Lucene index, in one binary
/// file read straight into memory when an index opens: documents, then the graph (nodes, edges, who cites
/// what), then the mentions the graph was built from, which only an update reads, to build it again.
/// The citations themselves are in <see cref="CitationFile"/>. Written to a temporary file and renamed:
/// never half-written.
/// </summary>
public static class GraphStore
{
    public const string FileName = "graph.bin";
    private const int Magic = 0x31475045; // "EPG1"

    /// <summary>Builds the graph of <paramref name="documents"/> (in ordinal order) from their mentions and saves it with them.</summary>
    public static void Save(string directory, IReadOnlyList<StoredDocument> documents, IReadOnlyDictionary<int, Mention[]> mentions)
    {
        var graph = GraphBuilder.Build(documents.Select(d => new GraphDocument(d.Ordinal, d.Info, mentions.GetValueOrDefault(d.Ordinal) ?? [])));
        var path = Path.Combine(directory, FileName);
        var temp = path + $".{Guid.NewGuid():N}.tmp";
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
        {
            using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                w.Write(Magic);
                w.Write(documents.Count);
                foreach (var d in documents)
                {
                    w.Write(d.Ordinal);
                    Write(w, d.Info);
                    w.Write(d.Citations.At);
                    w.Write(d.Citations.Length);
                }

                var relations = graph.Edges.Select(e => e.Relation).Concat(mentions.Values.SelectMany(m => m.Select(x => x.Relation)))
                    .Distinct().ToList();
                var relationIndex = Indexes(relations);
                WriteList(w, relations, w.Write);

                var nodeIndex = Indexes(graph.Nodes.Select(n => n.Key));
                WriteList(w, graph.Nodes, n => Write(w, n));
                WriteList(w, graph.Remap.ToList(), r => { w.Write(r.Key); w.Write(nodeIndex[r.Value]); });
                WriteList(w, graph.DocumentNodes.ToList(), d => { w.Write(d.Key); w.Write(nodeIndex[d.Value]); });
                WriteList(w, graph.Edges, e =>
                {
                    w.Write(nodeIndex[e.Source]);
                    w.Write(nodeIndex[e.Target]);
                    w.Write(relationIndex[e.Relation]);
                    w.Write(e.Count);
                });
                WriteList(w, graph.CitedBy.ToList(), c =>
                {
                    w.Write(nodeIndex[c.Key]);
                    WriteList(w, c.Value, p => { w.Write(p.Ordinal); w.Write(p.Index); });
                });

                // The mentions: each instrument as extracted once, then each document's mentions by number.
                var instruments = mentions.Values.SelectMany(m => m.Select(x => x.Instrument)).Distinct().ToList();
                var instrumentIndex = Indexes(instruments);
                WriteList(w, instruments, i => Write(w, i));
                WriteList(w, mentions.OrderBy(m => m.Key).ToList(), m =>
                {
                    w.Write(m.Key);
                    WriteList(w, m.Value, x => { w.Write(instrumentIndex[x.Instrument]); w.Write(relationIndex[x.Relation]); });
                });
            }
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads the documents and the graph, and the mentions only when <paramref name="withMentions"/> (an update builds the graph again from them).</summary>
    public static StoredGraph Load(string directory, bool withMentions = false)
    {
        using var stream = new FileStream(Path.Combine(directory, FileName), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        if (r.ReadInt32() != Magic) throw new InvalidDataException($"{FileName} is not a graph store");
        var documents = ReadList(r, () => new StoredDocument(r.ReadInt32(), ReadDocumentInfo(r), new CitationRecord(r.ReadInt64(), r.ReadInt32())));

        var relations = ReadList(r, r.ReadString);
        var nodes = ReadList(r, () => ReadInstrument(r));
        var remap = ReadList(r, () => (Name: r.ReadString(), Node: nodes[r.ReadInt32()].Key)).ToDictionary(x => x.Name, x => x.Node);
        var documentNodes = ReadList(r, () => (Name: r.ReadString(), Node: nodes[r.ReadInt32()].Key)).ToDictionary(x => x.Name, x => x.Node);
        var edges = ReadList(r, () => new CitationEdge(nodes[r.ReadInt32()].Key, nodes[r.ReadInt32()].Key, relations[r.ReadInt32()], r.ReadInt32()));
        var citedBy = ReadList(r, () => (Node: nodes[r.ReadInt32()].Key, Pairs: ReadList(r, () => new CitingPair(r.ReadInt32(), r.ReadInt32())).ToArray()))
            .ToDictionary(x => x.Node, x => x.Pairs);
        var graph = new GraphData(nodes, remap, documentNodes, edges, citedBy);
        if (!withMentions) return new StoredGraph(documents, graph, new Dictionary<int, Mention[]>());

        var instruments = ReadList(r, () => ReadInstrument(r));
        var mentions = ReadList(r, () => (Ordinal: r.ReadInt32(), Mentions: ReadList(r, () => new Mention(instruments[r.ReadInt32()], relations[r.ReadInt32()])).ToArray()))
            .ToDictionary(x => x.Ordinal, x => x.Mentions);
        return new StoredGraph(documents, graph, mentions);
    }

    private static Dictionary<T, int> Indexes<T>(IEnumerable<T> items) where T : notnull
    {
        var indexes = new Dictionary<T, int>();
        foreach (var item in items) indexes.TryAdd(item, indexes.Count);
        return indexes;
    }

    private static void WriteList<T>(BinaryWriter w, IReadOnlyCollection<T> items, Action<T> write)
    {
        w.Write(items.Count);
        foreach (var item in items) write(item);
    }

    private static List<T> ReadList<T>(BinaryReader r, Func<T> read)
    {
        var count = r.ReadInt32();
        if (count < 0) throw new InvalidDataException($"{FileName} is damaged");
        var list = new List<T>(Math.Min(count, 1 << 20));
        for (var i = 0; i < count; i++) list.Add(read());
        return list;
    }

    private static void Write(BinaryWriter w, DocumentInfo d)
    {
        w.Write(d.Id);
        w.Write(d.Source);
        w.Write(d.Title);
        w.Write(d.Kind);
        WriteOptional(w, d.Symbol);
        WriteOptional(w, d.Province);
        WriteOptional(w, d.Issuer);
        WriteOptional(w, d.Signer);
        WriteOptional(w, d.Date);
        WriteOptional(w, d.Year);
        WriteOptional(w, d.SchoolYear);
    }

    private static DocumentInfo ReadDocumentInfo(BinaryReader r) => new(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString(),
        ReadOptional(r), ReadOptional(r), ReadOptional(r), ReadOptional(r), ReadOptional(r), ReadOptionalInt(r), ReadOptional(r));

    private static void Write(BinaryWriter w, Instrument i)
    {
        w.Write(i.Key);
        w.Write(i.Kind);
        WriteOptional(w, i.Symbol);
        WriteOptional(w, i.Number);
        WriteOptional(w, i.IssuerCode);
        WriteOptional(w, i.Issuer);
        w.Write(i.Scope);
        WriteOptional(w, i.Date);
        WriteOptional(w, i.Year);
        WriteOptional(w, i.Title);
        WriteOptional(w, i.DocumentId);
    }

    private static Instrument ReadInstrument(BinaryReader r) => new(r.ReadString(), r.ReadString(), ReadOptional(r), ReadOptional(r), ReadOptional(r),
        ReadOptional(r), r.ReadString(), ReadOptional(r), ReadOptionalInt(r), ReadOptional(r), ReadOptional(r));

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    private static void WriteOptional(BinaryWriter w, int? value)
    {
        w.Write(value.HasValue);
        if (value is { } v) w.Write(v);
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static int? ReadOptionalInt(BinaryReader r) => r.ReadBoolean() ? r.ReadInt32() : null;
}
