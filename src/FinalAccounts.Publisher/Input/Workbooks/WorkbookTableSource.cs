using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>
/// The 公开表 as one workbook of a department folder (<c>tables.xlsx</c> or <c>tables.xls</c>; the data-folder layout
/// names them here and nowhere else): read once, each table found on its sheet, every value located at its cell
/// (<c>tables.xlsx:公开02表!D14</c>). Problems of the whole workbook are reported once, at the first table read. Its
/// 上年数 sheet, when it has one, holds the prior-year figures (<see cref="PriorYearSheet"/>).
/// </summary>
public sealed class WorkbookTableSource(DataFolder folder, string relative, CancellationToken cancellationToken = default) : ITableSource
{
    /// <summary>The names a department's workbook of the nine tables may have, the preferred one first.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["tables.xlsx", "tables.xls"];

    private IReadOnlyDictionary<TableDescriptor, Worksheet>? sheets;
    private Worksheet? priorYearSheet;

    /// <summary>The workbook file, as messages print it.</summary>
    public string Display => folder.Display(relative);

    /// <summary>The workbook of a department folder (the first of <see cref="FileNames"/> present), or null when it has none.</summary>
    public static WorkbookTableSource? In(DataFolder folder, CancellationToken cancellationToken = default) =>
        FileNames.FirstOrDefault(folder.Exists) is { } name ? new WorkbookTableSource(folder, name, cancellationToken) : null;

    public SourceLocation SourceOf(TableDescriptor table) =>
        sheets is not null && sheets.TryGetValue(table, out var sheet) ? SourceLocation.OfSheet(Display, sheet.Name) : SourceLocation.OfFile(Display);

    public TableInput? Read(TableDescriptor table, DiagnosticBag bag)
    {
        sheets ??= Open(bag);
        return sheets.TryGetValue(table, out var sheet) ? SheetTableReader.Read(sheet, table, Display, bag) : null;
    }

    /// <summary>The workbook's 上年数 sheet read as prior-year.yaml (<see cref="PriorYearSheet"/>), or null when it has none or it gives no figure.</summary>
    internal YamlMap? PriorYear(DiagnosticBag bag)
    {
        sheets ??= Open(bag);
        return priorYearSheet is null ? null : PriorYearSheet.Read(priorYearSheet, Display, bag);
    }

    private IReadOnlyDictionary<TableDescriptor, Worksheet> Open(DiagnosticBag bag)
    {
        var all = WorkbookFile.Read(folder, relative, bag, cancellationToken);
        if (all is null) return new Dictionary<TableDescriptor, Worksheet>();
        priorYearSheet = all.FirstOrDefault(s => PriorYearSheet.IsNamed(s.Name));
        return SheetTableMatcher.Match(all.Where(s => s != priorYearSheet).ToList(), Display, bag);
    }
}
