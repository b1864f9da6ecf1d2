using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.OpenData.Workbooks;

namespace FinalAccounts.Publisher.OpenData;

/// <summary>
/// The files every build publishes beside the editions, for the portal and for reuse: data.json, the workbook of the
/// 公开表 (hongshan-jkj-2024-tables.xlsx) and each table as CSV (tables/01.csv …). They belong to no edition: they
/// are written whatever formats are asked for.
/// </summary>
public static class OpenDataFiles
{
    /// <summary>The files' names, in the order <see cref="Write"/> gives them (a web page links to them before they are written).</summary>
    public static IReadOnlyList<string> Names(DepartmentYear model) =>
        [OpenDataWriter.FileName, TablesWorkbook.FileName(model.Department.Id, model.Department.Year.Value), .. model.Tables.Select(t => CsvTableSource.FileOf(t.Table))];

    public static IReadOnlyList<(string Name, byte[] Bytes)> Write(DepartmentYear model, DisclosureFacts facts, WorkbookSettings workbook,
        CancellationToken cancellationToken = default)
    {
        var d = model.Department;
        var files = new List<(string, byte[])>
        {
            (OpenDataWriter.FileName, OpenDataWriter.Write(model, facts)),
            (TablesWorkbook.FileName(d.Id, d.Year.Value), TablesWorkbook.Write(model.Tables, workbook, cancellationToken)),
        };
        files.AddRange(OpenDataCsv.Files(model.Tables));
        return files;
    }
}
