using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Compose.Tables;

/// <summary>
/// Builds 公开06表 as printed: three groups of [code, name, amount] side by side — 人员经费, then 公用经费 split in two
/// (its first class, then the others) — and the two totals on the last row.
/// </summary>
internal static class BasicDetailTableBuilder
{
    public static Table Build(TableContext ctx, BasicDetailTable t06, TableLayout layout, SourceLocation at)
    {
        var personnel = t06.Group(EconomicGroup.Personnel).ToList();
        var publicRows = t06.Group(EconomicGroup.Public).ToList();
        var firstClass = publicRows.FirstOrDefault()?.Code.Class;
        var groups = new[] { personnel, publicRows.Where(r => r.Code.Class == firstClass).ToList(), publicRows.Where(r => r.Code.Class != firstClass).ToList() };
        var count = groups.Max(g => g.Count);
        var body = new List<TableRow>();
        for (var i = 0; i < count; i++)
        {
            var cells = new List<TableCell>();
            foreach (var g in groups)
            {
                if (i < g.Count) cells.AddRange([TableContext.Text(g[i].Code.Value), TableContext.Text(g[i].Name), ctx.Money(g[i].Value)]);
                else cells.AddRange([TableContext.Text(""), TableContext.Text(""), TableContext.Text("")]);
            }

            body.Add(new TableRow(cells));
        }

        body.Add(new TableRow(
        [
            TableContext.Centered(Model.Tables.PublicTables.PersonnelTotal, 2, bold: true), ctx.Money(t06.PersonnelTotal),
            TableContext.Centered(Model.Tables.PublicTables.PublicTotal, 5, bold: true), ctx.Money(t06.PublicTotal),
        ], TableRowKind.Total));
        var columns = Enumerable.Range(0, 3).SelectMany(_ => new[] { new TableColumn(CellAlign.Left), new TableColumn(CellAlign.Left), new TableColumn(CellAlign.Right, 0, true) }).ToList();
        return ctx.Frame(layout, columns, body, at, "table-" + layout.Key);
    }
}
