using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

public sealed partial class FactsBuilder
{
    private GpbFacts Gpb()
    {
        var t05 = m.T05;
        var total = t05.Total[0].Value;
        var uses = m.Explanations.ClassUses;
        var classes = t05.Classes.Where(c => c[0].Value != 0m)
            .Select(c => new ClassShare(c.Code!.Value.Value, c.Name, Money.Of(c[0]),
                Ratio.Of(c[0].Value, total, RatioKind.Share, policy),
                uses.TryGetValue(c.Code!.Value, out var u) ? u : new("", SourceLocation.None),
                Compare(PriorFigure.GpbClass(c.Code!.Value))))
            .ToList();
        var fn = m.Reference.Functional;
        string NameOf(SubjectCode code) => fn.Find(code)?.Name ?? "";
        var byClass = m.BudgetExecution.OrderBy(i => i.Code).GroupBy(i => i.Code.Class)
            .Select(g => new ClassExecution(g.Key.Value, NameOf(g.Key), g.Select(i => new ItemExecution(
                i.Code.Value, NameOf(i.Code.Class), NameOf(i.Code.Parent!.Value), i.Name,
                new Execution(Money.Of(i.Budget), Money.Of(i.Actual), policy), i.Reason)).ToList()))
            .ToList();
        var budget = Money.Computed(m.BudgetExecution.Sum(i => i.Budget.Value));
        return new GpbFacts(
            Compare(PriorFigure.GpbExpenditure), Ratio.Of(total, m.T01[57].Value, RatioKind.Share, policy),
            Reason(PriorFigure.GpbExpenditure), classes, new Execution(budget, Money.Of(t05.Total[0]), policy),
            Money.Of(t05.Total[1]), Money.Of(t05.Total[2]),
            m.Performance.Projects.Select(p => new ProjectUse(p.Name, Money.Of(p.Actual), p.Outcomes)).ToList(),
            byClass);
    }

    private ThreePublicFacts ThreePublic()
    {
        var (budget, actual, d) = (m.T09.Budget, m.T09.Actual, m.ThreePublic);
        ThreePublicItem Item(Amount b, PriorFigure figure, ReasonPair r) =>
            new(new Execution(Money.Of(b), Money.Of(m.Current(figure)), policy), Compare(figure), r.BudgetReason, r.ChangeReason);
        var v = d.Vehicles;
        return new ThreePublicFacts(
            Item(budget.Total, PriorFigure.ThreePublicTotal, d.Overall),
            Item(budget.Overseas, PriorFigure.ThreePublicOverseas, d.Overseas),
            Item(budget.VehicleSubtotal, PriorFigure.ThreePublicVehicles, v.Reasons),
            Item(budget.VehiclePurchase, PriorFigure.ThreePublicVehiclePurchase, v.PurchaseReasons),
            Item(budget.VehicleOperation, PriorFigure.ThreePublicVehicleOperation, v.OperationReasons),
            Item(budget.Reception, PriorFigure.ThreePublicReception, d.Reception),
            new VehicleFacts(Money.Of(actual.VehiclePurchase), v.PurchasedCount, v.PurchaseNote, Money.Of(actual.VehicleOperation),
                v.OperationUse, Money.Of(v.Fuel), Money.Of(v.Repairs), Money.Of(v.Insurance), Money.Of(v.Parking), Money.Of(v.Other),
                v.FleetSize),
            new ReceptionFacts(d.ReceptionCounts));
    }

    private OperatingFundsFacts OperatingFunds()
    {
        var actual = Money.Of(m.Current(PriorFigure.OperatingFunds));
        return new OperatingFundsFacts(actual, new Comparison(actual, Money.Of(m.OperatingFunds.Budget), policy),
            m.OperatingFunds.Reason, Compare(PriorFigure.OperatingFunds));
    }

    private ProcurementFacts Procurement(Procurement p)
    {
        Ratio? Share(Amount part, Amount whole) => Ratio.Of(part.Value, whole.Value, RatioKind.Share, policy);
        return new ProcurementFacts(Money.Of(p.Total), Money.Of(p.Goods), Money.Of(p.Works), Money.Of(p.Services),
            Money.Of(p.SmeTotal), Share(p.SmeTotal, p.Total), Money.Of(p.SmallMicro), Share(p.SmallMicro, p.SmeTotal),
            [
                new("货物", Money.Of(p.Goods), Money.Of(p.SmeGoods), Share(p.SmeGoods, p.Goods)),
                new("工程", Money.Of(p.Works), Money.Of(p.SmeWorks), Share(p.SmeWorks, p.Works)),
                new("服务", Money.Of(p.Services), Money.Of(p.SmeServices), Share(p.SmeServices, p.Services)),
            ]);
    }

    private static AssetsFacts Assets(Assets a) =>
        new(a.VehicleTotal,
            VehicleCategories.All.Select(c => new VehicleCount(c.Name, a.Vehicles[c.Category])).ToList(),
            new FactGroup(VehicleCategories.All.Select(c => new NamedFact(c.Key, c.Name, a.Vehicles[c.Category])).ToList()),
            a.EquipmentOver1m);

    private PerformanceFacts Performance()
    {
        var p = m.Performance;
        var funds = p.Projects.Sum(x => x.Actual.Value);
        return new PerformanceFacts(
            p.Overview.ProjectCount ?? new Located<int>(p.Projects.Count, SourceLocation.None), Money.Computed(funds),
            Ratio.Of(funds, m.T05.Total[2].Value, RatioKind.Share, policy),
            p.Overview.Evaluation, p.Overview.OverallDepartmentCount, Money.Of(p.Overall.Form.Actual), p.Overview.OverallSummary,
            p.Overview.FirstLevelProjectCount,
            p.Projects.Select(x => new ProjectFacts(x.Name, new Execution(Money.Of(x.Budget), Money.Of(x.Actual), policy),
                x.Outputs, x.Problems, x.Measures)).ToList(),
            p.Overview.ResultsApplication);
    }

    private IReadOnlyList<GlossaryItem> Glossary()
    {
        var fn = m.Reference.Functional;
        return m.T03.Items.Select(r => r.Code!.Value).Select(code => new GlossaryItem(code.Value,
            $"{fn.Find(code.Class)?.Name}（类）{fn.Find(code.Parent!.Value)?.Name}（款）{fn.Find(code)?.Name}（项）",
            fn.Find(code)?.Definition ?? "")).ToList();
    }
}
