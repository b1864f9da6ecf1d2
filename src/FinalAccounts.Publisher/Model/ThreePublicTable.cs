using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Model;

/// <summary>公开09表 财政拨款"三公"经费支出决算表.</summary>
public sealed record ThreePublicTable(TableDescriptor Table, SourceLocation Source, ThreePublicFigures Budget, ThreePublicFigures Actual)
    : PublicTableData(Table, Source)
{
    public override bool IsEmpty => Budget.All.Concat(Actual.All).All(a => a.Value == 0m);

    public override IEnumerable<DataRecord> Records() =>
    [
        new([PublicTables.BudgetRow], Budget.All),
        new([PublicTables.ActualRow], Actual.All),
    ];
}
