using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Model;

/// <summary>A table of numbered lines (公开01表, 公开04表). Every line of the standard layout is present; missing ones are zero or computed.</summary>
public sealed record LineTable(TableDescriptor Table, SourceLocation Source, IReadOnlyList<SummaryLine> Lines) : PublicTableData(Table, Source)
{
    /// <summary>The amount columns' names.</summary>
    public IReadOnlyList<string> Columns => Table.AmountNames;

    public LineRows Layout => (LineRows)Table.Rows;

    public SummaryLine Line(int number) => Lines.First(l => l.Number == number);

    public Amount this[int line, int column = 0] => Line(line).Values[column];

    public override bool IsEmpty => Lines.All(l => l.Values.All(v => v.Value == 0m));

    public override IEnumerable<DataRecord> Records() =>
        Lines.Select(l => new DataRecord([l.Number.ToString(CultureInfo.InvariantCulture), l.Name], l.Values));
}
