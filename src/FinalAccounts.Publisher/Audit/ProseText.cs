using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// Prose as the claim patterns read it: without spaces (PDF and Word copies put them between Chinese and digits), with
/// half-width brackets and punctuation made full-width (a comma between digits stays: it groups thousands), and numbers
/// parsed exactly as written.
/// </summary>
internal static partial class ProseText
{
    /// <summary>The pattern of a written number: 26864.63, 26,864.63, 3489.</summary>
    public const string Number = @"\d[\d,]*(?:\.\d+)?";

    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch)) continue;
            var digitsAround = i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);
            sb.Append(ch switch
            {
                '(' => '（',
                ')' => '）',
                ',' when !digitsAround => '，',
                ':' => '：',
                ';' => '；',
                _ => ch,
            });
        }

        return sb.ToString();
    }

    public static decimal Value(string written) =>
        decimal.Parse(written.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>How many decimals a written number has.</summary>
    public static int Decimals(string written) => written.Contains('.') ? written.Length - written.IndexOf('.') - 1 : 0;

    /// <summary>About 30 characters of <paramref name="text"/> around a match.</summary>
    public static string Quote(string text, int index, int length)
    {
        const int around = 30;
        if (length > around) return (index > 0 ? "…" : "") + text.Substring(index, around) + "…";
        var pad = Math.Max(0, (around - length) / 2);
        var start = Math.Max(0, index - pad);
        var end = Math.Min(text.Length, Math.Max(index + length + pad, start + around));
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }

    /// <summary>The sentences of a paragraph (ending at 。), each with its offset.</summary>
    public static IEnumerable<(int Start, string Text)> Sentences(string text)
    {
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(text))
        {
            yield return (start, text[start..(m.Index + 1)]);
            start = m.Index + 1;
        }

        if (start < text.Length) yield return (start, text[start..]);
    }

    public static string Money(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex("[。！？]")]
    private static partial Regex SentenceEnd();
}
