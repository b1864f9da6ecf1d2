using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Checks;

/// <summary>Identities of 公开01表 and 公开04表: total lines, 收 = 支, and (公开04表) 小计 = the three kinds of appropriation.</summary>
internal static class LineTableChecks
{
    public static void Check(CheckContext ctx, LineTable table)
    {
        var columns = table.Columns;
        var identities = table.Table.Identities;
        foreach (var identity in identities.Lines)
        {
            var target = table.Line(identity.Target);
            var lines = FormatLines(identity.Plus);
            for (var c = 0; c < columns.Count; c++)
            {
                if (identity.Target <= table.Layout.IncomeLines && c > 0) continue;
                ctx.Sum(CheckCodes.LineSum, target[c], identity.Plus.Select(p => table[p, c]),
                    new($"第 {identity.Target} 行“{target.Name}”的“{columns[c]}”应等于第 {lines} 行之和",
                        $"'{columns[c]}' of line {identity.Target} ({target.Name}) must equal the sum of lines {lines}"));
            }
        }

        foreach (var eq in identities.Equalities)
        {
            var left = table.Line(eq.Left);
            var right = table.Line(eq.Right);
            if (!left.IsGiven && !right.IsGiven) continue;
            var at = right.IsGiven ? right[0].Location : left[0].Location;
            ctx.Equal(CheckCodes.LineEquality, at, left[0].Value, right[0].Value,
                new($"第 {eq.Right} 行支出总计应等于第 {eq.Left} 行收入总计", $"Expenditure total (line {eq.Right}) must equal income total (line {eq.Left})"));
        }

        foreach (var line in table.Lines.Where(l => l.IsGiven))
            TableChecks.Rows(ctx, CheckCodes.RowSum, table.Table, $"第 {line.Number} 行“{line.Name}”", line.Values, line.Number);
    }

    private static string FormatLines(IReadOnlyList<int> lines)
    {
        var contiguous = lines.Count > 3 && lines.Zip(lines.Skip(1)).All(p => p.Second == p.First + 1);
        return contiguous ? $"{lines[0]}–{lines[^1]}" : string.Join("、", lines);
    }
}
