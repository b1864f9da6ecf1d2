using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FinalAccounts.Publisher.Tests.OpenData;

/// <summary>A written workbook read back with the SDK: sheets by name, cells as text or number, merges, styles.</summary>
internal sealed class WorkbookView : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly List<string> strings;

    public WorkbookView(byte[] bytes)
    {
        document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        strings = Part.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
    }

    public WorkbookPart Part => document.WorkbookPart!;

    public SpreadsheetDocument Document => document;

    public IReadOnlyList<string> SheetNames => Part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public Worksheet Sheet(string name)
    {
        var sheet = Part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)Part.GetPartById(sheet.Id!)).Worksheet;
    }

    public Cell? Cell(string sheet, string reference) =>
        Sheet(sheet).Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);

    /// <summary>The text of a cell ("" when empty): a shared string, or the number as written.</summary>
    public string Text(string sheet, string reference) => Cell(sheet, reference) is { CellValue: { } v } c
        ? c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(v.Text, CultureInfo.InvariantCulture)] : v.Text
        : "";

    /// <summary>The number of a cell, or null when it holds none.</summary>
    public decimal? Number(string sheet, string reference) => Cell(sheet, reference) is { CellValue: { } v } c && c.DataType is null
        ? decimal.Parse(v.Text, CultureInfo.InvariantCulture)
        : null;

    /// <summary>Every row of a sheet as (row number, column letter → text).</summary>
    public IEnumerable<(int Row, Dictionary<string, string> Cells)> Rows(string sheet) =>
        Sheet(sheet).Descendants<Row>().Select(r => ((int)r.RowIndex!.Value, r.Elements<Cell>()
            .Where(c => c.CellValue is not null)
            .ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()), c => Text(sheet, c.CellReference!.Value!))));

    public IReadOnlyList<string> Merges(string sheet) =>
        Sheet(sheet).Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();

    /// <summary>The number format code of a cell's style.</summary>
    public string FormatCode(string sheet, string reference)
    {
        var stylesheet = Part.WorkbookStylesPart!.Stylesheet;
        var xf = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(Cell(sheet, reference)!.StyleIndex?.Value ?? 0));
        var id = xf.NumberFormatId?.Value ?? 0;
        return id == 0 ? "General" : stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == id).FormatCode!.Value!;
    }

    public void Dispose() => document.Dispose();
}
