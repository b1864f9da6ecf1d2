namespace FinalAccounts.Publisher.Facts;

/// <summary>七/八: whether the fund table is empty, and its totals when it is not.</summary>
public sealed record FundTableFacts(bool IsEmpty, decimal Income, decimal Expenditure, decimal Basic, decimal Project, IReadOnlyList<Part> Classes);
