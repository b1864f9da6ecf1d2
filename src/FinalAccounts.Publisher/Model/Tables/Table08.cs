using static FinalAccounts.Publisher.Model.Tables.HeaderNode;

namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>公开08表 国有资本经营预算财政拨款支出决算表: 合计 = 基本支出 + 项目支出 in every row.</summary>
internal static class Table08
{
    public static TableDescriptor Descriptor { get; } = ClassifiedForm.Table(
        8,
        "国有资本经营预算财政拨款支出决算表",
        ["国有资本经营预算财政拨款收入支出决算表"],
        ["本年支出合计", "基本支出", "项目支出"],
        ClassifiedForm.Numbered(Group("本年支出", Leaf("合计"), Leaf("基本支出"), Leaf("项目支出"))),
        [new RowIdentity(0, [1, 2], [])]);
}
