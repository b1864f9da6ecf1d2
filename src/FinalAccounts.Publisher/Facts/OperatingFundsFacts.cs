namespace FinalAccounts.Publisher.Facts;

/// <summary>十 机关运行经费: the actual against the 年初预算, and the reason.</summary>
public sealed record OperatingFundsFacts(decimal Actual, Comparison VersusBudget, string Reason);
