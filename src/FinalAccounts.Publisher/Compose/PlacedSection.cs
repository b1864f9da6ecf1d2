namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// A section as a document places it: the style's entry, its depth (1 = a part, 2 = 一、 …), and the part template that
/// writes its text (the department's own when it has one; null for a section that is only a heading).
/// </summary>
public sealed record PlacedSection(SectionEntry Entry, int Depth, TemplateFile? Part);
