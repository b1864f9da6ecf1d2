namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Where the PDF layout put things: the printed page number (the "— N —" in the footer; numbering starts at the first
/// page after the title page and TOC) on which each heading starts, by heading id, and the page count.
/// Empty when the layout could not run (no font: see the diagnostics).
/// </summary>
public sealed record PdfPagination(IReadOnlyDictionary<string, int> HeadingPages, int PageCount, int UnnumberedPages)
{
    public static PdfPagination Empty { get; } = new(new Dictionary<string, int>(), 0, 0);
}
