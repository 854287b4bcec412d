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
/// appended as one UTF-8 JSON array while the document is indexed, and read back by its position when a
/// request needs it. Only appended to, never rewritten, so an index open on the file keeps reading what it
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
        var bytes = JsonSerializer.SerializeToUtf8Bytes(citations.Select(StoredCitation.From).ToList(), Json);
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
        return JsonSerializer.Deserialize<List<StoredCitation>>(bytes, Json) ?? [];
    }

    /// <summary>Makes what was appended durable, before the files that point into it are replaced.</summary>
    public void FlushToDisk() => RandomAccess.FlushToDisk(_handle);

    public void Dispose() => _handle.Dispose();
}
