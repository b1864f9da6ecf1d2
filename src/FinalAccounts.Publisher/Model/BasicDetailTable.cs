namespace FinalAccounts.Publisher.Model;

/// <summary>公开06表 一般公共预算财政拨款基本支出决算明细表: economic classes and items, with the two group totals.</summary>
public sealed record BasicDetailTable(string File, IReadOnlyList<EconomicRow> Rows, Amount PersonnelTotal, Amount PublicTotal)
{
    public IEnumerable<EconomicRow> Group(EconomicGroup group) => Rows.Where(r => r.Group == group);

    public EconomicRow? Find(string code) => Rows.FirstOrDefault(r => r.Code.Value == code);

    public Amount Total(EconomicGroup group) => group == EconomicGroup.Personnel ? PersonnelTotal : PublicTotal;
}
