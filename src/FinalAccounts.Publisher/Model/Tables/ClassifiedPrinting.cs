namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>公开02, 03, 05, 07, 08表 as printed: the 合计 row, then every 类, 款 and 项 with its code, name and amounts.</summary>
internal static class ClassifiedPrinting
{
    public static PrintedTable Print(ClassifiedTable table)
    {
        var rows = new List<PrintedRow> { new([PrintedCell.Label(table.Total.Name, 2), .. table.Total.Values.Select(PrintedCell.Money)], true) };
        rows.AddRange(table.Rows.Select(r =>
            new PrintedRow([PrintedCell.Of(r.Code!.Value.Value), PrintedCell.Of(r.Name), .. r.Values.Select(PrintedCell.Money)])));
        return new PrintedTable(table.Table, [PrintedColumnKind.Text, PrintedColumnKind.Text, .. table.Columns.Select(_ => PrintedColumnKind.Amount)], rows);
    }
}
