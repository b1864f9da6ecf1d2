using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Where a table's page ends: after the last whole row, or inside a tall row, that fits and that the keep rules allow.
/// Total rows stay with the row before, label rows with the row after; a table starts with at least three rows (or as
/// much height) and carries at least two rows, or two lines of a split row, to the next page; the notes and statement
/// go with the last rows. When a whole page cannot meet the rules they are relaxed step by step.
/// </summary>
internal static class TableBreaker
{
    private const double Epsilon = 0.01;

    private static PageRules Rules => PageRules.Default;

    /// <summary>
    /// The piece of <paramref name="rows"/> from <paramref name="start"/> that fits in <paramref name="space"/> (the
    /// body's share of the page), followed by <paramref name="tail"/> (notes) when it reaches the end; null when
    /// nothing allowed fits. <paramref name="first"/>: the table starts on this page.
    /// </summary>
    public static TablePiece? Fit(TableRows rows, RowPosition start, double space, double tail, bool first, Relax relax)
    {
        TablePiece? best = null;
        foreach (var piece in Pieces(rows, start, tail, first, relax))
        {
            if (piece.Height > space + Epsilon) break;
            best = piece;
        }

        return best;
    }

    /// <summary>The piece for this page: the rules first, relaxed only on an empty page that cannot meet them.</summary>
    public static TablePiece? FitRelaxing(
        TableRows rows, RowPosition start, double space, double tail, bool first, bool emptyPage)
    {
        var piece = Fit(rows, start, space, tail, first, Relax.None);
        if (piece is not null || !emptyPage) return piece;
        return Fit(rows, start, space, tail, first, Relax.Counts) ?? Fit(rows, start, space, tail, first, Relax.All);
    }

    /// <summary>The smallest piece the rules allow from <paramref name="start"/> (what fits below a kept heading).</summary>
    public static TablePiece Least(TableRows rows, RowPosition start, double tail, bool first) =>
        Pieces(rows, start, tail, first, Relax.None).First();

    /// <summary>Every piece the rules allow from <paramref name="start"/>, shortest first, the complete rest last.</summary>
    private static IEnumerable<TablePiece> Pieces(
        TableRows rows, RowPosition start, double tail, bool first, Relax relax)
    {
        double used = 0;
        for (var k = start.Row; k < rows.Count; k++)
        {
            var from = k == start.Row ? start.Line : 0;
            foreach (var m in SplitLines(rows, k, from, relax))
            {
                var h = used + rows.Slice(from, m);
                if (!first || relax != Relax.None || h >= MinimumStart(rows))
                    yield return new TablePiece(new RowPosition(k, m), h, false);
            }

            used += rows.Remaining(k, from);
            if (k + 1 < rows.Count && Allowed(rows, k + 1, used, first, relax))
                yield return new TablePiece(new RowPosition(k + 1, 0), used, false);
        }

        // Without room for the notes the last rows wait, unless nothing else can be done.
        var end = new RowPosition(rows.Count, 0);
        if (relax == Relax.All && start.Row < rows.Count) yield return new TablePiece(end, used, false);
        yield return new TablePiece(end, used + tail, true);
    }

    /// <summary>The least body height a table starts with: that of three single-line rows (or all, if fewer).</summary>
    private static double MinimumStart(TableRows rows) =>
        Math.Min(Rules.TableOrphanRows, rows.Count) * rows.LineRow - Epsilon;

    private static bool Allowed(TableRows rows, int next, double used, bool first, Relax relax)
    {
        if (relax == Relax.All) return true;
        if (!rows.BreakBefore[next]) return false;
        if (relax == Relax.Counts) return true;
        if (rows.Count - next < Rules.TableWidowRows) return false;
        return !first || used >= MinimumStart(rows);
    }

    /// <summary>The lines after which row <paramref name="row"/> may split, from line <paramref name="from"/> on.</summary>
    private static IEnumerable<int> SplitLines(TableRows rows, int row, int from, Relax relax)
    {
        var lines = rows.Lines[row];
        if (relax == Relax.All)
        {
            for (var m = from + 1; m < lines; m++) yield return m;
            yield break;
        }

        if (lines < Rules.SplittableRowLines) yield break;
        for (var m = from + Rules.OrphanLines; m <= lines - Rules.WidowLines; m++) yield return m;
    }

    /// <summary>How far the rules give way on a page that cannot meet them.</summary>
    internal enum Relax
    {
        /// <summary>Every rule.</summary>
        None,

        /// <summary>No fewest rows at a page's foot or head; totals and label rows keep, rows split by two lines.</summary>
        Counts,

        /// <summary>Anything that makes progress: any row boundary, any line.</summary>
        All,
    }
}
