namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>A row of a table as the data files hold it: the texts of its key and name columns, then its amounts.</summary>
public sealed record DataRecord(IReadOnlyList<string> Texts, IReadOnlyList<Amount> Amounts);
