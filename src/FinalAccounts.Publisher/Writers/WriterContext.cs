using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers;

/// <summary>
/// What a writer needs besides the document: the house style, the figure renderer (null until charts are drawn:
/// writers then print the caption and the data in words), the bag for problems found while writing, and — when the
/// PDF layout has run — the page on which each heading (by id) starts, so a Word TOC can be filled with page numbers.
/// </summary>
public sealed record WriterContext(
    DocumentStyle Style,
    IFigureRenderer? Figures,
    DiagnosticBag Diagnostics,
    IReadOnlyDictionary<string, int>? HeadingPages = null);
