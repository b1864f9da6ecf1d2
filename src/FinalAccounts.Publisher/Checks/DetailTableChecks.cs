using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Checks;

/// <summary>Identities of 公开06表 (class = Σ items, group totals) and 公开09表 ("三公" totals and subtotals).</summary>
internal static class DetailTableChecks
{
    public static void Run(CheckContext ctx)
    {
        var t06 = ctx.Model.T06;
        if (ctx.Available(t06.File))
        {
            foreach (var cls in t06.Rows.Where(r => r.IsClass && r.IsGiven))
            {
                var items = t06.Rows.Where(r => !r.IsClass && r.Code.Class == cls.Code).ToList();
                if (items.Count == 0) continue;
                ctx.Sum(CheckCodes.EconomicClass, cls.Value, items.Select(i => i.Value),
                    new($"{cls.Code} {cls.Name} 应等于其下各款之和", $"{cls.Code} {cls.Name} must equal the sum of its items"));
            }

            foreach (var (group, name) in new[] { (EconomicGroup.Personnel, TableSchemas.PersonnelTotalName), (EconomicGroup.Public, TableSchemas.PublicTotalName) })
                ctx.Sum(CheckCodes.EconomicGroupTotal, t06.Total(group), t06.Group(group).Where(r => r.IsClass).Select(r => r.Value),
                    new($"“{name}”应等于各类之和", $"'{name}' must equal the sum of its classes"));
        }

        var t09 = ctx.Model.T09;
        if (!ctx.Available(t09.File)) return;
        foreach (var (row, name) in new[] { (t09.Budget, TableSchemas.BudgetRowName), (t09.Actual, TableSchemas.ActualRowName) })
        {
            ctx.Sum(CheckCodes.ThreePublicSum, row.Total, [row.Overseas, row.VehicleSubtotal, row.Reception],
                new($"{name}“合计”应等于因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费", $"{name} total must equal overseas + vehicles + reception"));
            ctx.Sum(CheckCodes.ThreePublicSum, row.VehicleSubtotal, [row.VehiclePurchase, row.VehicleOperation],
                new($"{name}“公务用车购置及运行维护费小计”应等于购置费 + 运行维护费", $"{name} vehicle subtotal must equal purchase + operation"));
        }
    }
}
