using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Checks;

/// <summary>
/// The identities inside each 公开表, as its descriptor lists them: within a row, between lines, and the code hierarchy.
/// Tables whose source could not be read are skipped.
/// </summary>
internal static class TableChecks
{
    public static void Run(CheckContext ctx)
    {
        foreach (var table in ctx.Model.Tables.Where(t => ctx.Available(t)))
        {
            switch (table)
            {
                case LineTable t:
                    LineTableChecks.Check(ctx, t);
                    break;
                case ClassifiedTable t:
                    ClassifiedTableChecks.Check(ctx, t);
                    break;
                case BasicDetailTable t:
                    EconomicDetailChecks.Check(ctx, t);
                    break;
                case ThreePublicTable t:
                    foreach (var (name, row) in new[] { (PublicTables.BudgetRow, t.Budget), (PublicTables.ActualRow, t.Actual) })
                        Rows(ctx, CheckCodes.ThreePublicSum, t.Table, name, row.All);
                    break;
            }
        }
    }

    /// <summary>The descriptor's identities within one row (every one of its amounts given or not).</summary>
    public static void Rows(CheckContext ctx, Diagnostics.DiagnosticCode code, TableDescriptor table, string label, IReadOnlyList<Amount> row,
        int line = 0)
    {
        var columns = table.AmountNames;
        foreach (var identity in table.Identities.Rows.Where(i => line >= i.FromLine))
        {
            var addends = identity.Plus.Select(i => row[i]).Concat(identity.Minus.Select(i => row[i] with { Value = -row[i].Value }));
            var parts = string.Join(" + ", identity.Plus.Select(i => columns[i])) + string.Concat(identity.Minus.Select(i => " − " + columns[i]));
            ctx.Sum(code, row[identity.Target], addends,
                new($"{label}：“{columns[identity.Target]}”应等于 {parts}", $"{label}: '{columns[identity.Target]}' must equal {parts}"));
        }
    }
}
