using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Compose.Tables;

/// <summary>Builds the one-row 公开09表 and the 重点工作完成情况表.</summary>
internal static class SmallTableBuilders
{
    public static Table ThreePublic(TableContext ctx, TableLayout layout, SourceLocation at)
    {
        var t = ctx.Model.T09;
        var cells = new[] { t.Budget, t.Actual }
            .SelectMany(r => new[] { r.Total, r.Overseas, r.VehicleSubtotal, r.VehiclePurchase, r.VehicleOperation, r.Reception })
            .Select(ctx.Money).ToList();
        return ctx.Frame(layout, TableContext.Columns(0, 12), [new TableRow(cells)], at, "table-" + layout.Key);
    }

    public static Table KeyWork(TableContext ctx, TableLayout layout, SourceLocation at)
    {
        var rows = ctx.Model.KeyWork.Rows
            .Select(r => new TableRow([TableContext.Centered(r.Number.Value), TableContext.Text(r.Matter.Value), TableContext.Text(r.Content.Value), TableContext.Centered(r.Status.Value)]))
            .ToList();
        var columns = new[] { new TableColumn(CellAlign.Center), new TableColumn(CellAlign.Left), new TableColumn(CellAlign.Left), new TableColumn(CellAlign.Center) };
        var table = ctx.Frame(layout, columns, rows, at, "table-" + layout.Key);
        return table with { Preamble = [] };
    }
}
