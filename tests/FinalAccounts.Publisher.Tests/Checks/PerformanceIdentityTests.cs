using FinalAccounts.Publisher.Tests.Support;
using static FinalAccounts.Publisher.Tests.Support.Edit;

namespace FinalAccounts.Publisher.Tests.Checks;

/// <summary>
/// 预算绩效 identities: project count (FA4501), project funds (FA4502), the overall form against 公开05表 (FA4503, FA4504),
/// and every form's rate (FA4505), execution score = 20 × rate (FA4506), total score = parts (FA4507), zero budget (FA4508).
/// </summary>
public sealed class PerformanceIdentityTests
{
    private const string Overall = "performance/overall.yaml";

    private static string Project(int n) => $"performance/projects/{n:00}.yaml";

    public static IEnumerable<IdentityCase> Cases()
    {
        yield return new("Project_count_that_differs_from_the_project_files_reports_FA4501",
            Text("performance/overview.yaml", "\nproject_count: 5", "\nproject_count: 6"),
            "FA4501", "performance/overview.yaml:8:16", 5m, 6m, 0m, Mentions: ["6", "5 个"]);
        yield return new("Project_funds_above_the_GPB_project_spending_report_FA4502",
            Text(Project(5), "actual: 8710.82", "actual: 8711.82"),
            "FA4502", "performance/projects/01.yaml:15:9", 25203.77m, 25204.77m, 0m,
            ["FA4502 tables/05.csv:2:5", "FA4505 performance/projects/05.yaml:25:19"]);

        yield return new("Overall_form_actual_that_differs_from_the_table_05_total_reports_FA4503",
            Text(Overall, "actual: 26864.63", "actual: 26865.63"),
            "FA4503", "performance/overall.yaml:13:9", 26864.63m, 26865.63m, 0m,
            ["FA4503 tables/05.csv:2:3"]);
        yield return new("Overall_form_basic_spending_that_differs_from_table_05_reports_FA4503",
            Text(Overall, "basic_expenditure: 1660.86", "basic_expenditure: 1660.87"),
            "FA4503", "performance/overall.yaml:14:20", 1660.86m, 1660.87m, 0m,
            ["FA4503 tables/05.csv:2:4"]);
        yield return new("Overall_form_project_spending_that_differs_from_table_05_reports_FA4503",
            Text(Overall, "project_expenditure: 25203.77", "project_expenditure: 25203.78"),
            "FA4503", "performance/overall.yaml:15:22", 25203.77m, 25203.78m, 0m,
            ["FA4503 tables/05.csv:2:5"]);
        yield return new("Overall_budget_other_than_project_budgets_plus_basic_spending_warns_FA4504",
            Text(Overall, "budget: 27497.36", "budget: 27498.36"),
            "FA4504", "performance/overall.yaml:12:9", 27497.36m, 27498.36m, 0m,
            Also: ["FA4504 tables/05.csv:2:4"], Mentions: ["27,498.36", "27,497.36"]);

        yield return new("Execution_rate_other_than_actual_over_budget_reports_FA4505",
            Text(Project(2), "execution_rate: 91.89", "execution_rate: 91.88"),
            "FA4505", "performance/projects/02.yaml:25:19", 91.89m, 91.88m, 0m);
        yield return new("Project_execution_score_other_than_20_times_the_rate_reports_FA4506",
            All(Text(Project(3), "execution_score: 19.83", "execution_score: 19.93"), Text(Project(3), "total_score: 96.83", "total_score: 96.93")),
            "FA4506", "performance/projects/03.yaml:26:20", 19.83m, 19.93m, 0m);
        yield return new("Overall_execution_score_other_than_20_times_the_rate_reports_FA4506",
            All(Text(Overall, "execution_score: 19.54", "execution_score: 19.64"), Text(Overall, "total_score: 97.54", "total_score: 97.64")),
            "FA4506", "performance/overall.yaml:17:18", 19.54m, 19.64m, 0m);
        yield return new("Project_total_score_other_than_the_sum_of_its_parts_reports_FA4507",
            Text(Project(4), "total_score: 99.95", "total_score: 99.96"),
            "FA4507", "performance/projects/04.yaml:36:16", 99.95m, 99.96m, 0m,
            ["FA4507 performance/projects/04.indicators.csv:1:6"]);
        yield return new("Indicator_score_that_no_longer_adds_up_to_the_overall_total_reports_FA4507",
            Cell("performance/overall.indicators.csv", "新增设备数量", "得分", "4"),
            "FA4507", "performance/overall.yaml:26:14", 98.54m, 97.54m, 0m,
            ["FA4507 performance/overall.indicators.csv:1:6"]);
        yield return new("Project_with_a_zero_budget_reports_FA4508",
            Text(Project(2), "budget: 83.92", "budget: 0"),
            "FA4508", "performance/projects/02.yaml:14:9",
            Also: ["FA4504 performance/overall.yaml:12:9", "FA4504 tables/05.csv:2:4"]);
    }

    private static IEnumerable<TestCaseData> TestCases() => Cases().Select(c => c.ToTestCase());

    [TestCaseSource(nameof(TestCases))]
    public void Breaking_a_performance_identity_reports_it(IdentityCase c) => c.Verify();
}
