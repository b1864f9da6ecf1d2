using System.Text.RegularExpressions;

namespace FinalAccounts.Publisher.Document;

/// <summary>Splits a heading's leading number label (第一部分, 一、, （一）, 1., （1）) from its text.</summary>
public static partial class HeadingNumbers
{
    public static (string Number, string Text) Split(string heading)
    {
        var m = Label().Match(heading);
        if (!m.Success) return ("", heading.Trim());
        var number = m.Groups["n"].Value.Replace('(', '（').Replace(')', '）');
        return (number, heading[m.Length..].Trim());
    }

    [GeneratedRegex(@"^\s*(?<n>第[一二三四五六七八九十百]+部分|[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|\d+\.(?!\d)|[（(]\d+[）)])\s*")]
    private static partial Regex Label();
}
