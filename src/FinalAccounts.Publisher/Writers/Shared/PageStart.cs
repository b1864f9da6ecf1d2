namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// Where one page of the pagination begins: its printed number (null: none), its orientation, the block (index in the
/// document) drawn first on it, and whether the page goes on with a block begun on an earlier page. A table that goes
/// on gives the body row the page starts in (<see cref="Row"/>, -1 otherwise) and the line of that row (0: the row's
/// start; more when a tall row is split across the pages).
/// </summary>
public sealed record PageStart(int? Number, bool Landscape, int Block, bool Continues, int Row = -1, int Line = 0)
{
    /// <summary>When the page starts inside a table row (<see cref="Line"/> &gt; 0), how that row's cells were split.</summary>
    public IReadOnlyList<SplitCell> SplitCells { get; init; } = [];
}
