namespace FinalAccounts.Publisher.Facts;

/// <summary>A figure against a base (the prior year, or a budget): the change and its rate; no rate when the base is 0.</summary>
public sealed record Comparison(decimal Current, decimal Prior)
{
    public decimal Change => Current - Prior;

    public decimal ChangeAbs => Math.Abs(Change);

    public bool HasRate => Prior != 0m;

    /// <summary>|change| ÷ base, or null when the base is 0.</summary>
    public decimal? Rate => Prior == 0m ? null : Math.Abs(Change) / Math.Abs(Prior);

    public bool IsUp => Change > 0;

    public bool IsDown => Change < 0;

    public bool IsSame => Change == 0;

    public Direction Direction => Change > 0 ? Direction.Up : Change < 0 ? Direction.Down : Direction.Same;
}
