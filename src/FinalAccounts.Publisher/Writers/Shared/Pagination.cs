namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// The one pagination of a document, made by the PDF layout and followed by every paginated edition: the printed page
/// number (the "— N —" in the footer; numbering starts at the first page after the cover and the contents) on which
/// each heading starts, by heading id, the page count and how many pages carry no number; and where the title (key: its
/// text), each heading (key: its id) and each contents entry (<see cref="ContentsKey"/>) break their lines, as offsets
/// into the printed text, so Word breaks them between the same words (<see cref="WordBreaks"/>). Empty when the layout
/// could not run (no font: see the diagnostics).
/// </summary>
public sealed record Pagination(
    IReadOnlyDictionary<string, int> HeadingPages, int PageCount, int UnnumberedPages, IReadOnlyDictionary<string, IReadOnlyList<int>>? LineBreaks = null)
{
    public static Pagination Empty { get; } = new(new Dictionary<string, int>(), 0, 0);

    /// <summary>The key of a contents entry's line breaks in <see cref="LineBreaks"/>.</summary>
    public static string ContentsKey(string headingId) => "toc:" + headingId;
}
