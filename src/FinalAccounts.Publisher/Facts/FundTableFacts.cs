namespace FinalAccounts.Publisher.Facts;

/// <summary>七/八: whether the fund table is empty, and its totals when it is not.</summary>
public sealed record FundTableFacts(bool IsEmpty, Money Income, Money Expenditure, Money Basic, Money Project, IReadOnlyList<Part> Classes);
