using System.Globalization;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Model.Tables;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.OpenData.Workbooks;

/// <summary>
/// Plans a 公开表's sheet in the official layout: the title, the form label, the 部门/年度/单位 line, the descriptor's
/// header rows with their merged cells and the 栏次 row, the body as <see cref="PrintedTable"/> arranges it (amounts as
/// numbers), the notes; column widths that fit the content and row heights for the lines that wrap.
/// </summary>
internal static class SheetPlanner
{
    public const int TitleRow = 1;
    public const int FormRow = 2;
    public const int MetaRow = 3;
    public const int FirstHeaderRow = 4;
    private const double LinePoints = 14.25;
    private const double MinWidth = 6, MaxWidth = 60, HeaderWrapWidth = 14;

    public static SheetPlan Plan(PublicTableData data, SheetFrame frame, NumberFormatter format)
    {
        var table = data.Table;
        var n = table.Leaves.Count;
        var grid = new SheetGrid();
        grid.Put(TitleRow, 1, CellStyle.Title, table.Title, span: n);
        grid.Put(FormRow, n, CellStyle.FormLabel, table.FormLabel);
        var mid = (n + 1) / 2;
        grid.Put(MetaRow, 1, CellStyle.MetaLeft, frame.Department, span: mid - 1);
        grid.Put(MetaRow, mid, CellStyle.MetaCenter, frame.Period);
        grid.Put(MetaRow, mid + 1, CellStyle.MetaRight, frame.Unit, span: n - mid);

        var row = FirstHeaderRow;
        foreach (var headerRow in table.HeaderRows())
        {
            var column = 1;
            foreach (var cell in headerRow)
            {
                column = grid.NextFree(row, column);
                grid.Put(row, column, CellStyle.Header, cell.Text, cell.ColSpan, cell.RowSpan);
                column += cell.ColSpan;
            }

            row++;
        }

        if (table.HasColumnNumbers)
        {
            var numbers = table.ColumnNumbers;
            for (var c = 0; c < n; c++) grid.Put(row, c + 1, CellStyle.ColumnNumber, numbers[c]);
            row++;
        }

        var headerLast = row - 1;
        foreach (var printed in PrintedTable.Of(data).Rows)
        {
            var column = 1;
            foreach (var cell in printed.Cells)
            {
                Body(grid, row, column, cell, printed.IsTotal, frame.ZeroText, format);
                column += cell.ColSpan;
            }

            row++;
        }

        foreach (var note in frame.Notes) grid.Put(row++, 1, CellStyle.Note, note, span: n);
        return grid.Plan(table.FormLabel, FirstHeaderRow, headerLast, frame.Landscape, Widths(grid, n, headerLast));
    }

    private static void Body(SheetGrid grid, int row, int column, PrintedCell cell, bool total, string zeroText, NumberFormatter format)
    {
        switch (cell.Kind)
        {
            case PrintedCellKind.Amount:
                var style = total ? CellStyle.TotalAmount : CellStyle.Amount;
                var value = cell.Amount!.Value.Value;
                if (value != 0m) grid.Put(row, column, style, number: format.InTableUnit(value), shown: format.Table(value));
                else if (zeroText.Length == 0) grid.Put(row, column, style);
                else if (decimal.TryParse(zeroText, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
                    grid.Put(row, column, style, number: 0m, shown: zeroText);
                else grid.Put(row, column, style, zeroText);
                break;
            case PrintedCellKind.Label:
                grid.Put(row, column, CellStyle.TotalLabel, cell.Text, span: cell.ColSpan);
                break;
            case PrintedCellKind.Centered when int.TryParse(cell.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var line):
                grid.Put(row, column, CellStyle.Centered, number: line, shown: cell.Text);
                break;
            default:
                grid.Put(row, column, total ? CellStyle.TotalText : cell.Kind == PrintedCellKind.Centered ? CellStyle.Centered : CellStyle.Text,
                    cell.Text, span: cell.ColSpan);
                break;
        }
    }

    /// <summary>
    /// Each column as wide as its widest body text or amount, and its header text up to a width at which headers wrap
    /// (in character units: a Chinese character is two, a digit about one).
    /// </summary>
    private static List<double> Widths(SheetGrid grid, int n, int headerLast)
    {
        var widths = new List<double>();
        for (var c = 1; c <= n; c++)
        {
            var body = grid.SingleColumnTexts(c, headerLast + 1, int.MaxValue).Select(Units).DefaultIfEmpty(0).Max();
            var header = grid.SingleColumnTexts(c, FirstHeaderRow, headerLast).Select(t => Math.Min(Units(t), HeaderWrapWidth)).DefaultIfEmpty(0).Max();
            widths.Add(Math.Round(Math.Clamp(Math.Max(body, header) + 2, MinWidth, MaxWidth), 2));
        }

        return widths;
    }

    /// <summary>The width of a text in spreadsheet character units.</summary>
    public static double Units(string text) => TextEstimate.LongestLineEms(text) * 2;

    /// <summary>The lines a text takes in a width, and the row height of that many lines.</summary>
    public static double Height(string text, double width) => Math.Max(1, Math.Ceiling(Units(text) / Math.Max(1, width - 1.5))) * LinePoints + 3;
}
