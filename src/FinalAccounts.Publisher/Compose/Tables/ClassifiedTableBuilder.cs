using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Compose.Tables;

/// <summary>Builds 公开02, 03, 05, 07, 08表: the 合计 row, then every 类, 款 and 项 with its code and amounts.</summary>
internal static class ClassifiedTableBuilder
{
    public static Table Build(TableContext ctx, ClassifiedTable table, TableLayout layout, SourceLocation at)
    {
        var body = new List<TableRow>
        {
            new([TableContext.Centered(Model.Tables.PublicTables.TotalRow, 2, bold: true), .. table.Total.Values.Select(ctx.Money)], TableRowKind.Total),
        };
        body.AddRange(table.Rows.Select(r => new TableRow([TableContext.Text(r.Code!.Value.Value), TableContext.Text(r.Name), .. r.Values.Select(ctx.Money)])));
        return ctx.Frame(layout, TableContext.Columns(2, table.Columns.Count), body, at, "table-" + layout.Key);
    }
}
