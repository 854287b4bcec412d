using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Citations;

/// <summary>A typed edge: <see cref="Source"/> cites <see cref="Target"/> <see cref="Count"/> times with <see cref="Relation"/>.</summary>
public sealed record CitationEdge(string Source, string Target, string Relation, int Count);

/// <summary>
/// Instruments as nodes (corpus documents included), citations as typed edges, as <see cref="GraphBuilder"/>
/// computed them. Nodes, edges and who cites what are in memory; the citations themselves (surfaces,
/// context sentences) are read from the <see cref="CitationFile"/> when a request asks for them.
/// </summary>
public sealed class CitationGraph
{
    private readonly Dictionary<string, Instrument> _nodes;
    private readonly IReadOnlyDictionary<string, string> _remap;
    private readonly IReadOnlyDictionary<string, string> _documentNode;
    private readonly IReadOnlyDictionary<string, CitingPair[]> _citedBy;
    private readonly Dictionary<string, int> _citedByCount;
    private readonly Dictionary<int, (string Id, CitationRecord Citations)> _byOrdinal = [];
    private readonly Dictionary<string, CitationRecord> _byId = new(StringComparer.Ordinal);
    private readonly CitationFile? _citations;
    private readonly Lazy<Dictionary<string, List<CitationEdge>>> _edgesOf;
    private readonly Lazy<Dictionary<string, List<string>>> _bySymbolPart;
    private readonly Lazy<WordIndex> _byWord;

    /// <summary>
    /// The instruments under each word of their kind, title, issuer and key; and the words of each one's kind and title, by which the
    /// instruments a lookup finds are ordered (the one saying least besides the words typed first).
    /// </summary>
    private sealed record WordIndex(Dictionary<string, List<string>> Holders, Dictionary<string, string[]> NameWords);
    private readonly Lazy<IReadOnlySet<string>> _kinds;

    public IReadOnlyCollection<Instrument> Instruments => _nodes.Values;
    public IReadOnlyList<CitationEdge> Edges { get; }

    /// <summary>The kinds the instruments are filed under, as written ("Quy hoạch" among them, which no document calls itself).</summary>
    public IReadOnlySet<string> Kinds => _kinds.Value;

    /// <summary>The graph of <paramref name="data"/>, whose documents' citations are in <paramref name="citations"/>.</summary>
    public CitationGraph(GraphData data, IEnumerable<(int Ordinal, string Id, CitationRecord Citations)> documents, CitationFile? citations)
    {
        _nodes = data.Nodes.ToDictionary(n => n.Key);
        _remap = data.Remap;
        _documentNode = data.DocumentNodes;
        _citedBy = data.CitedBy;
        _citations = citations;
        Edges = data.Edges;
        foreach (var (ordinal, id, record) in documents)
        {
            _byOrdinal[ordinal] = (id, record);
            _byId[id] = record;
        }
        _citedByCount = _citedBy.ToDictionary(p => p.Key, p => DistinctOrdinals(p.Value));
        _edgesOf = new(() =>
        {
            var edgesOf = new Dictionary<string, List<CitationEdge>>();
            foreach (var e in Edges)
                foreach (var end in new[] { e.Source, e.Target })
                {
                    if (!edgesOf.TryGetValue(end, out var list)) edgesOf[end] = list = [];
                    list.Add(e);
                }
            return edgesOf;
        });
        _bySymbolPart = new(() =>
        {
            var bySymbolPart = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var n in _nodes.Values.Where(n => n.Symbol is not null))
                foreach (var part in SymbolParts(n.Symbol!))
                {
                    if (!bySymbolPart.TryGetValue(part, out var keys)) bySymbolPart[part] = keys = [];
                    keys.Add(n.Key);
                }
            return bySymbolPart;
        });
        // Every node's words, read once: a lookup by words read each node's kind, title and issuer again, for each word typed (0.9 s a
        // lookup over the 100,000 documents' graph, on every search naming a number).
        _byWord = new(() =>
        {
            var byWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var nameWords = new Dictionary<string, string[]>(StringComparer.Ordinal);
            // One string per word, shared by every node naming it: a node's words read afresh were 113,000 nodes' copies of the same few thousand.
            var shared = new Dictionary<string, string>(StringComparer.Ordinal);
            string Shared(string word) => shared.TryGetValue(word, out var one) ? one : shared[word] = word;
            // Each kind, title and issuer read once: a dozen kinds, a few hundred issuers and the titles of the instruments every province
            // implements stand for 113,000 nodes at 100,000 documents, and reading each node's afresh was 2.3 s and 790 MB of garbage.
            var read = new Dictionary<string, string[]>(StringComparer.Ordinal);
            string[] WordsOf(string? text) => string.IsNullOrEmpty(text) ? []
                : read.TryGetValue(text, out var known) ? known : read[text] = Split(text).Select(Shared).Distinct().ToArray();
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var n in _nodes.Values)
            {
                words.Clear();
                words.UnionWith(WordsOf(n.Kind));
                words.UnionWith(WordsOf(n.Title));
                nameWords[n.Key] = [.. words];
                words.UnionWith(WordsOf(n.Issuer));
                words.UnionWith(Split(n.Key));
                foreach (var word in words)
                {
                    if (!byWord.TryGetValue(word, out var keys)) byWord[Shared(word)] = keys = [];
                    keys.Add(n.Key);
                }
            }
            foreach (var keys in byWord.Values) keys.TrimExcess();
            return new WordIndex(byWord, nameWords);
        });
        _kinds = new(() => _nodes.Values.Select(n => n.Kind).ToHashSet(StringComparer.Ordinal));
        _kindWords = new(() => DocumentKinds.All.Concat(_kinds.Value).Distinct(StringComparer.Ordinal)
            .Select(k => (Kind: k, Words: Split(k))).Where(k => k.Words.Length > 0).OrderByDescending(k => k.Words.Length).ToArray());
    }

    public static CitationGraph Empty { get; } = new(GraphData.Empty, [], null);

    /// <summary>The pairs come in ordinal order, so each document's are together.</summary>
    private static int DistinctOrdinals(CitingPair[] pairs)
    {
        var count = 0;
        for (var i = 0; i < pairs.Length; i++)
            if (i == 0 || pairs[i].Ordinal != pairs[i - 1].Ordinal) count++;
        return count;
    }

    /// <summary>The instrument of a key, or of a key that joined it ("29-nq-tw" where a text dates it, "luat-giao-duc-2019" where one numbers it).</summary>
    public Instrument? Find(string key) =>
        _nodes.GetValueOrDefault(key) ?? (_remap.TryGetValue(key, out var joined) ? _nodes.GetValueOrDefault(joined) : null);

    /// <summary>Every citation of a document in text order, each with its instrument's node.</summary>
    public IReadOnlyList<Citation> CitationsOf(string documentId) =>
        _byId.TryGetValue(documentId, out var record) ? Read(record).Select(Resolved).ToList() : [];

    /// <summary>Every citation of an instrument, in document order and then text order.</summary>
    public IReadOnlyList<(string DocumentId, Citation Citation)> CitedBy(string key) => CitedBy(key, null);

    /// <summary>The citing occurrences of the given documents only: a page of a hub cited by half the country reads only that page.</summary>
    public IReadOnlyList<(string DocumentId, Citation Citation)> CitedBy(string key, IReadOnlySet<string>? documentIds)
    {
        if (!_citedBy.TryGetValue(key, out var pairs)) return [];
        var result = new List<(string, Citation)>(documentIds?.Count ?? pairs.Length);
        List<StoredCitation> citations = [];
        for (var i = 0; i < pairs.Length; i++)
        {
            if (!_byOrdinal.TryGetValue(pairs[i].Ordinal, out var document)) continue;
            if (documentIds is not null && !documentIds.Contains(document.Id)) continue;
            if (i == 0 || pairs[i].Ordinal != pairs[i - 1].Ordinal) citations = Read(document.Citations);
            if (pairs[i].Index < citations.Count) result.Add((document.Id, Resolved(citations[pairs[i].Index])));
        }
        return result;
    }

    private List<StoredCitation> Read(CitationRecord record) => _citations?.Read(record) ?? [];

    private Citation Resolved(StoredCitation c) => c.With(_nodes[_remap.GetValueOrDefault(c.Key) ?? c.Key]);

    /// <summary>The documents citing the instrument, each once, without reading a single citation.</summary>
    public IReadOnlyList<string> CitingDocuments(string key) =>
        _citedBy.TryGetValue(key, out var pairs)
            ? pairs.Select(p => p.Ordinal).Distinct().Select(o => _byOrdinal.TryGetValue(o, out var d) ? d.Id : null).OfType<string>().ToList()
            : [];

    public int CitedByCount(string key) => _citedByCount.GetValueOrDefault(key);

    /// <summary>The instrument node of a corpus document.</summary>
    public string? NodeOfDocument(string documentId) => _documentNode.GetValueOrDefault(documentId);

    /// <summary>Finds the graph's instrument for a citation extracted elsewhere (the extract endpoint).</summary>
    public Instrument? Resolve(Instrument candidate)
    {
        if (Find(candidate.Key) is { } known) return known;
        // "Chỉ thị ngày 26/8/2024 của Bộ trưởng Bộ GDĐT": the one numbered directive of that issuer and day, as the graph joins them.
        if (DatedInstruments.IsDated(candidate))
        {
            var identity = DatedInstruments.Identity(candidate.Scope, candidate.Kind, candidate.Date!, candidate.Issuer!);
            var numbered = _nodes.Values.Where(n => n.Symbol is not null && n.Kind == candidate.Kind && n.Date == candidate.Date
                                                    && DatedInstruments.IdentitiesOf(n.Scope, n.Kind, n.Date, n.Issuer, n.IssuerCode).Contains(identity)).Take(2).ToList();
            return numbered.Count == 1 ? numbered[0] : null;
        }
        // "thực hiện Luật Viên chức": the one law of that name the corpus knows by a year, as the graph joins them (GraphBuilder); of two, none.
        if (candidate is { Symbol: null, Year: null } && Indexing.LawNames.BareNameKey(candidate) is { } bare)
            return _nodes.Values.Where(n => n.Year is not null && Indexing.LawNames.BareNameKey(n) == bare).Take(2).ToList() is [var dated] ? dated : null;
        if (candidate.Symbol is null) return null;
        // "Luật Giáo dục số 43/2019/QH14" is the law the corpus cites as "Luật Giáo dục năm 2019" (GraphBuilder joins them where a text gives both).
        if (candidate is { Kind: "Luật", Title: { Length: > 0 } law } && Find(InstrumentKeys.ForNamed(candidate.Kind, law, candidate.Year, candidate.Scope)) is { } named)
            return named;
        var folded = VietnameseFolding.FoldAll(candidate.Symbol);
        var district = Districts.Named(candidate.Issuer);
        var same = _nodes.Values.Where(n => n.Symbol is not null && VietnameseFolding.FoldAll(n.Symbol) == folded && n.Scope == candidate.Scope
                                            && Districts.Named(n.Issuer) == district).ToList();
        // A date the corpus never gives that number ("29-NQ/TW ngày 04/11/2013" where every text cites 29-NQ/TW bare) names the corpus's
        // undated instrument, as it would have in the graph (GraphBuilder): unless the corpus dates that number in some other year.
        if (candidate.Year is not null) same = same.Any(n => n.Year is not null) ? same.Where(n => n.Year == candidate.Year).ToList() : same;
        return same.Count == 1 ? same[0] : null;
    }

    /// <summary>Instruments whose symbol matches a loosely typed one ("2457/QD-BGDDT", "2457 BGDĐT"), or whose title or key contains the words.</summary>
    /// <param name="kinds">Kinds to keep, any of them (none or empty values: every kind).</param>
    /// <param name="scopes">Scopes to keep, any of them ("tỉnh Sơn La", "Son La" and "Sơn La" are one, as the search's province filter reads them).</param>
    public IEnumerable<Instrument> Search(string? q, IReadOnlyCollection<string>? kinds = null, IReadOnlyCollection<string>? scopes = null)
    {
        IEnumerable<Instrument> all = _nodes.Values;
        var wantedKinds = Wanted(kinds, Searching.FilterValues.Kind);
        if (wantedKinds is not null) all = all.Where(n => wantedKinds.Contains(VietnameseFolding.FoldAll(n.Kind)));
        var wantedScopes = Wanted(scopes, Searching.FilterValues.Province);
        if (wantedScopes is not null) all = all.Where(n => wantedScopes.Contains(VietnameseFolding.FoldAll(n.Scope)));
        if (!string.IsNullOrWhiteSpace(q))
        {
            var words = QueryParts(q);
            var parts = words.ToHashSet();
            if (parts.Count == 0) return [];
            // A kind's name is in no symbol: "Quyết định 2457" looked up "quyet" among symbol parts, found nothing, and fell to the
            // words of titles, where a Công văn "thực hiện Quyết định số 2457" came before the decision. The name says which
            // kind the symbol is of instead, as "QĐ 2457" says it with the code.
            var (namedKinds, symbolParts) = KindsNamed(words);
            var candidates = SymbolHolders(symbolParts);
            if (namedKinds.Count > 0) candidates.RemoveWhere(k => !IsOfKind(_nodes[k], namedKinds));
            else candidates.UnionWith(NamedByCode(symbolParts));
            if (candidates.Count > 0) all = all.Where(n => candidates.Contains(n.Key));
            else
            {
                // Words looked up in names: the name saying least besides them first, as typed ("Luật Giáo dục" is the law of that
                // name before "Luật Giáo dục quốc phòng và an ninh", though the latter is cited more).
                var holders = WordHolders(parts);
                var named = all.Where(n => holders.Contains(n.Key)).ToList();
                // A kind named is the kind sought, as it is beside a number: "Luật Giáo dục" listed after the law a plan and a report
                // on the "văn bản quy phạm pháp luật" of the "ngành giáo dục". Other kinds only when nothing of that kind has the words.
                if (namedKinds.Count > 0 && named.Where(n => IsOfKind(n, namedKinds)).ToList() is { Count: > 0 } ofKind) named = ofKind;
                // Words are looked up folded, yet the marks typed say which word is meant, as in search: "bán trú" listed first a
                // Thông tư "ban hành Quy chế … dân tộc nội trú", "phổ cập" one on "trường phổ thông có nhiều cấp học".
                var marked = AnalyzedToken.Analyze(VietnameseFolding.NormalizeText(q))
                    .Where(t => !t.IsSymbol && !t.IsSymbolPart && VietnameseFolding.TypedLevel(t.Exact) != MarkLevel.Folded).ToList();
                var lacked = LackedAsTyped(marked);
                return named.OrderBy(n => marked.Count == 0 ? 0 : lacked(n))
                    .ThenBy(n => _byWord.Value.NameWords[n.Key].Count(w => !parts.Contains(w)))
                    .ThenByDescending(n => CitedByCount(n.Key)).ThenBy(n => n.Key, StringComparer.Ordinal);
            }
        }
        return all.OrderByDescending(n => CitedByCount(n.Key)).ThenBy(n => n.Key, StringComparer.Ordinal);
    }

    /// <summary>
    /// How many of the words typed with marks an instrument's kind, title and issuer do not write with those marks. Each kind, title and
    /// issuer is read once per lookup: a few hundred issuers and the titles every province implements stand for most nodes.
    /// </summary>
    private static Func<Instrument, int> LackedAsTyped(IReadOnlyList<AnalyzedToken> marked)
    {
        var read = new Dictionary<string, List<AnalyzedToken>>(StringComparer.Ordinal);
        List<AnalyzedToken> Words(string? text) => text is null ? [] : read.TryGetValue(text, out var words) ? words : read[text] = AnalyzedToken.Analyze(text);
        bool Writes(string? text, AnalyzedToken typed, MarkLevel level) => Words(text).Any(w => w.Form(level) == typed.Form(level));
        return n => marked.Count(typed => VietnameseFolding.TypedLevel(typed.Exact) is var level
                                          && !Writes(n.Kind, typed, level) && !Writes(n.Title, typed, level) && !Writes(n.Issuer, typed, level));
    }

    /// <summary>The values named, read as typed and folded; null when none is.</summary>
    private static HashSet<string>? Wanted(IReadOnlyCollection<string>? values, Func<string, string> read)
    {
        var named = values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => VietnameseFolding.FoldAll(read(VietnameseFolding.NormalizeText(v).Trim()))).ToHashSet();
        return named is { Count: > 0 } ? named : null;
    }

    private static HashSet<string> SymbolParts(string text) => Split(text).ToHashSet();

    private static string[] Split(string text) =>
        VietnameseFolding.FoldAll(VietnameseFolding.NormalizeText(text)).Replace("&", "")
            .Split([' ', '/', '-', '.', ',', ':', '\t'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The parts of a lookup in the order typed, without the "số" of "Quyết định số 2457": it says a number follows, and no symbol or
    /// title holds it. A code written short is the code symbols hold ("2457/QĐ-BGD" is 2457/QĐ-BGDĐT).
    /// </summary>
    private static List<string> QueryParts(string q)
    {
        // "QĐ2791", "nd105": the code and the number, as search reads them; glued, they were one part no symbol holds.
        var parts = Split(string.Join(' ', q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(DocumentKinds.CodeAndNumberApart)));
        return parts.Where((p, i) => !(p == "so" && i + 1 < parts.Length && parts[i + 1].All(char.IsAsciiDigit)))
            .Select(p => IssuerCodes.ExpandShortForm(p) is { } code ? VietnameseFolding.FoldAll(code) : p).ToList();
    }

    /// <summary>The keys of the instruments whose symbol holds every part ("2457 BGDĐT": both); none for no part.</summary>
    private HashSet<string> SymbolHolders(IReadOnlyCollection<string> parts) => Holders(_bySymbolPart.Value, parts);

    /// <summary>The keys of the instruments whose kind, title, issuer or key hold every word.</summary>
    private HashSet<string> WordHolders(IReadOnlyCollection<string> words) => Holders(_byWord.Value.Holders, words);

    /// <summary>
    /// The keys listed under every one of <paramref name="parts"/>: the shortest list, narrowed by each other as a set (a list's
    /// Contains read a whole list of a common part, "ubnd" or a year, for each key of the shortest).
    /// </summary>
    private static HashSet<string> Holders(Dictionary<string, List<string>> index, IReadOnlyCollection<string> parts)
    {
        if (parts.Count == 0) return [];
        var lists = parts.Select(p => index.GetValueOrDefault(p) ?? []).OrderBy(l => l.Count).ToList();
        var holders = lists[0].ToHashSet(StringComparer.Ordinal);
        foreach (var other in lists.Skip(1))
        {
            if (holders.Count == 0) break;
            holders.IntersectWith(other);
        }
        return holders;
    }

    /// <summary>
    /// A type code beside a number names that kind's instruments so numbered, as the kind's name does, whatever their symbol's shape:
    /// "NQ 88" is the Quốc hội's 88/2014/QH13, which holds no "NQ" (looked up as parts, it found 32/NQ-CP, whose title cites 88/2014/QH13).
    /// </summary>
    private HashSet<string> NamedByCode(HashSet<string> parts)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in parts)
        {
            var rest = parts.Where(p => p != code).ToList();
            // "CV 5512" as "NQ 88": a công văn's short name, though no symbol holds it (5512/BGDĐT-GDTrH), names the letters so numbered.
            if (DocumentKinds.FromShortName(code.ToUpperInvariant()) is not { } kind || !rest.Any(p => p.All(char.IsAsciiDigit))) continue;
            var kinds = new HashSet<string>(StringComparer.Ordinal) { kind };
            named.UnionWith(SymbolHolders(rest).Where(k => IsOfKind(_nodes[k], kinds)));
        }
        return named;
    }

    /// <summary>
    /// The symbols of a kind's instruments with that number whose symbol carries no type code: the Quốc hội's Nghị quyết 88 is
    /// 88/2014/QH13, a letter numbered 4567 is 4567/BGDĐT-GDTH. Search seeks them beside the symbols holding the kind's code.
    /// </summary>
    public IReadOnlyList<string> UncodedSymbols(string kind, string number)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal) { kind };
        return SymbolHolders([VietnameseFolding.FoldAll(number)]).Select(k => _nodes[k])
            .Where(n => n.Number == number && IsOfKind(n, kinds) && ParsedSymbol.Parse(n.Symbol!) is { TypeCode: null })
            .Select(n => n.Symbol!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The kinds of document and of instrument, each as its folded words, the longest first: "Chương trình hành động" before "Chương trình".</summary>
    private readonly Lazy<(string Kind, string[] Words)[]> _kindWords;

    /// <summary>
    /// The kinds a lookup names in words ("Quyết định", "chi thi") and its other parts. A kind's code ("QĐ") is left among the parts:
    /// symbols hold it.
    /// </summary>
    private (HashSet<string> Kinds, HashSet<string> Others) KindsNamed(List<string> words)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var rest = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count;)
        {
            var at = i;
            var named = _kindWords.Value.FirstOrDefault(k => words.Skip(at).Take(k.Words.Length).SequenceEqual(k.Words));
            if (named.Kind is not null)
            {
                kinds.Add(named.Kind);
                i += named.Words.Length;
            }
            else rest.Add(words[i++]);
        }
        return (kinds, rest);
    }

    /// <summary>
    /// Whether an instrument is of one of the kinds named: that kind, a longer one it begins ("Chương trình" names a "Chương trình
    /// hành động", "Thông tư" a "Thông tư liên tịch", not the other way), or a symbol carrying the kind's code (a "123/QĐ-UBND" cited
    /// without its kind is a Quyết định).
    /// </summary>
    private static bool IsOfKind(Instrument n, IReadOnlySet<string> kinds)
    {
        var own = VietnameseFolding.FoldAll(n.Kind);
        var symbolParts = n.Symbol is null ? null : SymbolParts(n.Symbol);
        return kinds.Any(kind =>
        {
            var folded = VietnameseFolding.FoldAll(kind);
            return own == folded || own.StartsWith(folded + " ", StringComparison.Ordinal)
                   || (symbolParts is not null && DocumentKinds.CodesOf(kind).Any(code => symbolParts.Contains(VietnameseFolding.FoldAll(code))));
        });
    }

    /// <summary>
    /// The neighbourhood of a node to <paramref name="depth"/> steps, following edges both ways; past <paramref name="limit"/> nodes,
    /// the nearer ones, the most cited first within a step. Picking the most cited of the whole neighbourhood kept hubs two steps away
    /// and dropped the documents citing the focus: 60 nodes and no edge among them.
    /// </summary>
    public (IReadOnlyList<Instrument> Nodes, IReadOnlyList<CitationEdge> Edges) Neighbourhood(string key, int depth, int limit = int.MaxValue)
    {
        var edgesOf = _edgesOf.Value;
        var seen = new HashSet<string> { key };
        var kept = new List<string> { key };
        var frontier = new List<string> { key };
        for (var d = 0; d < depth && frontier.Count > 0 && kept.Count < limit; d++)
        {
            var next = new List<string>();
            foreach (var node in frontier)
                foreach (var e in edgesOf.GetValueOrDefault(node) ?? [])
                {
                    var other = e.Source == node ? e.Target : e.Source;
                    if (seen.Add(other)) next.Add(other);
                }
            // Every node kept has a kept neighbour one step nearer: a step is taken whole before the next is begun.
            frontier = next.OrderByDescending(CitedByCount).ThenBy(k => k, StringComparer.Ordinal).Take(limit - kept.Count).ToList();
            kept.AddRange(frontier);
        }
        seen = kept.ToHashSet();
        var edges = seen.SelectMany(k => edgesOf.GetValueOrDefault(k) ?? []).Distinct()
            .Where(e => seen.Contains(e.Source) && seen.Contains(e.Target))
            .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ThenBy(e => e.Relation, StringComparer.Ordinal).ToList();
        return (kept.Select(k => _nodes[k]).ToList(), edges);
    }
}
