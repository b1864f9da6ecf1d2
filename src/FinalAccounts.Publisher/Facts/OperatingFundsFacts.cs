using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>十 机关运行经费: the actual against the 年初预算 and against the prior year, and the reason.</summary>
public sealed record OperatingFundsFacts(Money Actual, Comparison VersusBudget, Located<string> Reason, Comparison PriorYear);
