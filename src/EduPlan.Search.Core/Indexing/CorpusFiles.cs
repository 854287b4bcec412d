namespace EduPlan.Search.Core.Indexing;

/// <summary>Writes to the corpus folder so that a crash at any moment leaves either the old file or the new one, never half of one.</summary>
public static class CorpusFiles
{
    private const string TempSuffix = ".uploading";

    public static void WriteAtomically(string path, byte[] content)
    {
        var directory = Path.GetDirectoryName(path)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TempSuffix}");
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Removes uploads a crash left unfinished; they were never part of the corpus.</summary>
    public static void RemoveUnfinished(string corpusPath)
    {
        if (!Directory.Exists(corpusPath)) return;
        foreach (var temp in Directory.EnumerateFiles(corpusPath, "*" + TempSuffix))
            try { File.Delete(temp); } catch (IOException) { }
    }
}
