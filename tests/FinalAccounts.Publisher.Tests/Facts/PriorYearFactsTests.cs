using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Facts;

/// <summary>
/// Issue 14.2: prior-year figures for every line a style compares (lines, classes, 机关运行经费, a second comparison
/// year), held by prior-year.yaml; a figure it does not give is a located error where a template uses it, never a 0.
/// </summary>
public sealed class PriorYearFactsTests
{
    [Test]
    public void Lines_classes_and_operating_funds_are_compared_with_the_figures_prior_year_yaml_gives()
    {
        using var sample = SampleData.Copy();
        sample.AppendLine("prior-year.yaml", "t01:\n  \"29\": 20\ngpb_classes:\n  \"206\": 20000\noperating_funds: 200");
        var model = TemplateProbe.Load(sample.Folder);
        // 0 − 20 = −20 (100%); 17078.57 − 20000 = −2921.43 (14.6%); 170.04 − 200 = −29.96 (14.98% → 15%).
        Assert.That(TemplateProbe.Text(
                "{{ change_phrase t01.line29.prior_year }}|{{ gpb.classes[2].name }}{{ change_phrase gpb.classes[2].prior_year }}|" +
                "{{ change_phrase operating_funds.prior_year }}", model),
            Is.EqualTo("减少20万元，降低100%|科学技术支出减少2921.43万元，降低14.6%|减少29.96万元，降低15%"));
    }

    [Test]
    public void A_second_comparison_year_compares_the_same_figures()
    {
        using var sample = SampleData.Copy();
        sample.AppendLine("prior-year.yaml", "earlier:\n  year: 2019\n  income_expenditure_total: 20000");
        var model = TemplateProbe.Load(sample.Folder);
        // 26864.63 − 20000 = 6864.63; 6864.63 ÷ 20000 = 34.32%.
        Assert.That(TemplateProbe.Text("与{{ earlier_year }}年相比，收、支总计{{ change_phrase summary.total.earlier }}。", model),
            Is.EqualTo("与2019年相比，收、支总计增加6864.63万元，增长34.3%。"));
    }

    [Test]
    public void A_prior_figure_that_is_not_given_is_an_error_at_the_template_naming_what_to_fill_in()
    {
        var d = TemplateProbe.Error("年初结转和结余：\n上年为{{ money t01.line29.prior_year.prior }}万元。");
        Assert.That(d.Code.Id, Is.EqualTo("FA5021"));
        Assert.That((d.Location.File, d.Location.Line), Is.EqualTo(("probe.sbn", 2)));
        Assert.That(d.Location.Column, Is.GreaterThan(3));
        Assert.That(d.Message.Zh, Does.Contain("t01.29").And.Contain("年初结转和结余").And.Contain("prior-year.yaml"));
    }

    [Test]
    public void Change_words_of_a_figure_without_its_prior_are_an_error_too()
    {
        var d = TemplateProbe.Error("{{ change_phrase gpb.classes[0].prior_year }}");
        Assert.That(d.Code.Id, Is.EqualTo("FA5021"));
        Assert.That(d.Message.Zh, Does.Contain("gpb_classes.201"));
    }

    [Test]
    public void A_template_can_ask_whether_a_prior_figure_is_given()
    {
        Assert.That(TemplateProbe.Text("{{ if t01.line29.prior_year.has_prior }}有{{ else }}无{{ end }}{{ if has_earlier_year }}有{{ else }}无{{ end }}"),
            Is.EqualTo("无无"));
    }

    [Test]
    public void The_second_comparison_year_that_is_not_given_is_an_error_where_it_is_used()
    {
        var d = TemplateProbe.Error("与{{ earlier_year }}年相比");
        Assert.That(d.Code.Id, Is.EqualTo("FA5021"));
        Assert.That(d.Message.Zh, Does.Contain("earlier"));
    }

    [Test]
    public void Basic_and_project_spending_compare_with_the_prior_figures_prior_year_yaml_gives()
    {
        const string template = "{{ change_phrase expenditure.items[0].prior_year }}|{{ change_phrase expenditure.items[1].prior_year }}";
        var missing = TemplateProbe.Error(template);
        Assert.That(missing.Code.Id, Is.EqualTo("FA5021"));
        Assert.That(missing.Message.Zh, Does.Contain("basic_expenditure"));
        using var sample = SampleData.Copy();
        sample.AppendLine("prior-year.yaml", "basic_expenditure: 1500\nproject_expenditure: 34049.61");
        // 公开03表: 基本支出 1660.86, 项目支出 25203.77.
        Assert.That(TemplateProbe.Text(template, TemplateProbe.Load(sample.Folder)),
            Is.EqualTo("增加160.86万元，增长10.7%|减少8845.84万元，降低26%"));
    }

    [Test]
    public void Appropriation_lines_of_table_01_take_table_04_s_prior_figures()
    {
        Assert.That(TemplateProbe.Text("{{ change_phrase t01.line1.prior_year }}"), Is.EqualTo("减少8684.98万元，降低24.4%"));
    }

    [Test]
    public void A_line_given_both_by_name_and_by_number_is_reported_at_the_second()
    {
        using var sample = SampleData.Copy();
        sample.AppendLine("prior-year.yaml", "t01:\n  \"27\": 35549.61");
        var load = new DepartmentLoader().Load(sample.Folder);
        var d = load.Diagnostics.Items.Single(x => x.Code.Id == "FA1060");
        Assert.That(d.Location.File, Does.EndWith("prior-year.yaml"));
        Assert.That(d.Message.Zh, Does.Contain("income_total"));
    }

    [Test]
    public void An_earlier_year_s_own_data_can_fill_the_prior_year()
    {
        // A second source: the figures of a year's model, as the year after it compares them (issue 15 chains years).
        var sample = TemplateProbe.Sample;
        var own = YearFigures.Of(sample);
        Assert.That(own.Find(PriorFigure.IncomeTotal)?.Value, Is.EqualTo(26864.63m));
        Assert.That(own.Find(PriorFigure.GpbClass(new SubjectCode("206")))?.Value, Is.EqualTo(17078.57m));
        Assert.That(own.Find(PriorFigure.Line(PublicTables.T01, 29))?.Value, Is.EqualTo(0m));
        Assert.That(own.Find(PriorFigure.ThreePublicVehicleOperation)?.Value, Is.EqualTo(6.72m));
        var next = sample with { PriorYear = new PriorYear(own, null, new Dictionary<PriorFigure, Amount>()) };
        Assert.That(TemplateProbe.Text("{{ change_phrase summary.total }}|{{ change_phrase gpb.classes[2].prior_year }}", next),
            Is.EqualTo("持平|持平"));
    }
}
