namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// The page and keep rules every paginated edition follows: the PDF layout applies them, the Word file asks for them
/// through keep-with-next, row-splitting and widow settings, and the HTML print style asks the browser for them.
/// <see cref="KeepRules"/> says which rows and blocks they bind together.
/// </summary>
public sealed record PageRules(
    int OrphanLines,
    int WidowLines,
    double KeepTableTogetherShare,
    int TableOrphanRows,
    int TableWidowRows,
    int ShortParagraph)
{
    /// <summary>
    /// Two lines of a paragraph (or of a table row split across pages) at least at the foot and at the head of a page;
    /// a table no taller than 85% of a page is kept on one page; a table starts with three rows at least and carries
    /// two rows at least to a new page; a statement or closing line is at most 100 characters.
    /// </summary>
    public static PageRules Default { get; } = new(
        OrphanLines: 2, WidowLines: 2, KeepTableTogetherShare: 0.85,
        TableOrphanRows: 3, TableWidowRows: 2, ShortParagraph: 100);

    /// <summary>A table row of at least this many lines may split across pages, continuing its text.</summary>
    public int SplittableRowLines => OrphanLines + WidowLines;
}
