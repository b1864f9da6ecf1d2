using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Publisher.Input.Workbooks;

namespace FinalAccounts.Publisher.Filling;

/// <summary>
/// Writes filled figures into the clerk's .xlsx workbook in place: each cell keeps its format (number format, font,
/// borders) and gets the new number; every other cell, sheet, formula and comment stays as it was, and Excel recomputes
/// the formulas when the workbook is next opened. A cell that holds a formula is not overwritten (its formula is what
/// is wrong: the clerk decides), nor is any cell of an .xls workbook (a format fill cannot write).
/// </summary>
internal static class WorkbookCells
{
    /// <summary>
    /// The workbook's new bytes (null when no cell could be written) and the cells left for the clerk.
    /// </summary>
    public static (byte[]? Bytes, IReadOnlyList<FillChange> Left) Write(string path, IReadOnlyList<FillChange> cells)
    {
        if (cells.Count == 0 || !path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return (null, cells);
        using var stream = new MemoryStream();
        stream.Write(File.ReadAllBytes(path));
        var left = new List<FillChange>();
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var book = document.WorkbookPart!;
            foreach (var cell in cells)
                if (Find(book, cell) is not { CellFormula: null } target) left.Add(cell);
                else Set(target, cell.New);
            if (left.Count == cells.Count) return (null, cells);
            var calculation = book.Workbook.CalculationProperties ??= new CalculationProperties();
            calculation.FullCalculationOnLoad = true;
            book.Workbook.Save();
        }

        return (stream.ToArray(), left);
    }

    private static void Set(Cell cell, string value)
    {
        cell.DataType = null;
        cell.InlineString = null;
        cell.CellValue = new CellValue(value.Length == 0 ? "0" : value);
    }

    /// <summary>The cell a change is located at (its sheet by name, the cell by reference), or null.</summary>
    private static Cell? Find(WorkbookPart book, FillChange change)
    {
        var sheet = book.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == change.Location.Sheet);
        if (sheet?.Id?.Value is not { } id || book.GetPartById(id) is not WorksheetPart part) return null;
        var (row, column) = (change.Location.Line, change.Location.Column);
        return part.Worksheet.Descendants<Cell>()
            .FirstOrDefault(c => c.CellReference?.Value is { } r && CellReference.Parse(r) == (row, column));
    }
}
