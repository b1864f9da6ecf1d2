using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Compose.Tables;

/// <summary>Builds the 重点工作完成情况表 (its frame from tables.yaml).</summary>
internal static class KeyWorkTableBuilder
{
    public static Table Build(TableContext ctx, TableLayout layout, SourceLocation at)
    {
        var rows = ctx.Model.KeyWork.Rows
            .Select(r => new TableRow([TableContext.Centered(r.Number.Value), TableContext.Text(r.Matter.Value), TableContext.Text(r.Content.Value), TableContext.Centered(r.Status.Value)]))
            .ToList();
        var columns = new[] { new TableColumn(CellAlign.Center), new TableColumn(CellAlign.Left), new TableColumn(CellAlign.Left), new TableColumn(CellAlign.Center) };
        var table = ctx.Frame(layout, columns, rows, at, "table-" + layout.Key);
        return table with { Preamble = [] };
    }
}
