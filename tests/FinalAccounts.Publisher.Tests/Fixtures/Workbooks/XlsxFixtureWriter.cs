using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FinalAccounts.Publisher.Tests.Fixtures.Workbooks;

/// <summary>Writes fixture sheets as an .xlsx with the OpenXML SDK (independent of the project's own workbook code).</summary>
public static class XlsxFixtureWriter
{
    public static byte[] Write(IEnumerable<FixtureSheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = wb.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var row in sheet.Cells.GroupBy(c => c.Key.Row))
                {
                    var r = new Row { RowIndex = (uint)row.Key };
                    foreach (var (key, cell) in row) r.Append(Cell(FixtureSheet.Cell(key.Row, key.Column), cell));
                    data.Append(r);
                }

                var worksheet = new Worksheet();
                if (sheet.HiddenColumns.Count > 0)
                    worksheet.Append(new Columns(sheet.HiddenColumns.Select(c =>
                        new Column { Min = (uint)c, Max = (uint)c, Width = 0, Hidden = true, CustomWidth = true })));
                worksheet.Append(data);
                if (sheet.Merges.Count > 0) worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m })));
                part.Worksheet = worksheet;
                wb.Workbook.Sheets!.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
        }

        return stream.ToArray();
    }

    private static Cell Cell(string reference, FixtureCell cell)
    {
        var c = new Cell { CellReference = reference };
        if (cell.Formula is not null) c.CellFormula = new CellFormula(cell.Formula);
        if (cell.Error is not null)
        {
            c.DataType = CellValues.Error;
            c.CellValue = new CellValue(cell.Error);
        }
        else if (cell.Number is { } n) c.CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture));
        else if (cell.Text is not null)
        {
            c.DataType = CellValues.InlineString;
            c.InlineString = new InlineString(new Text(cell.Text) { Space = SpaceProcessingModeValues.Preserve });
        }

        return c;
    }
}
