using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Compose.Tables;

/// <summary>
/// Builds 公开01表 and 公开04表: income lines on the left, expenditure lines on the right, side by side as printed
/// (01: lines 1–30 beside 31–60; 04: 1–32 beside 33–64), with the numbered names (一、…) of the official form.
/// </summary>
internal static class LineTableBuilder
{
    public static Table Build(TableContext ctx, LineTable table, TableLayout layout, SourceLocation at)
    {
        var schema = table.Layout;
        var rows = schema.IncomeLines;
        var expenditureColumns = table.Columns.Count;
        var body = new List<TableRow>();
        for (var i = 1; i <= rows; i++)
        {
            var income = table.Lines.FirstOrDefault(l => l.Number == i);
            var spend = table.Line(i + rows);
            var cells = new List<TableCell>
            {
                TableContext.Text(income is null ? "" : Label(income, table, income: true)), TableContext.Centered(Number(i)),
                income is null ? TableContext.Text("") : ctx.Money(income[0]),
                TableContext.Text(Label(spend, table, income: false)), TableContext.Centered(Number(i + rows)),
            };
            cells.AddRange(spend.Values.Take(expenditureColumns).Select(ctx.Money));
            var total = income?.Name is "本年收入合计" or "总计";
            body.Add(new TableRow(cells, total ? TableRowKind.Total : TableRowKind.Body));
        }

        var columns = new List<TableColumn> { new(CellAlign.Left), new(CellAlign.Center), new(CellAlign.Right, 0, true), new(CellAlign.Left), new(CellAlign.Center) };
        columns.AddRange(Enumerable.Range(0, expenditureColumns).Select(_ => new TableColumn(CellAlign.Right, 0, true)));
        return ctx.Frame(layout, columns, body, at, "table-" + layout.Key);
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The printed name: 一、… for the income kinds and the 26 类; blank for unnamed lines.</summary>
    private static string Label(SummaryLine line, LineTable table, bool income)
    {
        var schema = table.Layout;
        if (!income && line.Number >= schema.FirstClassLine && line.Number <= schema.LastClassLine)
            return TemplateFunctions.Chinese(line.Number - schema.FirstClassLine + 1) + "、" + line.Name;
        var firstTotals = table.Table.Identities.Lines[0].Target;
        if (income && line.Number < firstTotals && schema.Fixed.Any(f => f.Number == line.Number))
            return TemplateFunctions.Chinese(line.Number) + "、" + line.Name;
        return schema.Fixed.Any(f => f.Number == line.Number) || !income ? line.Name : "";
    }
}
