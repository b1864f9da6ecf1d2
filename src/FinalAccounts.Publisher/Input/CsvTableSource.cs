using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// The 公开表 as CSV files of a department folder: <c>tables/01.csv</c> … (the data-folder layout names them here and
/// nowhere else), each with the descriptor's data columns as its header.
/// </summary>
public sealed class CsvTableSource(DataFolder folder) : ITableSource
{
    /// <summary>The folder the tables' CSV files live in, inside a department folder.</summary>
    public const string Folder = "tables";

    /// <summary>A table's file inside a department folder: tables/01.csv.</summary>
    public static string FileOf(TableDescriptor table) => $"{Folder}/{table.Key}.csv";

    public SourceLocation SourceOf(TableDescriptor table) => SourceLocation.OfFile(folder.Display(FileOf(table)));

    public TableInput? Read(TableDescriptor table, DiagnosticBag bag)
    {
        var columns = table.Columns.Select(c => c.Name).ToList();
        var file = CsvFileReader.Read(folder, FileOf(table), columns, required: true, bag);
        if (file is null) return null;
        var rows = file.Records
            .Select(r => new InputRow(file.At(r), columns.Select(c => new InputCell(file.Get(r, c), file.At(r, c))).ToList()))
            .ToList();
        return new TableInput(table, SourceOf(table), rows) { Unit = folder.Unit };
    }
}
