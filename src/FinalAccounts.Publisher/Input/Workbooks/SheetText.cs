using System.Text;
using System.Text.RegularExpressions;

namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>
/// How sheet names, titles and headings are compared: without spaces and line breaks (headings wrap: "本年收入合 计"),
/// quotes (“三公”) and the difference between full- and half-width brackets and colons.
/// </summary>
internal static partial class SheetText
{
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch is '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」') continue;
            sb.Append(ch switch
            {
                '(' => '（',
                ')' => '）',
                ':' => '：',
                _ => ch,
            });
        }

        return sb.ToString();
    }

    /// <summary>The table number of a form label in a text (公开02表, 公开2表, 公开 02 表), or 0.</summary>
    public static int FormNumber(string normalised) =>
        FormLabel().Match(normalised) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>A text without a leading year ("2024年度", "2024年") and what comes before it.</summary>
    public static string WithoutYear(string normalised) => YearPrefix().Replace(normalised, "");

    /// <summary>A row name without its printed ordinal: "一、一般公共预算财政拨款收入" → "一般公共预算财政拨款收入".</summary>
    public static string WithoutOrdinal(string name) => Ordinal().Replace(name, "");

    [GeneratedRegex("公开0*([1-9][0-9]?)表")]
    private static partial Regex FormLabel();

    [GeneratedRegex("^.*?20[0-9]{2}年度?")]
    private static partial Regex YearPrefix();

    [GeneratedRegex(@"^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s*")]
    private static partial Regex Ordinal();
}
