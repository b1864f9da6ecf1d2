namespace FinalAccounts.Publisher.Model;

/// <summary>A table of numbered lines (公开01表, 公开04表). Every line of the standard layout is present; missing ones are zero or computed.</summary>
public sealed record LineTable(PublicTable Id, string File, IReadOnlyList<string> Columns, IReadOnlyList<SummaryLine> Lines)
{
    public SummaryLine Line(int number) => Lines.First(l => l.Number == number);

    public Amount this[int line, int column = 0] => Line(line).Values[column];
}
