using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.OpenData;

/// <summary>
/// Each 公开表 as open data: a CSV file in the output's <c>tables/</c> folder under the data folder's own name
/// (tables/01.csv …), in the data files' columns and form (<see cref="DataCsv"/>: amounts as 26864.63, zero empty), with
/// the subtotals the tool computed, and a UTF-8 byte order mark so that Excel opens it as UTF-8. A clerk can copy it
/// back into a department folder; the readers accept the mark.
/// </summary>
public static class OpenDataCsv
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The files, by their name in the output (tables/01.csv), in the registry's order.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Files(IEnumerable<PublicTableData> tables) =>
        tables.Select(t => (CsvTableSource.FileOf(t.Table), Bytes(t)));

    public static byte[] Bytes(PublicTableData table) => [.. Bom, .. DataCsv.Bytes(table, Model.AmountUnit.WanYuan)];
}
