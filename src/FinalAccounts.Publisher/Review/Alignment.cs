namespace FinalAccounts.Publisher.Review;

/// <summary>
/// The longest common subsequence of two sequences under a matching rule, as index pairs in order. A common prefix and
/// suffix are taken first, so two versions of a long document that differ in a few places cost little.
/// </summary>
internal static class Alignment
{
    /// <summary>Cells of the table beyond which the middle is not aligned (everything in it is unmatched).</summary>
    public const long MaxCells = 25_000_000;

    public static List<(int Old, int New)> Pairs(int n, int m, Func<int, int, bool> match)
    {
        var start = 0;
        while (start < n && start < m && match(start, start)) start++;
        var (endN, endM) = (n, m);
        while (endN > start && endM > start && match(endN - 1, endM - 1)) (endN, endM) = (endN - 1, endM - 1);

        var pairs = new List<(int, int)>();
        for (var i = 0; i < start; i++) pairs.Add((i, i));
        var (a, b) = (endN - start, endM - start);
        if (a > 0 && b > 0 && (long)a * b <= MaxCells) Middle(start, a, b, match, pairs);
        for (var k = 0; k < n - endN; k++) pairs.Add((endN + k, endM + k));
        return pairs;
    }

    private static void Middle(int start, int a, int b, Func<int, int, bool> match, List<(int, int)> pairs)
    {
        // lengths[i, j]: the longest common subsequence of the suffixes from i and j.
        var width = b + 1;
        var lengths = new int[(a + 1) * width];
        for (var i = a - 1; i >= 0; i--)
            for (var j = b - 1; j >= 0; j--)
                lengths[i * width + j] = match(start + i, start + j)
                    ? lengths[(i + 1) * width + j + 1] + 1
                    : Math.Max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);

        var (x, y) = (0, 0);
        while (x < a && y < b)
        {
            if (lengths[x * width + y] == lengths[(x + 1) * width + y + 1] + 1 && match(start + x, start + y))
            {
                pairs.Add((start + x, start + y));
                (x, y) = (x + 1, y + 1);
            }
            else if (lengths[(x + 1) * width + y] >= lengths[x * width + y + 1]) x++;
            else y++;
        }
    }
}
