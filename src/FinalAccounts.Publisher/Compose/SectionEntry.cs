using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// A section of a house style's document (style.yaml <c>sections</c>): its id, which names its part template
/// (parts/&lt;id&gt;.sbn, when there is one), its heading's title (a template; none for a section without a heading, such
/// as the cover), whether it is included, starts a new page, is numbered and listed in the contents, and the sections
/// under it. <see cref="Location"/> is where style.yaml names it.
/// </summary>
public sealed record SectionEntry(
    string Id,
    TemplateFile? Title,
    bool Include,
    bool? NewPage,
    bool Numbered,
    bool InToc,
    IReadOnlyList<SectionEntry> Children,
    SourceLocation Location)
{
    /// <summary>The file name of the part template that writes this section's text.</summary>
    public string PartFile => Id + ".sbn";

    /// <summary>Whether the section starts on a new page: as set, else when it is a part (depth 1) with a heading.</summary>
    public bool StartsPage(int depth) => NewPage ?? (depth == 1 && Title is not null);

    /// <summary>This entry and every entry under it, depth first, in document order.</summary>
    public IEnumerable<SectionEntry> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}
