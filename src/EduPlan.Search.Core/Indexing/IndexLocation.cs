namespace EduPlan.Search.Core.Indexing;

public sealed record IndexGeneration(string Name, string Path);

/// <summary>
/// The index folder holds generations ("g20261123T101500123") and a small "current" file naming the
/// one in service. Switching is one atomic rename, so a crash mid-build leaves the previous
/// generation current, and a half-written generation is never opened.
/// </summary>
public sealed class IndexLocation(string root)
{
    private const string CurrentFile = "current";

    public string Root { get; } = System.IO.Path.GetFullPath(root);

    public IndexGeneration NewGeneration()
    {
        Directory.CreateDirectory(Root);
        var name = $"g{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}";
        var path = System.IO.Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return new IndexGeneration(name, path);
    }

    public IndexGeneration? Current()
    {
        var pointer = System.IO.Path.Combine(Root, CurrentFile);
        if (!File.Exists(pointer)) return null;
        var name = File.ReadAllText(pointer).Trim();
        if (name.Length == 0 || name.Contains('/') || name.Contains('\\') || name.Contains("..")) return null;
        var path = System.IO.Path.Combine(Root, name);
        return Directory.Exists(path) ? new IndexGeneration(name, path) : null;
    }

    public void MakeCurrent(IndexGeneration generation)
    {
        var temp = System.IO.Path.Combine(Root, $"{CurrentFile}.{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(generation.Name);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, System.IO.Path.Combine(Root, CurrentFile), overwrite: true);
    }

    /// <summary>Removes generations other than the current one and <paramref name="keep"/>; a folder still open elsewhere is left for next time.</summary>
    public void RemoveStale(params string[] keep)
    {
        if (!Directory.Exists(Root)) return;
        var current = Current()?.Name;
        foreach (var dir in Directory.EnumerateDirectories(Root, "g*"))
        {
            var name = System.IO.Path.GetFileName(dir);
            if (name == current || keep.Contains(name)) continue;
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        foreach (var temp in Directory.EnumerateFiles(Root, "*.tmp"))
            try { File.Delete(temp); } catch (IOException) { }
    }
}
