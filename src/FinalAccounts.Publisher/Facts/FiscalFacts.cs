using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>四 财政拨款: the total and the 一般公共预算 income against the prior year; the kinds of appropriation present and absent.</summary>
public sealed record FiscalFacts(
    Comparison Total,
    Located<string> Reason,
    Comparison GpbIncome,
    Located<string> GpbIncomeReason,
    IReadOnlyList<Part> Items,
    IReadOnlyList<string> ZeroNames,
    IReadOnlyList<Part> Parts);
