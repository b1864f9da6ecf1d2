namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// The 公开表 of the disclosure, each described once (Table01 … Table09), listed here once in the order they are
/// printed. Readers, checks, builders and writers iterate <see cref="All"/>; a new table is one descriptor and one line.
/// </summary>
public static class PublicTables
{
    public static TableDescriptor T01 => Table01.Descriptor;

    public static TableDescriptor T02 => Table02.Descriptor;

    public static TableDescriptor T03 => Table03.Descriptor;

    public static TableDescriptor T04 => Table04.Descriptor;

    public static TableDescriptor T05 => Table05.Descriptor;

    public static TableDescriptor T06 => Table06.Descriptor;

    public static TableDescriptor T07 => Table07.Descriptor;

    public static TableDescriptor T08 => Table08.Descriptor;

    public static TableDescriptor T09 => Table09.Descriptor;

    /// <summary>Every table, in the order of the disclosure.</summary>
    public static IReadOnlyList<TableDescriptor> All { get; } = [T01, T02, T03, T04, T05, T06, T07, T08, T09];

    /// <summary>The table of a key ("01"), or null.</summary>
    public static TableDescriptor? Find(string key) => All.FirstOrDefault(t => t.Key == key);

    /// <summary>The names of 公开06表's total rows and 公开09表's rows.</summary>
    public const string PersonnelTotal = Table06.PersonnelTotal;

    public const string PublicTotal = Table06.PublicTotal;

    public const string BudgetRow = Table09.BudgetRow;

    public const string ActualRow = Table09.ActualRow;

    public const string TotalRow = ClassifiedForm.TotalRow;
}
