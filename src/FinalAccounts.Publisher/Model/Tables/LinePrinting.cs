using System.Globalization;

namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// 公开01表 and 公开04表 as printed: income lines on the left, expenditure lines on the right, side by side (01: lines 1–30
/// beside 31–60; 04: 1–32 beside 33–64), with the numbered names (一、…) of the official form. Income shows its first
/// amount column only.
/// </summary>
internal static class LinePrinting
{
    public static PrintedTable Print(LineTable table)
    {
        var layout = table.Layout;
        var count = layout.IncomeLines;
        var rows = new List<PrintedRow>();
        for (var i = 1; i <= count; i++)
        {
            var income = table.Lines.FirstOrDefault(l => l.Number == i);
            var spend = table.Line(i + count);
            var cells = new List<PrintedCell>
            {
                PrintedCell.Of(income is null ? "" : Label(income, table, income: true)), PrintedCell.Centered(Number(i)),
                income is null ? PrintedCell.Blank : PrintedCell.Money(income[0]),
                PrintedCell.Of(Label(spend, table, income: false)), PrintedCell.Centered(Number(i + count)),
            };
            cells.AddRange(spend.Values.Select(PrintedCell.Money));
            rows.Add(new PrintedRow(cells, layout.TotalLines.Contains(i)));
        }

        var half = new[] { PrintedColumnKind.Text, PrintedColumnKind.Centered };
        return new PrintedTable(table.Table, [.. half, PrintedColumnKind.Amount, .. half, .. table.Columns.Select(_ => PrintedColumnKind.Amount)], rows);
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The printed name: 一、… for the income kinds and the 26 类; blank for unnamed lines.</summary>
    private static string Label(SummaryLine line, LineTable table, bool income)
    {
        var layout = table.Layout;
        if (!income && line.Number >= layout.FirstClassLine && line.Number <= layout.LastClassLine)
            return ChineseNumerals.Of(line.Number - layout.FirstClassLine + 1) + "、" + line.Name;
        var fixedLine = layout.Fixed.Any(f => f.Number == line.Number);
        var firstTotal = table.Table.Identities.Lines[0].Target;
        if (income && line.Number < firstTotal && fixedLine)
            return ChineseNumerals.Of(line.Number) + "、" + line.Name;
        return fixedLine || !income ? line.Name : "";
    }
}
