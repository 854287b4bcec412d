using System.Text;

namespace EduPlan.Search.Core.Indexing;

/// <summary>
/// A section as its document's index entry keeps it: what a passage shows (its heading, its text and where the heading ends in it,
/// <see cref="Documents.Section.HeadingEnd"/>), and where its words start in the body field.
/// </summary>
public sealed record IndexedSection(string Id, string Heading, string Text, int Start, int HeadingEnd = 0);

/// <summary>
/// A document's non-empty sections in order, and the body position where the last one ends (the symbols
/// of cited instruments follow it). Sections are runs of the body's positions rather than index entries of
/// their own: indexing every word again per section was half of the build. <see cref="Cited"/> says where each
/// cited symbol starts after <see cref="End"/> and the section its citation stands in (-1 for none).
/// </summary>
public sealed record IndexedSections(IReadOnlyList<IndexedSection> Sections, int End, IReadOnlyList<(int Start, int Section)> Cited)
{
    public IndexedSections(IReadOnlyList<IndexedSection> sections, int end) : this(sections, end, []) { }

    /// <summary>The stored form: written for every document at build time, read for each hit on a page.</summary>
    public byte[] Serialize()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8))
        {
            writer.Write7BitEncodedInt(Sections.Count);
            foreach (var s in Sections)
            {
                writer.Write(s.Id);
                writer.Write(s.Heading);
                writer.Write(s.Text);
                writer.Write7BitEncodedInt(s.Start);
                writer.Write7BitEncodedInt(s.HeadingEnd);
            }
            writer.Write7BitEncodedInt(End);
            writer.Write7BitEncodedInt(Cited.Count);
            foreach (var (start, section) in Cited)
            {
                writer.Write7BitEncodedInt(start);
                writer.Write7BitEncodedInt(section + 1);
            }
        }
        return buffer.ToArray();
    }

    public static IndexedSections Parse(byte[] bytes, int offset, int length)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, offset, length, writable: false), Encoding.UTF8);
        var sections = new IndexedSection[reader.Read7BitEncodedInt()];
        for (var i = 0; i < sections.Length; i++)
            sections[i] = new IndexedSection(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
        var end = reader.Read7BitEncodedInt();
        var cited = new (int, int)[reader.Read7BitEncodedInt()];
        for (var i = 0; i < cited.Length; i++) cited[i] = (reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt() - 1);
        return new IndexedSections(sections, end, cited);
    }

    /// <summary>The section holding a body position, or -1 past the last section.</summary>
    public int SectionAt(int position) => position >= End ? -1 : LastStartingBy(Sections.Count, i => Sections[i].Start, position);

    /// <summary>
    /// The section whose citation a position among the cited symbols belongs to, or -1. A symbol the text writes only in part
    /// ("Quyết định số 1234, 1235 và 1236/QĐ-SGDĐT" for 1235/QĐ-SGDĐT) is found there alone.
    /// </summary>
    public int CitedSectionAt(int position) =>
        position < End || LastStartingBy(Cited.Count, i => Cited[i].Start, position) is not (>= 0 and var at) ? -1 : Cited[at].Section;

    /// <summary>The last of <paramref name="count"/> entries in order of their start that starts at or before the position, or -1.</summary>
    private static int LastStartingBy(int count, Func<int, int> startOf, int position)
    {
        int lo = 0, hi = count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (startOf(mid) <= position) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    /// <summary>How many positions a section spans: the length its matches are weighed against.</summary>
    public int Length(int section) =>
        Math.Max(1, (section + 1 < Sections.Count ? Sections[section + 1].Start : End) - Sections[section].Start);
}
