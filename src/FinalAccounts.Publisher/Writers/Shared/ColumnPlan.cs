using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// Column widths and orientation of a table, one rule for every edition. Each column gets at least its least width (its
/// widest unbreakable piece); the rest is shared by the weights when every column has one, otherwise by how much each
/// column's text wants. A table marked wide, or whose least widths do not fit a portrait page, goes landscape; one that
/// does not fit landscape either is squeezed. Units are the caller's (points, twips or percent).
/// </summary>
public static class ColumnPlan
{
    /// <summary>A table's orientation and widths from its columns' needs and the text widths of both orientations.</summary>
    public static TablePlacement Place(
        bool wide, double[] least, double[] natural, double[] weights, double portrait, double landscape)
    {
        var widths = wide ? null : Allocate(least, natural, weights, portrait);
        if (widths is not null) return new TablePlacement(false, widths, false);
        widths = Allocate(least, natural, weights, landscape);
        return widths is not null
            ? new TablePlacement(true, widths, false)
            : new TablePlacement(true, Squeeze(least, landscape), true);
    }

    /// <summary>Widths summing to <paramref name="available"/>; null when even the least widths do not fit.</summary>
    public static double[]? Allocate(double[] least, double[] natural, double[] weights, double available)
    {
        var n = least.Length;
        if (least.Sum() > available + 0.01) return null;
        if (weights.All(w => w > 0)) return ByWeight(least, weights, available);
        var widths = new double[n];
        var naturalSum = natural.Sum();
        if (naturalSum <= available)
        {
            for (var i = 0; i < n; i++)
            {
                var share = naturalSum > 0 ? natural[i] / naturalSum : 1.0 / n;
                widths[i] = natural[i] + (available - naturalSum) * share;
            }

            return widths;
        }

        var want = Enumerable.Range(0, n).Sum(i => natural[i] - least[i]);
        var extra = available - least.Sum();
        for (var i = 0; i < n; i++)
            widths[i] = least[i] + (want > 0 ? extra * (natural[i] - least[i]) / want : extra / n);
        return widths;
    }

    /// <summary>
    /// Each column's share of the width (summing to 1) from the weights alone; a column without one weighs the average.
    /// </summary>
    public static double[] Shares(IReadOnlyList<TableColumn> columns)
    {
        var given = columns.Where(c => c.Weight > 0).Select(c => c.Weight).ToList();
        var fallback = given.Count > 0 ? given.Average() : 1;
        var weights = columns.Select(c => c.Weight > 0 ? c.Weight : fallback).ToArray();
        return Allocate(new double[weights.Length], new double[weights.Length], weights, 1)!;
    }

    /// <summary>The least widths shrunk proportionally to fit (text then breaks inside words and numbers).</summary>
    public static double[] Squeeze(double[] least, double available)
    {
        var sum = least.Sum();
        return least.Select(m => m * available / sum).ToArray();
    }

    /// <summary>Widths proportional to the weights, raising columns that would fall under their least width.</summary>
    private static double[] ByWeight(double[] least, double[] weights, double available)
    {
        var n = least.Length;
        var widths = new double[n];
        var fixedCols = new bool[n];
        while (true)
        {
            var free = available - Enumerable.Range(0, n).Where(i => fixedCols[i]).Sum(i => least[i]);
            var weightSum = Enumerable.Range(0, n).Where(i => !fixedCols[i]).Sum(i => weights[i]);
            var changed = false;
            for (var i = 0; i < n; i++)
            {
                if (fixedCols[i])
                {
                    widths[i] = least[i];
                    continue;
                }

                widths[i] = weightSum > 0 ? free * weights[i] / weightSum : 0;
                if (widths[i] < least[i] - 0.001)
                {
                    fixedCols[i] = true;
                    changed = true;
                }
            }

            if (!changed) return widths;
        }
    }
}
