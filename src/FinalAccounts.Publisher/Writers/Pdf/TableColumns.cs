namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Column widths from content and the available width: every column gets at least its widest unbreakable piece;
/// the rest is shared by the weights when all columns have one, otherwise by how much each column's text wants.
/// </summary>
internal static class TableColumns
{
    /// <summary>Widths summing to <paramref name="available"/>; null when even the minimum widths do not fit.</summary>
    public static double[]? Allocate(double[] min, double[] max, double[] weights, double available)
    {
        var n = min.Length;
        if (min.Sum() > available + 0.01) return null;
        if (weights.All(w => w > 0)) return ByWeight(min, weights, available);
        var widths = new double[n];
        var maxSum = max.Sum();
        if (maxSum <= available)
        {
            for (var i = 0; i < n; i++) widths[i] = max[i] + (available - maxSum) * (maxSum > 0 ? max[i] / maxSum : 1.0 / n);
            return widths;
        }

        var want = Enumerable.Range(0, n).Sum(i => max[i] - min[i]);
        var extra = available - min.Sum();
        for (var i = 0; i < n; i++) widths[i] = min[i] + (want > 0 ? extra * (max[i] - min[i]) / want : extra / n);
        return widths;
    }

    /// <summary>Widths proportional to the weights, raising columns that would fall under their minimum.</summary>
    private static double[] ByWeight(double[] min, double[] weights, double available)
    {
        var n = min.Length;
        var widths = new double[n];
        var fixedCols = new bool[n];
        while (true)
        {
            var free = available - Enumerable.Range(0, n).Where(i => fixedCols[i]).Sum(i => min[i]);
            var weightSum = Enumerable.Range(0, n).Where(i => !fixedCols[i]).Sum(i => weights[i]);
            var changed = false;
            for (var i = 0; i < n; i++)
            {
                if (fixedCols[i])
                {
                    widths[i] = min[i];
                    continue;
                }

                widths[i] = weightSum > 0 ? free * weights[i] / weightSum : 0;
                if (widths[i] < min[i] - 0.001)
                {
                    fixedCols[i] = true;
                    changed = true;
                }
            }

            if (!changed) return widths;
        }
    }

    /// <summary>Shrinks widths proportionally to fit when the minimums are too wide (text then breaks inside words).</summary>
    public static double[] Squeeze(double[] min, double available)
    {
        var sum = min.Sum();
        return min.Select(m => m * available / sum).ToArray();
    }
}
