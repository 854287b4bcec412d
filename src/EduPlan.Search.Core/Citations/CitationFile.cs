using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;

namespace EduPlan.Search.Core.Citations;

/// <summary>One citation as kept on disk: its instrument is named by the key it was extracted with, which the graph resolves to its node.</summary>
public sealed record StoredCitation(string Surface, int Start, int End, string? SectionId, string Relation, string Context, string Key)
{
    public static StoredCitation From(Citation c) => new(c.Surface, c.Start, c.End, c.SectionId, c.Relation, c.Context, c.Instrument.Key);

    public Citation With(Instrument instrument) => new(Surface, Start, End, SectionId, Relation, Context, instrument);
}

/// <summary>Where one document's citations are in the <see cref="CitationFile"/>.</summary>
public readonly record struct CitationRecord(long At, int Length);

/// <summary>
/// The bulky part of the citations (surfaces, offsets, context sentences): each document's list is
/// appended as one UTF-8 JSON array, Brotli-compressed behind its length, while the document is indexed,
/// and read back by its position when a request needs it. Compressed, the file is about a quarter of the
/// JSON (a context sentence citing three instruments is kept three times, and sentences repeat). Only appended to, never rewritten, so an index open on the file keeps reading what it
/// knows while an update appends; a record that a crash cut short is never referenced.
/// </summary>
public sealed class CitationFile : IDisposable
{
    public const string FileName = "citations.dat";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SafeFileHandle _handle;
    private readonly object _gate = new();
    private long _end;

    private CitationFile(SafeFileHandle handle)
    {
        _handle = handle;
        _end = RandomAccess.GetLength(handle);
    }

    /// <summary>Opens the file of <paramref name="directory"/> to append to, creating it when missing.</summary>
    public static CitationFile OpenForAppend(string directory) =>
        new(File.OpenHandle(Path.Combine(directory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete));

    public static CitationFile OpenForRead(string directory) =>
        new(File.OpenHandle(Path.Combine(directory, FileName), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));

    /// <summary>Appends one document's citations; safe from several threads.</summary>
    public CitationRecord Append(IReadOnlyList<Citation> citations)
    {
        var bytes = Compress(JsonSerializer.SerializeToUtf8Bytes(citations.Select(StoredCitation.From).ToList(), Json));
        long at;
        lock (_gate)
        {
            at = _end;
            _end += bytes.Length;
        }
        RandomAccess.Write(_handle, bytes, at);
        return new CitationRecord(at, bytes.Length);
    }

    public List<StoredCitation> Read(CitationRecord record)
    {
        if (record.Length == 0) return [];
        var bytes = new byte[record.Length];
        for (var read = 0; read < bytes.Length;)
        {
            var n = RandomAccess.Read(_handle, bytes.AsSpan(read), record.At + read);
            if (n == 0) throw new InvalidDataException($"{FileName} ends before the citations at {record.At}");
            read += n;
        }
        return JsonSerializer.Deserialize<List<StoredCitation>>(Decompress(bytes), Json) ?? [];
    }

    /// <summary>Quality 1, next to Brotli's fastest: the build writes every document's record.</summary>
    private const int Quality = 1, Window = 16;

    private static byte[] Compress(byte[] json)
    {
        var output = new byte[sizeof(int) + BrotliEncoder.GetMaxCompressedLength(json.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(output, json.Length);
        if (!BrotliEncoder.TryCompress(json, output.AsSpan(sizeof(int)), out var written, Quality, Window))
            throw new InvalidOperationException("Brotli could not compress a citation record");
        return output[..(sizeof(int) + written)];
    }

    private static byte[] Decompress(byte[] record)
    {
        var length = record.Length >= sizeof(int) ? BinaryPrimitives.ReadInt32LittleEndian(record) : -1;
        if (length is < 0 or > 64 << 20) throw new InvalidDataException($"{FileName} holds a damaged record");
        var json = new byte[length];
        if (!BrotliDecoder.TryDecompress(record.AsSpan(sizeof(int)), json, out var written) || written != length)
            throw new InvalidDataException($"{FileName} holds a damaged record");
        return json;
    }

    /// <summary>Makes what was appended durable, before the files that point into it are replaced.</summary>
    public void FlushToDisk() => RandomAccess.FlushToDisk(_handle);

    public void Dispose() => _handle.Dispose();
}
