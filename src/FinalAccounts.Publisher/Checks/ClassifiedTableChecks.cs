using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Checks;

/// <summary>Identities inside the tables by functional classification: row sums, 类 = Σ款 = Σ项, 合计 = Σ类.</summary>
internal static class ClassifiedTableChecks
{
    public static void Run(CheckContext ctx)
    {
        var m = ctx.Model;
        Check(ctx, m.T02, TableSchemas.T02);
        Check(ctx, m.T03, TableSchemas.T03);
        Check(ctx, m.T05, TableSchemas.T05);
        Check(ctx, m.T07, TableSchemas.T07);
        Check(ctx, m.T08, TableSchemas.T08);
    }

    private static void Check(CheckContext ctx, ClassifiedTable table, ClassifiedSchema schema)
    {
        if (!ctx.Available(table.File)) return;
        foreach (var row in table.Rows.Prepend(table.Total).Where(r => r.IsGiven))
            foreach (var identity in schema.RowIdentities)
            {
                var addends = identity.Plus.Select(i => row[i]).Concat(identity.Minus.Select(i => row[i] with { Value = -row[i].Value }));
                var parts = string.Join(" + ", identity.Plus.Select(i => schema.Columns[i])) +
                            string.Concat(identity.Minus.Select(i => " − " + schema.Columns[i]));
                ctx.Sum(CheckCodes.RowSum, row[identity.Target], addends,
                    new($"{Label(row)}：“{schema.Columns[identity.Target]}”应等于 {parts}",
                        $"{Label(row)}: '{schema.Columns[identity.Target]}' must equal {parts}"));
            }

        foreach (var row in table.Rows.Where(r => r.IsGiven && r.Code!.Value.Level != SubjectLevel.Item))
        {
            var children = table.ChildrenOf(row.Code!.Value).ToList();
            if (children.Count == 0) continue;
            var level = row.Code!.Value.Level == SubjectLevel.Class ? ("款", "款") : ("项", "项");
            for (var c = 0; c < schema.Columns.Count; c++)
                ctx.Sum(CheckCodes.Hierarchy, row[c], children.Select(x => x[c]),
                    new($"{Label(row)} 的“{schema.Columns[c]}”应等于其下各{level.Item1}之和",
                        $"'{schema.Columns[c]}' of {Label(row)} must equal the sum of its {level.Item2}"));
        }

        var classes = table.Classes.ToList();
        if (!table.Total.IsGiven) return;
        for (var c = 0; c < schema.Columns.Count; c++)
            ctx.Sum(CheckCodes.TotalRow, table.Total[c], classes.Select(x => x[c]),
                new($"合计行的“{schema.Columns[c]}”应等于各类之和", $"'{schema.Columns[c]}' of the 合计 row must equal the sum of the 类"));
    }

    public static string Label(ClassifiedRow row) => row.Code is null ? TableSchemas.TotalRowName : $"{row.Code} {row.Name}";
}
