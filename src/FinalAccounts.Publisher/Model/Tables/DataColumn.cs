namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// A column as the data files and open data hold the table (the CSV header <see cref="Name"/>, e.g. 本年支出小计),
/// which may differ from the printed heading (小计 under 本年支出).
/// </summary>
public sealed record DataColumn(string Name, ColumnRole Role)
{
    public bool IsAmount => Role == ColumnRole.Amount;

    public bool IsKey => Role is ColumnRole.Code or ColumnRole.Line or ColumnRole.Item;
}
