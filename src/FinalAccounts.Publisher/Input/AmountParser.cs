using System.Globalization;
using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Parses amounts as the data files write them: plain digits, at most two decimals in the unit they are entered in
/// (万元, or 元 when department.yaml says so: then 万元 carry up to six decimals, <see cref="AmountUnit"/>), a minus sign
/// only where the figure may be negative (<c>signed</c>: a balance, a reported decrease), never in income or spending.
/// </summary>
internal static partial class AmountParser
{
    /// <summary>Parses a cell in <paramref name="unit"/> (万元 when null) into 万元; empty means zero. Reports and returns zero on a bad value.</summary>
    public static Amount Parse(string text, SourceLocation location, DiagnosticBag bag, bool signed = false, AmountUnit? unit = null) =>
        new(ParseMoney(text, location, bag, unit ?? AmountUnit.WanYuan, signed) ?? 0m, location);

    /// <summary>An amount in <paramref name="unit"/>, in 万元; null when empty or bad (bad ones are reported).</summary>
    public static decimal? ParseMoney(string text, SourceLocation location, DiagnosticBag bag, AmountUnit unit, bool signed = false) =>
        ParseDecimal(text, location, bag, decimals: 2, signed) is { } v ? unit.ToWanYuan(v) : null;

    /// <summary>
    /// Parses a number with at most <paramref name="decimals"/> places, negative only when <paramref name="signed"/>;
    /// null when empty or bad (bad ones are reported).
    /// </summary>
    public static decimal? ParseDecimal(string text, SourceLocation location, DiagnosticBag bag, int decimals, bool signed = false)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        var plain = ThousandsSeparated().IsMatch(t) ? t.Replace(",", "") : t;
        if (!PlainNumber().IsMatch(plain) ||
            !decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            var hint = Hint(t);
            bag.Report(InputCodes.BadNumber, location, $"“{t}”不是有效的数字。{hint.Zh}", $"'{t}' is not a valid number.{hint.En}");
            return null;
        }

        var dot = plain.IndexOf('.');
        if (dot >= 0 && plain.Length - dot - 1 > decimals)
        {
            bag.Report(InputCodes.TooManyDecimals, location, $"“{t}”超过 {decimals} 位小数。", $"'{t}' has more than {decimals} decimals.");
            return null;
        }

        if (value < 0m && !signed)
        {
            bag.Report(InputCodes.NegativeAmount, location, $"“{t}”是负数，此处不能为负数。", $"'{t}' is negative; this figure cannot be.");
            return null;
        }

        return value;
    }

    private static LocalizedText Hint(string t)
    {
        if (t.Any(c => c is >= '０' and <= '９' or '．' or '，'))
            return new("其中有全角数字或标点，请改为半角。", " It contains full-width digits or punctuation; use ASCII.");
        if (t.Contains('万') || t.Contains('元'))
            return new("不要写单位：金额的单位是万元（department.yaml 写 amount_unit: 元 时为元）。",
                " Leave out the unit: amounts are in 万元 (in 元 when department.yaml says amount_unit: 元).");
        if (t.EndsWith('%'))
            return new("此处应填金额，不是百分比。", " An amount is expected here, not a percentage.");
        return new("", "");
    }

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex ThousandsSeparated();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex PlainNumber();
}
