using System.Globalization;

namespace FinalAccounts.Publisher.Document;

/// <summary>
/// How headings are numbered, level by level (1 = a part): each level's label with <c>{一}</c> for a Chinese numeral
/// and <c>{1}</c> for Arabic digits, such as <c>第{一}部分</c>, <c>{一}、</c>, <c>（{一}）</c>, <c>{1}.</c>, <c>（{1}）</c>. An
/// empty label leaves that level unnumbered.
/// </summary>
public sealed record HeadingNumbering(IReadOnlyList<string> Levels)
{
    public const string ChinesePlaceholder = "{一}";
    public const string ArabicPlaceholder = "{1}";

    /// <summary>The house form of the reference publication: 第一部分, 一、, （一）, 1., （1）.</summary>
    public static HeadingNumbering Default { get; } = new(["第{一}部分", "{一}、", "（{一}）", "{1}.", "（{1}）"]);

    /// <summary>The label of the <paramref name="n"/>th heading of <paramref name="level"/> (1–5); empty when unnumbered.</summary>
    public string Label(int level, int n)
    {
        var format = level >= 1 && level <= Levels.Count ? Levels[level - 1] : "";
        return format.Replace(ChinesePlaceholder, Model.ChineseNumerals.Of(n), StringComparison.Ordinal)
            .Replace(ArabicPlaceholder, n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>Whether a level's label has a number in it (a label without one would print the same text each time).</summary>
    public static bool HasPlaceholder(string format) =>
        format.Length == 0 || format.Contains(ChinesePlaceholder, StringComparison.Ordinal) ||
        format.Contains(ArabicPlaceholder, StringComparison.Ordinal);
}
