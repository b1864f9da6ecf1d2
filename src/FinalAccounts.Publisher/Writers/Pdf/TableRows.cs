namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// A table's body rows as the page breaker sees them: each row's height and lines, whether a page may break before it
/// (<see cref="Shared.KeepRules.CanBreakBefore"/>), and the label row repeated when a page starts inside the rows it
/// introduces (-1: none). Rows are numbered from the first body row.
/// </summary>
internal sealed record TableRows(
    double[] Heights, int[] Lines, bool[] BreakBefore, int[] LabelRow, double Pitch, double Padding)
{
    public int Count => Heights.Length;

    /// <summary>The height of the smallest row: one line and its padding.</summary>
    public double LineRow => Pitch + 2 * Padding;

    /// <summary>What is left of row <paramref name="row"/> from line <paramref name="line"/> on.</summary>
    public double Remaining(int row, int line) =>
        line == 0 ? Heights[row] : Math.Max(LineRow, Heights[row] - line * Pitch);

    /// <summary>The height of lines [<paramref name="from"/>, <paramref name="to"/>) of a split row.</summary>
    public double Slice(int from, int to) => (to - from) * Pitch + 2 * Padding;
}
