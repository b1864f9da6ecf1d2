using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input.Workbooks;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Where a department folder keeps its 公开表: a workbook (tables.xlsx or tables.xls) when it has one, else the CSV
/// files tables/01.csv …. Both at once is an error naming both (the workbook is read, so its problems show too).
/// </summary>
public static class TableSources
{
    public static ITableSource For(DataFolder folder, DiagnosticBag bag, CancellationToken cancellationToken = default)
    {
        if (WorkbookTableSource.In(folder, cancellationToken) is not { } workbook) return new CsvTableSource(folder);
        var csv = PublicTables.All.Select(CsvTableSource.FileOf).Where(folder.Exists).ToList();
        var others = WorkbookTableSource.FileNames.Where(folder.Exists).Skip(1).ToList();
        if (csv.Count > 0) others.Add(csv.Count == 1 ? csv[0] : $"{CsvTableSource.Folder}/ ({csv.Count} CSV)");
        if (others.Count > 0)
            bag.Report(InputCodes.TablesTwice, SourceLocation.OfFile(workbook.Display),
                $"公开表既在 {new OwnText(workbook.Display)} 中，又在 {new OwnText(string.Join("、", others))} 中；现在读取的是工作簿。",
                $"The tables are both in {new OwnText(workbook.Display)} and in {new OwnText(string.Join(", ", others))}; the workbook is read.");
        return workbook;
    }
}
