using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Citations;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;
using Lucene.Net.Documents;

namespace EduPlan.Search.Core.Indexing;

/// <summary>
/// Makes a document's Lucene entry. Each thread keeps one maker and its indexed fields: Lucene sets up a
/// field's token stream behind a lock shared by every thread, and paying that once per field and document
/// was a build's worst contention. A thread adds each entry to the writer before it makes the next.
/// </summary>
public sealed class IndexEntry
{
    [ThreadStatic] private static IndexEntry? _ofThisThread;

    public static IndexEntry OfThisThread => _ofThisThread ??= new IndexEntry();

    private readonly (TokenListStream Title, TokenListStream Body)[] _levels =
        IndexFields.Levels.Select(level => (Stream(level), Stream(level))).ToArray();

    private readonly (TokenPairStream Title, TokenPairStream Body) _pairs = (new(), new());

    private readonly StringField _id = new(IndexFields.Id, "", Field.Store.NO);

    private readonly (Func<DocumentInfo, string?> Value, StringField Field)[] _filters =
    [
        (d => d.Province, Filter(IndexFields.Province)),
        (d => d.Kind, Filter(IndexFields.Kind)),
        (d => d.Year?.ToString(), Filter(IndexFields.Year)),
        (d => d.SchoolYear, Filter(IndexFields.SchoolYear)),
    ];

    private IndexEntry() { }

    public Document Make(CorpusDocument document, int ordinal, List<Citation> citations)
    {
        var info = document.Info;
        // Each section is analysed once; its tokens, joined, are the document's body, and the section keeps where it starts in it.
        var sections = document.Sections.Where(s => s.Text.Length > 0).Select(s => (Section: s, Tokens: AnalyzedToken.Analyze(Addressees.Searchable(s)))).ToList();
        // Symbols of what the document cites are searchable in their normalised form too, wherever written: each apart from the
        // next, as sections are, so that no phrase joins a part of one to a part of another ("CT" of 29-CT/TW, "TU" of 49-CTr/TU).
        // A law cited by its name and year is there as the name's key, which its number finds where some text gives both (LawNames).
        var datedLaws = LawNames.DatedNames(citations.Select(c => c.Instrument));
        var searchable = citations.Select(c => (Citation: c, Tokens: LawNames.Searchable(c.Instrument, datedLaws))).Where(c => c.Tokens is not null).ToList();
        var sought = searchable.ConvertAll(c => c.Citation);
        var cited = searchable.Select(c => c.Tokens!);
        // The empty text last marks where the sections end when nothing is cited.
        var body = sections.Select(s => (IReadOnlyList<AnalyzedToken>)s.Tokens).Concat(cited).Append([]).ToList();
        var starts = TokenListStream.Starts(body);
        var title = AnalyzedToken.Analyze($"{info.Title} {info.Symbol}");
        var indexOf = sections.Select((s, i) => (s.Section.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var indexed = new IndexedSections(sections.Select((s, i) => new IndexedSection(s.Section.Id,
            s.Section.Label, s.Section.Text, starts[i], s.Section.HeadingEnd)).ToList(),
            starts[sections.Count],
            sought.Select((c, k) => (starts[sections.Count + k], c.SectionId is { } id && indexOf.TryGetValue(id, out var at) ? at : -1)).ToList());

        _id.SetStringValue(info.Id);
        var entry = new Document
        {
            _id,
            new NumericDocValuesField(IndexFields.Ordinal, ordinal),
            // As written: a document loaded from the index is parsed from it again and gives the same surfaces.
            new StoredField(IndexFields.Source, document.Written),
            new StoredField(IndexFields.Sections, indexed.Serialize()),
        };
        for (var i = 0; i < IndexFields.Levels.Length; i++)
        {
            var level = IndexFields.Levels[i];
            entry.Add(new TextField(IndexFields.Leveled(IndexFields.Title, level), _levels[i].Title.Replay([title])));
            entry.Add(new TextField(IndexFields.Leveled(IndexFields.Body, level), _levels[i].Body.Replay(body)));
        }
        entry.Add(new TextField(IndexFields.Pairs(IndexFields.Title), _pairs.Title.Replay([title])) { Boost = TokenPairStream.NormBoost([title]) });
        entry.Add(new TextField(IndexFields.Pairs(IndexFields.Body), _pairs.Body.Replay(body)) { Boost = TokenPairStream.NormBoost(body) });
        foreach (var link in citations.Select(c => LawNames.Link(c.Instrument)).OfType<string>().Distinct())
            entry.Add(new StringField(LawNames.LinkField, link, Field.Store.NO));
        foreach (var (valueOf, field) in _filters)
        {
            if (valueOf(info) is not { } value) continue;
            field.SetStringValue(IndexFields.FilterValue(value));
            entry.Add(field);
        }
        return entry;
    }

    private static StringField Filter(string name) => new(name, "", Field.Store.NO);

    private static TokenListStream Stream(MarkLevel level) => new((IReadOnlyList<IReadOnlyList<AnalyzedToken>>)[], level);
}
