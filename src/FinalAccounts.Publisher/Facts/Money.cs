using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// An amount as prose quotes it: 万元 at the precision the data were entered in (up to six decimals when entered in 元;
/// never rounded here), and where it was read — a cell or value of the data, a whole file for a subtotal the tool
/// computed there, or no place for a figure computed here.
/// </summary>
public readonly record struct Money(decimal Value, SourceLocation Source)
{
    public static Money Zero { get; } = new(0m, SourceLocation.None);

    public static Money Of(Amount amount) => new(amount.Value, amount.Location);

    /// <summary>A figure computed from others (a difference, a sum).</summary>
    public static Money Computed(decimal value) => new(value, SourceLocation.None);

    public static Money operator +(Money a, Money b) => Computed(a.Value + b.Value);

    public static Money operator -(Money a, Money b) => Computed(a.Value - b.Value);

    public bool IsZero => Value == 0m;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
