namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// A total compared with the prior year and how it splits (二 收入, 三 支出): the non-zero parts with their shares and
/// the names of the parts that are zero ("本年度无…").
/// </summary>
public sealed record StructureFacts(Comparison Total, string Reason, IReadOnlyList<Part> Items, IReadOnlyList<string> ZeroNames);
