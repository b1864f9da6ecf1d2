namespace FinalAccounts.Publisher.Facts;

/// <summary>六 基本支出: the total and its two groups, each with the names of its non-zero items.</summary>
public sealed record BasicFacts(Money Total, ExpenseGroup Personnel, ExpenseGroup Public);

/// <summary>人员经费 or 公用经费: total and the names of the non-zero items ("主要包括：…").</summary>
public sealed record ExpenseGroup(Money Total, IReadOnlyList<string> ItemNames);
