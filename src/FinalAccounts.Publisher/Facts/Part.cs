namespace FinalAccounts.Publisher.Facts;

/// <summary>A named amount, its share of a whole (absent when the whole is 0), and the amount against the prior year.</summary>
public sealed record Part(string Name, Money Amount, [property: Computed("amount ÷ whole")] Ratio? Share, Comparison PriorYear);
