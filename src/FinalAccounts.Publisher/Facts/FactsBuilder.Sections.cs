using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

public static partial class FactsBuilder
{
    private static GpbFacts Gpb(DepartmentYear m)
    {
        var t05 = m.T05;
        var total = t05.Total[0].Value;
        var uses = m.Explanations.ClassUses;
        var classes = t05.Classes.Where(c => c[0].Value != 0m)
            .Select(c => new ClassShare(c.Code!.Value.Value, c.Name, c[0].Value, total == 0m ? null : c[0].Value / total,
                uses.TryGetValue(c.Code!.Value, out var u) ? u.Value : ""))
            .ToList();
        var fn = m.Reference.Functional;
        string NameOf(SubjectCode code) => fn.Find(code)?.Name ?? "";
        var byClass = m.BudgetExecution.OrderBy(i => i.Code).GroupBy(i => i.Code.Class)
            .Select(g => new ClassExecution(g.Key.Value, NameOf(g.Key), g.Select(i => new ItemExecution(
                i.Code.Value, NameOf(i.Code.Class), NameOf(i.Code.Parent!.Value), i.Name, new Execution(i.Budget.Value, i.Actual.Value), i.Reason.Value)).ToList()))
            .ToList();
        var expenditure = m.T01[57].Value;
        return new GpbFacts(
            Compare(m, PriorFigure.GpbExpenditure), expenditure == 0m ? null : total / expenditure, Reason(m, PriorFigure.GpbExpenditure),
            classes, new Execution(m.BudgetExecution.Sum(i => i.Budget.Value), total), t05.Total[1].Value, t05.Total[2].Value,
            m.Performance.Projects.Select(p => new ProjectUse(p.Name.Value, p.Actual.Value, p.Outcomes.Value)).ToList(),
            byClass);
    }

    private static ThreePublicFacts ThreePublic(DepartmentYear m)
    {
        var (budget, actual, prior, d) = (m.T09.Budget, m.T09.Actual, m.PriorYear, m.ThreePublic);
        ThreePublicItem Item(Amount b, Amount a, PriorFigure p, ReasonPair r) =>
            new(new Execution(b.Value, a.Value), new Comparison(a.Value, prior[p].Value), r.BudgetReason.Value, r.ChangeReason.Value);
        var v = d.Vehicles;
        return new ThreePublicFacts(
            Item(budget.Total, actual.Total, PriorFigure.ThreePublicTotal, d.Overall),
            Item(budget.Overseas, actual.Overseas, PriorFigure.ThreePublicOverseas, d.Overseas),
            Item(budget.VehicleSubtotal, actual.VehicleSubtotal, PriorFigure.ThreePublicVehicles, v.Reasons),
            Item(budget.Reception, actual.Reception, PriorFigure.ThreePublicReception, d.Reception),
            new VehicleFacts(actual.VehiclePurchase.Value, v.PurchasedCount.Value, v.PurchaseNote.Value, actual.VehicleOperation.Value, v.OperationUse.Value,
                v.Fuel.Value, v.Repairs.Value, v.Insurance.Value, v.Parking.Value, v.Other.Value, v.FleetSize.Value));
    }

    private static OperatingFundsFacts OperatingFunds(DepartmentYear m)
    {
        var actual = (m.OperatingFunds.Actual ?? m.T06.PublicTotal).Value;
        return new OperatingFundsFacts(actual, new Comparison(actual, m.OperatingFunds.Budget.Value), m.OperatingFunds.Reason.Value);
    }

    private static ProcurementFacts Procurement(Procurement p)
    {
        static decimal? Share(decimal part, decimal whole) => whole == 0m ? null : part / whole;
        return new ProcurementFacts(p.Total.Value, p.Goods.Value, p.Works.Value, p.Services.Value,
            p.SmeTotal.Value, Share(p.SmeTotal.Value, p.Total.Value), p.SmallMicro.Value, Share(p.SmallMicro.Value, p.SmeTotal.Value),
            [
                new("货物", p.Goods.Value, p.SmeGoods.Value, Share(p.SmeGoods.Value, p.Goods.Value)),
                new("工程", p.Works.Value, p.SmeWorks.Value, Share(p.SmeWorks.Value, p.Works.Value)),
                new("服务", p.Services.Value, p.SmeServices.Value, Share(p.SmeServices.Value, p.Services.Value)),
            ]);
    }

    private static readonly IReadOnlyDictionary<VehicleCategory, string> VehicleNames = new Dictionary<VehicleCategory, string>
    {
        [VehicleCategory.SeniorOfficials] = "副省级及以上领导干部用车", [VehicleCategory.PrincipalOfficials] = "主要负责人用车",
        [VehicleCategory.Confidential] = "机要通信用车", [VehicleCategory.Emergency] = "应急保障用车",
        [VehicleCategory.LawEnforcement] = "执法执勤用车", [VehicleCategory.SpecialTechnical] = "特种专业技术用车",
        [VehicleCategory.RetiredService] = "离退休干部服务用车", [VehicleCategory.Other] = "其他用车",
    };

    private static AssetsFacts Assets(Assets a) =>
        new(a.VehicleTotal.Value, Enum.GetValues<VehicleCategory>().Select(c => new VehicleCount(VehicleNames[c], a.Vehicles[c].Value)).ToList(),
            a.EquipmentOver1m.Value);

    private static PerformanceFacts Performance(DepartmentYear m)
    {
        var p = m.Performance;
        var funds = p.Projects.Sum(x => x.Actual.Value);
        var projectSpending = m.T05.Total[2].Value;
        return new PerformanceFacts(
            p.Overview.ProjectCount?.Value ?? p.Projects.Count, funds, projectSpending == 0m ? null : funds / projectSpending,
            p.Overview.Evaluation.Value, p.Overview.OverallDepartmentCount.Value, p.Overall.Form.Actual.Value, p.Overview.OverallSummary.Value,
            p.Overview.FirstLevelProjectCount.Value,
            p.Projects.Select(x => new ProjectFacts(x.Name.Value, new Execution(x.Budget.Value, x.Actual.Value), x.Outputs.Value, x.Problems.Value, x.Measures.Value)).ToList(),
            p.Overview.ResultsApplication.Value);
    }

    private static IReadOnlyList<GlossaryItem> Glossary(DepartmentYear m)
    {
        var fn = m.Reference.Functional;
        return m.T03.Items.Select(r => r.Code!.Value).Select(code => new GlossaryItem(code.Value,
            $"{fn.Find(code.Class)?.Name}（类）{fn.Find(code.Parent!.Value)?.Name}（款）{fn.Find(code)?.Name}（项）", fn.Find(code)?.Definition ?? "")).ToList();
    }
}
