using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Model;

/// <summary>
/// The typed, immutable disclosure data of one department for one year: what every later stage reads. The 公开表 are
/// held in <see cref="PublicTables.All"/>'s order (the named accessors are for the stages that quote one table); the
/// other parts' sources in <see cref="Sources"/>.
/// </summary>
public sealed record DepartmentYear(
    string Folder,
    Department Department,
    IReadOnlyList<PublicTableData> Tables,
    IReadOnlyList<BudgetExecutionItem> BudgetExecution,
    PriorYear PriorYear,
    Explanations Explanations,
    ThreePublicDetails ThreePublic,
    OperatingFunds OperatingFunds,
    Procurement Procurement,
    Assets Assets,
    Performance Performance,
    KeyWork KeyWork,
    ReferenceLists Reference,
    IReadOnlyDictionary<InputPart, SourceLocation> Sources)
{
    public LineTable T01 => Table<LineTable>(PublicTables.T01);

    public ClassifiedTable T02 => Table<ClassifiedTable>(PublicTables.T02);

    public ClassifiedTable T03 => Table<ClassifiedTable>(PublicTables.T03);

    public LineTable T04 => Table<LineTable>(PublicTables.T04);

    public ClassifiedTable T05 => Table<ClassifiedTable>(PublicTables.T05);

    public BasicDetailTable T06 => Table<BasicDetailTable>(PublicTables.T06);

    public ClassifiedTable T07 => Table<ClassifiedTable>(PublicTables.T07);

    public ClassifiedTable T08 => Table<ClassifiedTable>(PublicTables.T08);

    public ThreePublicTable T09 => Table<ThreePublicTable>(PublicTables.T09);

    /// <summary>Where a part of the input was read from (a file, or a place in a workbook or document).</summary>
    public SourceLocation SourceOf(InputPart part) => Sources.TryGetValue(part, out var at) ? at : SourceLocation.None;

    /// <summary>The figures of a table.</summary>
    public PublicTableData Table(TableDescriptor table) => Tables.First(t => ReferenceEquals(t.Table, table));

    /// <summary>The figures of a table of a known shape.</summary>
    public T Table<T>(TableDescriptor table) where T : PublicTableData => (T)Table(table);
}
