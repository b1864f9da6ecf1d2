namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// 公开06表 as printed: three groups of [code, name, amount] side by side — 人员经费, then 公用经费 split in two (its
/// first class, then the others) — and the two totals on the last row.
/// </summary>
internal static class EconomicPrinting
{
    public static PrintedTable Print(BasicDetailTable t06)
    {
        var personnel = t06.Group(EconomicGroup.Personnel).ToList();
        var publicRows = t06.Group(EconomicGroup.Public).ToList();
        var firstClass = publicRows.FirstOrDefault()?.Code.Class;
        var groups = new[] { personnel, publicRows.Where(r => r.Code.Class == firstClass).ToList(), publicRows.Where(r => r.Code.Class != firstClass).ToList() };
        var count = groups.Max(g => g.Count);
        var rows = new List<PrintedRow>();
        for (var i = 0; i < count; i++)
            rows.Add(new PrintedRow(groups.SelectMany(g => i < g.Count
                ? new[] { PrintedCell.Of(g[i].Code.Value), PrintedCell.Of(g[i].Name), PrintedCell.Money(g[i].Value) }
                : [PrintedCell.Blank, PrintedCell.Blank, PrintedCell.Blank]).ToList()));

        var totals = ((CodeRows)t06.Table.Rows).Totals;
        rows.Add(new PrintedRow(
        [
            PrintedCell.Label(totals[0], 2), PrintedCell.Money(t06.PersonnelTotal),
            PrintedCell.Label(totals[1], 5), PrintedCell.Money(t06.PublicTotal),
        ], true));
        var group = new[] { PrintedColumnKind.Text, PrintedColumnKind.Text, PrintedColumnKind.Amount };
        return new PrintedTable(t06.Table, [.. group, .. group, .. group], rows);
    }
}
