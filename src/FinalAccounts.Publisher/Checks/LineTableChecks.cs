using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Checks;

/// <summary>Identities of 公开01表 and 公开04表: total lines, 收 = 支, and (公开04表) 小计 = the three kinds of appropriation.</summary>
internal static class LineTableChecks
{
    public static void Run(CheckContext ctx)
    {
        Check(ctx, ctx.Model.T01, TableSchemas.T01);
        Check(ctx, ctx.Model.T04, TableSchemas.T04);
    }

    private static void Check(CheckContext ctx, LineTable table, LineSchema schema)
    {
        if (!ctx.Available(table.File)) return;
        foreach (var identity in schema.Identities)
        {
            var target = table.Line(identity.Target);
            var lines = FormatLines(identity.Plus);
            for (var c = 0; c < schema.Columns.Count; c++)
            {
                if (identity.Target <= schema.IncomeLines && c > 0) continue;
                ctx.Sum(CheckCodes.LineSum, target[c], identity.Plus.Select(p => table[p, c]),
                    new($"第 {identity.Target} 行“{target.Name}”的“{schema.Columns[c]}”应等于第 {lines} 行之和",
                        $"'{schema.Columns[c]}' of line {identity.Target} ({target.Name}) must equal the sum of lines {lines}"));
            }
        }

        foreach (var eq in schema.Equalities)
        {
            var left = table.Line(eq.Left);
            var right = table.Line(eq.Right);
            if (!left.IsGiven && !right.IsGiven) continue;
            var at = right.IsGiven ? right[0].Location : left[0].Location;
            ctx.Equal(CheckCodes.LineEquality, at, left[0].Value, right[0].Value,
                new($"第 {eq.Right} 行支出总计应等于第 {eq.Left} 行收入总计", $"Expenditure total (line {eq.Right}) must equal income total (line {eq.Left})"));
        }

        if (schema.Columns.Count < 2) return;
        foreach (var line in table.Lines.Where(l => l.Number >= schema.RowIdentityFromLine && l.IsGiven))
            ctx.Sum(CheckCodes.RowSum, line[0], line.Values.Skip(1),
                new($"第 {line.Number} 行“{line.Name}”：“{schema.Columns[0]}”应等于三类财政拨款之和",
                    $"Line {line.Number} ({line.Name}): '{schema.Columns[0]}' must equal the three kinds of appropriation"));
    }

    private static string FormatLines(IReadOnlyList<int> lines)
    {
        var contiguous = lines.Count > 3 && lines.Zip(lines.Skip(1)).All(p => p.Second == p.First + 1);
        return contiguous ? $"{lines[0]}–{lines[^1]}" : string.Join("、", lines);
    }
}
