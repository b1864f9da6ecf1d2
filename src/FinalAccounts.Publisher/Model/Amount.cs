using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Model;

/// <summary>An amount of money in 万元 and where it was read. Computed amounts point at their file, without a line.</summary>
public readonly record struct Amount(decimal Value, SourceLocation Location)
{
    public static Amount Zero { get; } = new(0m, SourceLocation.None);

    /// <summary>An amount the tool computed (a missing subtotal), attributed to the file it belongs to.</summary>
    public static Amount Computed(decimal value, string file) => new(value, SourceLocation.OfFile(file));

    /// <summary>An amount the tool computed, attributed to the whole source (file or sheet) it belongs to.</summary>
    public static Amount Computed(decimal value, SourceLocation source) => new(value, source.Source);

    /// <summary>Whether the amount was read from a cell (rather than computed).</summary>
    public bool IsGiven => Location.IsPoint;

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
