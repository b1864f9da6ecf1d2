using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers;

/// <summary>
/// What a writer needs besides the document: the house style, the figure renderer (null until charts are drawn:
/// writers then print the caption and the data in words), the bag for problems found while writing, and — for the
/// editions that need it — the document's one <see cref="Shared.Pagination"/>, so the Word contents print the PDF's
/// page numbers; and the links to the rest of the publication, which a web page offers in its download block (none when
/// the document is written on its own).
/// </summary>
public sealed record WriterContext(
    DocumentStyle Style,
    IFigureRenderer? Figures,
    DiagnosticBag Diagnostics,
    Pagination? Pagination = null,
    PublicationLinks? Publication = null);
