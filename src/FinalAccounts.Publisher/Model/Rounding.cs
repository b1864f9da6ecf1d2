namespace FinalAccounts.Publisher.Model;

/// <summary>The one rounding policy of the project: 四舍五入 (half away from zero). Nothing else rounds.</summary>
public static class Rounding
{
    /// <summary>Rounds half away from zero to <paramref name="decimals"/> places.</summary>
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
