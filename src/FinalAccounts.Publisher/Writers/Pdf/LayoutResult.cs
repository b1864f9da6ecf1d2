namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// The whole document laid out: pages with their ops, where each heading landed, and where the title and headings
/// break their lines (<see cref="BlockFactory.LineBreaks"/>).
/// </summary>
internal sealed record LayoutResult(
    IReadOnlyList<LayoutPage> Pages, IReadOnlyList<PlacedHeading> Headings, int Passes, IReadOnlyDictionary<string, IReadOnlyList<int>> LineBreaks)
{
    /// <summary>Each table's layout, by block index.</summary>
    public IReadOnlyDictionary<int, TableLayout> Tables { get; init; } = new Dictionary<int, TableLayout>();

    /// <summary>The family that set each role's text.</summary>
    public IReadOnlyDictionary<Document.StyleRole, string> Typefaces { get; init; } =
        new Dictionary<Document.StyleRole, string>();

    /// <summary>Each drawn figure's printed size, by block index.</summary>
    public IReadOnlyDictionary<int, (double WidthPt, double HeightPt)> Figures { get; init; } =
        new Dictionary<int, (double, double)>();

    /// <summary>The width of each item's label (1., 2., …) in points, by the list's block index.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<double>> ListLabels { get; init; } =
        new Dictionary<int, IReadOnlyList<double>>();

    /// <summary>Heading id → printed page number (the number in the footer; 0 for an unnumbered page).</summary>
    public IReadOnlyDictionary<string, int> HeadingPages() =>
        Headings.GroupBy(h => h.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Pages[g.First().PageIndex].Number ?? 0, StringComparer.Ordinal);
}

/// <summary>A heading as drawn: its page (0-based physical index) and top.</summary>
internal sealed record PlacedHeading(string Id, int Level, string Title, int PageIndex, double Y);
