using FinalAccounts.Publisher.Tests.Support;
using static FinalAccounts.Publisher.Tests.Support.Edit;

namespace FinalAccounts.Publisher.Tests.Checks;

/// <summary>
/// Identities of the numbered tables 公开01表 and 公开04表 (STANDARD §B1.1, B1.4): total lines (FA2004), income total =
/// expenditure total (FA2005) and, in 公开04表, 决算数 = the three kinds of appropriation (FA2001).
/// In 01.csv 行次 n is on line n + 1 (n ≤ 8), n − 17 (n ≥ 27); in 04.csv on n + 1 (n ≤ 3), n − 22 (n ≥ 27).
/// </summary>
public sealed class LineTableIdentityTests
{
    private const string T01 = "tables/01.csv", T04 = "tables/04.csv";
    private const string Amount = "金额", Total = "决算数", Gpb = "一般公共预算财政拨款", Fund = "政府性基金预算财政拨款";

    public static IEnumerable<IdentityCase> Cases()
    {
        yield return new("Income_total_line_27_that_differs_from_lines_1_to_8_reports_FA2004",
            Cell(T01, "8", Amount, "1"),
            "FA2004", "tables/01.csv:10:3", 26865.63m, 26864.63m, 0.01m,
            ["FA3001 tables/01.csv:9:3", "FA3001 tables/02.csv:2:9"]);
        yield return new("Grand_total_line_30_that_differs_from_lines_27_to_29_reports_FA2004",
            Cell(T01, "28", Amount, "1"),
            "FA2004", "tables/01.csv:13:3", 26865.63m, 26864.63m, 0.01m);
        yield return new("Expenditure_total_line_57_that_differs_from_the_26_class_lines_reports_FA2004",
            Cell(T01, "32", Amount, "1"),
            "FA2004", "tables/01.csv:40:3", 26865.63m, 26864.63m, 0.04m,
            ["FA3002 tables/01.csv:15:3", "FA3002 tables/03.csv:1:1"]);
        yield return new("Grand_total_line_60_that_differs_from_lines_57_to_59_reports_FA2004",
            Cell(T01, "58", Amount, "1"),
            "FA2004", "tables/01.csv:43:3", 26865.63m, 26864.63m, 0.01m);
        yield return new("Fiscal_income_total_line_27_that_differs_from_lines_1_to_3_reports_FA2004",
            Cell(T04, "3", Total, "1"),
            "FA2004", "tables/04.csv:5:3", 26865.63m, 26864.63m, 0.01m,
            ["FA3003 tables/01.csv:4:3", "FA3003 tables/04.csv:4:3"]);
        yield return new("Opening_carry_over_line_28_that_differs_from_lines_29_to_31_reports_FA2004",
            Cell(T04, "29", Total, "5"),
            "FA2004", "tables/04.csv:6:3", 5m, 0m, 0m);
        yield return new("Fiscal_expenditure_total_line_59_that_differs_from_the_class_lines_reports_FA2004_in_each_column",
            Cells(T04, "34", (Total, "1"), (Gpb, "1")),
            "FA2004", "tables/04.csv:37:3", 26865.63m, 26864.63m, 0.04m,
            ["FA2004 tables/04.csv:37:4", "FA3004 tables/04.csv:12:4", "FA3004 tables/05.csv:1:1"]);
        yield return new("Year_end_carry_over_line_60_that_differs_from_lines_61_to_63_reports_FA2004_in_each_column",
            Cells(T04, "61", (Total, "5"), (Gpb, "5")),
            "FA2004", "tables/04.csv:38:3", 5m, 0m, 0m,
            ["FA2004 tables/04.csv:38:4"]);

        yield return new("Expenditure_grand_total_that_differs_from_income_grand_total_reports_FA2005",
            All(Cell(T01, "58", Amount, "1"), Cell(T01, "60", Amount, "26865.63")),
            "FA2005", "tables/01.csv:43:3", 26864.63m, 26865.63m, 0m);
        yield return new("Fiscal_expenditure_grand_total_that_differs_from_fiscal_income_grand_total_reports_FA2005",
            All(Cells(T04, "60", (Total, "1"), (Gpb, "1")), Cells(T04, "61", (Total, "1"), (Gpb, "1")),
                Cells(T04, "64", (Total, "26865.63"), (Gpb, "26865.63"))),
            "FA2005", "tables/04.csv:42:3", 26864.63m, 26865.63m, 0m,
            ["FA3010 tables/01.csv:42:3", "FA3010 tables/04.csv:38:3"]);

        yield return new("Fiscal_class_line_whose_total_differs_from_the_three_appropriations_reports_FA2001",
            Cell(T04, "38", Fund, "1"),
            "FA2001", "tables/04.csv:16:3", 17079.57m, 17078.57m, 0.01m,
            ["FA2004 tables/04.csv:37:5", "FA3005 tables/04.csv:16:5", "FA3005 tables/07.csv:1:1"]);
    }

    private static IEnumerable<TestCaseData> TestCases() => Cases().Select(c => c.ToTestCase());

    [TestCaseSource(nameof(TestCases))]
    public void Breaking_a_line_table_identity_reports_it(IdentityCase c) => c.Verify();
}
