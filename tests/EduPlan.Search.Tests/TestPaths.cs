using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Tests;

public static class TestPaths
{
    public static string Repository { get; } = FindRepository();

    public static string Seeds => Path.Combine(Repository, "seeds");

    public static string Data => Path.Combine(Repository, "tests", "EduPlan.Search.Tests", "Data");

    public static string SeedText(string id) => File.ReadAllText(Path.Combine(Seeds, id + ".txt"));

    /// <summary>The twenty-seven held-out directives, each beside its hand-checked citation list (.tsv).</summary>
    public static string HeldOut => Path.Combine(Data, "heldout");

    /// <summary>The held-out directive whose file name starts with <paramref name="prefix"/> ("121_", or its whole id), as the corpus reader reads it.</summary>
    public static CorpusDocument HeldOutDocument(string prefix) => DocumentIn(HeldOut, prefix);

    /// <summary>The directives black-box testers wrote (and 303, written to test what fixer-l taught the extractor) with their hand-checked lists (.tsv).</summary>
    public static string Testers => Path.Combine(Data, "testers");

    /// <summary>The testers' directive whose file name starts with <paramref name="prefix"/>, as the corpus reader reads it.</summary>
    public static CorpusDocument TesterDocument(string prefix) => DocumentIn(Testers, prefix);

    private static CorpusDocument DocumentIn(string folder, string prefix)
    {
        var reader = new CorpusReader(folder);
        return reader.Read(reader.Files().Single(f => f.Name.StartsWith(prefix, StringComparison.Ordinal))).Document!;
    }

    /// <summary>The source of a held-out directive, .txt or .md.</summary>
    public static string HeldOutText(string id) =>
        File.ReadAllText(Directory.GetFiles(HeldOut, id + ".*").Single(f => !f.EndsWith(".tsv", StringComparison.Ordinal)));

    /// <summary>A text's words folded and space-delimited, so that " giao duc " is found where the text says "giáo dục" in any form.</summary>
    public static string FoldedWords(string text) =>
        " " + string.Join(' ', AnalyzedToken.Analyze(text).Where(t => !t.IsSymbolPart).Select(t => t.Folded)) + " ";

    /// <summary>
    /// Whether a text holds a typed word with the marks it was typed with: "thiếu" is not in a text saying only "thiểu", "dương" (letter marks,
    /// no tone) is in one saying "dưỡng", and "thieu" is in either.
    /// </summary>
    public static bool HoldsAsTyped(string text, string word)
    {
        var typed = AnalyzedToken.Analyze(word).Single(t => !t.IsSymbolPart);
        var level = VietnameseFolding.TypedLevel(typed.Exact);
        return AnalyzedToken.Analyze(text).Any(t => !t.IsSymbolPart && t.Form(level) == typed.Form(level));
    }

    public static string TempFolder(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "eduplan-tests", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A temporary corpus folder holding a copy of the seeds, for tests that change the corpus.</summary>
    public static string SeedsCopy(string name)
    {
        var corpus = TempFolder(name);
        foreach (var file in Directory.GetFiles(Seeds)) File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        return corpus;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EduPlan.Search.sln"))) return dir.FullName;
        throw new InvalidOperationException("EduPlan.Search.sln not found above the test binaries");
    }
}

/// <summary>The five seed documents by the ids tests refer to.</summary>
public static class Seeds
{
    public const string LaiChauDirective = "000_c8332dcbed01a365";
    public const string BacGiangPlan = "001_b90b1eee829502d5";
    public const string LaiChauUniversalisationPlan = "002_5a7adff6616410cf";
    public const string LaoCaiGuidance = "003_51384fca747141e1";
    public const string SonLaDecision = "004_970504c9909e9c8f";
}
