using FinalAccounts.Publisher.Tests.Support;
using static FinalAccounts.Publisher.Tests.Support.Edit;

namespace FinalAccounts.Publisher.Tests.Checks;

/// <summary>
/// Identities inside one table (STANDARD §B1.2–B1.8): row sums (FA2001), 类 = Σ款 and 款 = Σ项 (FA2002), 合计 = Σ类 (FA2003),
/// 公开06表 classes and group totals (FA2006, FA2007) and the "三公" sums of 公开09表 (FA2008).
/// Each case breaks one identity in a copy and names every diagnostic the edit must give.
/// </summary>
public sealed class TableIdentityTests
{
    private const string T02 = "tables/02.csv", T03 = "tables/03.csv", T05 = "tables/05.csv", T06 = "tables/06.csv";
    private const string T07 = "tables/07.csv", T08 = "tables/08.csv", T09 = "tables/09.csv";

    public static IEnumerable<IdentityCase> Cases()
    {
        // FA2001: within a row, the total column equals the columns it adds up.
        yield return new("Income_row_whose_total_differs_from_its_columns_reports_FA2001",
            Cell(T02, "2060101", "本年收入合计", "517.49"),
            "FA2001", "tables/02.csv:12:3", 516.49m, 517.49m, 0m,
            ["FA2002 tables/02.csv:11:3"]);
        yield return new("Expenditure_row_whose_total_differs_from_basic_plus_project_reports_FA2001",
            Cell(T03, "2060199", "基本支出", "369.94"),
            "FA2001", "tables/03.csv:14:3", 1382.84m, 1381.84m, 0.01m,
            ["FA2002 tables/03.csv:11:4"]);
        yield return new("GPB_row_whose_subtotal_differs_from_basic_plus_project_reports_FA2001",
            Cell(T05, "2060199", "基本支出", "369.94"),
            "FA2001", "tables/05.csv:14:3", 1382.84m, 1381.84m, 0.01m,
            ["FA2002 tables/05.csv:11:4", "FA3006 tables/03.csv:14:4", "FA3006 tables/05.csv:14:4"]);
        yield return new("Fund_row_whose_year_end_balance_differs_from_opening_plus_income_minus_spending_reports_FA2001",
            Append(T07, "2299999,其他支出,5,,,,,6"),
            "FA2001", "tables/07.csv:2:8", 5m, 6m, 0m);
        yield return new("Fund_row_whose_spending_differs_from_basic_plus_project_reports_FA2001",
            Append(T07, "2299999,其他支出,2,,2,1,,0"),
            "FA2001", "tables/07.csv:2:5", 1m, 2m, 0m,
            ["FA3005 tables/04.csv:33:5", "FA3005 tables/04.csv:37:5", "FA3005 tables/07.csv:1:1",
             "FA3005 tables/07.csv:1:1"]);
        yield return new("State_capital_row_whose_total_differs_from_basic_plus_project_reports_FA2001",
            Append(T08, "2299999,其他支出,2,1,"),
            "FA2001", "tables/08.csv:2:3", 1m, 2m, 0m,
            ["FA3005 tables/04.csv:33:6", "FA3005 tables/04.csv:37:6", "FA3005 tables/08.csv:1:1",
             "FA3005 tables/08.csv:1:1"]);

        // FA2002: 款 = Σ项 and 类 = Σ款, in every column.
        yield return new("Section_row_that_differs_from_its_items_reports_FA2002_in_each_column",
            Cells(T02, "2010350", ("本年收入合计", "191.01"), ("财政拨款收入", "191.01")),
            "FA2002", "tables/02.csv:4:3", 312.32m, 311.32m, 0.01m,
            ["FA2002 tables/02.csv:4:4"]);
        yield return new("Class_row_that_differs_from_its_sections_reports_FA2002_with_both_totals",
            All(Cells(T02, "20103", ("本年收入合计", "312.32"), ("财政拨款收入", "312.32")),
                Cells(T02, "2010350", ("本年收入合计", "191.01"), ("财政拨款收入", "191.01"))),
            "FA2002", "tables/02.csv:3:3", 312.32m, 311.32m, 0m,
            ["FA2002 tables/02.csv:3:4"]);
        yield return new("Expenditure_class_row_that_differs_from_its_sections_reports_FA2002_and_the_totals_it_feeds",
            Cells(T03, "206", ("本年支出合计", "17079.57"), ("项目支出", "16194.14")),
            "FA2002", "tables/03.csv:10:3", 17078.57m, 17079.57m, 0.04m,
            ["FA2002 tables/03.csv:10:5", "FA2003 tables/03.csv:2:3", "FA2003 tables/03.csv:2:5",
             "FA3002 tables/01.csv:19:3", "FA3002 tables/03.csv:10:3"]);
        yield return new("GPB_section_row_that_differs_from_its_items_reports_FA2002",
            Cells(T05, "2080501", ("本年支出小计", "96.1"), ("基本支出", "96.1")),
            "FA2002", "tables/05.csv:29:3", 308.23m, 307.23m, 0.02m,
            ["FA2002 tables/05.csv:29:4", "FA3006 tables/03.csv:30:3", "FA3006 tables/03.csv:30:4",
             "FA3006 tables/05.csv:30:3", "FA3006 tables/05.csv:30:4", "FA3009 budget-execution.csv:15:4",
             "FA3009 tables/05.csv:30:3"]);

        // FA2003: 合计 = Σ类.
        yield return new("Total_row_that_differs_from_the_classes_reports_FA2003",
            Cells(T02, "合计", ("本年收入合计", "26865.63"), ("财政拨款收入", "26865.63")),
            "FA2003", "tables/02.csv:2:3", 26864.63m, 26865.63m, 0.04m,
            ["FA2003 tables/02.csv:2:4", "FA3001 tables/01.csv:10:3", "FA3001 tables/01.csv:2:3",
             "FA3001 tables/02.csv:2:3", "FA3001 tables/02.csv:2:4"]);

        // FA2006, FA2007: 公开06表.
        yield return new("Economic_class_that_differs_from_its_items_reports_FA2006",
            Cell(T06, "30201", "决算数", "5.22"),
            "FA2006", "tables/06.csv:29:3", 170.86m, 169.86m, 0.07m);
        yield return new("Personnel_total_that_differs_from_classes_301_and_303_reports_FA2007",
            Cell(T06, "人员经费合计", "决算数", "1491.82"),
            "FA2007", "tables/06.csv:64:3", 1490.82m, 1491.82m, 0.01m,
            ["FA3007 tables/05.csv:2:4", "FA3007 tables/06.csv:64:3"]);
        yield return new("Public_total_that_differs_from_its_classes_reports_FA2007",
            Cell(T06, "公用经费合计", "决算数", "171.04"),
            "FA2007", "tables/06.csv:65:3", 170.04m, 171.04m, 0.01m,
            ["FA3007 tables/05.csv:2:4", "FA3007 tables/06.csv:64:3"]);

        // FA2008: 公开09表, both rows.
        yield return new("Three_public_budget_total_that_differs_from_its_parts_reports_FA2008",
            Cell(T09, "预算数", "合计", "9.8"),
            "FA2008", "tables/09.csv:2:2", 8.8m, 9.8m, 0m);
        yield return new("Vehicle_budget_subtotal_that_differs_from_purchase_plus_running_costs_reports_FA2008",
            Cell(T09, "预算数", "公务用车购置费", "1"),
            "FA2008", "tables/09.csv:2:4", 9.8m, 8.8m, 0.01m);
        yield return new("Three_public_actual_total_that_differs_from_its_parts_reports_FA2008",
            Cell(T09, "决算数", "合计", "7.72"),
            "FA2008", "tables/09.csv:3:2", 6.72m, 7.72m, 0m,
            ["FA4006 prior-year.yaml:26:10", "FA4006 tables/09.csv:3:2"]);
    }

    private static IEnumerable<TestCaseData> TestCases() => Cases().Select(c => c.ToTestCase());

    [TestCaseSource(nameof(TestCases))]
    public void Breaking_a_table_identity_reports_it(IdentityCase c) => c.Verify();
}
