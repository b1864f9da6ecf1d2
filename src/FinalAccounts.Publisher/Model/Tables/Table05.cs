using static FinalAccounts.Publisher.Model.Tables.HeaderNode;

namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>公开05表 一般公共预算财政拨款支出决算表: 小计 = 基本支出 + 项目支出 in every row.</summary>
internal static class Table05
{
    public static TableDescriptor Descriptor { get; } = ClassifiedForm.Table(
        5,
        "一般公共预算财政拨款支出决算表",
        [],
        ["本年支出小计", "基本支出", "项目支出"],
        ClassifiedForm.Numbered(Group("本年支出", Leaf("小计"), Leaf("基本支出"), Leaf("项目支出"))),
        [new RowIdentity(0, [1, 2], [])]);
}
