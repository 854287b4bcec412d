using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Searching;
using EduPlan.Search.Core.Text;
using Lucene.Net.Analysis.TokenAttributes;

namespace EduPlan.Search.Bench;

/// <summary>The scale commands: gen, index, load, compare, extract.</summary>
public static class Scale
{
    public static async Task<int> Run(string command, string[] args, string repo)
    {
        var o = new Options(args);
        Console.WriteLine($"EduPlan.Search bench {command} — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, " +
                          $"{Machine.Mb(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)} memory, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}" +
                          (Environment.GetEnvironmentVariable("DOTNET_GCgen0size") is { } gen0 ? $", gen0 budget {gen0}" : ""));
        switch (command)
        {
            case "gen":
                Generate(o, repo, o.Get("--out") ?? throw new ArgumentException("gen needs --out DIR"));
                return 0;
            case "index":
                IndexCommand(o, Corpus(o, repo));
                return 0;
            case "mix":
                Mix(o, Corpus(o, repo));
                return 0;
            case "extract":
                Extract(o.Get("--corpus") is null && o.Get("--docs") is null ? Path.Combine(repo, "seeds") : Corpus(o, repo));
                return 0;
            default:
                return await Load(o, repo, compare: command == "compare");
        }
    }

    private sealed class Options(string[] args)
    {
        public string? Get(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        public bool Has(string name) => args.Contains(name);
        public int Int(string name, int fallback) =>
            Get(name) is not { } v ? fallback
            : int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n
            : throw new ArgumentException($"{name} {v}: not a whole number");
        public int Docs => Int("--docs", 2000);
        public int Seed => Int("--seed", 1);
        public string Work => Get("--work") ?? Path.Combine(Path.GetTempPath(), "eduplan-scale", $"{Docs}-{Seed}");
    }

    /// <summary>The corpus folder: --corpus as given, or one generated for --docs/--seed under the work folder (kept and reused).</summary>
    private static string Corpus(Options o, string repo)
    {
        if (o.Get("--corpus") is { } given) return CorpusFolder(given);
        var folder = Path.Combine(o.Work, "corpus");
        var marker = Path.Combine(o.Work, "corpus.done");
        var expected = $"docs={o.Docs} seed={o.Seed}";
        if (File.Exists(marker) && File.ReadAllText(marker).Trim() == expected)
        {
            Console.WriteLine($"corpus: {folder} ({expected}, generated before)");
            return folder;
        }
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Generate(o, repo, folder);
        File.WriteAllText(marker, expected);
        return folder;
    }

    /// <summary>A corpus folder given with --corpus, refused with a hint when it holds no document: a figure over nothing
    /// (NaN MB/s) or a build of an empty index says nothing. A generated corpus's root (with corpus/ and corpus.done) is the usual slip.</summary>
    public static string CorpusFolder(string given)
    {
        var folder = Path.GetFullPath(given);
        if (!Directory.Exists(folder)) throw new ArgumentException($"--corpus {given}: no such folder");
        if (new CorpusReader(folder).Files().Count > 0) return folder;
        var generated = Path.Combine(folder, "corpus");
        throw new ArgumentException($"--corpus {given}: no document (.txt or .md) in it" +
                                    (Directory.Exists(generated) ? $"; a generated corpus's documents are in {generated}" : ""));
    }

    private static void Generate(Options o, string repo, string folder)
    {
        var seeds = o.Get("--seeds") ?? Path.Combine(repo, "seeds");
        var generator = CorpusGenerator.FromSeeds(seeds);
        var progress = new ProgressLine("generating");
        var clock = Stopwatch.StartNew();
        var bytes = generator.Write(folder, o.Docs, o.Seed, (done, b) => progress.Show(done, o.Docs, b, clock.Elapsed));
        Console.WriteLine($"\n## Corpus generated: {o.Docs:N0} documents, {Machine.Mb(bytes)} ({bytes / Math.Max(1, o.Docs) / 1024.0:F1} KB each on average), " +
                          $"seed {o.Seed}, from {generator.SentenceCount} sentences and {generator.HeadingCount} headings of {seeds}; " +
                          $"{clock.Elapsed.TotalSeconds:F1} s, {bytes / clock.Elapsed.TotalSeconds / (1 << 20):F1} MB/s; peak RSS {Machine.Mb(Machine.PeakRss())}");
        Console.WriteLine($"into {folder}");
    }

    /// <summary>Where the index, the SQLite database and the service log go: --work, else beside the generated corpus, else a temporary folder named after the corpus path.</summary>
    private static string WorkFor(Options o, string corpus)
    {
        var work = o.Get("--work") is { } w ? w
            : o.Get("--corpus") is null ? o.Work
            : Path.Combine(Path.GetTempPath(), "eduplan-scale", $"{Path.GetFileName(corpus.TrimEnd('/'))}-{StableHash(corpus):x8}");
        Directory.CreateDirectory(work);
        return work;
    }

    private static uint StableHash(string s)
    {
        var h = 2166136261u;
        foreach (var c in s) h = unchecked((h ^ c) * 16777619u);
        return h;
    }

    // ---------------------------------------------------------------- index

    private static void IndexCommand(Options o, string corpus)
    {
        var indexRoot = o.Get("--index") ?? Path.Combine(WorkFor(o, corpus), "index");
        var build = BuildIndex(corpus, indexRoot);
        if (o.Has("--breakdown")) Breakdown(corpus, build);
    }

    public sealed record LuceneBuild(int Documents, long Bytes, TimeSpan Elapsed, long PeakRss, long IndexBytes);

    /// <summary>One build from scratch into <paramref name="indexRoot"/> with a progress line; prints docs/s, MB/s, peak RSS and the index size.</summary>
    private static LuceneBuild BuildIndex(string corpus, string indexRoot)
    {
        if (Directory.Exists(indexRoot)) Directory.Delete(indexRoot, recursive: true);
        var before = Machine.PeakRss();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var paused = GC.GetTotalPauseDuration();
        BuildResult result;
        using (var service = new SearchService(new SearchOptions(corpus, indexRoot), m => Console.Error.WriteLine(m)))
            result = service.Rebuild(new ProgressLine("indexing")) ?? throw new InvalidOperationException(service.LastError);
        var peak = Machine.PeakRss();
        var (size, parts) = Machine.IndexBytes(indexRoot);
        var seconds = result.Elapsed.TotalSeconds;
        Console.WriteLine($"\n## Index build (Lucene, in process): {result.Documents:N0} documents, {Machine.Mb(result.Bytes)}, {result.Problems.Count} skipped");
        Console.WriteLine($"time {seconds:F1} s: {result.Documents / seconds:F0} docs/s, {result.Bytes / seconds / (1 << 20):F2} MB/s");
        Console.WriteLine($"peak RSS {Machine.Mb(peak)} (VmHWM of the bench process; {Machine.Mb(before)} before the build); GC heap after {Machine.Mb(GC.GetTotalMemory(false))}; " +
                          $"garbage collections {GC.CollectionCount(0) - collections[0]} (gen 1 {GC.CollectionCount(1) - collections[1]}, gen 2 {GC.CollectionCount(2) - collections[2]}), " +
                          $"paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F1} s");
        var segments = Directory.EnumerateFiles(new IndexLocation(indexRoot).Current()!.Path, "*.si").Count();
        Console.WriteLine($"index on disk {Machine.Mb(size)} ({size / (double)result.Bytes:F2}× the corpus) in {segments} Lucene segments: " +
                          string.Join(", ", parts.Select(p => $"{p.Kind} {Machine.Mb(p.Bytes)}")));
        return new LuceneBuild(result.Documents, result.Bytes, result.Elapsed, peak, size);
    }

    /// <summary>
    /// Where the build's time goes, stage by stage on one thread: reading and parsing, citation
    /// extraction, analysis of every indexed field at its mark levels (tokens consumed, nothing
    /// written); the rest of the build is Lucene's inverting, writing and merging.
    /// </summary>
    private static void Breakdown(string corpus, LuceneBuild build)
    {
        var reader = new CorpusReader(corpus);
        var files = reader.Files();
        var read = TimeSpan.Zero;
        var extract = TimeSpan.Zero;
        var analyse = TimeSpan.Zero;
        var learn = TimeSpan.Zero;
        var describe = TimeSpan.Zero;
        long tokens = 0, chars = 0;
        var learner = new Abbreviations.Learner();
        var stored = new List<StoredDocument>();
        var mentions = new Dictionary<int, Mention[]>();
        var scratch = Path.Combine(Path.GetTempPath(), $"eduplan-graph-{Guid.NewGuid():N}");
        Directory.CreateDirectory(scratch);
        var citationFile = CitationFile.OpenForAppend(scratch);
        var citationWrite = TimeSpan.Zero;
        foreach (var file in files)
        {
            var t = Stopwatch.GetTimestamp();
            var (document, _) = reader.Read(file);
            read += Stopwatch.GetElapsedTime(t);
            if (document is null) continue;
            t = Stopwatch.GetTimestamp();
            IndexManifest.Describe(file);
            describe += Stopwatch.GetElapsedTime(t);
            t = Stopwatch.GetTimestamp();
            var citations = DocumentCitations.Extract(document);
            extract += Stopwatch.GetElapsedTime(t);
            t = Stopwatch.GetTimestamp();
            var ordinal = stored.Count;
            stored.Add(new StoredDocument(ordinal, document.Info, citationFile.Append(citations)));
            mentions[ordinal] = citations.Select(c => new Mention(c.Instrument, c.Relation)).ToArray();
            citationWrite += Stopwatch.GetElapsedTime(t);
            t = Stopwatch.GetTimestamp();
            learner.Add(document, ordinal);
            learn += Stopwatch.GetElapsedTime(t);
            // As IndexBuilder does: each section analysed once (AnalyzedToken.Analyze gives all three forms), then the title
            // and the cited symbols; the tokens are replayed into the indexed fields, which is Lucene's part below.
            t = Stopwatch.GetTimestamp();
            foreach (var section in document.Sections)
                if (section.Text.Length > 0)
                {
                    tokens += AnalyzedToken.Analyze(section.Text).Count;
                    chars += section.Text.Length;
                }
            tokens += AnalyzedToken.Analyze(string.Join(" ", citations.Where(c => c.Instrument.Symbol is not null).Select(c => c.Instrument.Symbol))).Count;
            tokens += AnalyzedToken.Analyze($"{document.Info.Title} {document.Info.Symbol}").Count;
            analyse += Stopwatch.GetElapsedTime(t);
        }
        citationFile.Dispose();
        var clock = Stopwatch.StartNew();
        learner.Build();
        learn += clock.Elapsed;
        clock.Restart();
        GraphStore.Save(scratch, stored, mentions);
        var graphSave = clock.Elapsed;
        var graphBytes = new FileInfo(Path.Combine(scratch, GraphStore.FileName)).Length;
        var citationBytes = new FileInfo(Path.Combine(scratch, CitationFile.FileName)).Length;
        stored.Clear();
        mentions.Clear();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(true);
        clock.Restart();
        using var loaded = GraphStore.Open(scratch);
        var graph = new CitationGraph(loaded.ReadGraph(), loaded.Documents.Select(d => (d.Ordinal, d.Info.Id, d.Citations)), null);
        var graphLoad = clock.Elapsed;
        var graphHeap = GC.GetTotalMemory(true) - heapBefore;
        // The first lookup by words (an instrument card, /api/instruments?q=…) indexes every node's words, once.
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        graph.Search("Luật Giáo dục").Take(5).ToList();
        var wordIndex = (clock.Elapsed, Allocated: GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, Heap: GC.GetTotalMemory(true) - heapBefore - graphHeap);
        GC.KeepAlive(graph);
        GC.KeepAlive(loaded);
        Directory.Delete(scratch, recursive: true);

        // Inside analysis: the tokenizer alone, then the folding of its tokens at each level.
        var tokenize = TimeSpan.Zero;
        var regex = TimeSpan.Zero;
        var fold = new TimeSpan[IndexFields.Levels.Length];
        var sample = files.Take(Math.Min(files.Count, 300)).ToList();
        long sampleChars = 0;
        foreach (var file in sample)
        {
            if (reader.Read(file).Document is not { } document) continue;
            var body = string.Join("\n", document.Blocks.Select(b => b.Text));
            sampleChars += body.Length;
            var words = new List<string>();
            var t = Stopwatch.GetTimestamp();
            var tokenizer = VietnameseTokenizer.Create(new StringReader(body));
            var term = tokenizer.AddAttribute<ICharTermAttribute>();
            tokenizer.Reset();
            while (tokenizer.IncrementToken()) words.Add(term.ToString());
            tokenizer.End();
            tokenizer.Dispose();
            tokenize += Stopwatch.GetElapsedTime(t);
            t = Stopwatch.GetTimestamp();
            for (var m = VietnameseTokenizer.Pattern.Match(body); m.Success; m = m.NextMatch()) _ = m.Value;
            regex += Stopwatch.GetElapsedTime(t);
            for (var l = 0; l < IndexFields.Levels.Length; l++)
            {
                t = Stopwatch.GetTimestamp();
                foreach (var w in words) VietnameseFolding.Fold(w, IndexFields.Levels[l]);
                fold[l] += Stopwatch.GetElapsedTime(t);
            }
        }
        var wall = build.Elapsed.TotalSeconds;
        var cores = Environment.ProcessorCount;
        var stages = read + extract + analyse + learn + describe + citationWrite + graphSave;
        var rest = wall * cores - stages.TotalSeconds;
        Console.WriteLine($"\n## Where the build's time goes: each stage re-run alone on one thread (the build itself ran {wall:F1} s on {cores} cores = at most {wall * cores:F0} core-seconds)");
        void Stage(string what, TimeSpan time, string extra = "") =>
            Console.WriteLine($"{what,-56} {time.TotalSeconds,7:F1} s {time.TotalSeconds / (wall * cores),6:P0}  {build.Bytes / time.TotalSeconds / (1 << 20),8:F1} MB/s  {extra}");
        Stage("read + parse (CorpusReader.Read)", read);
        Stage("citations (DocumentCitations.Extract)", extract);
        Stage("analysis (AnalyzedToken.Analyze: sections, title, cited)", analyse, $"{tokens:N0} tokens from {chars / 1e6:F0} M chars");
        Stage("abbreviations (Abbreviations.Learner)", learn);
        Stage("manifest (IndexManifest.Describe: SHA-256)", describe);
        Stage("citations to disk (CitationFile.Append)", citationWrite, $"{Machine.Mb(citationBytes)}");
        Stage("graph (GraphStore.Save: GraphBuilder.Build and write)", graphSave, $"{Machine.Mb(graphBytes)}");
        Console.WriteLine($"{"rest: Lucene (fields inverted, stored fields, merges), GC, idle cores",-56} {rest,7:F1} s {rest / (wall * cores),6:P0}  (core-seconds of the build not in the stages above)");
        Console.WriteLine($"GraphStore.Open + ReadGraph + new CitationGraph (the graph is read on its first use): {graphLoad.TotalSeconds:F2} s and {Machine.Mb(graphHeap)} of heap for {loaded.Documents.Count:N0} documents; " +
                          $"its first lookup by words (\"Luật Giáo dục\"), which indexes {graph.Instruments.Count:N0} instruments' words: {wordIndex.Elapsed.TotalSeconds:F2} s, " +
                          $"{Machine.Mb(wordIndex.Allocated)} allocated, {Machine.Mb(wordIndex.Heap)} more heap");
        Console.WriteLine($"inside analysis, over the bodies of {sample.Count} documents ({sampleChars / 1e6:F1} M chars): " +
                          $"VietnameseTokenizer {sampleChars / tokenize.TotalSeconds / 1e6:F2} M chars/s, its regex alone (Regex.Match/NextMatch) {sampleChars / regex.TotalSeconds / 1e6:F2} M chars/s; " +
                          string.Join("; ", IndexFields.Levels.Select((l, i) => $"VietnameseFolding.Fold {l} {sampleChars / fold[i].TotalSeconds / 1e6:F2} M chars/s")));
    }

    // ---------------------------------------------------------------- extract

    /// <summary>
    /// Citation extraction on one core over the corpus, file by file (parsing is not timed, extraction is):
    /// a warm-up over up to 500 files first (JIT, tiering, the regexes' first use), then whole passes
    /// for at least 3 s and at least twice; the best pass is the figure.
    /// </summary>
    /// <remarks>
    /// The warm-up lasts at least 3 s, not one pass: the runtime recompiles hot methods at full
    /// optimisation only after they have run a while, in the background, and one pass over a small
    /// corpus (the seeds: 5 files) left the timed passes running mostly unoptimised code.
    /// </remarks>
    private static void Extract(string corpus)
    {
        var reader = new CorpusReader(corpus);
        var files = reader.Files();
        var warmUp = Stopwatch.StartNew();
        do
            foreach (var f in files.Take(500))
                if (reader.Read(f).Document is { } d) DocumentCitations.Extract(d);
        while (warmUp.Elapsed < TimeSpan.FromSeconds(3));
        long bytes = 0, citations = 0, allocated = 0;
        var best = double.MaxValue;
        var parseBest = double.MaxValue;
        var passes = 0;
        var wall = Stopwatch.StartNew();
        do
        {
            var extract = TimeSpan.Zero;
            var parse = TimeSpan.Zero;
            bytes = 0;
            citations = 0;
            allocated = 0;
            foreach (var f in files)
            {
                var t = Stopwatch.GetTimestamp();
                var (document, _) = reader.Read(f);
                parse += Stopwatch.GetElapsedTime(t);
                if (document is null) continue;
                t = Stopwatch.GetTimestamp();
                var before = GC.GetAllocatedBytesForCurrentThread();
                citations += DocumentCitations.Extract(document).Count;
                extract += Stopwatch.GetElapsedTime(t);
                allocated += GC.GetAllocatedBytesForCurrentThread() - before;
                bytes += Encoding.UTF8.GetByteCount(document.Text);
            }
            best = Math.Min(best, extract.TotalSeconds);
            parseBest = Math.Min(parseBest, parse.TotalSeconds);
            passes++;
        } while (passes < 2 || wall.Elapsed < TimeSpan.FromSeconds(3));
        Console.WriteLine($"\n## Citation extraction, one core: {files.Count:N0} files, {Machine.Mb(bytes)}, best of {passes} passes after a warm-up");
        Console.WriteLine($"DocumentCitations.Extract: {bytes / best / (1 << 20):F2} MB/s ({best:F2} s a pass, {citations:N0} citations, {citations / best:N0} citations/s, {Machine.Mb(allocated)} allocated a pass)");
        Console.WriteLine($"CorpusReader.Read (parse, for comparison): {bytes / parseBest / (1 << 20):F2} MB/s ({parseBest:F2} s a pass)");
        // Each file is parsed and then extracted, so both run in the same seconds of the machine: their ratio moves far less with the hour than either.
        Console.WriteLine($"extraction's speed / the parse's: {parseBest / best:F2}");
    }

    // ---------------------------------------------------------------- mix

    /// <summary>
    /// Each query of the mix alone, in process, on an existing index: its total, median time and top ten.
    /// With --save FILE the top tens and their snippets are kept; with --against FILE they are compared with a saved run,
    /// which is how a change to the search path shows what it did to the ranking and to what each hit shows.
    /// </summary>
    private static void Mix(Options o, string corpus)
    {
        var indexRoot = o.Get("--index") ?? Path.Combine(WorkFor(o, corpus), "index");
        var clock = Stopwatch.StartNew();
        using var service = new SearchService(new SearchOptions(corpus, indexRoot), m => Console.Error.WriteLine(m));
        service.EnsureIndex(new ProgressLine("indexing"));
        var index = service.Current!;
        Console.WriteLine($"index {indexRoot}: {index.Documents.Count:N0} documents, open in {clock.Elapsed.TotalSeconds:F1} s; " +
                          $"live heap {Machine.Mb(GC.GetTotalMemory(forceFullCollection: true))}, RSS {Machine.Mb(Machine.Rss())}");
        var rounds = o.Int("--rounds", 5);
        var before = o.Get("--against") is { } against
            ? JsonSerializer.Deserialize<Dictionary<string, MixAnswer>>(File.ReadAllText(against))!
            : null;
        var tops = new Dictionary<string, MixAnswer>();
        var countsDiffer = 0;
        var snippetsDiffer = 0;
        var all = new List<double>();
        var differFromFull = 0;
        Console.WriteLine($"{"query",-58} {"total",8} {"ms",8} {"cpu ms",8} {"MB alloc",8}" + (before is null ? "" : $" {"same@10",8} {"order",6}"));
        var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var candidates = o.Int("--candidates", SearchIndex.RescoredCandidates);
        var queries = o.Get("--random") is { } random
            ? CorpusGenerator.SampledQueries(new CorpusReader(corpus).Files().Select(f => f.FullName).ToList(), int.Parse(random, CultureInfo.InvariantCulture), seed: 7)
            : CorpusGenerator.QueryMix;
        foreach (var q in queries.Where(q => o.Get("--only") is not { } only || q.ToString().Contains(only, StringComparison.Ordinal)))
        {
            var request = new SearchRequest(q.Q, Wrap(q.Province), Wrap(q.Kind), null, Wrap(q.SchoolYear));
            SearchResult? result = null;
            var times = new List<double>();
            result = index.Search(request, UserQuery.Parse(q.Q), candidates);
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < rounds; i++)
            {
                var t = Stopwatch.GetTimestamp();
                result = index.Search(request, UserQuery.Parse(q.Q), candidates);
                times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            process.Refresh();
            var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / rounds;
            var allocatedMb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)rounds / (1 << 20);
            times.Sort();
            all.AddRange(times);
            var top = result!.Hits.Select(h => h.Document.Id).ToList();
            var answer = new MixAnswer(result.Total, string.Join("; ", result.Facets.Select(f => $"{f.Key}: {string.Join(",", f.Value.Select(v => $"{v.Value}={v.Count}"))}")), top,
                result.Hits.SelectMany(h => h.Passages.Select(p => $"{h.Document.Id} {p.SectionId}: {p.Snippet}")).ToList());
            tops[q.ToString()] = answer;
            var compared = "";
            if (before?.GetValueOrDefault(q.ToString()) is { } old)
            {
                compared = $" {top.Intersect(old.Top).Count(),8} {(top.SequenceEqual(old.Top) ? "same" : "moved"),6}";
                if (old.Total != answer.Total || old.Facets != answer.Facets)
                {
                    compared += $" COUNTS DIFFER (total {old.Total} before)";
                    countsDiffer++;
                }
                if (old.Snippets is not null && top.SequenceEqual(old.Top) && !answer.Snippets!.SequenceEqual(old.Snippets))
                {
                    compared += " SNIPPETS DIFFER";
                    snippetsDiffer++;
                }
            }
            if (o.Has("--full"))
            {
                // Every match rescored by the full query: what the two passes must give.
                var full = index.Search(request, UserQuery.Parse(q.Q), int.MaxValue).Hits.Select(h => h.Document.Id).ToList();
                compared += $" {(top.SequenceEqual(full) ? "= full" : $"{top.Intersect(full).Count()}/10 of full"),-12}";
                if (!top.SequenceEqual(full)) differFromFull++;
            }
            Console.WriteLine($"{Trim(q.ToString(), 58),-58} {result.Total,8} {times[times.Count / 2],8:F1} {cpuMs,8:F1} {allocatedMb,8:F1}{compared}");
        }
        all.Sort();
        process.Refresh();
        Console.WriteLine($"all: {all.Count} searches, mean {all.Average():F1} ms, p50 {all[all.Count / 2]:F1} ms, max {all[^1]:F1} ms; " +
                          $"CPU {(process.TotalProcessorTime - cpuStart).TotalMilliseconds / all.Count:F1} ms a search (all threads, warm-ups included); " +
                          $"live heap after {Machine.Mb(GC.GetTotalMemory(forceFullCollection: true))}, RSS {Machine.Mb(Machine.Rss())}");
        if (o.Has("--full")) Console.WriteLine($"{differFromFull} of the mix's top tens differ from ranking every match");
        if (before is not null) Console.WriteLine($"{countsDiffer} of the mix's totals or facet counts differ from the saved run's; " +
                                                  $"{snippetsDiffer} of the top tens that are the same show other passages or snippets");
        if (o.Get("--save") is { } save) File.WriteAllText(save, JsonSerializer.Serialize(tops));
    }

    /// <summary>What <c>bench mix --save</c> keeps of a query's answer: its count, its facet counts, its top ten and their passages' snippets.</summary>
    private sealed record MixAnswer(int Total, string Facets, List<string> Top, List<string>? Snippets);

    // ---------------------------------------------------------------- load and compare

    private static async Task<int> Load(Options o, string repo, bool compare)
    {
        var corpus = Corpus(o, repo);
        var work = WorkFor(o, corpus);
        var indexRoot = Path.Combine(work, "index");
        var seconds = o.Int("--seconds", 10);
        var levels = (o.Get("--clients") ?? "1,8,32").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var duration = TimeSpan.FromSeconds(seconds);
        var warmup = TimeSpan.FromSeconds(Math.Min(3, seconds));
        var mix = CorpusGenerator.QueryMix;
        var corpusBytes = Machine.FolderBytes(corpus);
        var docs = new CorpusReader(corpus).Files().Count;

        var dll = ServiceProcess.ApiDll(repo);
        using var client = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = 1024,
            PooledConnectionLifetime = TimeSpan.FromMinutes(30),
            AutomaticDecompression = DecompressionMethods.None,
        }) { Timeout = TimeSpan.FromSeconds(10) };
        var log = Path.Combine(work, "service.log");
        Console.WriteLine($"corpus {corpus}: {docs:N0} files, {Machine.Mb(corpusBytes)}; index {indexRoot}; service log {log}");

        TimeSpan? coldHealthy = null;
        if (o.Has("--cold"))
        {
            // The service builds the index itself on its first start.
            if (Directory.Exists(indexRoot)) Directory.Delete(indexRoot, recursive: true);
            using var cold = ServiceProcess.Start(dll, corpus, indexRoot, log);
            coldHealthy = await cold.WaitHealthy(client, TimeSpan.FromHours(2));
            Console.WriteLine($"\n## Cold start (no index: the service builds it): /healthz 200 after {coldHealthy.Value.TotalSeconds:F1} s, service peak RSS {Machine.Mb(cold.PeakRss ?? 0)}");
        }
        LuceneBuild? build = null;
        // An index of an older format is rebuilt here too: left to the service, it was rebuilt at its start, unseen, and that start was
        // taken for the start on an existing index (the fifty-first session's first run after a format change).
        if (new IndexLocation(indexRoot).Current() is not { } existing || IndexManifest.Load(existing.Path)?.FormatVersion != IndexManifest.CurrentFormat
            || o.Has("--rebuild"))
        {
            build = BuildIndex(corpus, indexRoot);
            GC.Collect();
        }

        // Start on the existing index: time to /healthz and to the first answer.
        using var service = ServiceProcess.Start(dll, corpus, indexRoot, log);
        var healthy = await service.WaitHealthy(client, TimeSpan.FromMinutes(30));
        var first = mix[0];
        var firstAnswer = await FirstAnswer(client, service, first);
        await service.WaitSettled(client, TimeSpan.FromMinutes(5));
        Console.WriteLine($"\n## Service start with an existing index ({docs:N0} documents)");
        Console.WriteLine($"/healthz 200 after {healthy.TotalSeconds:F2} s; first search answered after {firstAnswer.TotalSeconds:F2} s (from process start); RSS {service.RssText()}");

        // Each query alone: its first answer is computed, the next four come from the result cache.
        Console.WriteLine($"\n## The query mix, one at a time over HTTP: the first answer computed, then the median of 4 from the cache");
        Console.WriteLine($"{"query",-58} {"total",8} {"first ms",9} {"cached ms",9} {"KB",6}");
        var totals = new Dictionary<BenchQuery, int>();
        foreach (var q in mix)
        {
            var times = new List<double>();
            var total = 0;
            long size = 0;
            for (var i = 0; i < 5; i++)
            {
                var t = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(service.BaseUrl + q.Path);
                var body = await response.Content.ReadAsByteArrayAsync();
                times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                size = body.Length;
                total = response.IsSuccessStatusCode ? JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32() : -(int)response.StatusCode;
            }
            var cached = times.Skip(1).Order().ToList();
            totals[q] = total;
            Console.WriteLine($"{Trim(q.ToString(), 58),-58} {total,8} {times[0],9:F1} {(cached[1] + cached[2]) / 2,9:F2} {size / 1024.0,6:F1}");
        }

        Console.WriteLine($"\n## Load over HTTP on loopback ({mix.Count} queries in the mix, {seconds} s per level after a {warmup.TotalSeconds:F0} s warm-up; client and service share the {Environment.ProcessorCount} cores)");
        Console.WriteLine(LoadFigures.Header + "  service RSS");
        var http = new List<LoadFigures>();
        foreach (var clients in levels)
        {
            var figures = await LoadDriver.Http("Lucene service, cache on", client, service.BaseUrl, mix, clients, duration, warmup, totals);
            http.Add(figures);
            Console.WriteLine($"{figures}  {service.RssText()}");
        }
        var serviceRss = service.Rss ?? 0;
        var servicePeak = service.PeakRss ?? 0;
        Console.WriteLine($"service RSS after the load {service.RssText()}, peak {Machine.Mb(servicePeak)} (VmRSS, VmHWM of pid {service.Pid})");
        service.Dispose();

        // The same load with the result cache off: every search computed, what a mix of never-repeated queries would cost.
        var uncached = new List<LoadFigures>();
        (long Rss, long Peak)? computedRss = null;
        if (!o.Has("--cached-only"))
        {
            using var computing = ServiceProcess.Start(dll, corpus, indexRoot, log, "--EduPlan:ResultCache=false");
            await computing.WaitHealthy(client, TimeSpan.FromMinutes(30));
            await computing.WaitSettled(client, TimeSpan.FromMinutes(5));
            Console.WriteLine($"\n## Load over HTTP with the result cache off (EduPlan:ResultCache=false): every search computed");
            Console.WriteLine(LoadFigures.Header + "  service RSS");
            foreach (var clients in levels)
            {
                var figures = await LoadDriver.Http("Lucene service, no cache", client, computing.BaseUrl, mix, clients, duration, warmup, totals);
                uncached.Add(figures);
                Console.WriteLine($"{figures}  {computing.RssText()}");
            }
            Console.WriteLine($"service RSS after the load {computing.RssText()}, peak {Machine.Mb(computing.PeakRss ?? 0)}");
            computedRss = (computing.Rss ?? 0, computing.PeakRss ?? 0);
        }

        List<LoadFigures>? inProcess = null, sqlite = null;
        SqliteFts.BuildFigures? sqliteBuild = null;
        if (compare)
        {
            Console.WriteLine($"\n## Lucene in process (SearchIndex.Search, no HTTP, no JSON)");
            Console.WriteLine(LoadFigures.Header);
            inProcess = [];
            using (var searchService = new SearchService(new SearchOptions(corpus, indexRoot)))
            {
                searchService.EnsureIndex();
                var index = searchService.Current!;
                foreach (var clients in levels)
                {
                    var figures = LoadDriver.InProcess("Lucene in process", _ => q =>
                    {
                        var request = new SearchRequest(q.Q, Wrap(q.Province), Wrap(q.Kind), null, Wrap(q.SchoolYear));
                        return index.Search(request, UserQuery.Parse(q.Q)).Total == totals[q];
                    }, mix, clients, duration, warmup);
                    inProcess.Add(figures);
                    Console.WriteLine(figures);
                }
            }
            GC.Collect();

            var fts = new SqliteFts(Path.Combine(work, "fts5.db"));
            sqliteBuild = fts.Build(corpus, new ProgressLine("sqlite"));
            Console.WriteLine($"\n## SQLite FTS5, in process (Microsoft.Data.Sqlite; unicode61 remove_diacritics 2; one connection per client)");
            Console.WriteLine($"build {sqliteBuild.Insert.TotalSeconds + sqliteBuild.Optimize.TotalSeconds:F1} s (insert {sqliteBuild.Insert.TotalSeconds:F1} s + optimize {sqliteBuild.Optimize.TotalSeconds:F1} s): " +
                              $"{sqliteBuild.Documents / (sqliteBuild.Insert + sqliteBuild.Optimize).TotalSeconds:F0} docs/s, {sqliteBuild.Bytes / (sqliteBuild.Insert + sqliteBuild.Optimize).TotalSeconds / (1 << 20):F2} MB/s; " +
                              $"database {Machine.Mb(sqliteBuild.DatabaseBytes)} ({sqliteBuild.DatabaseBytes / (double)sqliteBuild.Bytes:F2}× the corpus)");
            Console.WriteLine($"{"query",-58} {"Lucene",8} {"FTS5",8}");
            foreach (var q in mix) Console.WriteLine($"{Trim(q.ToString(), 58),-58} {totals[q],8} {fts.Count(q),8}");
            Console.WriteLine(LoadFigures.Header);
            sqlite = [];
            foreach (var clients in levels)
            {
                var figures = LoadDriver.InProcess("SQLite FTS5 in process", _ => fts.Searcher(), mix, clients, duration, warmup);
                sqlite.Add(figures);
                Console.WriteLine(figures);
            }
        }

        Summary(docs, corpusBytes, build, indexRoot, healthy, firstAnswer, coldHealthy, http, uncached, (serviceRss, servicePeak), computedRss, inProcess, sqlite, sqliteBuild);
        return http.Concat(uncached).All(f => f.Failures == 0) ? 0 : 1;
    }

    private static async Task<TimeSpan> FirstAnswer(HttpClient client, ServiceProcess service, BenchQuery query)
    {
        while (true)
        {
            using var response = await client.GetAsync(service.BaseUrl + query.Path);
            if (response.IsSuccessStatusCode)
            {
                await response.Content.ReadAsByteArrayAsync();
                return service.SinceStart.Elapsed;
            }
            if (service.SinceStart.Elapsed > TimeSpan.FromMinutes(30)) throw new TimeoutException("no search answered");
            await Task.Delay(10);
        }
    }

    private static void Summary(int docs, long corpusBytes, LuceneBuild? build, string indexRoot, TimeSpan healthy, TimeSpan firstAnswer, TimeSpan? cold,
        List<LoadFigures> http, List<LoadFigures> uncached, (long Rss, long Peak) cachedRss, (long Rss, long Peak)? computedRss, List<LoadFigures>? inProcess, List<LoadFigures>? sqlite, SqliteFts.BuildFigures? sqliteBuild)
    {
        Console.WriteLine($"\n## Against the targets ({docs:N0} documents, {Machine.Mb(corpusBytes)})");
        void Line(string what, string value, bool? met) => Console.WriteLine($"{what,-44} {value,-34} {(met is null ? "" : met.Value ? "met" : "MISSED")}");
        if (build is not null)
        {
            var mbs = build.Bytes / build.Elapsed.TotalSeconds / (1 << 20);
            Line("index build ≥ 10 MB/s", $"{mbs:F2} MB/s ({build.Documents / build.Elapsed.TotalSeconds:F0} docs/s)", mbs >= 10);
            Line("peak RSS while indexing < 2 GB", Machine.Mb(build.PeakRss), build.PeakRss < 2L << 30);
        }
        else Line("index build", "not built in this run (existing index)", null);
        var at32 = http.FirstOrDefault(f => f.Clients == 32);
        if (at32 is not null)
        {
            Line("32 clients, cache on ≥ 300 searches/s", $"{at32.PerSecond:F1}/s", at32.PerSecond >= 300);
            Line("32 clients, cache on p99 < 50 ms", $"{at32.P99:F1} ms", at32.P99 < 50);
        }
        if (uncached.FirstOrDefault(f => f.Clients == 32) is { } computed)
        {
            Line("32 clients, cache off ≥ 300 searches/s", $"{computed.PerSecond:F1}/s", computed.PerSecond >= 300);
            Line("32 clients, cache off p99 < 50 ms", $"{computed.P99:F1} ms", computed.P99 < 50);
        }
        http = http.Concat(uncached).ToList();
        var failures = http.Sum(f => f.Failures);
        Line("no failed request", $"{failures} failed of {http.Sum(f => f.Searches)}", failures == 0);
        var different = http.Sum(f => f.Different);
        Line("answers under load = answers when idle", $"{different} totals differ of {http.Sum(f => f.Searches)}", different == 0);
        Line("first answer < 3 s with an existing index", $"{firstAnswer.TotalSeconds:F2} s (/healthz {healthy.TotalSeconds:F2} s)", firstAnswer.TotalSeconds < 3);
        if (cold is not null) Line("cold start (service builds the index)", $"{cold.Value.TotalSeconds:F1} s", null);
        Line("service RSS serving < 1 GB, cache on", $"{Machine.Mb(cachedRss.Rss)} (peak {Machine.Mb(cachedRss.Peak)})", cachedRss.Peak < 1L << 30);
        if (computedRss is { } computedMemory)
            Line("service RSS serving < 1 GB, cache off", $"{Machine.Mb(computedMemory.Rss)} (peak {Machine.Mb(computedMemory.Peak)})", computedMemory.Peak < 1L << 30);

        if (inProcess is null || sqlite is null || sqliteBuild is null) return;
        Console.WriteLine($"\n## Side by side: Lucene (the service's SearchIndex, in process) vs SQLite FTS5 (in process); ratio = Lucene / SQLite");
        var sqliteSeconds = (sqliteBuild.Insert + sqliteBuild.Optimize).TotalSeconds;
        var (luceneSize, _) = Machine.IndexBytes(indexRoot);
        Console.WriteLine($"{"",-22} {"Lucene",12} {"SQLite",12} {"ratio",8}");
        if (build is not null)
            Console.WriteLine($"{"index time s",-22} {build.Elapsed.TotalSeconds,12:F1} {sqliteSeconds,12:F1} {build.Elapsed.TotalSeconds / sqliteSeconds,8:F2}");
        Console.WriteLine($"{"index size MB",-22} {luceneSize / 1048576.0,12:F1} {sqliteBuild.DatabaseBytes / 1048576.0,12:F1} {luceneSize / (double)sqliteBuild.DatabaseBytes,8:F2}");
        for (var i = 0; i < inProcess.Count && i < sqlite.Count; i++)
        {
            var l = inProcess[i];
            var s = sqlite[i];
            Console.WriteLine($"{$"{l.Clients} clients searches/s",-22} {l.PerSecond,12:F1} {s.PerSecond,12:F1} {l.PerSecond / s.PerSecond,8:F2}");
            Console.WriteLine($"{$"{l.Clients} clients p50 ms",-22} {l.P50,12:F2} {s.P50,12:F2} {l.P50 / s.P50,8:F2}");
            Console.WriteLine($"{$"{l.Clients} clients p99 ms",-22} {l.P99,12:F2} {s.P99,12:F2} {l.P99 / s.P99,8:F2}");
        }
        Console.WriteLine("(Lucene over HTTP, for reference: " + string.Join("; ", http.Select(f => $"{f.Clients} clients {f.PerSecond:F1}/s p50 {f.P50:F1} p99 {f.P99:F1} ms")) + ")");
    }

    private static string[]? Wrap(string? value) => value is null ? null : [value];

    private static string Trim(string s, int width) => s.Length <= width ? s : s[..(width - 1)] + "…";
}
