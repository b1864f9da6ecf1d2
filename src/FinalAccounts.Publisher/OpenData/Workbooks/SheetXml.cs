using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.OpenData.Workbooks;

/// <summary>A planned sheet as SpreadsheetML, its elements in the schema's order.</summary>
internal static class SheetXml
{
    public static Worksheet Worksheet(SheetPlan sheet, bool selected, SharedStrings strings)
    {
        var last = SourceLocation.CellName(sheet.Rows.Max(r => r.Index), sheet.ColumnCount);
        var columns = new Columns(sheet.ColumnWidths.Select((w, i) => new Column
        {
            Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true,
        }));
        var data = new SheetData(sheet.Rows.Select(r => Row(r, strings)));
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = "A1:" + last },
            new SheetViews(new SheetView(Frozen(sheet)) { WorkbookViewId = 0, TabSelected = selected ? true : null }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            columns,
            data);
        if (sheet.Merges.Count > 0)
            worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m.ToString() })) { Count = (uint)sheet.Merges.Count });
        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup
            {
                PaperSize = 9, // A4
                Orientation = sheet.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1,
                FitToHeight = 0,
            });
        return worksheet;
    }

    /// <summary>The header rows and the lines above them stay in view while scrolling.</summary>
    private static Pane Frozen(SheetPlan sheet) => new()
    {
        VerticalSplit = sheet.HeaderLastRow,
        TopLeftCell = SourceLocation.CellName(sheet.HeaderLastRow + 1, 1),
        ActivePane = PaneValues.BottomLeft,
        State = PaneStateValues.Frozen,
    };

    private static Row Row(SheetRow row, SharedStrings strings)
    {
        var xml = new Row(row.Cells.Select(c => Cell(row.Index, c, strings))) { RowIndex = (uint)row.Index };
        if (row.Height > 0)
        {
            xml.Height = row.Height;
            xml.CustomHeight = true;
        }

        return xml;
    }

    private static Cell Cell(int row, SheetCell c, SharedStrings strings)
    {
        var cell = new Cell { CellReference = SourceLocation.CellName(row, c.Column), StyleIndex = (uint)c.Style };
        if (c.Number is { } number)
            cell.CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture));
        else if (c.Text is { Length: > 0 } text)
        {
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue(strings.Of(text).ToString(CultureInfo.InvariantCulture));
        }

        return cell;
    }
}
