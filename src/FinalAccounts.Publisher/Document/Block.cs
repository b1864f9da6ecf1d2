using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Document;

/// <summary>A block of the document. The set of kinds is closed; <see cref="Location"/> is the template line it came from.</summary>
public abstract record Block(SourceLocation Location);

/// <summary>The title block at the start of the document (cover): a title and lines under it.</summary>
public sealed record TitleBlock(string Title, IReadOnlyList<string> Subtitles, SourceLocation Location) : Block(Location);

/// <summary>Where the table of contents goes; writers fill it from the headings up to <see cref="MaxLevel"/>.</summary>
public sealed record TableOfContents(string Title, int MaxLevel, SourceLocation Location) : Block(Location);

/// <summary>
/// A heading. Level 1 is a part (第一部分), 2 a section (一、), 3 (一), 4 1., 5 (1).
/// <see cref="Number"/> is the label written before the text ("第一部分", "一、", "（一）", "1.", "（1）"), empty when none;
/// <see cref="HeadingNumbers.Apply"/> gives one to every heading that has none and is <see cref="Numbered"/>.
/// <see cref="InToc"/> says whether a table of contents may list it (down to the TOC's depth).
/// </summary>
public sealed record Heading(int Level, string Number, string Text, string Id, bool InToc, SourceLocation Location,
    bool Numbered = true) : Block(Location)
{
    /// <summary>Number and text as they are printed.</summary>
    public string FullText => Number.Length == 0 ? Text : Number.EndsWith('、') || Number.EndsWith('）') || Number.EndsWith('.') ? Number + Text : Number + " " + Text;
}

/// <summary>A paragraph of inline runs.</summary>
public sealed record Paragraph(IReadOnlyList<Inline> Content, ParagraphKind Kind, SourceLocation Location) : Block(Location)
{
    public string PlainText => string.Concat(Content.Select(i => i.Text));
}

/// <summary>A list; each item is a run of inlines. An ordered list numbers its items from <see cref="Start"/>.</summary>
public sealed record ListBlock(bool Ordered, IReadOnlyList<IReadOnlyList<Inline>> Items, SourceLocation Location, int Start = 1) : Block(Location);

/// <summary>A forced page break.</summary>
public sealed record PageBreak(SourceLocation Location) : Block(Location);
