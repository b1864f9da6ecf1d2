using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Model;

/// <summary>公开06表 一般公共预算财政拨款基本支出决算明细表: economic classes and items, with the two group totals.</summary>
public sealed record BasicDetailTable(TableDescriptor Table, SourceLocation Source, IReadOnlyList<EconomicRow> Rows, Amount PersonnelTotal, Amount PublicTotal)
    : PublicTableData(Table, Source)
{
    public IEnumerable<EconomicRow> Group(EconomicGroup group) => Rows.Where(r => r.Group == group);

    public EconomicRow? Find(string code) => Rows.FirstOrDefault(r => r.Code.Value == code);

    public Amount Total(EconomicGroup group) => group == EconomicGroup.Personnel ? PersonnelTotal : PublicTotal;

    public override bool IsEmpty => Rows.All(r => r.Value.Value == 0m) && PersonnelTotal.Value == 0m && PublicTotal.Value == 0m;

    /// <summary>The rows, then 人员经费合计 and 公用经费合计.</summary>
    public override IEnumerable<DataRecord> Records() =>
        Rows.Select(r => new DataRecord([r.Code.Value, r.Name], [r.Value]))
            .Append(new DataRecord(["", PublicTables.PersonnelTotal], [PersonnelTotal]))
            .Append(new DataRecord(["", PublicTables.PublicTotal], [PublicTotal]));
}
