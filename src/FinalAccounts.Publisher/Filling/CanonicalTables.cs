using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Filling;

/// <summary>
/// The nine tables' data files in their canonical form (<see cref="DataCsv"/>): every record of the model, the
/// subtotals and 合计 included, amounts in the department's unit. <c>finacc fill</c> and the sample generator write them;
/// an exported workbook imports to the same bytes.
/// </summary>
public static class CanonicalTables
{
    /// <summary>Each table's file inside the department folder (tables/01.csv …) and its canonical bytes.</summary>
    public static IEnumerable<(string Relative, byte[] Bytes)> Files(DepartmentYear model) =>
        model.Tables.Select(t => (CsvTableSource.FileOf(t.Table), DataCsv.Bytes(t, model.Department.AmountUnit)));
}
