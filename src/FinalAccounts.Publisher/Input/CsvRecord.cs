namespace FinalAccounts.Publisher.Input;

/// <summary>A data row of a CSV file: the 1-based line where it starts and its fields (trimmed).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
