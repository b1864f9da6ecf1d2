namespace FinalAccounts.Publisher.Facts;

/// <summary>A named amount and its share of a whole (null when the whole is 0).</summary>
public sealed record Part(string Name, decimal Amount, decimal? Share)
{
    public static Part Of(string name, decimal amount, decimal whole) => new(name, amount, whole == 0m ? null : amount / whole);
}
