namespace EduPlan.Search.Core.Indexing;

/// <summary>
/// Which of the corpus files sharing a document id ("x.txt" and "x.md", "H.1.txt" and "h-1.txt") has it. The file the index in
/// service gave the id keeps it while it is in the corpus, however the other came (dropped in the folder, uploaded, or found by a
/// rebuild), so a newcomer never silently replaces a served document; the other is skipped and named as a corpus problem. With
/// no such file (a first build, or the holder was removed), the first in name order has it.
/// </summary>
public sealed class SharedIds(IndexManifest? served)
{
    private const string Taken = " already has the id '";

    // A manifest names a file that lost its id by this problem; any other file it lists had its id (an unreadable one too,
    // which keeps the id until it is fixed or removed).
    private readonly HashSet<string> _skipped = served?.Problems.Where(IsShared).Select(p => p.File).ToHashSet(StringComparer.Ordinal) ?? [];

    /// <summary>The file of <paramref name="names"/>, files of one id, that has the id; null when there are none.</summary>
    public string? HolderOf(IEnumerable<string> names)
    {
        var ordered = names.Order(StringComparer.Ordinal).ToList();
        return ordered.FirstOrDefault(name => served?.Lists(name) == true && !_skipped.Contains(name)) ?? ordered.FirstOrDefault();
    }

    public static CorpusProblem Problem(string file, string holder) =>
        new(file, $"the file '{holder}'{Taken}{CorpusReader.IdOf(file)}': rename this file, or remove that one");

    /// <summary>True for the problem of a file whose id another has (the manifests of earlier versions said "another file" instead of naming it).</summary>
    public static bool IsShared(CorpusProblem problem) => problem.Reason.Contains(Taken, StringComparison.Ordinal);
}
