using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Tests.Facts;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input;

/// <summary>
/// Issue 14.5: data may be entered in 元 (department.yaml <c>amount_unit: 元</c>, at most two decimals): 万元 then carry
/// up to six decimals, nothing is rounded before it is printed, and rates come from the precision entered.
/// </summary>
public sealed class YuanInputTests
{
    [Test]
    public void The_sample_entered_in_yuan_gives_the_same_document()
    {
        using var sample = SampleData.Copy();
        YuanData.Convert(sample);
        var yuan = SampleDisclosure.Compose(sample.Folder, "default", check: false);
        Assert.That(yuan.Markdown, Is.Not.Null, SampleDisclosure.Report(yuan.Diagnostics));
        Assert.That(yuan.Markdown, Is.EqualTo(SampleDisclosure.Get().Markdown));
    }

    [Test]
    public void Figures_entered_in_yuan_become_wan_yuan_with_six_decimals()
    {
        using var sample = SampleData.Copy();
        YuanData.Convert(sample);
        sample.SetCell("tables/09.csv", "决算数", "公务用车运行维护费", "67204.37");
        var model = TemplateProbe.Load(sample.Folder);
        Assert.That(model.T09.Actual.VehicleOperation.Value, Is.EqualTo(6.720437m));
        Assert.That(model.Department.AmountUnit.Name, Is.EqualTo("元"));
    }

    [Test]
    public void A_rate_is_computed_from_the_precision_entered_not_from_rounded_wan_yuan()
    {
        // 公务用车运行维护费: 67,204 元 against 49,654 元 the year before. Rounded to 万元 they print as 6.72 and 4.97, and
        // 1.75 ÷ 4.97 = 35.21% (35.2%); from the 元 entered, 17,550 ÷ 49,654 = 35.34% (35.3%). The prose prints 35.3%.
        using var sample = SampleData.Copy();
        YuanData.Convert(sample);
        sample.SetCell("tables/09.csv", "决算数", "公务用车运行维护费", "67204");
        sample.ReplaceValue("prior-year.yaml", "  vehicle_operation", "49654");
        var yuan = TemplateProbe.Text("{{ amount three_public.vehicle_operation.prior_year.prior }}→{{ amount three_public.vehicle_operation.budget.actual }}：" +
            "{{ percent three_public.vehicle_operation.prior_year.rate }}", TemplateProbe.Load(sample.Folder));
        Assert.That(yuan, Is.EqualTo("4.97万元→6.72万元：35.3%"));
        var rounded = TemplateProbe.Text("{{ amount three_public.vehicle_operation.prior_year.prior }}→{{ amount three_public.vehicle_operation.budget.actual }}：" +
            "{{ percent three_public.vehicle_operation.prior_year.rate }}");
        Assert.That(rounded, Is.EqualTo("4.97万元→6.72万元：35.2%"));
    }

    [Test]
    public void Amounts_in_yuan_allow_two_decimals_and_no_more()
    {
        using var sample = SampleData.Copy();
        YuanData.Convert(sample);
        sample.SetCell("tables/09.csv", "决算数", "公务用车运行维护费", "67200.125");
        var load = new DepartmentLoader().Load(sample.Folder);
        var d = load.Diagnostics.Items.Single(x => x.Code.Id == "FA1008");
        Assert.That(d.Location.File, Does.EndWith("tables/09.csv"));
        Assert.That((d.Location.Line, d.Location.Column), Is.EqualTo((3, 6)));
    }

    [Test]
    public void Sums_of_yuan_have_no_rounding_tails()
    {
        // The sample's 万元 have 0.01 tails (公开03表 类 基本支出 sum to 1,660.85, 合计 1,660.86: info FA2900). Entered in
        // 元 the same difference (100 元) is an error: 元 are not rounded, so their sums must agree to the 分.
        using var sample = SampleData.Copy();
        var wan = new DepartmentLoader().Load(sample.Folder);
        Checker.Run(wan);
        Assert.That(wan.Diagnostics.HasErrors, Is.False);
        Assert.That(wan.Diagnostics.Items.Any(d => d.Code.Id == "FA2900"));
        YuanData.Convert(sample);
        var yuan = new DepartmentLoader().Load(sample.Folder);
        Checker.Run(yuan);
        Assert.That(yuan.Diagnostics.Items.Any(d => d.Code.Id == "FA2900"), Is.False);
        var tail = yuan.Diagnostics.Items.First(d => d.Severity == Diagnostics.Severity.Error);
        Assert.That(tail.Message.Zh, Does.Contain("16,608,600.00").Or.Contain("16,608,500.00"));
    }

    [Test]
    public void An_unknown_amount_unit_is_reported_at_its_value()
    {
        using var sample = SampleData.Copy();
        sample.AppendLine("department.yaml", "amount_unit: 千元");
        var load = new DepartmentLoader().Load(sample.Folder);
        var d = load.Diagnostics.Items.Single(x => x.Code.Id == "FA1061");
        Assert.That(d.Location.File, Does.EndWith("department.yaml"));
        Assert.That(d.Message.Zh, Does.Contain("千元"));
    }
}
