using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Facts;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// A house style (templates/&lt;style&gt;/): how numbers and words are written, how the document is set, the folders
/// whose templates it uses (its own first, then its base styles'), the sections of the document in order and how their
/// headings are numbered. <see cref="KnownSections"/> holds every section id of the style and its bases, included or not;
/// <see cref="Texts"/> the fixed words composing puts into the document (the writers' are in <see cref="DocumentStyle.Words"/>).
/// </summary>
public sealed record HouseStyle(
    string Name,
    NumberStyle Numbers,
    WordStyle Words,
    DocumentStyle Document,
    IReadOnlyList<string> TemplateFolders,
    IReadOnlyList<SectionEntry> Sections,
    HeadingNumbering Numbering,
    IReadOnlySet<string> KnownSections,
    DocumentWords Texts);
