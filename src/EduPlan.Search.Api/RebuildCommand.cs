using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Searching;

namespace EduPlan.Search.Api;

/// <summary>`dotnet run --project src/EduPlan.Search.Api -- rebuild`: rebuilds the index from the corpus, showing progress.</summary>
public static class RebuildCommand
{
    public static int Run(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        var options = ServiceSetup.ReadOptions(configuration);
        Console.WriteLine($"Rebuilding the index in {options.IndexPath} from {options.CorpusPath}");
        using var service = new SearchService(options, Console.Error.WriteLine);
        var result = service.Rebuild(new ConsoleProgress());
        Console.WriteLine();
        if (result is null)
        {
            Console.Error.WriteLine(service.LastError);
            return 1;
        }
        Console.WriteLine($"Indexed {result.Documents} documents ({result.Bytes / 1024.0:F0} KB) in {result.Elapsed.TotalSeconds:F1} s; {result.Problems.Count} skipped.");
        return 0;
    }

    private sealed class ConsoleProgress : IProgress<BuildProgress>
    {
        public void Report(BuildProgress p)
        {
            var fraction = p.Total == 0 ? 1 : (double)p.Done / p.Total;
            var bar = new string('#', (int)(fraction * 30)).PadRight(30, '.');
            var rate = p.Elapsed.TotalSeconds > 0 ? p.Done / p.Elapsed.TotalSeconds : 0;
            var left = rate > 0 ? TimeSpan.FromSeconds((p.Total - p.Done) / rate) : TimeSpan.Zero;
            Console.Write($"\r[{bar}] {p.Done}/{p.Total} {rate:F0} docs/s, {left:mm\\:ss} left ");
        }
    }
}
