using FinalAccounts.Publisher.Tests.Support;
using static FinalAccounts.Publisher.Tests.Support.Edit;

namespace FinalAccounts.Publisher.Tests.Checks;

/// <summary>
/// Identities of the narrative data (STANDARD §B1.9): 机关运行经费 (FA4001), 政府采购 (FA4002), vehicles (FA4003–FA4005),
/// prior year = current − change (FA4006), prior "三公" parts (FA4007), class use texts (FA4008) and definitions (FA4009);
/// fill and publish dates within the plausible window (FA4010); a project form's 主管部门 that is another department (FA4011).
/// </summary>
public sealed class NarrativeIdentityTests
{
    private const string Procurement = "procurement.yaml", ThreePublic = "three-public.yaml", Prior = "prior-year.yaml";

    public static IEnumerable<IdentityCase> Cases()
    {
        yield return new("Operating_funds_that_differ_from_the_public_total_of_table_06_warn_FA4001",
            Append("operating-funds.yaml", "actual: 170.05"),
            "FA4001", "operating-funds.yaml:7:9", 170.04m, 170.05m, 0m,
            Also: ["FA4001 tables/06.csv:65:3"], Mentions: ["170.05", "170.04"]);

        yield return new("Procurement_total_that_differs_from_goods_works_and_services_reports_FA4002",
            Text(Procurement, "total: 875.78", "total: 876.78"),
            "FA4002", "procurement.yaml:7:8", 875.78m, 876.78m, 0.01m);
        yield return new("SME_total_that_differs_from_its_three_parts_reports_FA4002",
            Text(Procurement, "sme_total: 327.72", "sme_total: 328.72"),
            "FA4002", "procurement.yaml:11:12", 327.72m, 328.72m, 0.01m);
        yield return new("Small_and_micro_awards_above_the_SME_total_report_FA4002",
            Text(Procurement, "small_micro: 327.72", "small_micro: 327.73"),
            "FA4002", "procurement.yaml:12:14", 327.72m, 327.73m, 0m);
        yield return new("SME_goods_above_all_goods_report_FA4002",
            All(Text(Procurement, "sme_goods: 70.19", "sme_goods: 110.19"), Text(Procurement, "sme_services: 257.53", "sme_services: 217.53")),
            "FA4002", "procurement.yaml:13:12", 109.16m, 110.19m, 0m);

        yield return new("Vehicle_total_that_differs_from_the_eight_categories_reports_FA4003",
            Text("assets.yaml", "  total: 2", "  total: 3"),
            "FA4003", "assets.yaml:16:10", 2m, 3m, 0m, Mentions: ["2 辆", "3 辆"]);
        yield return new("Fleet_larger_than_the_vehicle_total_reports_FA4003",
            Text(ThreePublic, "fleet_size: 2", "fleet_size: 3"),
            "FA4003", "three-public.yaml:31:15", 2m, 3m, 0m,
            Also: ["FA4003 assets.yaml:16:10"], Mentions: ["3 辆", "2 辆"]);
        yield return new("Vehicle_running_cost_details_that_differ_from_table_09_report_FA4004_at_the_fuel_cost",
            Text(ThreePublic, "fuel: 2.26", "fuel: 3.26"),
            "FA4004", "three-public.yaml:26:11", 7.72m, 6.72m, 0.02m,
            ["FA4004 tables/09.csv:3:6"]);
        yield return new("Vehicles_bought_without_a_purchase_cost_warn_FA4005",
            Text(ThreePublic, "purchased_count: 0", "purchased_count: 1"),
            "FA4005", "three-public.yaml:23:20",
            Also: ["FA4005 tables/09.csv:3:5"], Mentions: ["0.00", "1 辆"]);

        yield return new("Prior_year_figure_that_differs_from_current_minus_change_reports_FA4006",
            Text(Prior, "gpb_income: 35549.61", "gpb_income: 35548.61"),
            "FA4006", "prior-year.yaml:23:13", 35549.61m, 35548.61m, 0m,
            ["FA4006 tables/04.csv:2:3"]);
        yield return new("Reported_three_public_change_that_does_not_lead_to_the_prior_total_reports_FA4006",
            Text(Prior, "three_public_total: 1.75", "three_public_total: 1.85"),
            "FA4006", "prior-year.yaml:26:10", 4.87m, 4.97m, 0m,
            ["FA4006 tables/09.csv:3:2"]);
        yield return new("Reported_vehicle_change_against_the_computed_prior_subtotal_reports_FA4006_at_the_change",
            Text(Prior, "three_public_vehicles: 1.75", "three_public_vehicles: 1.65"),
            "FA4006", "prior-year.yaml:40:26", 5.07m, 4.97m, 0m,
            ["FA4006 tables/09.csv:3:4"]);
        yield return new("Prior_three_public_total_that_differs_from_its_parts_reports_FA4007",
            All(Text(Prior, "  three_public_total: 1.75\n", ""), Text(Prior, "  total: 4.97", "  total: 5.97")),
            "FA4007", "prior-year.yaml:26:10", 4.97m, 5.97m, 0m);

        yield return new("Class_with_spending_but_no_use_text_warns_FA4008",
            Text("explanations.yaml", "  \"221\": 住房公积金、提租补贴和购房补贴\n", ""),
            "FA4008", "explanations.yaml:1:1",
            Also: ["FA4008 tables/05.csv:50:1"], Mentions: ["221"]);
        yield return new("Use_text_for_a_class_without_spending_warns_FA4008_at_the_text",
            Text("explanations.yaml", "  \"203\": 国防支出\n", "  \"202\": 外交支出\n  \"203\": 国防支出\n"),
            "FA4008", "explanations.yaml:19:10", Mentions: ["202"]);
        yield return new("Item_without_a_definition_in_the_reference_list_warns_FA4009_at_its_row",
            Cell(SampleCopy.Reference + "functional-classification.csv", "2060101", "说明", ""),
            "FA4009", "tables/03.csv:12:1", Mentions: ["2060101"]);

        yield return new("A_fill_date_before_the_years_end_warns_FA4010",
            Text("department.yaml", "fill_date: 2025-02-10", "fill_date: 2024-06-30"),
            "FA4010", "department.yaml:22:12", Mentions: ["2024-06-30", "2024-12-31"]);
        yield return new("A_publish_date_more_than_18_months_after_the_years_end_warns_FA4010",
            Text("department.yaml", "publish_date: 2025-02-10", "publish_date: 2026-07-01"),
            "FA4010", "department.yaml:23:15", Mentions: ["2026-07-01", "2026-06-30"]);

        yield return new("A_project_forms_competent_department_that_is_another_department_warns_FA4011",
            Text("performance/projects/02.yaml", "competent_department: 武汉市洪山区经济信息化和科技创新局", "competent_department: 武汉市洪山区示例局"),
            "FA4011", "performance/projects/02.yaml:23:25", Mentions: ["武汉市洪山区示例局", "武汉市洪山区经济信息化和科技创新局"]);
    }

    private static IEnumerable<TestCaseData> TestCases() => Cases().Select(c => c.ToTestCase());

    [TestCaseSource(nameof(TestCases))]
    public void Breaking_a_narrative_identity_reports_it(IdentityCase c) => c.Verify();
}
