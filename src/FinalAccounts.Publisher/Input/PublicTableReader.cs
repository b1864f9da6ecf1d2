using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Reads every 公开表 of the registry from a source (CSV files, a workbook) and types it by its shape. A table that
/// cannot be read is empty and its source is listed as unavailable, so checks that involve it are skipped.
/// </summary>
internal static class PublicTableReader
{
    public static IReadOnlyList<PublicTableData> ReadAll(ITableSource source, ReferenceLists lists, DiagnosticBag bag, ISet<string> unavailable) =>
        PublicTables.All.Select(t => Read(t, source, lists, bag, unavailable)).ToList();

    public static PublicTableData Read(TableDescriptor table, ITableSource source, ReferenceLists lists, DiagnosticBag bag, ISet<string> unavailable)
    {
        var input = source.Read(table, bag);
        var at = source.SourceOf(table);
        if (input is null) unavailable.Add(at.ToString());
        PublicTableData data = table.Shape switch
        {
            TableShape.Lines => LineTableReader.Read(table, at, input, lists.Functional, bag),
            TableShape.Classified => ClassifiedTableReader.Read(table, at, input, lists.Functional, bag),
            TableShape.EconomicDetail => BasicDetailReader.Read(table, at, input, lists.Economic, bag),
            TableShape.BudgetActual => ThreePublicReader.Read(table, at, input, bag),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table.Shape, null),
        };
        return input is null ? data : data with { Unit = input.Unit };
    }
}
