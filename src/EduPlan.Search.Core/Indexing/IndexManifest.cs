using System.Security.Cryptography;
using System.Text.Json;

namespace EduPlan.Search.Core.Indexing;

public sealed record ManifestFile(string Name, long Size, DateTime LastWriteUtc, string Sha256);

/// <summary>
/// What an index was built from: each corpus file's size, time and hash. Kept beside the index, it
/// tells at start whether the corpus changed since (size and time first, the hash only when they differ).
/// </summary>
public sealed record IndexManifest(int FormatVersion, DateTime BuiltUtc, IReadOnlyList<ManifestFile> Files, IReadOnlyList<CorpusProblem> Problems)
{
    /// <summary>Raised when what an index holds changes (analysis, fields, or the citations extracted at build time): an older index is rebuilt at start.</summary>
    public const int CurrentFormat = 289;
    public const string FileName = "manifest.json";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static ManifestFile Describe(FileInfo file) =>
        new(file.Name, file.Length, file.LastWriteTimeUtc, Hash(file.FullName));

    /// <summary>The file described from its content already read.</summary>
    public static ManifestFile Describe(FileInfo file, ReadOnlySpan<byte> content) =>
        new(file.Name, file.Length, file.LastWriteTimeUtc, Convert.ToHexStringLower(SHA256.HashData(content)));

    public static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>True when the corpus holds exactly the files this manifest was built from, unchanged.</summary>
    public bool Matches(IReadOnlyList<FileInfo> files) =>
        FormatVersion == CurrentFormat && files.Count == Files.Count && ChangesIn(files).IsEmpty;

    /// <summary>
    /// The corpus files added or changed since this manifest, and the ones removed: a file is changed when its size differs,
    /// or its time and its hash both do (a copy that keeps the content but not the time is not re-indexed).
    /// </summary>
    public CorpusChanges ChangesIn(IReadOnlyList<FileInfo> files)
    {
        // Kept: the watcher's poll asks every half-minute, and a table of every file's entry made each time is garbage the corpus's size.
        var known = ByName;
        var changed = new List<FileInfo>();
        var present = new HashSet<string>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            present.Add(file.Name);
            if (!known.TryGetValue(file.Name, out var entry) || entry.Size != file.Length) changed.Add(file);
            else if (entry.LastWriteUtc != file.LastWriteTimeUtc && entry.Sha256 != Hash(file.FullName)) changed.Add(file);
        }
        return new CorpusChanges(changed, Files.Select(f => f.Name).Where(name => !present.Contains(name)).ToList());
    }

    /// <summary>True when the index was built or last updated with this file (read, or named as a problem).</summary>
    public bool Lists(string name) => ByName.ContainsKey(name);

    private Dictionary<string, ManifestFile> ByName => _byName ??= Files.ToDictionary(f => f.Name, StringComparer.Ordinal);
    private Dictionary<string, ManifestFile>? _byName;

    public void Save(string directory)
    {
        var path = Path.Combine(directory, FileName);
        var temp = path + $".{Guid.NewGuid():N}.tmp";
        using (var stream = File.Create(temp))
        {
            JsonSerializer.Serialize(stream, this, Json);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    public static IndexManifest? Load(string directory)
    {
        try
        {
            var path = Path.Combine(directory, FileName);
            return File.Exists(path) ? JsonSerializer.Deserialize<IndexManifest>(File.ReadAllBytes(path)) : null;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
    }
}
