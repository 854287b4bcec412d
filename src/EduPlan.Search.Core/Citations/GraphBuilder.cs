using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Citations;

/// <summary>What the graph needs of one citation: the instrument as extracted and the relation. The rest stays in <see cref="CitationFile"/>.</summary>
public readonly record struct Mention(Instrument Instrument, string Relation);

/// <summary>The <paramref name="Index"/>-th citation of the document with <paramref name="Ordinal"/>.</summary>
public readonly record struct CitingPair(int Ordinal, int Index);

/// <summary>One document as the graph is built from it: its metadata and its citations' mentions, in text order.</summary>
public sealed record GraphDocument(int Ordinal, DocumentInfo Info, IReadOnlyList<Mention> Mentions);

/// <summary>
/// The citation graph as computed once (at build and on update) and kept on disk: the nodes in the order
/// first seen, the node each extracted instrument key joined (where it differs), each document's node,
/// the edges, and per node the citations citing it, in document and text order.
/// </summary>
public sealed record GraphData(
    IReadOnlyList<Instrument> Nodes,
    IReadOnlyDictionary<string, string> Remap,
    IReadOnlyDictionary<string, string> DocumentNodes,
    IReadOnlyList<CitationEdge> Edges,
    IReadOnlyDictionary<string, CitingPair[]> CitedBy)
{
    public static GraphData Empty { get; } = GraphBuilder.Build([]);
}

/// <summary>
/// Builds the graph from every document's mentions, in ordinal order: the same instrument gets one key
/// wherever it is cited, a citation of a number that a corpus document bears resolves to that document,
/// and a citation whose year is unknown joins the one instrument of that symbol and scope whose year is known.
/// </summary>
public static class GraphBuilder
{
    public static GraphData Build(IEnumerable<GraphDocument> documents)
    {
        var docs = documents.ToList();
        var nodes = new Dictionary<string, Instrument>();
        var documentNode = new Dictionary<string, string>();

        var byIdentity = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            var node = DocumentInstrument(doc.Info);
            // Files bearing one number (a decision and its copy) are one instrument, whose text is the first by id, whatever
            // order they come in: a copy added later, or indexed first by a live update, must not take the links.
            if (!nodes.TryGetValue(node.Key, out var other) || string.CompareOrdinal(node.DocumentId, other.DocumentId) < 0) nodes[node.Key] = node;
            documentNode[doc.Info.Id] = node.Key;
            if (node.Year is not null) Remember(node, byIdentity);
        }

        // Merge every citation's instrument into its node; the fullest mention supplies issuer and title.
        // Citations with a year first, so that a yearless one finds the instrument it names.
        var remap = new Dictionary<string, string>();
        foreach (var yearKnown in new[] { true, false })
            foreach (var doc in docs)
                foreach (var (instrument, _) in doc.Mentions)
                {
                    if ((instrument.Year is not null) != yearKnown) continue;
                    var key = CanonicalKey(instrument, nodes, byIdentity);
                    remap[instrument.Key] = key;
                    nodes[key] = nodes.TryGetValue(key, out var existing) ? existing.WithDetailsOf(instrument) : instrument with { Key = key };
                    if (nodes[key].Year is not null) Remember(nodes[key], byIdentity);
                }

        var citedBy = new Dictionary<string, List<CitingPair>>();
        var edges = new Dictionary<(string, string, string), int>();
        foreach (var doc in docs)
        {
            var source = documentNode[doc.Info.Id];
            for (var i = 0; i < doc.Mentions.Count; i++)
            {
                var (instrument, relation) = doc.Mentions[i];
                var target = remap[instrument.Key];
                // A text naming itself (a decision's annex plan "ban hành kèm theo Quyết định số …" of that decision) cites nothing.
                if (target == source) continue;
                if (!citedBy.TryGetValue(target, out var pairs)) citedBy[target] = pairs = [];
                pairs.Add(new CitingPair(doc.Ordinal, i));
                var edge = (source, target, relation);
                edges[edge] = edges.GetValueOrDefault(edge) + 1;
            }
        }
        var edgeList = edges.Select(e => new CitationEdge(e.Key.Item1, e.Key.Item2, e.Key.Item3, e.Value))
            .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ThenBy(e => e.Relation, StringComparer.Ordinal)
            .ToList();
        return new GraphData(nodes.Values.ToList(), remap.Where(r => r.Key != r.Value).ToDictionary(), documentNode, edgeList,
            citedBy.ToDictionary(p => p.Key, p => p.Value.ToArray()));
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
}
