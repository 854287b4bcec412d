using System.Text.Json;
using System.Text.RegularExpressions;
using EduPlan.Search.Core.Analysis;
using EduPlan.Search.Core.Documents;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Searching;

public sealed record AbbreviationSource(string DocumentId, string SectionId);

/// <summary>A short form and its long form: learned from an inline definition "long form (ABBR)", or curated.</summary>
public sealed record Abbreviation(string Short, string LongForm, string Origin, IReadOnlyList<AbbreviationSource> DefinedIn)
{
    public const string Learned = "learned";
    public const string Curated = "curated";
}

/// <summary>
/// The abbreviations a query may be written in. Directives define them inline ("giáo dục thường xuyên
/// (GDTX)") and use many without definition (GDMN, PCGD, UBND): those come from Data/abbreviations.tsv.
/// A query in one form also finds the other.
/// </summary>
public sealed partial class Abbreviations
{
    public const string FileName = "abbreviations.json";

    [GeneratedRegex(@"\((?<abbr>[\p{Lu}Đ][\p{Lu}Đ&\-]{1,11})\)")]
    private static partial Regex Parenthesised();

    /// <summary>
    /// Up to ten words right before a parenthesised abbreviation. Read right to left from each "(ABBR)":
    /// the same words as matching "words (ABBR)" left to right, without trying ten words at every word of the text.
    /// </summary>
    [GeneratedRegex(@"(?<words>(?:[\p{L}]+[ ]){1,9}[\p{L}]+)\s*\z", RegexOptions.RightToLeft)]
    private static partial Regex WordsBefore();

    /// <summary>Each "long form (ABBR)" of a text: the words before and the abbreviation.</summary>
    private static IEnumerable<(string Words, string Abbr)> Definitions(string text)
    {
        var from = 0;
        for (var p = Parenthesised().Match(text); p.Success; p = p.NextMatch())
        {
            if (p.Index < from) continue;
            var words = WordsBefore().Match(text, from, p.Index - from);
            if (!words.Success) continue;
            from = p.Index + p.Length;
            yield return (words.Groups["words"].Value, p.Groups["abbr"].Value);
        }
    }

    private static readonly HashSet<string> LinkWords = ["va", "cua", "cac", "&"];

    private readonly Dictionary<string, Abbreviation> _byShort;
    private readonly List<(string[] Folded, Abbreviation Entry)> _longForms;

    public IReadOnlyList<Abbreviation> All { get; }

    public Abbreviations(IEnumerable<Abbreviation> entries)
    {
        All = entries.OrderBy(e => e.Short, StringComparer.Ordinal).ToList();
        _byShort = All.GroupBy(e => Key(e.Short)).ToDictionary(g => g.Key, g => g.First());
        // Two letters ("GV", "HS") are staff's shorthand, typed for the words; the words typed are not sought as the two letters, which
        // stand for other things too (Sở NV is Nội vụ), nor held together as one unit: "khám sức khoẻ cho học sinh" would no longer
        // find a plan writing "học" and "sinh" apart.
        _longForms = All.Where(e => Key(e.Short).Length > 2).Select(e => (AnalyzedToken.Analyze(e.LongForm).Select(t => t.Folded).ToArray(), e))
            .Where(x => x.Item1.Length > 1).OrderByDescending(x => x.Item1.Length).ToList();
    }

    private static string Key(string shortForm) => VietnameseFolding.FoldAll(shortForm.Replace("&", ""));

    public Abbreviation? FindShort(string token) => _byShort.GetValueOrDefault(Key(token));

    /// <summary>The longest long form starting at <paramref name="start"/> of the folded tokens, and its length.</summary>
    public (Abbreviation Entry, int Length)? FindLong(IReadOnlyList<string> folded, int start)
    {
        foreach (var (form, entry) in _longForms)
        {
            if (start + form.Length > folded.Count) continue;
            var all = true;
            for (var k = 0; k < form.Length && all; k++) all = folded[start + k] == form[k];
            if (all) return (entry, form.Length);
        }
        return null;
    }

    /// <summary>These abbreviations without what the given documents taught (they changed or left the corpus).</summary>
    public Abbreviations Without(IReadOnlySet<string> documentIds) => new(All
        .Select(a => a with { DefinedIn = a.DefinedIn.Where(d => !documentIds.Contains(d.DocumentId)).ToList() })
        .Where(a => a.Origin == Abbreviation.Curated || a.DefinedIn.Count > 0));

    /// <summary>These abbreviations plus what a learner read from new documents; what is known keeps its long form, a curated entry gives way to a learned one.</summary>
    public Abbreviations Merge(Learner learner)
    {
        var seeded = new Learner();
        foreach (var a in All.Where(a => a.Origin == Abbreviation.Learned))
            seeded.Seed(a);
        return seeded.Absorb(learner).Build();
    }

    /// <summary>
    /// Learns inline definitions one document at a time (the corpus is never held whole), then adds the
    /// curated list. One learner per thread, absorbed into one at the end: the long form an abbreviation
    /// keeps is that of the document with the lowest ordinal, whichever thread read it.
    /// </summary>
    public sealed class Learner
    {
        private sealed class Entry(string shortForm, string longForm, long ordinal)
        {
            public string Short { get; set; } = shortForm;
            public string Long { get; set; } = longForm;
            public long Ordinal { get; set; } = ordinal;
            public HashSet<AbbreviationSource> Where { get; } = [];

            public void Prefer(string shortForm, string longForm, long ordinal)
            {
                if (ordinal >= Ordinal) return;
                (Short, Long, Ordinal) = (shortForm, longForm, ordinal);
            }
        }

        private readonly Dictionary<string, Entry> _learned = new();

        /// <summary>What is known already: it keeps its long form against any document read since.</summary>
        internal void Seed(Abbreviation a)
        {
            var entry = _learned[Key(a.Short)] = new Entry(a.Short, a.LongForm, long.MinValue);
            entry.Where.UnionWith(a.DefinedIn);
        }

        /// <summary>Takes in what another learner read; returns this one.</summary>
        public Learner Absorb(Learner other)
        {
            foreach (var (key, theirs) in other._learned)
            {
                if (_learned.TryGetValue(key, out var mine)) mine.Prefer(theirs.Short, theirs.Long, theirs.Ordinal);
                else _learned[key] = mine = new Entry(theirs.Short, theirs.Long, theirs.Ordinal);
                mine.Where.UnionWith(theirs.Where);
            }
            return this;
        }

        /// <summary>Learns the definitions of the document with <paramref name="ordinal"/> (its place in the index).</summary>
        public void Add(CorpusDocument document, int ordinal)
        {
            foreach (var block in document.Blocks)
                foreach (var (words, written) in Definitions(block.Text))
                {
                    var abbr = written.Trim('-');
                    var longForm = LongForm(words, abbr);
                    if (longForm is null) continue;
                    var key = Key(abbr);
                    if (_learned.TryGetValue(key, out var entry)) entry.Prefer(abbr, longForm, ordinal);
                    else _learned[key] = entry = new Entry(abbr, longForm, ordinal);
                    entry.Where.Add(new AbbreviationSource(document.Id, block.SectionId));
                }
        }

        public Abbreviations Build() => WithCurated(_learned.Values.Select(e => new Abbreviation(e.Short, e.Long, Abbreviation.Learned,
            e.Where.OrderBy(w => w.DocumentId, StringComparer.Ordinal).ThenBy(w => w.SectionId, StringComparer.Ordinal).ToList())));
    }

    /// <summary>The learned abbreviations and the curated ones that no learned one defines otherwise.</summary>
    private static Abbreviations WithCurated(IEnumerable<Abbreviation> learned)
    {
        var all = learned.ToList();
        var known = all.Select(a => Key(a.Short)).ToHashSet();
        foreach (var (shortForm, longForm) in Curated())
            if (known.Add(Key(shortForm)))
                all.Add(new Abbreviation(shortForm, longForm, Abbreviation.Curated, []));
        return new Abbreviations(all);
    }

    /// <summary>The words before "(ABBR)" whose initials spell it ("cơ sở vật chất (CSVC)"), "và" allowed in between.</summary>
    private static string? LongForm(string words, string abbr)
    {
        var letters = VietnameseFolding.FoldAll(abbr).Where(char.IsLetter).ToArray();
        var parts = words.Split(' ');
        for (var take = 1; take <= parts.Length; take++)
        {
            var candidate = parts[^take..];
            var initials = candidate.Where(w => !LinkWords.Contains(VietnameseFolding.FoldAll(w)))
                .Select(w => VietnameseFolding.FoldAll(w)[0]).ToArray();
            if (initials.Length == letters.Length && initials.SequenceEqual(letters) && !LinkWords.Contains(VietnameseFolding.FoldAll(candidate[0])))
                return string.Join(' ', candidate);
            if (initials.Length > letters.Length) break;
        }
        return null;
    }

    /// <summary>The long forms of the curated abbreviations, as the list writes them.</summary>
    internal static IEnumerable<string> CuratedLongForms() => Curated().Select(entry => entry.Item2);

    private static readonly Lazy<Dictionary<string, string>> CuratedByShort =
        new(() => Curated().GroupBy(entry => entry.Item1, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal));

    /// <summary>A text with its curated short forms written out: "các CSGD mầm non" reads "các cơ sở giáo dục mầm non".</summary>
    public static string WithCuratedLongForms(string text) =>
        ShortForm().Replace(text, m => CuratedByShort.Value.TryGetValue(m.Value, out var longForm) ? longForm : m.Value);

    [GeneratedRegex(@"(?<![\p{L}&])\p{Lu}[\p{Lu}&]+(?![\p{L}&])")]
    private static partial Regex ShortForm();

    private static IEnumerable<(string, string)> Curated() =>
        DataFiles.Rows("abbreviations.tsv").Where(p => p.Length >= 2).Select(p => (p[0], p[1]));

    public void Save(string directory) => File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(All));

    /// <summary>
    /// The abbreviations an index learned, with the curated list of this build: an entry curated since the index was
    /// built applies at the next start, without a rebuild, and one dropped from the list stops applying.
    /// </summary>
    public static Abbreviations Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        var saved = File.Exists(path) ? JsonSerializer.Deserialize<List<Abbreviation>>(File.ReadAllBytes(path)) ?? [] : [];
        return WithCurated(saved.Where(a => a.Origin == Abbreviation.Learned));
    }
}
