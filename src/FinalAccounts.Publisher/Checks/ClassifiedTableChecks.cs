using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Checks;

/// <summary>Identities inside the tables by functional classification: row sums, 类 = Σ款 = Σ项, 合计 = Σ类.</summary>
internal static class ClassifiedTableChecks
{
    public static void Check(CheckContext ctx, ClassifiedTable table)
    {
        var columns = table.Columns;
        foreach (var row in table.Rows.Prepend(table.Total).Where(r => r.IsGiven))
            TableChecks.Rows(ctx, CheckCodes.RowSum, table.Table, Label(row), row.Values);
        if (!table.Table.Identities.Hierarchy) return;

        foreach (var row in table.Rows.Where(r => r.IsGiven && r.Code!.Value.Level != SubjectLevel.Item))
        {
            var children = table.ChildrenOf(row.Code!.Value).ToList();
            if (children.Count == 0) continue;
            var level = row.Code!.Value.Level == SubjectLevel.Class ? "款" : "项";
            for (var c = 0; c < columns.Count; c++)
                ctx.Sum(CheckCodes.Hierarchy, row[c], children.Select(x => x[c]),
                    new($"{Label(row)} 的“{columns[c]}”应等于其下各{level}之和", $"'{columns[c]}' of {Label(row)} must equal the sum of its {level}"));
        }

        var classes = table.Classes.ToList();
        if (!table.Total.IsGiven) return;
        for (var c = 0; c < columns.Count; c++)
            ctx.Sum(CheckCodes.TotalRow, table.Total[c], classes.Select(x => x[c]),
                new($"{table.Total.Name}行的“{columns[c]}”应等于各类之和", $"'{columns[c]}' of the {table.Total.Name} row must equal the sum of the 类"));
    }

    public static string Label(ClassifiedRow row) => row.Code is null ? row.Name : $"{row.Code} {row.Name}";
}
