namespace FinalAccounts.Publisher.Facts;

/// <summary>How a house style prints numbers (templates/&lt;style&gt;/style.yaml, section <c>numbers</c>).</summary>
public sealed record NumberStyle(
    int TableDecimals,
    bool TableThousands,
    string TableZero,
    int ProseDecimals,
    bool ProseThousands,
    bool ProseTrimZeros,
    int PercentDecimals,
    bool PercentTrimZeros,
    int FormPercentDecimals,
    bool FormPercentTrimZeros,
    string ZeroBaseText)
{
    /// <summary>The Hubei reference style: 26,864.63 with blank zero cells; 3489万元; 24.4% and 13%; forms 97.70%.</summary>
    public static NumberStyle Default { get; } = new(2, true, "", 2, false, true, 1, true, 2, false, "");
}
