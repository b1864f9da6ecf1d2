using System.Globalization;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// Turns numbers into text by the house style: table amounts, prose amounts, percentages, scores. Every rounding goes
/// through <see cref="Rounding.Round"/> (四舍五入); nothing else in the document rounds.
/// </summary>
public sealed class NumberFormatter(NumberStyle style)
{
    public NumberStyle Style { get; } = style;

    /// <summary>A table cell: 26,864.63; zero prints as the style's zero text (blank by default).</summary>
    public string Table(decimal value) =>
        value == 0m ? Style.TableZero : Fixed(Rounding.Round(value, Style.TableDecimals), Style.TableDecimals, Style.TableThousands);

    /// <summary>An amount in prose: 26864.63, 3489, 187.9 (trailing zeros trimmed by default).</summary>
    public string Prose(decimal value)
    {
        var text = Fixed(Rounding.Round(value, Style.ProseDecimals), Style.ProseDecimals, Style.ProseThousands);
        return Style.ProseTrimZeros ? TrimZeros(text) : text;
    }

    /// <summary>A ratio as a percentage in prose: 0.244 → 24.4%, 0.13 → 13%.</summary>
    public string Percent(decimal ratio) => PercentText(ratio, Style.PercentDecimals, Style.PercentTrimZeros);

    /// <summary>A ratio as a percentage on a self-assessment form: 0.977 → 97.70%.</summary>
    public string FormPercent(decimal ratio) => PercentText(ratio, Style.FormPercentDecimals, Style.FormPercentTrimZeros);

    /// <summary>A score or other plain decimal: two decimals at most, trailing zeros trimmed (19.54, 20, 0.5).</summary>
    public string Score(decimal value) => TrimZeros(Fixed(Rounding.Round(value, 2), 2, false));

    /// <summary>An amount on a form: two decimals, no separators (15975.89).</summary>
    public string FormMoney(decimal value) => Fixed(Rounding.Round(value, 2), 2, false);

    private static string PercentText(decimal ratio, int decimals, bool trim)
    {
        var text = Fixed(Rounding.Round(ratio * 100m, decimals), decimals, false);
        return (trim ? TrimZeros(text) : text) + "%";
    }

    private static string Fixed(decimal value, int decimals, bool thousands) =>
        value.ToString((thousands ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : ""), CultureInfo.InvariantCulture);

    private static string TrimZeros(string text) => text.Contains('.') ? text.TrimEnd('0').TrimEnd('.') : text;
}
