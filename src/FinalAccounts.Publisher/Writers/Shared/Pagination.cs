using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// The one pagination of a document, made by the PDF layout and followed by every paginated edition: the printed page
/// number (the "— N —" in the footer; numbering starts at the first page after the cover and the contents) on which
/// each heading starts, by heading id, the page count and how many pages carry no number; so that the Word file can
/// break its pages where the PDF does, where each page begins (<see cref="Pages"/>) and how wide and tall the tables'
/// columns and rows and the figures were laid out, by block index; and where the title and its subtitles (key: the
/// text), each heading (key: its id) and each contents entry (<see cref="ContentsKey"/>) break their lines, as offsets
/// into the printed text, so Word breaks them between the same words (<see cref="WordBreaks"/>). Empty when the layout
/// could not run (no font: see the diagnostics).
/// </summary>
public sealed record Pagination(
    IReadOnlyDictionary<string, int> HeadingPages,
    int PageCount,
    int UnnumberedPages,
    IReadOnlyDictionary<string, IReadOnlyList<int>>? LineBreaks = null)
{
    public static Pagination Empty { get; } = new(new Dictionary<string, int>(), 0, 0);

    /// <summary>The key of a contents entry's line breaks in <see cref="LineBreaks"/>.</summary>
    public static string ContentsKey(string headingId) => "toc:" + headingId;

    /// <summary>Where each page begins, in page order (empty when only the heading pages are known).</summary>
    public IReadOnlyList<PageStart> Pages { get; init; } = [];

    /// <summary>Each table's measures, by the table's block index.</summary>
    public IReadOnlyDictionary<int, TableMeasure> Tables { get; init; } = new Dictionary<int, TableMeasure>();

    /// <summary>
    /// For each text role, the family (as the style names it) that set its text: the Word file names the fonts its
    /// pages were measured with, and names the style's first choice as the alternative.
    /// </summary>
    public IReadOnlyDictionary<StyleRole, string> Typefaces { get; init; } = new Dictionary<StyleRole, string>();

    /// <summary>
    /// The width in points of each list item's label (1., 2., …), by the list's block index: the item's text starts after
    /// it, in the PDF and in the Word file.
    /// </summary>
    public IReadOnlyDictionary<int, IReadOnlyList<double>> ListLabels { get; init; } =
        new Dictionary<int, IReadOnlyList<double>>();

    /// <summary>Each drawn figure's printed size in points, by the figure's block index.</summary>
    public IReadOnlyDictionary<int, (double WidthPt, double HeightPt)> Figures { get; init; } =
        new Dictionary<int, (double, double)>();
}
