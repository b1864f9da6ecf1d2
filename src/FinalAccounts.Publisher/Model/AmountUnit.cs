namespace FinalAccounts.Publisher.Model;

/// <summary>
/// A unit amounts are written in: 万元 (the model's own) or 元. Data entered in 元 and prose or tables printed in 元 are
/// converted here and nowhere else; the conversion is exact (a decimal shift), so nothing is rounded before printing.
/// </summary>
public sealed record AmountUnit(string Name, decimal PerWanYuan)
{
    public static AmountUnit WanYuan { get; } = new("万元", 1m) { WanYuanDecimals = 2 };

    public static AmountUnit Yuan { get; } = new("元", 10_000m) { WanYuanDecimals = 6 };

    /// <summary>
    /// The decimals of 万元 a figure entered in this unit carries (data are entered with at most two decimals, 分 for
    /// 元): the precision at which it can be compared with a figure entered in another unit.
    /// </summary>
    public int WanYuanDecimals { get; private init; }

    /// <summary>The units a setting or a data file may name.</summary>
    public static IReadOnlyList<AmountUnit> All { get; } = [WanYuan, Yuan];

    /// <summary>The unit of a name (万元, 元), or null.</summary>
    public static AmountUnit? Find(string name) => All.FirstOrDefault(u => u.Name == name);

    /// <summary>An amount in 万元 expressed in this unit.</summary>
    public decimal FromWanYuan(decimal wanYuan) => wanYuan * PerWanYuan;

    /// <summary>An amount in this unit expressed in 万元 (元 give up to six decimals).</summary>
    public decimal ToWanYuan(decimal value) => value / PerWanYuan;

    public override string ToString() => Name;
}
