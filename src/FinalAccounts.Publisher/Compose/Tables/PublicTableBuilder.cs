using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Compose.Tables;

/// <summary>
/// Builds any 公开表 as the document prints it: the body arranged by <see cref="PrintedTable"/> (its shape's one
/// arrangement), amounts in the house style's number format, framed by the descriptor's header and the style's layout.
/// </summary>
internal static class PublicTableBuilder
{
    public static Table Build(TableContext ctx, PublicTableData data, TableLayout layout, SourceLocation at)
    {
        var printed = PrintedTable.Of(data);
        var columns = printed.Columns.Select(k => k switch
        {
            PrintedColumnKind.Centered => new TableColumn(CellAlign.Center),
            PrintedColumnKind.Amount => new TableColumn(CellAlign.Right, 0, true),
            _ => new TableColumn(CellAlign.Left),
        }).ToList();
        var body = printed.Rows
            .Select(r => new TableRow(r.Cells.Select(c => Cell(ctx, c)).ToList(), r.IsTotal ? TableRowKind.Total : TableRowKind.Body))
            .ToList();
        return ctx.Frame(layout, columns, body, at, "table-" + layout.Key);
    }

    private static TableCell Cell(TableContext ctx, PrintedCell c) => c.Kind switch
    {
        PrintedCellKind.Amount => ctx.Money(c.Amount!.Value),
        PrintedCellKind.Label => TableContext.Centered(c.Text, c.ColSpan, bold: true),
        PrintedCellKind.Centered => TableContext.Centered(c.Text),
        _ => TableContext.Text(c.Text, c.ColSpan),
    };
}
