using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// A total compared with the prior year and how it splits (二 收入, 三 支出, 四 财政拨款): the non-zero parts with their
/// shares, the names of the parts that are zero ("本年度无…"), and every part, zero or not.
/// </summary>
public sealed record StructureFacts(
    Comparison Total,
    Located<string> Reason,
    IReadOnlyList<Part> Items,
    IReadOnlyList<string> ZeroNames,
    IReadOnlyList<Part> Parts);
