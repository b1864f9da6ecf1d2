using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// How a house style prints numbers (templates/&lt;style&gt;/style.yaml, section <c>numbers</c>). The defaults are the
/// Hubei reference: 26,864.63 with blank zero cells; 3489万元; 24.4% and 13%; forms 97.70%; a rate with a zero base
/// left out.
/// </summary>
public sealed record NumberStyle
{
    public static NumberStyle Default { get; } = new();

    public int TableDecimals { get; init; } = 2;

    public bool TableThousands { get; init; } = true;

    public string TableZero { get; init; } = "";

    public int ProseDecimals { get; init; } = 2;

    public bool ProseThousands { get; init; }

    public bool ProseTrimZeros { get; init; } = true;

    public int PercentDecimals { get; init; } = 1;

    public bool PercentTrimZeros { get; init; } = true;

    /// <summary>Thousands separators in percentages: 1,055.4%.</summary>
    public bool PercentThousands { get; init; }

    public int FormPercentDecimals { get; init; } = 2;

    public bool FormPercentTrimZeros { get; init; }

    /// <summary>A growth rate with a zero base (增长 --（基数为0，不可比）); empty: the clause is left out.</summary>
    public string ZeroBaseGrowth { get; init; } = "";

    /// <summary>A completion rate with a zero budget (完成预算的 --%（…）); empty: the clause is left out.</summary>
    public string ZeroBaseCompletion { get; init; } = "";

    /// <summary>A share of a zero whole; empty: the clause is left out.</summary>
    public string ZeroBaseShare { get; init; } = "";

    /// <summary>The unit of amounts in prose (and charts).</summary>
    public AmountUnit ProseUnit { get; init; } = AmountUnit.WanYuan;

    /// <summary>The unit of amounts in tables and forms, printed in their unit line.</summary>
    public AmountUnit TableUnit { get; init; } = AmountUnit.WanYuan;

    /// <summary>Sections (ids of style.yaml's section list, such as three-public) printed in a unit of their own.</summary>
    public IReadOnlyList<PartUnit> PartUnits { get; init; } = [];

    /// <summary>Which rates with a zero base this style words.</summary>
    public ZeroBasePolicy ZeroBase => new(ZeroBaseShare.Length > 0, ZeroBaseGrowth.Length > 0, ZeroBaseCompletion.Length > 0);

    /// <summary>The wording of a zero base of a kind.</summary>
    public string ZeroBaseText(RatioKind kind) => kind switch
    {
        RatioKind.Share => ZeroBaseShare,
        RatioKind.Growth => ZeroBaseGrowth,
        _ => ZeroBaseCompletion,
    };

    /// <summary>The style of one part: its own unit for prose and tables when it has one.</summary>
    public NumberStyle ForPart(string part) =>
        PartUnits.FirstOrDefault(p => p.Part == part) is { } u ? this with { ProseUnit = u.Unit, TableUnit = u.Unit } : this;
}
