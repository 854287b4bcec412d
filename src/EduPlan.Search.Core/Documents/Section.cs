namespace EduPlan.Search.Core.Documents;

/// <summary>
/// A numbered part of a directive ("II", "1.4", "a", "Điều 1") as staff cite it. <see cref="Id"/> is a
/// stable anchor built from the numbers of the section and its parents ("s-ii-1-4"); <see cref="Text"/>
/// is the section's own text, its subsections excluded.
/// </summary>
public sealed record Section(string Id, string Number, string Heading, string Text, int Depth, string? ParentId)
{
    /// <summary>The lines of <see cref="Text"/> (counted from 0) that are items of a bulleted or numbered list.</summary>
    public IReadOnlySet<int> ListItemLines { get; init; } = new HashSet<int>();

    /// <summary>The number and heading as a passage shows them: "1.4. Duy trì …"; "Điều 2" for an article without a title.</summary>
    public string Label => Number.Length == 0 ? Heading : Heading.Length == 0 ? Number : $"{Number}. {Heading}";

    /// <summary>
    /// Where the heading <see cref="Label"/> shows ends in <see cref="Text"/>, its number and the words cut from a long heading included;
    /// 0 where the text does not open with its heading (the preamble under the document's title). The label alone does not say it: the
    /// text may number it otherwise ("3- Ban …" labelled "3. Ban …"), and a heading line reads as a paragraph's first clause once its
    /// block is gone.
    /// </summary>
    public int HeadingEnd { get; init; }
}
