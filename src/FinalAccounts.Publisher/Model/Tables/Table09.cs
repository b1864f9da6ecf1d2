using static FinalAccounts.Publisher.Model.Tables.HeaderNode;

namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// 公开09表 财政拨款“三公”经费支出决算表: a 预算数 and a 决算数 row, printed side by side as one row (栏次 1–6 and
/// 7–12); in each, 合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费 and 小计 = 购置费 + 运行维护费.
/// </summary>
internal static class Table09
{
    public const string BudgetRow = "预算数";
    public const string ActualRow = "决算数";

    private static readonly string[] Amounts =
        ["合计", "因公出国（境）费", "公务用车购置及运行维护费小计", "公务用车购置费", "公务用车运行维护费", "公务接待费"];

    public static TableDescriptor Descriptor { get; } = new(
        9,
        "财政拨款“三公”经费支出决算表",
        ["一般公共预算财政拨款“三公”经费支出决算表"],
        TableShape.BudgetActual,
        [new("项目", ColumnRole.Item), .. Amounts.Select(a => new DataColumn(a, ColumnRole.Amount))],
        [Group(BudgetRow, Headings(0)), Group(ActualRow, Headings(6))],
        [new(Amounts, BudgetRow), new(Amounts, ActualRow)],
        new ItemRows([BudgetRow, ActualRow]),
        new TableIdentities([new RowIdentity(0, [1, 2, 5], []), new RowIdentity(2, [3, 4], [])], [], [], Hierarchy: false));

    private static HeaderNode[] Headings(int first)
    {
        string N(int i) => (first + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            Leaf("合计", N(1)), Leaf("因公出国（境）费", N(2)),
            Group("公务用车购置及运行维护费", Leaf("小计", N(3)), Leaf("公务用车购置费", N(4)), Leaf("公务用车运行维护费", N(5))),
            Leaf("公务接待费", N(6)),
        ];
    }
}
