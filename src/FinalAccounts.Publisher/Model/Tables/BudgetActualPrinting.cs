namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>公开09表 as printed: one row, the 预算数 figures beside the 决算数 figures.</summary>
internal static class BudgetActualPrinting
{
    public static PrintedTable Print(ThreePublicTable t)
    {
        var cells = t.Budget.All.Concat(t.Actual.All).Select(PrintedCell.Money).ToList();
        return new PrintedTable(t.Table, cells.Select(_ => PrintedColumnKind.Amount).ToList(), [new PrintedRow(cells)]);
    }
}
