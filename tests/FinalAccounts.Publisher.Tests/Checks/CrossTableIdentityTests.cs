using FinalAccounts.Publisher.Tests.Support;
using static FinalAccounts.Publisher.Tests.Support.Edit;

namespace FinalAccounts.Publisher.Tests.Checks;

/// <summary>
/// Equalities between tables (STANDARD §B1.2–B1.8): 02/03/04 against 01 (FA3001–FA3003), 04 against 05, 07 and 08
/// (FA3004, FA3005), 05 within 03 (FA3006), 06 against 05 (FA3007), 09 against 06 (FA3008), budget-execution.csv against 05
/// (FA3009) and the carry-over limits (FA3010).
/// </summary>
public sealed class CrossTableIdentityTests
{
    private const string T01 = "tables/01.csv", T04 = "tables/04.csv", T05 = "tables/05.csv", T06 = "tables/06.csv";
    private const string Execution = "budget-execution.csv";
    private const string Total = "决算数", Gpb = "一般公共预算财政拨款";

    public static IEnumerable<IdentityCase> Cases()
    {
        yield return new("Income_total_of_table_02_that_differs_from_table_01_line_27_reports_FA3001",
            Cell(T01, "27", "金额", "26865.63"),
            "FA3001", "tables/02.csv:2:3", 26865.63m, 26864.63m, 0m,
            ["FA2004 tables/01.csv:10:3", "FA2004 tables/01.csv:13:3", "FA3001 tables/01.csv:10:3",
             "FA4006 prior-year.yaml:20:15", "FA4006 tables/01.csv:10:3"]);
        yield return new("Fiscal_income_of_table_02_that_differs_from_table_01_lines_1_to_3_reports_FA3001",
            Cell(T01, "3", "金额", "1"),
            "FA3001", "tables/02.csv:2:4", 26865.63m, 26864.63m, 0.01m,
            ["FA2004 tables/01.csv:10:3", "FA3001 tables/01.csv:2:3", "FA3003 tables/01.csv:4:3",
             "FA3003 tables/04.csv:4:3"]);
        yield return new("Fiscal_income_of_table_02_a_tail_off_table_01_lines_1_to_3_is_a_rounding_note_not_FA3001",
            Cell(T01, "3", "金额", "0.01"),
            "FA2900", "tables/02.csv:2:4", 26864.64m, 26864.63m, 0.01m,
            ["FA2900 tables/01.csv:2:3", "FA2900 tables/01.csv:10:3", "FA3003 tables/01.csv:4:3",
             "FA3003 tables/04.csv:4:3"]);
        yield return new("Other_income_of_table_02_that_differs_from_table_01_line_8_reports_FA3001",
            Cell(T01, "8", "金额", "1"),
            "FA3001", "tables/02.csv:2:9", 1m, 0m, 0m,
            ["FA2004 tables/01.csv:10:3", "FA3001 tables/01.csv:9:3"]);

        yield return new("Expenditure_total_of_table_03_that_differs_from_table_01_line_57_reports_FA3002",
            Cell(T01, "57", "金额", "26865.63"),
            "FA3002", "tables/03.csv:2:3", 26865.63m, 26864.63m, 0m,
            ["FA2004 tables/01.csv:40:3", "FA2004 tables/01.csv:43:3", "FA3002 tables/01.csv:40:3",
             "FA4006 prior-year.yaml:21:20", "FA4006 tables/01.csv:40:3"]);
        yield return new("Class_line_of_table_01_without_a_class_in_table_03_reports_FA3002_at_the_line",
            Cell(T01, "32", "金额", "1"),
            "FA3002", "tables/01.csv:15:3", 1m, 0m, 0m,
            ["FA2004 tables/01.csv:40:3", "FA3002 tables/03.csv:1:1"]);

        yield return new("Fiscal_income_line_of_table_04_that_differs_from_table_01_reports_FA3003",
            Cell(T04, "3", Total, "1"),
            "FA3003", "tables/04.csv:4:3", 0m, 1m, 0m,
            ["FA2004 tables/04.csv:5:3", "FA3003 tables/01.csv:4:3"]);

        yield return new("GPB_class_line_of_table_04_without_a_class_in_table_05_reports_FA3004",
            Cells(T04, "34", (Total, "1"), (Gpb, "1")),
            "FA3004", "tables/04.csv:12:4", 0m, 1m, 0m,
            ["FA2004 tables/04.csv:37:3", "FA2004 tables/04.csv:37:4", "FA3004 tables/05.csv:1:1"]);
        yield return new("GPB_total_line_of_table_04_that_differs_from_the_table_05_total_reports_FA3004",
            Cell(T04, "59", Gpb, "26865.63"),
            "FA3004", "tables/04.csv:37:4", 26864.63m, 26865.63m, 0m,
            ["FA2001 tables/04.csv:37:3", "FA2004 tables/04.csv:37:4", "FA2004 tables/04.csv:42:4",
             "FA3004 tables/05.csv:2:3"]);

        yield return new("Fund_income_line_of_table_04_that_differs_from_the_table_07_income_reports_FA3005",
            Cell(T04, "2", Total, "1"),
            "FA3005", "tables/04.csv:3:3", 0m, 1m, 0m,
            ["FA2004 tables/04.csv:5:3", "FA3003 tables/01.csv:3:3", "FA3003 tables/04.csv:3:3",
             "FA3005 tables/07.csv:1:1"]);
        yield return new("Fund_spending_in_table_07_missing_from_table_04_reports_FA3005_on_the_total_and_class_lines",
            Append("tables/07.csv", "2299999,其他支出,2,,2,2,,0"),
            "FA3005", "tables/04.csv:37:5", 2m, 0m, 0m,
            ["FA3005 tables/04.csv:33:5", "FA3005 tables/07.csv:1:1", "FA3005 tables/07.csv:1:1"]);
        yield return new("State_capital_spending_in_table_08_missing_from_table_04_reports_FA3005_on_the_total_and_class_lines",
            Append("tables/08.csv", "2299999,其他支出,2,2,"),
            "FA3005", "tables/04.csv:37:6", 2m, 0m, 0m,
            ["FA3005 tables/04.csv:33:6", "FA3005 tables/08.csv:1:1", "FA3005 tables/08.csv:1:1"]);

        yield return new("GPB_basic_spending_above_table_03_for_the_same_code_reports_FA3006",
            Cells(T05, "2060199", ("基本支出", "369.94"), ("项目支出", "1011.9")),
            "FA3006", "tables/05.csv:14:4", 368.94m, 369.94m, 0m,
            ["FA2002 tables/05.csv:11:4", "FA2002 tables/05.csv:11:5", "FA3006 tables/03.csv:14:4"]);

        yield return new("Table_06_group_totals_that_differ_from_table_05_basic_spending_report_FA3007",
            All(Cell(T06, "30101", Total, "237.8"), Cell(T06, "301", Total, "1301.34"), Cell(T06, "人员经费合计", Total, "1491.82")),
            "FA3007", "tables/05.csv:2:4", 1661.86m, 1660.86m, 0.01m,
            ["FA3007 tables/06.csv:64:3"]);

        var items = new[] { ("30212", 3, "tables/09.csv:3:3", "40:3"), ("30217", 7, "tables/09.csv:3:7", "45:3") };
        foreach (var (item, column, at, t06) in items)
            yield return new($"Table_06_item_{item}_above_the_three_public_actual_in_column_{column}_reports_FA3008",
                All(Cell(T06, item, Total, "1"), Cell(T06, "30299", Total, "67.29")),
                "FA3008", at, 0m, 1m, 0m, [$"FA3008 tables/06.csv:{t06}"]);
        yield return new("Table_06_vehicle_running_costs_above_the_three_public_actual_reports_FA3008",
            All(Cell(T06, "30231", Total, "7.72"), Cell(T06, "30299", Total, "67.29")),
            "FA3008", "tables/09.csv:3:6", 6.72m, 7.72m, 0m,
            ["FA3008 tables/06.csv:53:3"]);

        yield return new("Budget_execution_actual_that_differs_from_table_05_reports_FA3009",
            Cell(Execution, "2060101", "决算数", "517.49"),
            "FA3009", "budget-execution.csv:5:4", 516.49m, 517.49m, 0m,
            ["FA3009 tables/05.csv:12:3"]);
        yield return new("Budget_execution_without_an_item_of_table_05_reports_FA3009_naming_it",
            DeleteRows(Execution, "2060102"),
            "FA3009", "budget-execution.csv:1:1",
            Also: ["FA3009 tables/05.csv:13:1"], Mentions: ["2060102", "一般行政管理事务"]);
        yield return new("Budget_execution_item_absent_from_table_05_reports_FA3009_at_its_row",
            Append(Execution, "2010101,行政运行,10,10,"),
            "FA3009", "budget-execution.csv:30:1",
            Also: ["FA3009 tables/05.csv:1:1"], Mentions: ["2010101"]);

        yield return new("Opening_fiscal_carry_over_above_the_total_carry_over_reports_FA3010",
            All(Cell(T04, "28", Total, "5"), Cell(T04, "29", Total, "5")),
            "FA3010", "tables/04.csv:6:3", 0m, 5m, 0m,
            ["FA2004 tables/04.csv:10:3", "FA3010 tables/01.csv:12:3"]);
        yield return new("Year_end_fiscal_carry_over_above_the_total_carry_over_reports_FA3010",
            All(Cells(T04, "60", (Total, "5"), (Gpb, "5")), Cells(T04, "61", (Total, "5"), (Gpb, "5"))),
            "FA3010", "tables/04.csv:38:3", 0m, 5m, 0m,
            ["FA2004 tables/04.csv:42:3", "FA2004 tables/04.csv:42:4", "FA3010 tables/01.csv:42:3"]);
    }

    private static IEnumerable<TestCaseData> TestCases() => Cases().Select(c => c.ToTestCase());

    [TestCaseSource(nameof(TestCases))]
    public void Breaking_a_cross_table_identity_reports_it(IdentityCase c) => c.Verify();
}
