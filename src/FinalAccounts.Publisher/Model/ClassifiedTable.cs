using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Model;

/// <summary>
/// A table whose rows follow the functional classification (公开02, 03, 05, 07, 08): the 合计 row, then 类, 款 and 项 rows
/// in code order. Subtotals missing from the file have been computed.
/// </summary>
public sealed record ClassifiedTable(TableDescriptor Table, SourceLocation Source, ClassifiedRow Total, IReadOnlyList<ClassifiedRow> Rows)
    : PublicTableData(Table, Source)
{
    /// <summary>The amount columns' names.</summary>
    public IReadOnlyList<string> Columns => Table.AmountNames;

    /// <summary>The row of a code, or null.</summary>
    public ClassifiedRow? Find(SubjectCode code) => Rows.FirstOrDefault(r => r.Code == code);

    /// <summary>The rows one level below a code.</summary>
    public IEnumerable<ClassifiedRow> ChildrenOf(SubjectCode code) =>
        Rows.Where(r => r.Code is { } c && c.Parent == code);

    /// <summary>The 类 rows.</summary>
    public IEnumerable<ClassifiedRow> Classes => Rows.Where(r => r.Code is { Level: SubjectLevel.Class });

    /// <summary>The 项 rows.</summary>
    public IEnumerable<ClassifiedRow> Items => Rows.Where(r => r.Code is { Level: SubjectLevel.Item });

    /// <summary>Whether the table has no rows and a zero total (printed as an empty table with its "无…" sentence).</summary>
    public override bool IsEmpty => Rows.Count == 0 && Total.Values.All(v => v.Value == 0m);

    /// <summary>The 合计 row and the code rows; none for an empty table (its data file holds only the header).</summary>
    public override IEnumerable<DataRecord> Records() => IsEmpty
        ? []
        : Rows.Prepend(Total).Select(r => new DataRecord([r.Code?.Value ?? "", r.Name], r.Values));
}
