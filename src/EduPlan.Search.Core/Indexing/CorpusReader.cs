using System.Text;
using EduPlan.Search.Core.Documents;

namespace EduPlan.Search.Core.Indexing;

/// <summary>A corpus file that could not be indexed, and why.</summary>
public sealed record CorpusProblem(string File, string Reason);

/// <summary>
/// Reads the corpus folder: every .txt and .md file, as <see cref="CorpusText"/> decodes it. A file that cannot be read or
/// parsed is reported with its name and reason and skipped; the others are read.
/// </summary>
public sealed class CorpusReader(string corpusPath)
{
    public const long MaxFileBytes = 4 * 1024 * 1024;

    public string CorpusPath { get; } = Path.GetFullPath(corpusPath);

    /// <summary>The corpus files, sorted by name so ids and order are stable.</summary>
    public IReadOnlyList<FileInfo> Files()
    {
        if (!Directory.Exists(CorpusPath)) return [];
        return new DirectoryInfo(CorpusPath).EnumerateFiles("*", SearchOption.TopDirectoryOnly)
            .Where(f => IsCorpusFile(f.Name))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
    }

    public static bool IsCorpusFile(string name) =>
        !name.StartsWith('.') && (name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase));

    /// <summary>The stable id of a file: its name without extension, made URL-safe.</summary>
    public static string IdOf(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var id = new string(stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        return id == stem ? id : SectionBuilder.Slug(stem) is { Length: > 0 } slug ? slug : "doc";
    }

    /// <summary>The source path as the API reports it: relative to the corpus folder's parent.</summary>
    public string SourceOf(FileInfo file) => $"{Path.GetFileName(CorpusPath)}/{file.Name}";

    public (CorpusDocument? Document, CorpusProblem? Problem) Read(FileInfo file)
    {
        var (document, problem, _) = Read(file, describe: false);
        return (document, problem);
    }

    /// <summary>
    /// Reads a file as <see cref="Read(FileInfo)"/> does and describes it for the manifest from the same
    /// bytes: a build reads each corpus file once, not once to parse and again to hash.
    /// </summary>
    public (CorpusDocument? Document, CorpusProblem? Problem, ManifestFile Manifest) ReadAndDescribe(FileInfo file)
    {
        var (document, problem, manifest) = Read(file, describe: true);
        return (document, problem, manifest ?? IndexManifest.Describe(file));
    }

    private (CorpusDocument? Document, CorpusProblem? Problem, ManifestFile? Manifest) Read(FileInfo file, bool describe)
    {
        try
        {
            if (file.Length > MaxFileBytes) return (null, new(file.Name, $"the file is larger than {MaxFileBytes / 1024 / 1024} MB"), null);
            if (file.Length == 0) return (null, new(file.Name, "the file is empty"), null);
            var bytes = File.ReadAllBytes(file.FullName);
            var manifest = describe ? IndexManifest.Describe(file, bytes) : null;
            var (text, unreadable) = CorpusText.Decode(bytes);
            if (text is null) return (null, new(file.Name, unreadable!), manifest);
            return (DocumentParser.Parse(text, IdOf(file.Name), SourceOf(file)), null, manifest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (null, new(file.Name, e.Message), null);
        }
    }
}
