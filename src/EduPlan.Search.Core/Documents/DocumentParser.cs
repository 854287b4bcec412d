using System.Text;
using EduPlan.Search.Core.Text;

namespace EduPlan.Search.Core.Documents;

/// <summary>Turns one corpus file into a <see cref="CorpusDocument"/>: Markdig blocks → page breaks repaired → metadata → sections.</summary>
public static class DocumentParser
{
    public static CorpusDocument Parse(string fileText, string id, string source)
    {
        var text = VietnameseFolding.NormalizeText(fileText);
        var blocks = MarkdownBlocks.Read(text);
        PageBreakRepair.Repair(blocks);
        if (!blocks.Any(b => b.Text.Any(char.IsLetter)))
            throw new InvalidDataException("the file has no text");
        var info = MetadataExtractor.Extract(id, source, blocks, text);
        var sections = SectionBuilder.Build(blocks, info.Title, text);
        return new CorpusDocument(info, text, blocks, sections) { Written = Written(fileText, text) };
    }

    /// <summary>
    /// The file's NFC text, without the invisible format characters normalising drops, where normalising it changed characters one
    /// for one (a dash joining two words, a full-width digit, Ð). Where NFKC changed the length ("ﬁ" is two letters; "…" is kept)
    /// offsets are the normalised text's, and so is the surface. Offsets count no dropped soft hyphen either way.
    /// </summary>
    private static string Written(string fileText, string text)
    {
        if (ReferenceEquals(fileText, text)) return text;
        string written;
        try
        {
            written = VietnameseFolding.WithoutFormatCharacters(fileText.IsNormalized(NormalizationForm.FormC) ? fileText : fileText.Normalize(NormalizationForm.FormC));
        }
        catch (ArgumentException)
        {
            // A lone surrogate has no NFC; the normalised text put a space in its place.
            return text;
        }
        return written.Length == text.Length ? written : text;
    }
}
