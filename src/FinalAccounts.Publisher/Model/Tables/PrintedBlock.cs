namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// A run of printed columns that shows one record per printed row, by data column name: 公开02表 prints one block of
/// all its columns; 公开01表 an income and an expenditure block side by side; 公开06表 three groups of code, name and
/// amount; 公开09表 the 预算数 row and the 决算数 row side by side (<see cref="Row"/> names the record a block shows
/// when it shows one fixed row). Left to right, the blocks' columns are the header's leaves.
/// </summary>
public sealed record PrintedBlock(IReadOnlyList<string> Columns, string Row = "");
