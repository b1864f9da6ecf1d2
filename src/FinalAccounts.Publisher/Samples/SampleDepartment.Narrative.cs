using System.Text;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Samples;

internal sealed partial class SampleDepartment
{
    private static string Q(string s) => SampleFiles.Quote(s);

    private static string A(long cents) => SampleFiles.Money(cents, blankZero: false);

    /// <summary>Writes department.yaml and every narrative input, consistent with the tables.</summary>
    public void WriteNarrative(SampleFiles f)
    {
        f.Write("department.yaml", $"""
            # 生成的示例部门（finacc sample），仅用于测试和性能测量。
            name: {Q(Name)}
            short_name: {Q(ShortName)}
            year: {Year}
            fiscal_level: 市
            responsibilities: {Q($"{Name}负责本行业的规划、管理和服务工作。")}
            units:
              - {Q(Name + "（本级）")}
            organization_note: ""
            contact_phone: "010-00000000"
            fill_date: {Year + 1}-02-10

            """);
        // A zero base: a department set up this year has no prior-year figures.
        var k = Shape.ZeroBase ? 0 : random.Next(70, 131);
        var (budget3, actual3) = ThreePublic();
        long Prior(long v) => v * k / 100;
        f.Write("prior-year.yaml", $"""
            year: {Year - 1}
            income_expenditure_total: {A(Prior(Total))}
            income_total: {A(Prior(Total))}
            expenditure_total: {A(Prior(Total))}
            fiscal_total: {A(Prior(Fiscal))}
            gpb_income: {A(Prior(Gpb))}
            gpb_expenditure: {A(Prior(Gpb))}
            three_public:
              total: {A(Prior(actual3[2]) + Prior(actual3[3]))}
              overseas: 0
              vehicle_purchase: 0
              vehicle_operation: {A(Prior(actual3[2]))}
              reception: {A(Prior(actual3[3]))}

            """);
        var uses = new StringBuilder();
        foreach (var cls in items.Where(i => i.Gpb > 0).Select(i => i.Entry.Code.Class).Distinct())
            uses.Append($"  \"{cls.Value}\": {Q(lists.Functional.Find(cls)!.Name.Replace("支出", "") + "方面的人员和项目支出")}\n");
        var reason = (k > 100 ? "业务量减少" : "业务量增加")
            + (Shape.LongTexts ? "，" + SampleText.Running(random, random.Next(80, 200)) : "");
        f.Write("explanations.yaml", $"change_reasons:\n  income_expenditure_total: {reason}\n  income_total: ~\n  expenditure_total: ~\n  fiscal_total: {reason}\n  gpb_income: {reason}\n  gpb_expenditure: {reason}\nclass_uses:\n{uses}special_expenditure: ~\n");
        var op = actual3[2];
        var fuel = op * 35 / 100;
        var repairs = op * 40 / 100;
        var insurance = op * 15 / 100;
        f.Write("three-public.yaml", $"""
            overall: {Reasons(budget3.Sum(), actual3.Sum())}
            overseas: {Reasons(budget3[0], actual3[0])}
            vehicles:
              budget_reason: {(budget3[1] + budget3[2] == actual3[1] + actual3[2] ? "\"\"" : "厉行节约，从严控制公务用车支出")}
              change_reason: 公务用车使用情况变化
              purchase_note: {(actual3[1] > 0 ? "按规定更新公务用车" : "未安排购置公务用车")}
              purchased_count: {(actual3[1] > 0 ? 1 : 0)}
              operation_use: 机关公务用车
              operation:
                fuel: {A(fuel)}
                repairs: {A(repairs)}
                insurance: {A(insurance)}
                parking: {A(op - fuel - repairs - insurance)}
                other: 0
              fleet_size: {1 + Index % 3}
            reception: {Reasons(budget3[3], actual3[3])}

            """);
        f.Write("operating-funds.yaml", $"budget: {A(Percent(PublicTotal, 85, 115))}\nreason: 办公运行成本变化\n");
        var goods = Percent(Total, 1, 5);
        var works = Index % 2 == 0 ? 0 : Percent(Total, 0, 3);
        var services = Percent(Total, 1, 6);
        long smeGoods = goods * 60 / 100, smeWorks = works / 2, smeServices = services * 30 / 100;
        f.Write("procurement.yaml", $"total: {A(goods + works + services)}\ngoods: {A(goods)}\nworks: {A(works)}\nservices: {A(services)}\n" +
            $"sme_total: {A(smeGoods + smeWorks + smeServices)}\nsmall_micro: {A((smeGoods + smeWorks + smeServices) * 80 / 100)}\n" +
            $"sme_goods: {A(smeGoods)}\nsme_works: {A(smeWorks)}\nsme_services: {A(smeServices)}\n");
        var cars = new[] { 0, 0, 1, 1, 1, 0, 0, Index % 2 };
        f.Write("assets.yaml", "vehicles:\n" + string.Concat(new[] { "senior_officials", "principal_officials", "confidential", "emergency", "law_enforcement", "special_technical", "retired_service", "other" }
            .Select((key, i) => $"  {key}: {cars[i]}\n")) + $"  total: {cars.Sum()}\nequipment_over_1m: {Index % 4}\n");
        WriteKeyWork(f);
    }

    /// <summary>第四部分: one task, or (long texts) several sections of long paragraphs and a table of them.</summary>
    private void WriteKeyWork(SampleFiles f)
    {
        var tasks = Shape.LongTexts ? random.Next(3, 7) : 1;
        var md = new StringBuilder("## 一、重点工作开展情况综述\n");
        var rows = new List<string[]>();
        for (var t = 1; t <= tasks; t++)
        {
            var title = tasks == 1 ? "完成年度重点任务" : SampleText.Running(random, 8).Split('，', '；')[0];
            var body = tasks == 1 ? "按计划完成全年各项重点工作。" : SampleText.Running(random, random.Next(150, 600)) + "。";
            md.Append($"\n### （{Compose.TemplateFunctions.Chinese(t)}）{title}。\n\n{body}\n");
            rows.Add([N(t), title, body, "完成"]);
        }

        f.Write("key-work.md", md.ToString());
        f.Csv("key-work.csv", "序号,重要事项,工作内容及目标,完成情况", rows);
    }

    private static string Reasons(long budget, long actual) =>
        $"\n  budget_reason: {(budget == actual ? "未安排相关支出" : "厉行节约，从严控制“三公”经费开支")}\n  change_reason: 按实际需要安排支出";
}
