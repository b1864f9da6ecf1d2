using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>
/// The body rows of a table as row groups for print: the rows the page rules keep together (a table's first rows, its
/// last rows, a total with the row before, a label row with the row after; <see cref="PageRules"/>,
/// <see cref="KeepRules"/>) each form a group the browser does not break, the others plain groups. Browsers honour
/// "break-inside: avoid" on a row group but not "break-before: avoid" between rows. A group never cuts a row span; one
/// that would need more than <see cref="MostKept"/> rows for that, or that holds more than <see cref="MostKeptText"/>
/// characters (tall rows, which split by their lines anyway), is left to the browser.
/// </summary>
internal sealed record HtmlRowGroups(IReadOnlyList<(int Start, int End, bool Kept)> Groups)
{
    private const int MostKept = 8;

    private const int MostKeptText = 400;

    public static HtmlRowGroups For(Table table, bool spans)
    {
        var n = table.Body.Count;
        var rules = PageRules.Default;
        var crossed = Crossed(table, spans);
        var groups = new List<(int Start, int End, bool Kept)>();
        var plain = 0;
        var b = 1;
        while (b < n)
        {
            // Rows b-1 and b kept together: grow the run, then widen it to boundaries no row span crosses.
            if (!Joined(table, b, n, rules)) { b++; continue; }
            var start = b - 1;
            var end = b + 1;
            while (end < n && (Joined(table, end, n, rules) || crossed[end])) end++;
            while (start > 0 && crossed[start]) start--;
            var text = table.Body.Skip(start).Take(end - start).Sum(r => r.Cells.Sum(c => c.Text.Length));
            if (end - start <= MostKept && text <= MostKeptText && start >= plain)
            {
                if (start > plain) groups.Add((plain, start, false));
                groups.Add((start, end, true));
                plain = end;
            }

            b = end + 1;
        }

        if (plain < n || groups.Count == 0) groups.Add((plain, n, false));
        return new HtmlRowGroups(groups);
    }

    /// <summary>Whether body rows b-1 and b stay on one page: first and last rows, a total, a label row's follower.</summary>
    private static bool Joined(Table table, int b, int n, PageRules rules) =>
        b < rules.TableOrphanRows || b > n - rules.TableWidowRows || !KeepRules.CanBreakBefore(table, b);

    /// <summary>For each boundary before a body row, whether a row span crosses it (a row group cannot end there).</summary>
    private static bool[] Crossed(Table table, bool spans)
    {
        var crossed = new bool[table.Body.Count + 1];
        if (!spans || table.Body.Count == 0) return crossed;
        var grid = TableGrid.Build(table.Body, table.Columns.Count);
        foreach (var cell in grid.Cells)
        {
            for (var r = cell.Row + 1; r <= cell.LastRow; r++) crossed[r] = true;
        }

        return crossed;
    }
}
