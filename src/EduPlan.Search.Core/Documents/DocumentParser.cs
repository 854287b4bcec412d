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
        var info = MetadataExtractor.Extract(id, source, blocks);
        var sections = SectionBuilder.Build(blocks, info.Title);
        return new CorpusDocument(info, text, blocks, sections);
    }
}
