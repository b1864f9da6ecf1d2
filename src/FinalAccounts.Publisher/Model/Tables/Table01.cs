using static FinalAccounts.Publisher.Model.Tables.HeaderNode;

namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>公开01表 收入支出决算总表: income lines 1–8 and 27–30, the 26 类 on lines 31–56, then 57–60.</summary>
internal static class Table01
{
    public static TableDescriptor Descriptor { get; } = new(
        1,
        "收入支出决算总表",
        [],
        TableShape.Lines,
        [new("行次", ColumnRole.Line), new("项目", ColumnRole.Name), new("金额", ColumnRole.Amount)],
        [
            Group("收入", Leaf("项目", "栏次"), Leaf("行次"), Leaf("金额", "1")),
            Group("支出", Leaf("项目", "栏次"), Leaf("行次"), Leaf("金额", "2")),
        ],
        [new(["项目", "行次", "金额"]), new(["项目", "行次", "金额"])],
        new LineRows(
            [
                new(1, "一般公共预算财政拨款收入"), new(2, "政府性基金预算财政拨款收入"), new(3, "国有资本经营预算财政拨款收入"),
                new(4, "上级补助收入"), new(5, "事业收入"), new(6, "经营收入"), new(7, "附属单位上缴收入"), new(8, "其他收入"),
                new(27, "本年收入合计"), new(28, "使用非财政拨款结余（含专用结余）"), new(29, "年初结转和结余"), new(30, "总计"),
                new(57, "本年支出合计"), new(58, "结余分配"), new(59, "年末结转和结余"), new(60, "总计"),
            ],
            ClassLineOffset: 0,
            IncomeLines: 30,
            SignedLines: [29, 58, 59],
            TotalLines: [27, 30, 57, 60]),
        new TableIdentities(
            [],
            [
                new(27, Lines.Range(1, 8)),
                new(30, [27, 28, 29]),
                new(57, Lines.Range(31, 56)),
                new(60, [57, 58, 59]),
            ],
            [new(30, 60)],
            Hierarchy: false));
}
