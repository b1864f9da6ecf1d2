using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers;

/// <summary>
/// What a writer needs besides the document: the house style, the figure renderer (null until charts are drawn:
/// writers then print the caption and the data in words), and the bag for problems found while writing.
/// </summary>
public sealed record WriterContext(DocumentStyle Style, IFigureRenderer? Figures, DiagnosticBag Diagnostics);
