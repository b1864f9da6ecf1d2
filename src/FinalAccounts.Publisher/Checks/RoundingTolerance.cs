namespace FinalAccounts.Publisher.Checks;

/// <summary>
/// How far a sum of figures rounded from 元 to 万元 may lie from its own rounded total: each of n addends and the total
/// are off by at most 0.005, so |Σ − total| ≤ 0.005 × (n + 1), i.e. ⌊(n + 1) / 2⌋ cents. One addend is the same figure
/// as its total, so it allows nothing.
/// </summary>
public static class RoundingTolerance
{
    public static decimal For(int roundedAddends) => roundedAddends <= 1 ? 0m : (roundedAddends + 1) / 2 * 0.01m;
}
