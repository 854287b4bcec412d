using System.Text.Encodings.Web;
using System.Text.Json;

namespace EduPlan.Search.Core.Indexing;

/// <summary>A section as its document's index entry keeps it: what a passage shows, and where its words start in the body field.</summary>
public sealed record IndexedSection(string Id, string Heading, string Text, int Start);

/// <summary>
/// A document's non-empty sections in order, and the body position where the last one ends (the symbols
/// of cited instruments follow it). Sections are runs of the body's positions rather than index entries of
/// their own: indexing every word again per section was half of the build.
/// </summary>
public sealed record IndexedSections(IReadOnlyList<IndexedSection> Sections, int End)
{
    // Stored, never sent as is: letters need no \u escapes, which would triple the stored Vietnamese text.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static IndexedSections Parse(string? stored) =>
        stored is null ? new IndexedSections([], 0) : JsonSerializer.Deserialize<IndexedSections>(stored, Json) ?? new IndexedSections([], 0);

    /// <summary>The section holding a body position, or -1 past the last section.</summary>
    public int SectionAt(int position)
    {
        if (position >= End) return -1;
        int lo = 0, hi = Sections.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Sections[mid].Start <= position) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    /// <summary>How many positions a section spans: the length its matches are weighed against.</summary>
    public int Length(int section) =>
        Math.Max(1, (section + 1 < Sections.Count ? Sections[section + 1].Start : End) - Sections[section].Start);
}
