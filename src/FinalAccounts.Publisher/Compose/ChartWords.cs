namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// The words of charts (style.yaml <c>words.chart</c>): the series of this year and the last (templates), the categories
/// of the totals, fiscal totals and 三公 charts, the budget and actual series, the alt text of each kind of chart
/// (<c>{0}</c> the chart's figures in words) and the share in a pie's labels (<c>{0}</c> the share).
/// </summary>
public sealed record ChartWords(
    TemplateFile Year,
    TemplateFile PriorYear,
    IReadOnlyList<string> Totals,
    IReadOnlyList<string> FiscalTotals,
    IReadOnlyList<string> ThreePublic,
    string Budget,
    string Actual,
    string Bar,
    string Pie,
    string HorizontalBar,
    string Share)
{
    public static ChartWords Default { get; } = new(
        DocumentWords.Word("chart.year", "{{ year }}年度"),
        DocumentWords.Word("chart.prior_year", "{{ prior_year }}年度"),
        ["收入总计", "支出总计"],
        ["财政拨款收入总计", "财政拨款支出总计"],
        ["因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"],
        "全年预算",
        "决算",
        "柱状图：{0}。",
        "饼图：{0}。",
        "条形图：{0}。",
        "，占{0}");
}
