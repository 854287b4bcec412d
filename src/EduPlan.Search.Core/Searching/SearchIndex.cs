using System.Diagnostics;
using System.Text.Json;
using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Indexing;
using EduPlan.Search.Core.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace EduPlan.Search.Core.Searching;

/// <summary>
/// One open index generation: the Lucene index, the documents' metadata and the citation graph.
/// Immutable once open and safe for concurrent searches; a rebuild opens a new one and swaps it in.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    /// <summary>
    /// The title weighs a quarter of the body: its length norm already makes a word there weigh some fifteen times one in a
    /// long body. At twice the body, a plan titled "... giáo dục ..." outranked the documents saying "giáo dục hòa nhập" in
    /// so many words, though it lacked "nhập" (judged sets: seeds 0.910 → 0.915, held-out topics 0.816 → 0.843, symbols 0.923 → 0.932).
    /// </summary>
    private static readonly (string Field, float Boost)[] DocumentFields = [(IndexFields.Title, 0.25f), (IndexFields.Body, 1f)];
    private static readonly (string, float)[] PassageFields = [(IndexFields.Body, 1f)];
    private const int PassagesPerHit = 3;

    /// <summary>No single query may occupy a core longer than this; past it the hits found so far are ranked.</summary>
    public const long MaxQueryMilliseconds = 1500;

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Dictionary<string, int> _ordinalById;
    private readonly DocumentTable _table;
    private readonly DocumentOrdinals _ordinals;
    private readonly GraphStore.Stored _stored;
    private readonly CitationFile _citations;
    private readonly Lazy<CitationGraph> _graph;

    private static long _opened;

    /// <summary>Different for every index opened in this process, a reopened generation included: what answers cached for it are keyed by.</summary>
    public long Serial { get; } = Interlocked.Increment(ref _opened);

    public IndexGeneration Generation { get; }
    public IReadOnlyList<DocumentInfo> Documents { get; }
    public CitationGraph Graph => _graph.Value;

    /// <summary>Whether <see cref="Graph"/> is read: once a first search has been answered, it is read beside what comes next.</summary>
    public bool GraphRead => _graph.IsValueCreated;

    private int _graphRequested;

    private static readonly TimeSpan GraphReadDelay = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The citation graph is read on first use: at 100,000 documents in 1.9 s, which the first search naming an instrument paid (its card
    /// and facets). Read at open, it took the cores the first answer needed; read once a search has been answered, it is ready before most
    /// staff type a symbol. A failure to read it is not lost: the next use of <see cref="Graph"/> throws it where it is needed.
    /// </summary>
    private void ReadGraphAfterFirstAnswer()
    {
        // Begun a second after the answer, not as it is returned: the first request's own work after its search (its answer written, its
        // instruments looked up) shared the cores with it, and the first answer after a start came 0.4-0.5 s later (3.08 and 3.24 s against
        // 2.73 s). Not for an index taken out of service meanwhile, which closes as soon as no request reads it; held while it reads, as a
        // request is.
        if (Interlocked.Exchange(ref _graphRequested, 1) != 0) return;
        _ = Task.Delay(GraphReadDelay).ContinueWith(delayed =>
        {
            if (Volatile.Read(ref _ownerReleased) != 0 || !TryHold()) return;
            try { _ = _graph.Value; }
            catch (Exception) { /* Lazy keeps the exception for the next use of Graph, which reports it. */ }
            finally { Release(); }
        }, TaskScheduler.Default);
    }
    /// <summary>What the index was built from; read beside the documents when the index opens.</summary>
    public IndexManifest? Manifest => _manifest.Result;

    /// <summary>
    /// Whether <see cref="Manifest"/> answers without waiting: at 100,000 files it takes half a second to read beside the rest, which
    /// searches do not need, and /healthz waited for it (the first answer after a start came 0.3 s later).
    /// </summary>
    public bool ManifestRead => _manifest.IsCompleted;
    private readonly Task<IndexManifest?> _manifest;
    public Abbreviations Abbreviations { get; }
    private readonly Lazy<SpellingSuggester> _speller;

    /// <summary>A query finding fewer documents than this gets a "did you mean" when one exists.</summary>
    public const int FewHits = 2;

    /// <summary>
    /// A long query (<see cref="UserQuery.CanRelax"/>) finding fewer documents than this, a page at the default size, is searched again
    /// <see cref="UserQuery.Relaxed"/>. Tried at 2, 3, 5 and 10 over the fifteen judged sets and the seeds': each step up raised some
    /// (eval-testers13 0.825, 0.844, 0.856, 0.856; eval-testers9 0.918 to 0.934; eval-testers12 0.882 to 0.906) and lowered none.
    /// </summary>
    public const int RelaxedBelow = 10;

    private SearchIndex(IndexGeneration generation, LuceneDirectory directory, DirectoryReader reader, GraphStore.Stored stored, CitationFile citations, Task<IndexManifest?> manifest, Abbreviations abbreviations)
    {
        Generation = generation;
        _directory = directory;
        _reader = reader;
        _searcher = new IndexSearcher(reader);
        _stored = stored;
        _citations = citations;
        // The graph is read on its first use: a search needs only the documents.
        _graph = new Lazy<CitationGraph>(() => new CitationGraph(stored.ReadGraph(), stored.Documents.Select(d => (d.Ordinal, d.Info.Id, d.Citations)), citations));
        _table = new DocumentTable(stored.Documents.ToDictionary(d => d.Ordinal, d => d.Info));
        _ordinals = new DocumentOrdinals(reader);
        Documents = _table.InIdOrder;
        _manifest = manifest;
        Abbreviations = abbreviations;
        _speller = new Lazy<SpellingSuggester>(() => new SpellingSuggester(reader, abbreviations));
        _ordinalById = stored.Documents.ToDictionary(d => d.Info.Id, d => d.Ordinal, StringComparer.Ordinal);
        _allFacets = new(() =>
        {
            var counters = _table.NewFacetCounters();
            foreach (var ordinal in _ordinalById.Values) _table.Count(counters, ordinal);
            return _table.Facets(counters);
        });
    }

    /// <summary>Opens a generation; throws <see cref="InvalidDataException"/> when it is damaged.</summary>
    public static SearchIndex Open(IndexGeneration generation)
    {
        LuceneDirectory? directory = null;
        DirectoryReader? reader = null;
        GraphStore.Stored? stored = null;
        CitationFile? citations = null;
        try
        {
            // The parts are independent: read them side by side, so the first search waits for the slowest alone.
            var manifest = Task.Run(() => IndexManifest.Load(generation.Path));
            var storing = Task.Run(() => GraphStore.Open(generation.Path));
            var abbreviations = Task.Run(() => Abbreviations.Load(generation.Path));
            try
            {
                directory = new MappedDirectory(new DirectoryInfo(generation.Path));
                reader = DirectoryReader.Open(directory);
                citations = CitationFile.OpenForRead(generation.Path);
            }
            finally
            {
                // Never leave the graph store open behind a failure to open the rest.
                try { storing.Wait(); } catch (AggregateException) { }
                stored = storing.IsCompletedSuccessfully ? storing.Result : null;
            }
            stored ??= storing.GetAwaiter().GetResult(); // rethrows what failed, as itself
            return new SearchIndex(generation, directory, reader, stored, citations, manifest, abbreviations.GetAwaiter().GetResult());
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or IndexNotFoundException or CorruptIndexException
                                       or UnauthorizedAccessException or ArgumentException or FormatException or OverflowException)
        {
            citations?.Dispose();
            stored?.Dispose();
            reader?.Dispose();
            directory?.Dispose();
            throw new InvalidDataException($"the index in {generation.Path} cannot be opened: {e.Message}", e);
        }
    }

    public DocumentInfo? Find(string id) => _ordinalById.TryGetValue(id, out var i) ? _table[i] : null;

    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>> _allFacets;

    /// <summary>The facets of every document, counted as a search's are; computed on first use and kept.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> AllFacets() => _allFacets.Value;

    /// <summary>The parsed document, from the source text stored in the index.</summary>
    public CorpusDocument? Load(string id)
    {
        if (Find(id) is not { } info) return null;
        var hits = _searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
        if (hits.TotalHits == 0) return null;
        var source = _searcher.Doc(hits.ScoreDocs[0].Doc, SourceOnly).Get(IndexFields.Source);
        var parsed = DocumentParser.Parse(source, info.Id, info.Source);
        return parsed with { Info = info };
    }

    /// <summary>
    /// How many of the first pass's best matches the full ranking rescores, at least. A document outside
    /// them would need its exact-mark and phrase evidence to outweigh hundreds of documents' folded matches.
    /// At 100,000 documents, 200 give the same top tens as 400 for the 26 queries of the mix and 250 sampled
    /// ones (one sampled query differs from ranking every match either way, in one document of ten), and the
    /// second pass, which reads postings block by block up to each candidate, costs half.
    /// </summary>
    public const int RescoredCandidates = 200;

    public SearchResult Search(SearchRequest request, UserQuery query) => Search(request, query, RescoredCandidates);

    /// <param name="candidates">How many first-pass matches to rescore; int.MaxValue rescores them all, as a one-pass search would.</param>
    internal SearchResult Search(SearchRequest request, UserQuery query, int candidates)
    {
        var clock = Stopwatch.StartNew();
        query = Prepared(query);
        // A page far past the last match is empty, not the first page again: its offset can pass int.MaxValue.
        var offset = (long)(request.Page - 1) * request.Size;
        // Whole windows of candidates (see below): a page's window is rescored whole, as on every page it spans.
        var wanted = (int)Math.Min((offset + request.Size + candidates - 1) / candidates * (long)candidates, int.MaxValue);
        using var units = new UnitCounts();
        var (matches, complete) = FirstPass(request, query, Math.Max(candidates, wanted), units);
        // A long question that fewer than a page of texts say three quarters of is searched again for the texts holding half its words:
        // those holding more still rank first (MissingWords.Coordination), and the page is filled below them.
        using var relaxedUnits = matches.Total < RelaxedBelow && query.CanRelax ? new UnitCounts() : null;
        if (relaxedUnits is not null)
        {
            query = query with { Relaxed = true };
            (matches, complete) = FirstPass(request, query, Math.Max(candidates, wanted), relaxedUnits);
        }
        var required = query.RequiredUnits;

        // Second pass: the candidates scored by the full query, exactly as if it had run over everything.
        // A page past the last match has nothing to rank.
        var ranked = offset < matches.Total ? matches.Best() : [];
        // The full ranking orders the first pass's best in windows of the candidates it rescores, each after the one before: a page past
        // the first window rescores more of them, and reordering them all moved documents between the first pages (paging through "chính
        // quyền 2 cấp" showed 19 documents twice and never showed 19, among them two saying "chính quyền địa phương hai cấp").
        var window = ranked.Select((h, i) => (h.Doc, Window: i / candidates)).ToDictionary(h => h.Doc, h => h.Window);
        var lacking = new Dictionary<int, Lacking>();
        if (!query.IsEmpty && ranked.Count > 0)
        {
            var docs = ranked.Select(h => h.Doc).Order().ToArray();
            var rank = new HitCollector(_ordinals);
            var plan = QueryBuilder.Plan(query, DocumentFields, required);
            complete &= Collect(new DocIdListFilter(docs).Only(QueryBuilder.ToLucene(plan, requirementsMet: true)), rank);
            ranked = rank.Hits;
            lacking = MissingWords.Of(_searcher, _ordinals, query, plan, docs);
        }
        // A hit lacking a typed word ranks below every hit holding them all, however often it repeats the others: staff typing
        // "tuyển sinh lớp 10" want the texts saying "tuyển sinh vào lớp 10" before a circular on "tuyển sinh" that never says "lớp".
        var coordination = MissingWords.Coordination(query);
        var agreement = OwnMetadata.Agreement(query);
        var page = ranked.Where(h => _table.Contains(h.Ordinal))
            .Select(h => h with { Score = h.Score * coordination(lacking.GetValueOrDefault(h.Doc)) * agreement(_table[h.Ordinal]) })
            .OrderBy(h => window.GetValueOrDefault(h.Doc)).ThenByDescending(h => h.Score).ThenBy(h => _table.IdRank(h.Ordinal))
            .Skip((int)Math.Min(offset, int.MaxValue)).Take(request.Size).ToList();

        var ranker = new PassageRanker(_reader);
        var passagePlan = QueryBuilder.Plan(query.WithoutProvinceNames(), PassageFields, 1);
        var hits = page.Select(h => new SearchHit(_table[h.Ordinal], h.Score,
            query.IsEmpty ? [] : Passages(ranker, passagePlan, query, h.Doc)) { Missing = lacking.GetValueOrDefault(h.Doc)?.Words ?? [] }).ToList();
        // A suggestion is offered only if it finds something itself: "… quokkazz" was offered "… quokka", which found nothing either.
        // A word no document holds gets one however much the others find: "giáo dục mầm nom" listed five documents lacking "nom".
        // So does a word no document writes beside the word typed before it ("kế hoạc": "hoặc", never after "kế"), whatever the two find apart.
        var didYouMean = !query.IsEmpty && (matches.Total < FewHits || query.ReadFromKeys || query.Units.Any(u => !IsHeld(u)) || query.AdjacentPairs().Any(p => !IsPairHeld(p.First, p.Second)))
            ? new[] { _speller.Value.Suggest(query.Normalized), matches.Total == 0 ? WithoutUnheldWords(query) : null }
                .FirstOrDefault(suggestion => suggestion is not null && Finds(request, suggestion))
            : null;
        ReadGraphAfterFirstAnswer();
        return new SearchResult(query.Normalized, matches.Total, request.Page, request.Size, clock.Elapsed.TotalMilliseconds, hits,
            _table.Facets(matches.FacetCounts), didYouMean)
        {
            Partial = !complete,
            Ignored = query.Ignored,
        };
    }

    /// <summary>The query as searched: words typed in Telex or VNI read, abbreviations and other wordings expanded, syllables typed together read apart, and read without marks when their marks are a slip.</summary>
    internal UserQuery Prepared(UserQuery query) =>
        query.WithCanonicalSymbols().WithTypingSchemesRead(MayBeFound).Expand(Abbreviations, MayBeFound).WithSynonyms(Synonyms.Curated, MayBeFound).WithGluedSyllablesApart(MayBeFound).WithCountsWrittenOtherwise().FoldedWhenMarksSlipped(IsHeldExactly, IsPairHeld).SpellingsWeighedAlike(Weight).WithSymbolsNumbered(SymbolsNumbered)
            .WithLawNames(symbol => LawNames.Of(_reader, symbol.Folded)).WithSoleYearLaws(keys => LawNames.SoleYearNames(_reader, keys));

    /// <summary>How many symbols one number may stand for: a letter's number recurs across issuers and years.</summary>
    private const int MaxSymbolsNumbered = 32;

    /// <summary>
    /// The symbols without a type code that an instrument named by kind and number may have: the graph's of that kind so numbered
    /// (88/2014/QH13 for "Nghị quyết 88"), and for a kind with no type code (Công văn) any the index holds that opens with the number (a
    /// letter's: 4567/BGDĐT-GDTH), since a letter is cited as "văn bản", "công văn" or by its symbol alone.
    /// </summary>
    private IReadOnlyList<string> SymbolsNumbered(KindAndNumber named)
    {
        var found = new SortedSet<string>(Graph.UncodedSymbols(named.Kind, named.Number), StringComparer.Ordinal);
        if (named.Year is { } year) found.RemoveWhere(symbol => ParsedSymbol.Parse(symbol.ToUpperInvariant())?.Year != year);
        if (named.Codes.Count > 0) found.RemoveWhere(symbol => !HoldsCodes(symbol, named));
        if (DocumentKinds.CodesOf(named.Kind).Any()) return found.ToList();
        var prefix = new BytesRef(named.Number + "/");
        foreach (var (field, _) in DocumentFields)
        {
            if (MultiFields.GetTerms(_reader, IndexFields.Leveled(field, MarkLevel.Folded)) is not { } terms) continue;
            var enumerator = terms.GetEnumerator();
            if (enumerator.SeekCeil(prefix) == TermsEnum.SeekStatus.END) continue;
            do
            {
                if (!StringHelper.StartsWith(enumerator.Term, prefix)) break;
                var symbol = enumerator.Term.Utf8ToString();
                // Folded terms are in small letters; a symbol's codes are read in capitals.
                if (ParsedSymbol.Parse(symbol.ToUpperInvariant()) is { TypeCode: null } parsed && (named.Year is null || parsed.Year == named.Year)
                    && HoldsCodes(symbol, named)) found.Add(symbol);
            } while (found.Count < MaxSymbolsNumbered && enumerator.MoveNext());
        }
        return found.ToList();
    }

    /// <summary>Whether a symbol holds every issuer code typed with its number: "88/2014/QH13" holds QH13.</summary>
    private static bool HoldsCodes(string symbol, KindAndNumber named) =>
        named.Codes.Count == 0 || InstrumentSymbolFilter.Parts(symbol).ToHashSet(StringComparer.OrdinalIgnoreCase) is var parts && named.Codes.All(parts.Contains);

    /// <summary>
    /// What a document writing the phrase weighs: its words' idf squared, as the default similarity weighs a phrase, times the levels it
    /// is sought at (a phrase with marks at its marks and folded, one without folded alone).
    /// </summary>
    private float Weight(QueryPhrase phrase) => WordsIdf(phrase) is var idf ? idf * idf * QueryBuilder.LevelsWeight(phrase.Tokens) : 0f;

    /// <summary>A phrase's words' idfs in the body, folded, summed: what its weight grows with.</summary>
    private float WordsIdf(QueryPhrase phrase) => phrase.Tokens.Where(t => !t.IsSymbolPart)
        .Sum(t => QueryBuilder.Idf(_reader, new Term(IndexFields.Leveled(IndexFields.Body, MarkLevel.Folded), t.Folded)));

    /// <summary>
    /// First pass: every match counted and faceted, scored cheaply by its words (folded and as typed) and its phrases (from the pairs
    /// field), the best <paramref name="candidates"/> kept for the full ranking. False when the time bound cut it short.
    /// </summary>
    private (MatchCollector Matches, bool Complete) FirstPass(SearchRequest request, UserQuery query, int candidates, UnitCounts units)
    {
        var match = query.IsEmpty ? QueryBuilder.AllBut(query, DocumentFields) : QueryBuilder.Candidates(query, DocumentFields, query.RequiredUnits, _reader, units);
        var filters = new BooleanQuery();
        foreach (var filter in Filters(request)) filters.Add(filter, Occur.MUST);
        if (filters.Clauses.Count > 0) match = AcceptedDocs.Only(match, AcceptedDocs.Matching(filters));
        var matches = new MatchCollector(_table, _ordinals, candidates, query.IsEmpty ? null : units, query.RequiredWords);
        return (matches, Collect(match, matches));
    }

    /// <summary>Whether a query finds any document with the request's filters: what a suggestion must do to be offered.</summary>
    private bool Finds(SearchRequest request, string text)
    {
        var query = Prepared(UserQuery.Parse(text));
        if (query.IsEmpty) return false;
        using var units = new UnitCounts();
        return FirstPass(request, query, 1, units).Matches.Total > 0;
    }

    /// <summary>
    /// The query without the words no document holds, when it has others: staff typing "dạy học livestream" (which no directive
    /// says) are offered "dạy học" instead of nothing. The query itself still finds nothing, as it asked.
    /// </summary>
    private string? WithoutUnheldWords(UserQuery query)
    {
        var unheld = query.Units.Where(u => u.Alternatives is [{ Quoted: false, Tokens: [_] }] && !IsHeld(u)).Select(u => u.Alternatives[0].Tokens[0].Folded).ToHashSet();
        // A quoted phrase holding such a word goes whole: 'giáo dục "dạy học livestream"' found nothing and was offered nothing.
        var unheldQuoted = query.Units.Where(u => u.Alternatives is [{ Quoted: true }] && !IsHeld(u))
            .SelectMany(u => u.Alternatives[0].Tokens).Where(t => !IsHeldFolded(t)).Select(t => t.Folded).ToHashSet();
        if (unheld.Count + unheldQuoted.Count == 0 || unheld.Count == query.Units.Count) return null;
        // A province goes whole: "Quảng Ninh" was offered "Ninh", which found a director's name.
        foreach (var (_, typed) in query.Provinces())
            if (typed.Any(t => unheld.Contains(t.Folded))) unheld.UnionWith(typed.Select(t => t.Folded));
        var words = query.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var unquoted = unheldQuoted.Count == 0 ? query.Normalized : QuotedPhrase().Replace(query.Normalized, phrase =>
            phrase.Value[0] != '-' && phrase.Value.Split(' ').Any(w => unheldQuoted.Contains(VietnameseFolding.FoldAll(w.Trim(QuoteMarks)))) ? " " : phrase.Value);
        var kept = unquoted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !unheld.Contains(VietnameseFolding.FoldAll(w))).ToList();
        // Numbers alone ("covid 19" without "covid") are a day, a figure or a number in any text: nothing the query asked about.
        return kept.Any(w => w.Any(char.IsLetter)) && kept.Count < words.Length ? string.Join(' ', kept) : null;
    }

    /// <summary>A phrase typed in quotes, straight or curly, and an excluded one with its minus (which stays: it excludes nothing then).</summary>
    [System.Text.RegularExpressions.GeneratedRegex("-?[\"" + UserQuery.CurlyQuotes + "][^\"" + UserQuery.CurlyQuotes + "]*[\"" + UserQuery.CurlyQuotes + "]?")]
    private static partial System.Text.RegularExpressions.Regex QuotedPhrase();

    private static readonly char[] QuoteMarks = ['"', .. UserQuery.CurlyQuotes, ',', '.', ';', ':'];

    private bool IsHeldExactly(Analysis.AnalyzedToken word) =>
        DocumentFields.Any(f => _reader.DocFreq(new Term(IndexFields.Leveled(f.Field, MarkLevel.Exact), word.Exact)) > 0);

    private bool IsPairHeld(Analysis.AnalyzedToken first, Analysis.AnalyzedToken second) =>
        DocumentFields.Any(f => _reader.DocFreq(new Term(IndexFields.Pairs(f.Field), Analysis.TokenPairStream.Term(first, second))) > 0);

    /// <summary>Whether some document may hold the phrase: its word, or each pair of its adjacent words.</summary>
    private bool MayBeFound(QueryPhrase phrase) => phrase.Tokens.Count == 1
        ? IsHeldFolded(phrase.Tokens[0])
        : Enumerable.Range(0, phrase.Tokens.Count - 1).All(i => IsPairHeld(phrase.Tokens[i], phrase.Tokens[i + 1]));

    private bool IsHeldFolded(Analysis.AnalyzedToken word) =>
        DocumentFields.Any(f => _reader.DocFreq(new Term(IndexFields.Leveled(f.Field, MarkLevel.Folded), word.Folded)) > 0);

    /// <summary>Whether some document holds every word of one of the unit's alternatives, or the abbreviation it stands for.</summary>
    private bool IsHeld(QueryUnit unit) => unit.Alternatives.Any(phrase =>
        phrase.Tokens.All(IsHeldFolded)
        || (phrase.Tokens.Count == 1 && Abbreviations.FindShort(phrase.Tokens[0].Exact) is not null));

    /// <summary>The best sections of a document on the page, best first.</summary>
    private List<Passage> Passages(PassageRanker ranker, QueryPlan plan, UserQuery query, int doc)
    {
        var stored = _searcher.Doc(doc, SectionsOnly).GetBinaryValue(IndexFields.Sections);
        if (stored is null) return [];
        var sections = IndexedSections.Parse(stored.Bytes, stored.Offset, stored.Length);
        var lawsCited = SnippetBuilder.LawsCited(sections.Sections.Select(s => s.Text), query);
        return ranker.Rank(doc, sections, plan).Take(PassagesPerHit).Select(s => sections.Sections[s])
            .Select(s => new Passage(s.Id, s.Heading, SnippetBuilder.Build(s, query, lawsCited)))
            // In a text citing the law the query names, a passage holding its words elsewhere shows nothing that was found ("3. Cán bộ,
            // giáo viên chấp hành …" for "Luật Viên chức 2010"): the passage citing it is what the hit is.
            .Where((p, i) => i == 0 || lawsCited.Count == 0 || p.Snippet.Contains("<mark>", StringComparison.Ordinal)).ToList();
    }

    private static readonly ISet<string> SectionsOnly = new HashSet<string> { IndexFields.Sections };
    private static readonly ISet<string> SourceOnly = new HashSet<string> { IndexFields.Source };

    /// <summary>Runs the query within its time bound; false when the bound cut it short.</summary>
    private bool Collect(Query query, ICollector collector)
    {
        try
        {
            _searcher.Search(query, new TimeLimitingCollector(collector, TimeLimitingCollector.GlobalCounter, MaxQueryMilliseconds));
            return true;
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            // Keep what was collected in time: a partial answer, said to be partial, beats a core held hostage.
            return false;
        }
    }

    private static IEnumerable<Query> Filters(SearchRequest request)
    {
        foreach (var (field, values) in new[]
                 {
                     (IndexFields.Province, request.Province), (IndexFields.Kind, request.Kind),
                     (IndexFields.Year, request.Year), (IndexFields.SchoolYear, request.SchoolYear),
                 })
            if (QueryBuilder.Filter(field, values) is { } q) yield return q;
    }

    // The owner's hold (taken at open) plus one per lease: the files close when the last is let go, so an index taken out of
    // service lives exactly as long as the requests still reading it, not a fixed grace.
    private int _holds = 1;
    private int _ownerReleased;

    /// <summary>True once the owner and every lease have let the index go and its files are closed.</summary>
    public bool IsClosed => Volatile.Read(ref _holds) == 0;

    /// <summary>Takes one more hold, unless the index has already closed (a closed index cannot be reopened).</summary>
    internal bool TryHold()
    {
        for (var holds = Volatile.Read(ref _holds); holds > 0;)
        {
            var seen = Interlocked.CompareExchange(ref _holds, holds + 1, holds);
            if (seen == holds) return true;
            holds = seen;
        }
        return false;
    }

    internal void Release()
    {
        if (Interlocked.Decrement(ref _holds) != 0) return;
        _reader.Dispose();
        _directory.Dispose();
        _stored.Dispose();
        _citations.Dispose();
    }

    /// <summary>The owner lets the index go; it closes now, or when the last lease on it ends.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _ownerReleased, 1) == 0) Release();
    }
}
