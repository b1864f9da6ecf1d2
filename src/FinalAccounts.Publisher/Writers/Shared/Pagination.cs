namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// The one pagination of a document, made by the PDF layout and followed by every paginated edition: the printed page
/// number (the "— N —" in the footer; numbering starts at the first page after the cover and the contents) on which
/// each heading starts, by heading id, the page count and how many pages carry no number. Empty when the layout could
/// not run (no font: see the diagnostics).
/// </summary>
public sealed record Pagination(IReadOnlyDictionary<string, int> HeadingPages, int PageCount, int UnnumberedPages)
{
    public static Pagination Empty { get; } = new(new Dictionary<string, int>(), 0, 0);
}
