using System.Globalization;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// Turns numbers into text by the house style: table amounts, prose amounts, percentages, scores. Amounts arrive in 万元
/// at full precision and are converted to the style's unit (<see cref="AmountUnit"/>) before rounding; every rounding goes
/// through <see cref="Rounding.Round"/> (四舍五入); nothing else in the document rounds.
/// </summary>
public sealed class NumberFormatter(NumberStyle style)
{
    public NumberStyle Style { get; } = style;

    /// <summary>The formatter of one part of the document (its unit, when the style gives the part one).</summary>
    public NumberFormatter ForPart(string part) => Style.ForPart(part) is var s && ReferenceEquals(s, Style) ? this : new(s);

    /// <summary>A table cell: 26,864.63; zero prints as the style's zero text (blank by default).</summary>
    public string Table(decimal wanYuan) =>
        wanYuan == 0m ? Style.TableZero : Fixed(Style.TableUnit.FromWanYuan(wanYuan), Style.TableDecimals, Style.TableThousands);

    /// <summary>An amount in prose, in the prose unit: 26864.63, 3489, 187.9 (trailing zeros trimmed by default).</summary>
    public string Prose(decimal wanYuan)
    {
        var text = Fixed(Style.ProseUnit.FromWanYuan(wanYuan), Style.ProseDecimals, Style.ProseThousands);
        return Style.ProseTrimZeros ? TrimZeros(text) : text;
    }

    /// <summary>An amount in prose with its unit: 26864.63万元.</summary>
    public string ProseWithUnit(decimal wanYuan) => Prose(wanYuan) + Style.ProseUnit.Name;

    /// <summary>An amount in table units as a number (a workbook cell, which its number format shows).</summary>
    public decimal InTableUnit(decimal wanYuan) => Style.TableUnit.FromWanYuan(wanYuan);

    /// <summary>An amount in prose units as a number (for a chart's axis).</summary>
    public decimal InProseUnit(decimal wanYuan) => Style.ProseUnit.FromWanYuan(wanYuan);

    /// <summary>A ratio as a percentage in prose: 0.244 → 24.4%, 0.13 → 13%.</summary>
    public string Percent(decimal ratio) => PercentText(ratio, Style.PercentDecimals, Style.PercentTrimZeros, Style.PercentThousands);

    /// <summary>A share or rate: its percentage, or the style's wording of a zero base of its kind.</summary>
    public string Percent(Ratio ratio) => ratio.Value is { } v ? Percent(v) : Style.ZeroBaseText(ratio.Kind);

    /// <summary>A ratio as a percentage on a self-assessment form: 0.977 → 97.70%.</summary>
    public string FormPercent(decimal ratio) => PercentText(ratio, Style.FormPercentDecimals, Style.FormPercentTrimZeros, false);

    /// <summary>A score or other plain decimal: two decimals at most, trailing zeros trimmed (19.54, 20, 0.5).</summary>
    public string Score(decimal value) => TrimZeros(Fixed(value, 2, false));

    /// <summary>An amount on a form, in the table unit: two decimals, no separators (15975.89).</summary>
    public string FormMoney(decimal wanYuan) => Fixed(Style.TableUnit.FromWanYuan(wanYuan), 2, false);

    private static string PercentText(decimal ratio, int decimals, bool trim, bool thousands)
    {
        var text = Fixed(ratio * 100m, decimals, thousands);
        return (trim ? TrimZeros(text) : text) + "%";
    }

    /// <summary>Rounds (四舍五入) and prints with exactly <paramref name="decimals"/> places.</summary>
    private static string Fixed(decimal value, int decimals, bool thousands) =>
        Rounding.Round(value, decimals).ToString(
            (thousands ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : ""), CultureInfo.InvariantCulture);

    private static string TrimZeros(string text) => text.Contains('.') ? text.TrimEnd('0').TrimEnd('.') : text;
}
