namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// The page and keep rules every paginated edition follows: the PDF layout applies them, the Word file follows the
/// same pages, and the HTML print style asks the browser for them.
/// </summary>
public sealed record PageRules(int OrphanLines, int WidowLines, double KeepTableTogetherShare)
{
    /// <summary>
    /// Two lines of a paragraph at least at the foot and at the head of a page; a table no taller than 85% of a page is
    /// kept on one page.
    /// </summary>
    public static PageRules Default { get; } = new(OrphanLines: 2, WidowLines: 2, KeepTableTogetherShare: 0.85);
}
