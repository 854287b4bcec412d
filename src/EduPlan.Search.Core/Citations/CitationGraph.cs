using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Citations;

/// <summary>A typed edge: <see cref="Source"/> cites <see cref="Target"/> <see cref="Count"/> times with <see cref="Relation"/>.</summary>
public sealed record CitationEdge(string Source, string Target, string Relation, int Count);

/// <summary>
/// Instruments as nodes (corpus documents included), citations as typed edges. Built once from every
/// document's citations: the same instrument gets one key wherever it is cited, a citation of a number
/// that a corpus document bears resolves to that document, and a citation whose year is unknown joins
/// the one instrument of that symbol and scope whose year is known.
/// </summary>
public sealed class CitationGraph
{
    private readonly Dictionary<string, Instrument> _nodes;
    private readonly Dictionary<string, List<Citation>> _citationsByDocument;
    private readonly Dictionary<string, List<(string DocumentId, Citation Citation)>> _citedBy;
    private readonly Dictionary<string, string> _documentNode;
    private readonly Dictionary<string, int> _citedByCount;
    private readonly Dictionary<string, List<CitationEdge>> _edgesOf;
    private readonly Dictionary<string, List<string>> _bySymbolPart;

    public IReadOnlyCollection<Instrument> Instruments => _nodes.Values;
    public IReadOnlyList<CitationEdge> Edges { get; }

    private CitationGraph(Dictionary<string, Instrument> nodes, Dictionary<string, List<Citation>> byDocument,
        Dictionary<string, string> documentNode, List<CitationEdge> edges)
    {
        _nodes = nodes;
        _citationsByDocument = byDocument;
        _documentNode = documentNode;
        Edges = edges;
        _citedBy = byDocument
            .SelectMany(d => d.Value.Select(c => (d.Key, c)))
            .GroupBy(x => x.c.Instrument.Key)
            .ToDictionary(g => g.Key, g => g.ToList());
        _citedByCount = _citedBy.ToDictionary(p => p.Key, p => p.Value.Select(x => x.DocumentId).Distinct().Count());
        _edgesOf = new Dictionary<string, List<CitationEdge>>();
        foreach (var e in edges)
        {
            foreach (var end in new[] { e.Source, e.Target })
            {
                if (!_edgesOf.TryGetValue(end, out var list)) _edgesOf[end] = list = [];
                list.Add(e);
            }
        }
        _bySymbolPart = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var n in nodes.Values.Where(n => n.Symbol is not null))
            foreach (var part in SymbolParts(n.Symbol!))
            {
                if (!_bySymbolPart.TryGetValue(part, out var keys)) _bySymbolPart[part] = keys = [];
                keys.Add(n.Key);
            }
    }

    public static CitationGraph Empty { get; } = Build([]);

    public Instrument? Find(string key) => _nodes.GetValueOrDefault(key);

    public IReadOnlyList<Citation> CitationsOf(string documentId) =>
        _citationsByDocument.TryGetValue(documentId, out var list) ? list : [];

    public IReadOnlyList<(string DocumentId, Citation Citation)> CitedBy(string key) =>
        _citedBy.TryGetValue(key, out var list) ? list : [];

    public int CitedByCount(string key) => _citedByCount.GetValueOrDefault(key);

    /// <summary>The instrument node of a corpus document.</summary>
    public string? NodeOfDocument(string documentId) => _documentNode.GetValueOrDefault(documentId);

    /// <summary>Finds the graph's instrument for a citation extracted elsewhere (the extract endpoint).</summary>
    public Instrument? Resolve(Instrument candidate)
    {
        if (_nodes.TryGetValue(candidate.Key, out var known)) return known;
        if (candidate.Symbol is null) return null;
        var folded = VietnameseFolding.FoldAll(candidate.Symbol);
        var same = _nodes.Values.Where(n => n.Symbol is not null && VietnameseFolding.FoldAll(n.Symbol) == folded && n.Scope == candidate.Scope
                                            && (candidate.Year is null || n.Year == candidate.Year)).ToList();
        return same.Count == 1 ? same[0] : null;
    }

    /// <summary>Instruments whose symbol matches a loosely typed one ("2457/QD-BGDDT", "2457 BGDĐT"), or whose title or key contains the words.</summary>
    public IEnumerable<Instrument> Search(string? q, string? kind, string? scope)
    {
        IEnumerable<Instrument> all = _nodes.Values;
        if (!string.IsNullOrWhiteSpace(kind))
            all = all.Where(n => VietnameseFolding.FoldAll(n.Kind) == VietnameseFolding.FoldAll(VietnameseFolding.NormalizeText(kind).Trim()));
        if (!string.IsNullOrWhiteSpace(scope))
            all = all.Where(n => VietnameseFolding.FoldAll(n.Scope) == VietnameseFolding.FoldAll(VietnameseFolding.NormalizeText(scope).Trim()));
        if (!string.IsNullOrWhiteSpace(q))
        {
            var parts = SymbolParts(q);
            if (parts.Count == 0) return [];
            // A symbol's parts are indexed: "2457 BGDĐT" looks up the keys holding both parts.
            var bySymbol = parts.Select(p => _bySymbolPart.GetValueOrDefault(p) ?? []).OrderBy(l => l.Count).ToList();
            var candidates = bySymbol[0].Where(k => bySymbol.Skip(1).All(l => l.Contains(k))).ToHashSet();
            all = candidates.Count > 0
                ? all.Where(n => candidates.Contains(n.Key))
                : all.Where(n => parts.All(p => Words(n).Contains(p)));
        }
        return all.OrderByDescending(n => CitedByCount(n.Key)).ThenBy(n => n.Key, StringComparer.Ordinal);
    }

    private static HashSet<string> SymbolParts(string text) =>
        VietnameseFolding.FoldAll(VietnameseFolding.NormalizeText(text)).Replace("&", "")
            .Split([' ', '/', '-', '.', ',', ':', '\t'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    private static HashSet<string> Words(Instrument n) =>
        SymbolParts($"{n.Kind} {n.Title} {n.Issuer} {n.Key}");

    /// <summary>The neighbourhood of a node to <paramref name="depth"/> steps, following edges both ways.</summary>
    public (IReadOnlyList<Instrument> Nodes, IReadOnlyList<CitationEdge> Edges) Neighbourhood(string key, int depth)
    {
        var seen = new HashSet<string> { key };
        var frontier = new List<string> { key };
        for (var d = 0; d < depth && frontier.Count > 0; d++)
        {
            var next = new List<string>();
            foreach (var node in frontier)
                foreach (var e in _edgesOf.GetValueOrDefault(node) ?? [])
                {
                    var other = e.Source == node ? e.Target : e.Source;
                    if (seen.Add(other)) next.Add(other);
                }
            frontier = next;
        }
        var edges = seen.SelectMany(k => _edgesOf.GetValueOrDefault(k) ?? []).Distinct()
            .Where(e => seen.Contains(e.Source) && seen.Contains(e.Target))
            .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ThenBy(e => e.Relation, StringComparer.Ordinal).ToList();
        return (seen.Select(k => _nodes[k]).ToList(), edges);
    }

    public static CitationGraph Build(IEnumerable<(DocumentInfo Info, List<Citation> Citations)> documents)
    {
        var docs = documents.ToList();
        var nodes = new Dictionary<string, Instrument>();
        var documentNode = new Dictionary<string, string>();

        var byIdentity = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (info, _) in docs)
        {
            var node = DocumentInstrument(info);
            nodes[node.Key] = node;
            documentNode[info.Id] = node.Key;
            if (node.Year is not null) Remember(node, byIdentity);
        }

        // Merge every citation's instrument into its node; the fullest mention supplies issuer and title.
        var remap = new Dictionary<string, string>();
        var all = docs.SelectMany(d => d.Citations).ToList();
        foreach (var c in all.Where(c => c.Instrument.Year is not null).Concat(all.Where(c => c.Instrument.Year is null)))
        {
            var key = CanonicalKey(c.Instrument, nodes, byIdentity);
            remap[c.Instrument.Key] = key;
            nodes[key] = nodes.TryGetValue(key, out var existing) ? Merge(existing, c.Instrument) : c.Instrument with { Key = key };
            if (nodes[key].Year is not null) Remember(nodes[key], byIdentity);
        }

        var byDocument = new Dictionary<string, List<Citation>>();
        var edges = new Dictionary<(string, string, string), int>();
        foreach (var (info, citations) in docs)
        {
            var source = documentNode[info.Id];
            var resolved = citations.Select(c => c with { Instrument = nodes[remap[c.Instrument.Key]] }).ToList();
            byDocument[info.Id] = resolved;
            foreach (var c in resolved)
            {
                if (c.Instrument.Key == source) continue;
                var edge = (source, c.Instrument.Key, c.Relation);
                edges[edge] = edges.GetValueOrDefault(edge) + 1;
            }
        }
        var edgeList = edges.Select(e => new CitationEdge(e.Key.Item1, e.Key.Item2, e.Key.Item3, e.Value))
            .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ThenBy(e => e.Relation, StringComparer.Ordinal)
            .ToList();
        return new CitationGraph(nodes, byDocument, documentNode, edgeList);
    }

    public static Instrument DocumentInstrument(DocumentInfo info)
    {
        var code = info.Symbol is null ? null : ParsedSymbol.Parse(info.Symbol);
        var scope = code is not null && IssuerCodes.IsCentral(code.IssuerCode) ? Instrument.National : info.Province ?? "unknown";
        var key = info.Symbol is null ? SectionBuilder.Slug(info.Id) : InstrumentKeys.ForSymbol(info.Symbol, info.Year, scope);
        return new Instrument(key, info.Kind, info.Symbol, code?.Number, code?.IssuerCode, info.Issuer, scope, info.Date, info.Year, info.Title, info.Id);
    }

    /// <summary>A yearless citation joins the single node of the same symbol (or name) and scope whose year is known.</summary>
    private static string CanonicalKey(Instrument i, Dictionary<string, Instrument> nodes, Dictionary<string, List<string>> byIdentity)
    {
        if (nodes.ContainsKey(i.Key) || i.Year is not null) return i.Key;
        var candidates = byIdentity.GetValueOrDefault(Identity(i)) ?? [];
        return candidates.Count == 1 ? candidates[0] : i.Key;
    }

    /// <summary>What a citation without a year shares with the instrument it names: scope, kind, and folded symbol or title.</summary>
    private static string Identity(Instrument i) =>
        $"{i.Scope}|{i.Kind}|" + (i.Symbol is not null ? "s:" + VietnameseFolding.FoldAll(i.Symbol) : "t:" + SectionBuilder.Slug(i.Title ?? ""));

    private static void Remember(Instrument node, Dictionary<string, List<string>> byIdentity)
    {
        if (node.Symbol is null && node.Title is null) return;
        var identity = Identity(node);
        if (!byIdentity.TryGetValue(identity, out var keys)) byIdentity[identity] = keys = [];
        if (!keys.Contains(node.Key)) keys.Add(node.Key);
    }

    private static Instrument Merge(Instrument node, Instrument mention) => node with
    {
        Issuer = node.DocumentId is not null ? node.Issuer ?? mention.Issuer : ShorterOf(node.Issuer, mention.Issuer),
        IssuerCode = node.IssuerCode ?? mention.IssuerCode,
        Date = node.Date ?? mention.Date,
        Year = node.Year ?? mention.Year,
        Title = node.DocumentId is not null ? node.Title : LongerOf(node.Title, mention.Title),
        Number = node.Number ?? mention.Number,
        Kind = node.Kind == "Văn bản" ? mention.Kind : node.Kind,
    };

    /// <summary>Issuers are read up to a stop word; the shorter reading is the one that did not run on.</summary>
    private static string? ShorterOf(string? a, string? b) => a is null ? b : b is null ? a : a.Length <= b.Length ? a : b;

    private static string? LongerOf(string? a, string? b) => (a?.Length ?? 0) >= (b?.Length ?? 0) ? a ?? b : b;
}
