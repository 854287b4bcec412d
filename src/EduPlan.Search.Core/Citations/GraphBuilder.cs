using System.Text.RegularExpressions;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Searching;
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
public static partial class GraphBuilder
{
    public static GraphData Build(IEnumerable<GraphDocument> documents)
    {
        var docs = documents.ToList();
        var nodes = new Dictionary<string, Instrument>();
        var documentNode = new Dictionary<string, string>();

        var byIdentity = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // The numbered instruments a directive cited by its date may name, by key: the corpus's own documents, then those cited.
        var byDate = new DatedInstruments.Numbered<string>();
        foreach (var doc in docs)
        {
            var node = DocumentInstrument(doc.Info);
            if (node.Symbol is not null) byDate.Add(DatedIdentities(node), node.Key, string.Equals);
            // Files bearing one number (a decision and its copy) are one instrument, whose text is the first by id, whatever
            // order they come in: a copy added later, or indexed first by a live update, must not take the links.
            if (!nodes.TryGetValue(node.Key, out var other) || string.CompareOrdinal(node.DocumentId, other.DocumentId) < 0) nodes[node.Key] = node;
            documentNode[doc.Info.Id] = node.Key;
            if (node.Year is not null) Remember(node, byIdentity);
        }

        // Merge every citation's instrument into its node; the fullest mention supplies issuer and title.
        // Numbered citations with a year first, then named ones with a year, so that a law named where another text gives its
        // number finds the numbered node; yearless ones last, so that they find the instrument they name.
        var remap = new Dictionary<string, string>();
        var numberedLaws = new Dictionary<string, string>(StringComparer.Ordinal);
        var central = CentralProgrammes(docs);
        var titles = new Dictionary<string, Dictionary<string, HashSet<int>>>(StringComparer.Ordinal);
        var issuers = new Dictionary<string, Dictionary<string, HashSet<int>>>(StringComparer.Ordinal);
        foreach (var pass in new[] { Pass.NumberedWithYear, Pass.NamedWithYear, Pass.Yearless })
            foreach (var doc in docs)
                foreach (var (mentioned, _) in doc.Mentions)
                {
                    if (PassOf(mentioned) != pass) continue;
                    var instrument = central.GetValueOrDefault(mentioned.Key) ?? mentioned;
                    // One key is one instrument, however a later pass would read it: "Luật Giáo dục 2019" read without its year
                    // was keyed as "Luật Giáo dục năm 2019", and taking its key back undid that law's join with its number.
                    var key = remap.TryGetValue(mentioned.Key, out var resolved) ? resolved : CanonicalKey(instrument, nodes, byIdentity, numberedLaws, byDate);
                    if (instrument.Symbol is not null) byDate.Add(DatedIdentities(instrument), key, string.Equals);
                    remap[mentioned.Key] = key;
                    var node = nodes[key] = nodes.TryGetValue(key, out var existing) ? existing.WithDetailsOf(instrument) : instrument with { Key = key };
                    Count(titles, key, instrument.Title, doc.Ordinal);
                    Count(issuers, key, instrument.Issuer, doc.Ordinal);
                    if (node.Year is null) continue;
                    Remember(node, byIdentity);
                    if (node.Symbol is not null && NameOfLaw(node) is { } name)
                    {
                        numberedLaws.TryAdd($"{name}|{node.Year}", key);
                        Remember(name, key, byIdentity);
                    }
                }

        // Merged above, the issuer is the shortest any mention gives, which the keys and dated identities were matched on. Shown, it is the one
        // most texts give: one text's "Ban Bí thư" for the Bộ Chính trị's conclusion named the Ban Bí thư in every text citing it.
        var ownIssuers = docs.Where(d => d.Info.Issuer is not null).Select(d => d.Info.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, given) in titles)
            if (nodes[key] is { DocumentId: null } cited) nodes[key] = cited with { Title = MostGiven(given, longest: true) };
        foreach (var (key, given) in issuers)
            if (nodes[key] is var node && (node.DocumentId is null || !ownIssuers.Contains(node.DocumentId))) nodes[key] = node with { Issuer = MostGiven(given, longest: false) };

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

    /// <summary>Notes that the text <paramref name="ordinal"/> gives the instrument this wording, once however often it repeats it.</summary>
    private static void Count(Dictionary<string, Dictionary<string, HashSet<int>>> wordings, string key, string? wording, int ordinal)
    {
        if (wording is null) return;
        var given = wordings.TryGetValue(key, out var seen) ? seen : wordings[key] = new(StringComparer.Ordinal);
        if (!given.TryGetValue(wording, out var texts)) given[wording] = texts = [];
        texts.Add(ordinal);
    }

    /// <summary>
    /// The wording most citing texts give an instrument's title or issuer, however they space or mark it; of wordings given as often, and
    /// of the forms of one, the longest title and the shortest issuer. The longest title alone was one text's subject run on: "… của ngành
    /// Giáo dục để xây dựng kế hoạch của đơn vị mình" became 2457/QĐ-BGDĐT's title for the 9,600 texts citing it in the generated corpus.
    /// An issuer is read up to a stop word, so the shorter of two is the one that did not run on. A text votes once: one repeating an
    /// instrument five times outvoted four texts naming it otherwise.
    /// </summary>
    /// <param name="wordings">Each wording as written, with the texts giving it: a hub's thousands of mentions are slugged once per wording.</param>
    private static string MostGiven(Dictionary<string, HashSet<int>> wordings, bool longest)
    {
        var sign = longest ? -1 : 1;
        return wordings
            .GroupBy(t => SectionBuilder.Slug(t.Key), StringComparer.Ordinal)
            // A text giving two forms of one wording votes once for it; most wordings have one form, whose texts are counted already.
            .Select(g => (Count: g.Count() == 1 ? g.First().Value.Count : g.SelectMany(t => t.Value).Distinct().Count(), Wording: g.Select(t => t.Key).OrderBy(t => sign * t.Length).ThenBy(t => t, StringComparer.Ordinal).First()))
            .OrderByDescending(g => g.Count).ThenBy(g => sign * g.Wording.Length).ThenBy(g => g.Wording, StringComparer.Ordinal).First().Wording;
    }

    public static Instrument DocumentInstrument(DocumentInfo info)
    {
        var code = info.Symbol is null ? null : ParsedSymbol.Parse(info.Symbol);
        var scope = code is not null && IssuerCodes.IsCentral(code.IssuerCode) ? Instrument.National : info.Province ?? Instrument.UnknownScope;
        var key = info.Symbol is null ? SectionBuilder.Slug(info.Id) : InstrumentKeys.ForSymbol(info.Symbol, info.Year, scope, Districts.Named(info.Issuer));
        return new Instrument(key, info.Kind, info.Symbol, code?.Number, code?.IssuerCode, info.Issuer, scope, info.Date, info.Year, info.Title, info.Id);
    }

    /// <summary>
    /// A programme or scheme (Chương trình, Đề án) named without its number or issuer takes the citing text's province, as a province's
    /// own does. Named alike from two provinces, or from one and a text that makes it national, it is the central one each implements
    /// ("Chương trình Sức khỏe học đường giai đoạn 2021 - 2025", the Prime Minister's, was one node per province citing it, each cited once):
    /// the national instrument each such mention becomes, by its key. A name holding a place ("trên địa bàn tỉnh", "tỉnh Bắc Giang") is
    /// a local one's, whoever cites it.
    /// </summary>
    private static Dictionary<string, Instrument> CentralProgrammes(List<GraphDocument> docs)
    {
        var named = new Dictionary<string, (HashSet<string> Scopes, string NationalKey)>(StringComparer.Ordinal);
        foreach (var doc in docs)
            foreach (var (instrument, _) in doc.Mentions)
                if (ProgrammeName(instrument) is { } name)
                {
                    if (!named.TryGetValue(name, out var seen))
                        named[name] = seen = ([], InstrumentKeys.ForNamed(instrument.Kind, instrument.Title!, instrument.Year, Instrument.National));
                    seen.Scopes.Add(instrument.Scope);
                }
        var central = new Dictionary<string, Instrument>(StringComparer.Ordinal);
        foreach (var doc in docs)
            foreach (var (instrument, _) in doc.Mentions)
                if (instrument.Scope != Instrument.National && ProgrammeName(instrument) is { } name && named[name] is { Scopes.Count: > 1 } spread)
                    central.TryAdd(instrument.Key, instrument with { Key = spread.NationalKey, Scope = Instrument.National });
        return central;
    }

    /// <summary>What names a programme alike in every text: its kind, year and title, short forms written out ("CSGD" as "cơ sở giáo dục").</summary>
    private static string? ProgrammeName(Instrument i)
    {
        if (i.Symbol is not null || i.Kind is not ("Chương trình" or "Đề án") || i.Title is not { } title || i.Scope == Instrument.UnknownScope) return null;
        // A province's programme named with its issuer is that body's; a central one may be named with its issuer (Chính phủ).
        if (i.Scope != Instrument.National && i.Issuer is not null) return null;
        if (LocalName().IsMatch(title)) return null;
        return $"{i.Kind}|{i.Year}|{SectionBuilder.Slug(Abbreviations.WithCuratedLongForms(title))}";
    }

    [GeneratedRegex(@"\b(?:tỉnh|huyện|quận|thị xã|thành phố|địa phương|trên địa bàn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LocalName();

    private enum Pass { NumberedWithYear, NamedWithYear, Yearless }

    private static Pass PassOf(Instrument i) => i.Year is null ? Pass.Yearless : i.Symbol is null ? Pass.NamedWithYear : Pass.NumberedWithYear;

    /// <summary>
    /// A law named with its year is the numbered law of that name and year where some text gives both ("Luật Giáo dục năm 2019"
    /// and "Luật Giáo dục số 43/2019/QH14"); a yearless citation joins the single node of the same symbol (or name) and scope whose
    /// year is known.
    /// </summary>
    private static string CanonicalKey(Instrument i, Dictionary<string, Instrument> nodes, Dictionary<string, List<string>> byIdentity,
        Dictionary<string, string> numberedLaws, DatedInstruments.Numbered<string> byDate)
    {
        if (nodes.ContainsKey(i.Key)) return i.Key;
        // "Chỉ thị ngày 05/01/2024 của Bộ Chính trị" is the one numbered directive some text gives that issuer and day, where there is one.
        if (DatedInstruments.IsDated(i) && byDate.Named(DatedInstruments.Identity(i.Scope, i.Kind, i.Date!, i.Issuer!)) is { } dated) return dated;
        if (i.Year is not null)
            return i.Symbol is null && NameOfLaw(i) is { } name && numberedLaws.TryGetValue($"{name}|{i.Year}", out var numbered) ? numbered : i.Key;
        var candidates = byIdentity.GetValueOrDefault(Identity(i)) ?? [];
        return candidates.Count == 1 ? candidates[0] : i.Key;
    }

    private static IEnumerable<string> DatedIdentities(Instrument numbered) =>
        DatedInstruments.IdentitiesOf(numbered.Scope, numbered.Kind, numbered.Date, numbered.Issuer, numbered.IssuerCode);

    /// <summary>A law is known by its name as well as its number: the name's identity, as a named citation of it has (<see cref="Identity"/>).</summary>
    private static string? NameOfLaw(Instrument i) =>
        i.Kind == "Luật" && i.Title is { Length: > 0 } title ? Identity(i with { Symbol = null, Title = title }) : null;

    /// <summary>What a citation without a year shares with the instrument it names: scope, kind, and folded symbol or title.</summary>
    private static string Identity(Instrument i) =>
        $"{i.Scope}|{Districts.Named(i.Issuer)}|{i.Kind}|" + (i.Symbol is not null ? "s:" + VietnameseFolding.FoldAll(i.Symbol) : "t:" + SectionBuilder.Slug(i.Title ?? ""));

    private static void Remember(Instrument node, Dictionary<string, List<string>> byIdentity)
    {
        if (node.Symbol is null && node.Title is null) return;
        Remember(Identity(node), node.Key, byIdentity);
    }

    private static void Remember(string identity, string key, Dictionary<string, List<string>> byIdentity)
    {
        if (!byIdentity.TryGetValue(identity, out var keys)) byIdentity[identity] = keys = [];
        if (!keys.Contains(key)) keys.Add(key);
    }
}
