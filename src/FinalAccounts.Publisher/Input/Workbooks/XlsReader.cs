using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>
/// Reads the sheets of an .xls (Excel 97–2003, BIFF) with ExcelDataReader 3.6: values (a formula's saved result),
/// merged areas, hidden columns (width 0). BIFF always saves a formula's result; ExcelDataReader 3.6 gives an error
/// result as an empty cell, so in .xls an error value cannot be told from a blank one (the checks' sums still catch it).
/// </summary>
internal static class XlsReader
{
    static XlsReader() =>
        // Legacy code pages (a BIFF file's strings may be in the workbook's ANSI code page): registered once, read-only.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<Worksheet> Read(Stream stream, CancellationToken cancellationToken)
    {
        using var reader = ExcelReaderFactory.CreateBinaryReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
        var sheets = new List<Worksheet>();
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            sheets.Add(Sheet(reader));
        } while (reader.NextResult());

        return sheets;
    }

    private static Worksheet Sheet(IExcelDataReader reader)
    {
        var sheet = new WorksheetBuilder(reader.Name ?? "");
        var columns = reader.FieldCount;
        for (var c = 0; c < columns && c < InputLimits.SheetColumns; c++)
            if (reader.GetColumnWidth(c) == 0) sheet.HideColumns(c + 1, c + 1);
        foreach (var m in reader.MergeCells ?? [])
            sheet.Merge(new CellRange(m.FromRow + 1, m.FromColumn + 1, m.ToRow + 1, m.ToColumn + 1));
        var row = 0;
        while (!sheet.IsFull && reader.Read())
        {
            row++;
            for (var c = 0; c < columns; c++)
                sheet.Set(row, c + 1, Cell(reader.GetValue(c)));
        }

        return sheet.Build();
    }

    private static SheetCell Cell(object? value) => value switch
    {
        null => SheetCell.Empty,
        string s => new SheetCell(SheetCellKind.Text, s),
        bool b => new SheetCell(SheetCellKind.Text, b ? "TRUE" : "FALSE"),
        DateTime t => new SheetCell(SheetCellKind.Text, t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        // A number (BIFF keeps binary floating point): its shortest round-trip text, read as decimal downstream.
        IConvertible n => new SheetCell(SheetCellKind.Number, n.ToString(CultureInfo.InvariantCulture)),
        _ => new SheetCell(SheetCellKind.Text, Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };
}
