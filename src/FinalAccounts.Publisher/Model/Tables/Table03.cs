using static FinalAccounts.Publisher.Model.Tables.HeaderNode;

namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>公开03表 支出决算表: col1 = Σ col2..6 in every row.</summary>
internal static class Table03
{
    private static readonly string[] Amounts = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];

    public static TableDescriptor Descriptor { get; } = ClassifiedForm.Table(
        3,
        "支出决算表",
        [],
        Amounts,
        ClassifiedForm.Numbered([.. Amounts.Select(a => Leaf(a))]),
        [new RowIdentity(0, [1, 2, 3, 4, 5], [])]);
}
