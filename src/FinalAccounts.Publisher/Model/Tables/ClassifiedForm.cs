using static FinalAccounts.Publisher.Model.Tables.HeaderNode;

namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// What the tables by functional classification (公开02, 03, 05, 07, 08表) share: the 科目编码 and 科目名称 columns
/// under 项目, one printed block, a 合计 row and 类/款/项 rows, and the hierarchy sums.
/// </summary>
internal static class ClassifiedForm
{
    public const string CodeColumn = "科目编码";
    public const string NameColumn = "科目名称";
    public const string TotalRow = "合计";

    /// <summary>
    /// A classified table: its amount columns as the data name them, their printed headings (leaves in the same order,
    /// with 栏次 1, 2, …) and the identities within a row.
    /// </summary>
    public static TableDescriptor Table(int number, string title, IReadOnlyList<string> aliases, IReadOnlyList<string> amounts,
        IReadOnlyList<HeaderNode> headings, IReadOnlyList<RowIdentity> rowIdentities)
    {
        IReadOnlyList<DataColumn> columns =
            [new(CodeColumn, ColumnRole.Code), new(NameColumn, ColumnRole.Name), .. amounts.Select(a => new DataColumn(a, ColumnRole.Amount))];
        return new TableDescriptor(
            number,
            title,
            aliases,
            TableShape.Classified,
            columns,
            [Group("项目", Leaf("功能分类科目编码", "类/款/项"), Leaf(NameColumn, "栏次")), .. headings],
            [new(columns.Select(c => c.Name).ToList())],
            new CodeRows(CodeList.Functional, SubjectLevel.Item, [TotalRow], []),
            new TableIdentities(rowIdentities, [], [], Hierarchy: true));
    }

    /// <summary>Amount headings numbered 栏次 1, 2, … left to right (groups keep their children's order).</summary>
    public static IReadOnlyList<HeaderNode> Numbered(params HeaderNode[] headings)
    {
        var n = 0;
        HeaderNode Number(HeaderNode h) => h.IsLeaf
            ? h with { Number = (++n).ToString(System.Globalization.CultureInfo.InvariantCulture) }
            : h with { Children = h.Children.Select(Number).ToList() };
        return headings.Select(Number).ToList();
    }
}
