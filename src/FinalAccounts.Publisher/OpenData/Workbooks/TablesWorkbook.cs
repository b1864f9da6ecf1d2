using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Model.Tables;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.OpenData.Workbooks;

/// <summary>
/// Writes the 公开表 as one workbook in the official layout, a sheet per table named by its form label (公开01表 …):
/// merged titles and headers with 栏次, amounts as numbers in the style's number format, frozen header rows, and print
/// setup (A4, landscape for the wide tables, header rows repeated, fitted to the page width). Same figures and style →
/// the same bytes (fixed relationship ids, properties dated from the data, zip entries in order with that date).
/// </summary>
public static class TablesWorkbook
{
    private const string WorkbookId = "rIdWorkbook", StylesId = "rIdStyles", StringsId = "rIdStrings";
    private const string CoreId = "rIdCore", AppId = "rIdApp";

    /// <summary>The workbook's file name in the output: hongshan-jkj-2024-tables.xlsx.</summary>
    public static string FileName(string id, int year) => $"{id}-{year.ToString(CultureInfo.InvariantCulture)}-tables.xlsx";

    /// <summary>The sheets of these tables' figures, planned in the official layout.</summary>
    public static IReadOnlyList<SheetPlan> Plan(IEnumerable<PublicTableData> tables, WorkbookSettings settings)
    {
        var format = new NumberFormatter(settings.Numbers);
        return tables.Select(t => SheetPlanner.Plan(t, settings.Frame(t.Table), format)).ToList();
    }

    public static byte[] Write(IEnumerable<PublicTableData> tables, WorkbookSettings settings, CancellationToken cancellationToken = default)
    {
        var sheets = Plan(tables, settings);
        using var buffer = PooledStreams.Get("xlsx");
        using (var package = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook, autoSave: true))
        {
            var workbook = package.AddNewPart<WorkbookPart>(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", WorkbookId);
            workbook.AddNewPart<WorkbookStylesPart>(StylesId).Stylesheet = WorkbookStylesheet.Create(settings.Numbers, settings.Document);
            var strings = new SharedStrings();
            var sheetList = new Sheets();
            var names = new DefinedNames();
            for (var i = 0; i < sheets.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var id = "rIdSheet" + (i + 1).ToString(CultureInfo.InvariantCulture);
                workbook.AddNewPart<WorksheetPart>(id).Worksheet = SheetXml.Worksheet(sheets[i], i == 0, strings);
                sheetList.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = id });
                names.Append(new DefinedName(PrintTitles(sheets[i])) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }

            workbook.AddNewPart<SharedStringTablePart>(StringsId).SharedStringTable = strings.Table();
            workbook.Workbook = new Workbook(
                new WorkbookProperties { DefaultThemeVersion = null },
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                sheetList,
                names);
            PackageProperties.Write(package, settings.Info, CoreId, AppId);
        }

        using var output = PooledStreams.Get("xlsx-normalized");
        PackageNormalizer.Normalize(buffer, output, settings.Info.Date);
        return output.ToArray();
    }

    /// <summary>The header rows every printed page repeats: '公开01表'!$4:$7.</summary>
    private static string PrintTitles(SheetPlan sheet) =>
        $"'{sheet.Name.Replace("'", "''")}'!${sheet.HeaderFirstRow.ToString(CultureInfo.InvariantCulture)}:${sheet.HeaderLastRow.ToString(CultureInfo.InvariantCulture)}";
}
