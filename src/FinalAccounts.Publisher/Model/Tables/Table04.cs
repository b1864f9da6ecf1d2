using static FinalAccounts.Publisher.Model.Tables.HeaderNode;

namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// 公开04表 财政拨款收入支出决算总表: income lines 1–3 and 27–32, the 26 类 on lines 33–58, then 59–64; expenditure
/// lines have a 小计 and the three kinds of appropriation.
/// </summary>
internal static class Table04
{
    private const string Gpb = "一般公共预算财政拨款";
    private const string Funds = "政府性基金预算财政拨款";
    private const string Capital = "国有资本经营预算财政拨款";

    public static TableDescriptor Descriptor { get; } = new(
        4,
        "财政拨款收入支出决算总表",
        [],
        TableShape.Lines,
        [
            new("行次", ColumnRole.Line), new("项目", ColumnRole.Name), new("决算数", ColumnRole.Amount),
            new(Gpb, ColumnRole.Amount), new(Funds, ColumnRole.Amount), new(Capital, ColumnRole.Amount),
        ],
        [
            Group("收入", Leaf("项目", "栏次"), Leaf("行次"), Leaf("决算数", "1")),
            Group("支出", Leaf("项目", "栏次"), Leaf("行次"),
                Group("决算数", Leaf("小计", "2"), Leaf(Gpb, "3"), Leaf(Funds, "4"), Leaf(Capital, "5"))),
        ],
        [new(["项目", "行次", "决算数"]), new(["项目", "行次", "决算数", Gpb, Funds, Capital])],
        new LineRows(
            [
                new(1, Gpb), new(2, Funds), new(3, Capital),
                new(27, "本年收入合计"), new(28, "年初财政拨款结转和结余"), new(29, Gpb), new(30, Funds), new(31, Capital), new(32, "总计"),
                new(59, "本年支出合计"), new(60, "年末财政拨款结转和结余"), new(61, Gpb), new(62, Funds), new(63, Capital), new(64, "总计"),
            ],
            ClassLineOffset: 2,
            IncomeLines: 32,
            SignedLines: [],
            TotalLines: [27, 32, 59, 64]),
        new TableIdentities(
            [new(0, [1, 2, 3], [], FromLine: 33)],
            [
                new(27, [1, 2, 3]),
                new(28, [29, 30, 31]),
                new(32, [27, 28]),
                new(59, Lines.Range(33, 58)),
                new(60, [61, 62, 63]),
                new(64, [59, 60]),
            ],
            [new(32, 64)],
            Hierarchy: false));
}
