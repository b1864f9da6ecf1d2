using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>
/// <c>finacc import</c>: converts a workbook of the nine tables into a department folder's <c>tables/01.csv</c> …
/// (<see cref="CsvTableSource"/> names them), each row as the sheet holds it, in <see cref="DataCsv"/>'s form. The tables
/// are read and, when the folder's department.yaml and code lists are there, checked as <c>check</c> reads them; on any
/// error nothing is written. A CSV file that exists with other content is replaced only with <paramref name="force"/>;
/// without it nothing is written and each such file is named.
/// </summary>
public static class WorkbookImport
{
    public static ImportResult Run(string workbook, string into, bool force, CancellationToken cancellationToken = default)
    {
        var bag = new DiagnosticBag();
        var folder = DataFolder.FromArgument(into);
        if (!Directory.Exists(folder.FullPath))
        {
            bag.Report(InputCodes.MissingFile, SourceLocation.OfFile(folder.DisplayPath), $"找不到部门文件夹 {new OwnText(folder.DisplayPath)}。",
                $"Department folder {new OwnText(folder.DisplayPath)} not found.");
            return new ImportResult(bag, []);
        }

        var full = Path.GetFullPath(workbook);
        var source = new WorkbookTableSource(
            new DataFolder(Path.GetDirectoryName(workbook.Replace('\\', '/').TrimEnd('/')) ?? "", Path.GetDirectoryName(full)!),
            Path.GetFileName(full), cancellationToken);
        if (!File.Exists(full))
        {
            bag.Report(InputCodes.MissingFile, SourceLocation.OfFile(source.Display), $"找不到工作簿 {new OwnText(source.Display)}。",
                $"Workbook {new OwnText(source.Display)} not found.");
            return new ImportResult(bag, []);
        }

        var tables = Read(source, folder, bag);
        if (bag.HasErrors) return new ImportResult(bag, []);
        var unit = FolderUnit(folder);
        var inUnit = PublicTables.All.ToDictionary(t => t, t => InUnit(tables[t], unit, bag));
        if (bag.HasErrors) return new ImportResult(bag, []);
        var files = PublicTables.All.Select(t => (Relative: CsvTableSource.FileOf(t), Bytes: DataCsv.Bytes(inUnit[t]))).ToList();
        var outcomes = files.Select(f => new ImportedFile(folder.Display(f.Relative), Outcome(folder, f.Relative, f.Bytes, force))).ToList();
        foreach (var differs in outcomes.Where(o => o.Outcome == ImportOutcome.Differs))
            bag.Report(InputCodes.ImportDiffers, SourceLocation.OfFile(differs.Display), $"{new OwnText(differs.Display)} 已存在，内容与工作簿不同。",
                $"{new OwnText(differs.Display)} exists with content other than the workbook's.");
        if (bag.HasErrors) return new ImportResult(bag, outcomes);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var (relative, bytes) in files) Write(folder.Full(relative), bytes);
        if (WorkbookTableSource.FileNames.Any(n => Path.GetFullPath(folder.Full(n)) == full))
            bag.Report(InputCodes.WorkbookStays, SourceLocation.OfFile(source.Display),
                $"{new OwnText(source.Display)} 仍在部门文件夹中，与刚写入的 CSV 文件并存。",
                $"{new OwnText(source.Display)} is still in the department folder, beside the CSV files just written.");
        return new ImportResult(bag, outcomes);
    }

    /// <summary>Every table's rows; typed and checked against the code lists when the folder's year leads to them.</summary>
    private static Dictionary<TableDescriptor, TableInput> Read(WorkbookTableSource source, DataFolder folder, DiagnosticBag bag)
    {
        var recorded = new Dictionary<TableDescriptor, TableInput>();
        var recording = new RecordingSource(source, recorded);
        var lists = CodeLists(folder);
        foreach (var table in PublicTables.All)
            if (lists is null) recording.Read(table, bag);
            else PublicTableReader.Read(table, recording, lists, bag, new HashSet<string>(StringComparer.Ordinal));
        return recorded;
    }

    /// <summary>The unit the folder's data files write amounts in (department.yaml's amount_unit; 万元 without one).</summary>
    private static Model.AmountUnit FolderUnit(DataFolder folder) =>
        folder.Exists(DepartmentInfoReader.File)
            ? DepartmentInfoReader.Read(folder, new DiagnosticBag(), new HashSet<string>(StringComparer.Ordinal)).AmountUnit
            : Model.AmountUnit.WanYuan;

    /// <summary>
    /// A sheet's rows with their amounts in the folder's unit, converted exactly (<see cref="Model.AmountUnit"/>); an
    /// amount that would need more than two decimals there (元 to the cent into 万元) is reported at its cell, never rounded.
    /// </summary>
    private static TableInput InUnit(TableInput input, Model.AmountUnit unit, DiagnosticBag bag)
    {
        if (input.Unit == unit) return input;
        var amounts = input.Table.Columns.Select(c => c.Role == ColumnRole.Amount).ToList();
        var rows = input.Rows.Select(r => r with
        {
            Cells = r.Cells.Select((c, i) => amounts[i] ? c with { Text = Converted(c, input.Unit, unit, bag) } : c).ToList(),
        }).ToList();
        return input with { Rows = rows, Unit = unit };
    }

    private static string Converted(InputCell cell, Model.AmountUnit from, Model.AmountUnit to, DiagnosticBag bag)
    {
        if (!decimal.TryParse(cell.Text, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign,
                System.Globalization.CultureInfo.InvariantCulture, out var value))
            return cell.Text;
        var converted = to.FromWanYuan(from.ToWanYuan(value));
        if (converted * 100m % 1m != 0m)
            bag.Report(InputCodes.ImportUnit, cell.Location, $"{new OwnText(cell.Text)} {from.Name} 是 {converted} {to.Name}，超过两位小数。",
                $"{new OwnText(cell.Text)} {from.Name} is {converted} {to.Name}: more than two decimals.");
        return converted.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The code lists of the folder's year, or null when its department.yaml or the lists cannot be read.</summary>
    private static Model.ReferenceLists? CodeLists(DataFolder folder)
    {
        if (!folder.Exists(DepartmentInfoReader.File)) return null;
        var quiet = new DiagnosticBag();
        var year = DepartmentInfoReader.Read(folder, quiet, new HashSet<string>(StringComparer.Ordinal)).Year.Value;
        return year == 0 || ReferenceLocator.Find(folder, year) is not { } location ? null : ReferenceListReader.Read(location, quiet);
    }

    private static ImportOutcome Outcome(DataFolder folder, string relative, byte[] bytes, bool force)
    {
        if (!folder.Exists(relative)) return ImportOutcome.Written;
        if (File.ReadAllBytes(folder.Full(relative)).AsSpan().SequenceEqual(bytes)) return ImportOutcome.Unchanged;
        return force ? ImportOutcome.Replaced : ImportOutcome.Differs;
    }

    /// <summary>Writes through a temporary file beside the target, so a file is either old or new, never half written.</summary>
    private static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return;
        Portal.AtomicFile.Write(path, bytes);
    }

    /// <summary>A table source that keeps what it reads (the rows are written as read; the typing only checks them).</summary>
    private sealed class RecordingSource(ITableSource inner, Dictionary<TableDescriptor, TableInput> recorded) : ITableSource
    {
        public SourceLocation SourceOf(TableDescriptor table) => inner.SourceOf(table);

        public TableInput? Read(TableDescriptor table, DiagnosticBag bag)
        {
            var input = inner.Read(table, bag);
            if (input is not null) recorded[table] = input;
            return input;
        }
    }
}
