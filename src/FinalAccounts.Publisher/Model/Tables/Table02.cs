using static FinalAccounts.Publisher.Model.Tables.HeaderNode;

namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>公开02表 收入决算表: col1 = Σ col2..7 in every row.</summary>
internal static class Table02
{
    private static readonly string[] Amounts = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];

    public static TableDescriptor Descriptor { get; } = ClassifiedForm.Table(
        2,
        "收入决算表",
        [],
        Amounts,
        ClassifiedForm.Numbered([.. Amounts.Select(a => Leaf(a))]),
        [new RowIdentity(0, [1, 2, 3, 4, 5, 6], [])]);
}
