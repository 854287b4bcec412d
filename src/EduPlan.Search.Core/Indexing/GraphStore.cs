using System.Text;
using Microsoft.Win32.SafeHandles;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;

namespace EduPlan.Search.Core.Indexing;

/// <summary>A document as kept beside the index: its ordinal in the Lucene index, its metadata and where its citations are.</summary>
public sealed record StoredDocument(int Ordinal, DocumentInfo Info, CitationRecord Citations);

/// <summary>
/// Keeps the documents' metadata and the computed citation graph beside the Lucene index, in one binary
/// file of three sections: the documents, read when an index opens; the graph (nodes, edges, who cites
/// what), read on its first use; the mentions the graph was built from, read by an update only, to build
/// it again. The citations themselves are in <see cref="CitationFile"/>. Written to a temporary file and
/// renamed: never half-written.
/// </summary>
public static class GraphStore
{
    public const string FileName = "graph.bin";
    private const int Magic = 0x32475045; // "EPG2"

    /// <summary>Builds the graph of <paramref name="documents"/> (in ordinal order) from their mentions and saves it with them.</summary>
    public static void Save(string directory, IReadOnlyList<StoredDocument> documents, IReadOnlyDictionary<int, Mention[]> mentions)
    {
        var graph = GraphBuilder.Build(documents.Select(d => new GraphDocument(d.Ordinal, d.Info, mentions.GetValueOrDefault(d.Ordinal) ?? [])));
        var path = Path.Combine(directory, FileName);
        var temp = path + $".{Guid.NewGuid():N}.tmp";
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
        {
            stream.Write(BitConverter.GetBytes(Magic));
            WriteSection(stream, w => WriteList(w, documents, d =>
            {
                w.Write(d.Ordinal);
                Write(w, d.Info);
                w.Write(d.Citations.At);
                w.Write(d.Citations.Length);
            }));
            WriteSection(stream, w =>
            {
                var relations = Indexes(graph.Edges.Select(e => e.Relation));
                WriteList(w, relations.Keys, w.Write);
                var nodeIndex = Indexes(graph.Nodes.Select(n => n.Key));
                WriteList(w, graph.Nodes, n => Write(w, n));
                WriteList(w, graph.Remap.ToList(), r => { w.Write(r.Key); w.Write(nodeIndex[r.Value]); });
                WriteList(w, graph.DocumentNodes.ToList(), d => { w.Write(d.Key); w.Write(nodeIndex[d.Value]); });
                WriteList(w, graph.Edges, e =>
                {
                    w.Write(nodeIndex[e.Source]);
                    w.Write(nodeIndex[e.Target]);
                    w.Write(relations[e.Relation]);
                    w.Write(e.Count);
                });
                WriteList(w, graph.CitedBy.ToList(), c =>
                {
                    w.Write(nodeIndex[c.Key]);
                    WriteList(w, c.Value, p => { w.Write(p.Ordinal); w.Write(p.Index); });
                });
            });
            WriteSection(stream, w =>
            {
                // Each instrument as extracted once, then each document's mentions by number.
                var relations = Indexes(mentions.Values.SelectMany(m => m.Select(x => x.Relation)));
                WriteList(w, relations.Keys, w.Write);
                var instruments = Indexes(mentions.Values.SelectMany(m => m.Select(x => x.Instrument)));
                WriteList(w, instruments.Keys, i => Write(w, i));
                WriteList(w, mentions.OrderBy(m => m.Key).ToList(), m =>
                {
                    w.Write(m.Key);
                    WriteList(w, m.Value, x => { w.Write(instruments[x.Instrument]); w.Write(relations[x.Relation]); });
                });
            });
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Opens the store of <paramref name="directory"/> and reads its documents; the rest is read on demand, from this same file even if an update replaces it meanwhile.</summary>
    public static Stored Open(string directory) => new(File.OpenHandle(Path.Combine(directory, FileName), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete));

    /// <summary>One open graph store.</summary>
    public sealed class Stored : IDisposable
    {
        private readonly SafeFileHandle _handle;
        private readonly long _graphAt;

        public IReadOnlyList<StoredDocument> Documents { get; }

        internal Stored(SafeFileHandle handle)
        {
            _handle = handle;
            try
            {
                var magic = new byte[4];
                if (RandomAccess.Read(handle, magic, 0) != 4 || BitConverter.ToInt32(magic) != Magic)
                    throw new InvalidDataException($"{FileName} is not a graph store");
                (Documents, _graphAt) = ReadSection(4, r => ReadList(r, () =>
                    new StoredDocument(r.ReadInt32(), ReadDocumentInfo(r), new CitationRecord(r.ReadInt64(), r.ReadInt32()))));
            }
            catch
            {
                handle.Dispose();
                throw;
            }
        }

        public GraphData ReadGraph()
        {
            var (relations, nodes, remap, documentNodes, edgesAt, edgeCount, citedBy) = ReadSection(_graphAt, ReadGraphSection).Value;
            // Made here, not while reading: a lambda there would share its closure with the reader, and keep the section's bytes.
            return new GraphData(nodes, remap, documentNodes, new StoredEdges(edgeCount, () => ReadEdges(edgesAt, edgeCount, nodes, relations)), citedBy);
        }

        private static (List<string> Relations, List<Instrument> Nodes, Dictionary<string, string> Remap, Dictionary<string, string> DocumentNodes,
            long EdgesAt, int EdgeCount, Dictionary<string, CitingPair[]> CitedBy) ReadGraphSection(BinaryReader r)
        {
            var relations = ReadList(r, r.ReadString);
            var nodes = ReadList(r, () => ReadInstrument(r));
            var remap = ReadList(r, () => (Name: r.ReadString(), Node: nodes[r.ReadInt32()].Key)).ToDictionary(x => x.Name, x => x.Node);
            var documentNodes = ReadList(r, () => (Name: r.ReadString(), Node: nodes[r.ReadInt32()].Key)).ToDictionary(x => x.Name, x => x.Node);
            // The edges serve the graph endpoints alone (1.2 million at 100,000 documents, 72 MB as objects, loaded with the first search
            // naming an instrument): skipped here, read when first asked for.
            var edgeCount = r.ReadInt32();
            if (edgeCount < 0) throw new InvalidDataException($"{FileName} is damaged");
            var edgesAt = r.BaseStream.Position;
            r.BaseStream.Seek((long)edgeCount * EdgeBytes, SeekOrigin.Current);
            var citedBy = ReadList(r, () => (Node: nodes[r.ReadInt32()].Key, Pairs: ReadList(r, () => new CitingPair(r.ReadInt32(), r.ReadInt32())).ToArray()))
                .ToDictionary(x => x.Node, x => x.Pairs);
            return (relations, nodes, remap, documentNodes, edgesAt, edgeCount, citedBy);
        }

        /// <summary>An edge as written: its source's, target's and relation's indexes and its count.</summary>
        private const int EdgeBytes = 4 * sizeof(int);

        private List<CitationEdge> ReadEdges(long at, int count, List<Instrument> nodes, List<string> relations) => ReadSection(_graphAt, r =>
        {
            r.BaseStream.Position = at;
            var edges = new List<CitationEdge>(count);
            for (var i = 0; i < count; i++)
                edges.Add(new CitationEdge(nodes[r.ReadInt32()].Key, nodes[r.ReadInt32()].Key, relations[r.ReadInt32()], r.ReadInt32()));
            return edges;
        }).Value;

        /// <summary>The edges of a stored graph, read from the store the first time they are enumerated or indexed.</summary>
        private sealed class StoredEdges(int count, Func<List<CitationEdge>> read) : IReadOnlyList<CitationEdge>
        {
            private readonly Lazy<List<CitationEdge>> _edges = new(read);

            public int Count => count;
            public CitationEdge this[int index] => _edges.Value[index];
            public IEnumerator<CitationEdge> GetEnumerator() => _edges.Value.GetEnumerator();
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }

        /// <summary>What each document's citations mention, by ordinal: what an update builds the graph again from.</summary>
        public Dictionary<int, Mention[]> ReadMentions()
        {
            return ReadSection(After(_graphAt), r =>
            {
                var relations = ReadList(r, r.ReadString);
                var instruments = ReadList(r, () => ReadInstrument(r));
                return ReadList(r, () => (Ordinal: r.ReadInt32(), Mentions: ReadList(r, () => new Mention(instruments[r.ReadInt32()], relations[r.ReadInt32()])).ToArray()))
                    .ToDictionary(x => x.Ordinal, x => x.Mentions);
            }).Value;
        }

        private long After(long section) => section + 8 + Length(section);

        private long Length(long section)
        {
            var length = new byte[8];
            Fill(length, section);
            return BitConverter.ToInt64(length);
        }

        /// <summary>Reads the section at <paramref name="at"/> (its length, then its bytes); returns what <paramref name="read"/> made of it and where the next section starts.</summary>
        private (T Value, long Next) ReadSection<T>(long at, Func<SharingReader, T> read)
        {
            var bytes = new byte[Length(at)];
            Fill(bytes, at + 8);
            using var r = new SharingReader(new MemoryStream(bytes));
            return (read(r), at + 8 + bytes.Length);
        }

        private void Fill(byte[] buffer, long at)
        {
            for (var done = 0; done < buffer.Length;)
            {
                var n = RandomAccess.Read(_handle, buffer.AsSpan(done), at + done);
                if (n == 0) throw new InvalidDataException($"{FileName} is cut short");
                done += n;
            }
        }

        public void Dispose() => _handle.Dispose();
    }

    /// <summary>
    /// Reads a section's strings as one instance per value: the graph of 100,000 documents names a dozen kinds, a few hundred issuers
    /// and scopes and the titles of the instruments every province implements on 113,000 nodes, each read as a copy of its own (50 MB
    /// of the graph's heap); the documents' kinds, provinces and issuers as many times.
    /// </summary>
    private sealed class SharingReader(Stream stream) : BinaryReader(stream, Encoding.UTF8)
    {
        private readonly Dictionary<string, string> _read = new(StringComparer.Ordinal);
        private byte[] _bytes = new byte[256];
        private char[] _chars = new char[256];

        public override string ReadString()
        {
            var length = Read7BitEncodedInt();
            if (length < 0) throw new InvalidDataException($"{FileName} is damaged");
            if (_bytes.Length < length) _bytes = new byte[length];
            BaseStream.ReadExactly(_bytes, 0, length);
            if (_chars.Length < length) _chars = new char[length]; // UTF-8 never decodes to more chars than it has bytes
            var chars = _chars.AsSpan(0, Encoding.UTF8.GetChars(_bytes.AsSpan(0, length), _chars));
            if (_read.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars, out var known)) return known;
            var value = new string(chars);
            _read.Add(value, value);
            return value;
        }

        /// <summary>A string no other record shares (a document's id, its file's name): kept out of the table, where 200,000 of them made
        /// reading 100,000 documents' metadata half again as slow.</summary>
        public string ReadOwn() => base.ReadString();
    }

    private static void WriteSection(Stream stream, Action<BinaryWriter> write)
    {
        var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) write(w);
        stream.Write(BitConverter.GetBytes(buffer.Length));
        buffer.Position = 0;
        buffer.CopyTo(stream);
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

    private static DocumentInfo ReadDocumentInfo(SharingReader r) => new(r.ReadOwn(), r.ReadOwn(), r.ReadString(), r.ReadString(),
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
