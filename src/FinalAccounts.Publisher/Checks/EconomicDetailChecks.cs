using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Checks;

/// <summary>Identities of 公开06表: each economic class = Σ its items, each group total = Σ its classes.</summary>
internal static class EconomicDetailChecks
{
    public static void Check(CheckContext ctx, BasicDetailTable t06)
    {
        if (!t06.Table.Identities.Hierarchy) return;
        foreach (var cls in t06.Rows.Where(r => r.IsClass && r.IsGiven))
        {
            var items = t06.Rows.Where(r => !r.IsClass && r.Code.Class == cls.Code).ToList();
            if (items.Count == 0) continue;
            ctx.Sum(CheckCodes.EconomicClass, cls.Value, items.Select(i => i.Value),
                new($"{cls.Code} {cls.Name} 应等于其下各款之和", $"{cls.Code} {cls.Name} must equal the sum of its items"));
        }

        var totals = ((Model.Tables.CodeRows)t06.Table.Rows).Totals;
        foreach (var (group, name) in new[] { (EconomicGroup.Personnel, totals[0]), (EconomicGroup.Public, totals[1]) })
            ctx.Sum(CheckCodes.EconomicGroupTotal, t06.Total(group), t06.Group(group).Where(r => r.IsClass).Select(r => r.Value),
                new($"“{name}”应等于各类之和", $"'{name}' must equal the sum of its classes"));
    }
}
