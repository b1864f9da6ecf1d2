using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Facts;

/// <summary>Issue 14.3: "三公" sub-items apart, reception batches and persons, and vehicles by use.</summary>
public sealed class ThreePublicFactsTests
{
    [Test]
    public void Vehicle_purchase_and_running_costs_have_budget_and_prior_year_apart()
    {
        // 公开09表: 运行维护费 预算 8.80, 决算 6.72; prior-year.yaml: 4.97 → +1.75 (35.2%); 购置费 0 / 0 / 0.
        Assert.That(TemplateProbe.Text(
                "运行维护费全年预算{{ amount three_public.vehicle_operation.budget.budget }}，决算{{ amount three_public.vehicle_operation.budget.actual }}，" +
                "完成{{ percent three_public.vehicle_operation.budget.rate }}，较上年{{ change_phrase three_public.vehicle_operation.prior_year }}；" +
                "购置费较上年{{ change_phrase three_public.vehicle_purchase.prior_year }}"),
            Is.EqualTo("运行维护费全年预算8.8万元，决算6.72万元，完成76.4%，较上年增加1.75万元，增长35.2%；购置费较上年持平"));
    }

    [Test]
    public void Sub_item_reasons_are_optional_in_three_public_yaml()
    {
        using var sample = SampleData.Copy();
        sample.Replace("three-public.yaml", "  fleet_size: 2\n",
            "  fleet_size: 2\n  operation_reasons:\n    budget_reason: 厉行节约\n");
        var model = TemplateProbe.Load(sample.Folder);
        Assert.That(TemplateProbe.Text("{{ three_public.vehicle_operation.budget_reason }}/{{ three_public.vehicle_purchase.budget_reason }}/", model),
            Is.EqualTo("厉行节约//"));
    }

    [Test]
    public void Reception_batches_and_persons_come_from_three_public_yaml()
    {
        using var sample = SampleData.Copy();
        sample.Replace("three-public.yaml", "reception:\n", "reception:\n  domestic:\n    batches: 12\n    persons: 86\n  foreign:\n    batches: 1\n    persons: 5\n");
        var model = TemplateProbe.Load(sample.Folder);
        var r = "three_public.reception_details";
        Assert.That(TemplateProbe.Text($"国内公务接待{{{{ {r}.domestic_batches }}}}批次{{{{ {r}.domestic_persons }}}}人次，外事接待{{{{ {r}.foreign_batches }}}}批次{{{{ {r}.foreign_persons }}}}人次", model),
            Is.EqualTo("国内公务接待12批次86人次，外事接待1批次5人次"));
    }

    [Test]
    public void A_reception_count_that_is_not_given_is_an_error_where_it_is_used()
    {
        var d = TemplateProbe.Error("接待{{ three_public.reception_details.domestic_batches }}批次");
        Assert.That(d.Code.Id, Is.EqualTo("FA5021"));
        Assert.That(d.Message.Zh, Does.Contain("three-public.yaml").And.Contain("domestic").And.Contain("batches"));
    }

    [Test]
    public void Vehicles_are_reachable_by_use_with_the_assets_yaml_keys()
    {
        using var sample = SampleData.Copy();
        sample.ReplaceValue("assets.yaml", "  law_enforcement", "3");
        var model = TemplateProbe.Load(sample.Folder);
        Assert.That(TemplateProbe.Text("执法执勤用车{{ assets.vehicles.law_enforcement }}辆，其他用车{{ assets.vehicles.other }}辆", model),
            Does.StartWith("执法执勤用车3辆，其他用车"));
    }
}
