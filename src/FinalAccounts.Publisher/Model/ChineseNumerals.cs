using System.Globalization;

namespace FinalAccounts.Publisher.Model;

/// <summary>Chinese numerals as the disclosure numbers its parts, lines and items: 一, 十, 十四, 二十六.</summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>1 → 一, 10 → 十, 14 → 十四, 26 → 二十六; outside 1–99 the Arabic digits.</summary>
    public static string Of(int n)
    {
        if (n is <= 0 or >= 100) return n.ToString(CultureInfo.InvariantCulture);
        if (n < 10) return Digits[n];
        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : Digits[tens]) + "十" + (ones == 0 ? "" : Digits[ones]);
    }
}
