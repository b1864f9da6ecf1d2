using static FinalAccounts.Publisher.Model.Tables.HeaderNode;

namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// 公开07表 政府性基金预算财政拨款收入支出决算表: 小计 = 基本 + 项目; 年末结转和结余 = 年初 + 本年收入 − 本年支出.
/// </summary>
internal static class Table07
{
    public static TableDescriptor Descriptor { get; } = ClassifiedForm.Table(
        7,
        "政府性基金预算财政拨款收入支出决算表",
        [],
        ["年初结转和结余", "本年收入", "本年支出小计", "基本支出", "项目支出", "年末结转和结余"],
        ClassifiedForm.Numbered(
            Leaf("年初结转和结余"), Leaf("本年收入"), Group("本年支出", Leaf("小计"), Leaf("基本支出"), Leaf("项目支出")), Leaf("年末结转和结余")),
        [new RowIdentity(2, [3, 4], []), new RowIdentity(5, [0, 1], [2])]);
}
