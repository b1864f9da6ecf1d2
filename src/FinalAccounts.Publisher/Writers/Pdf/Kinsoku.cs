namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Chinese line-breaking rules (避头尾, the zh-CN lists Word uses) and the places a line may break: between CJK characters,
/// after a space, never inside a number such as 26,864.63, 24.4% or 2024年, never inside —— or …….
/// </summary>
internal static class Kinsoku
{
    /// <summary>Characters that must not start a line.</summary>
    public const string NoStart = "!%),.:;?]}¢°·'\"†‡›℃∶、。〃〆〕〗〞﹚﹜！＂％＇），．：；？！］｝～…”’」』】〉》‰";

    /// <summary>Characters that must not end a line.</summary>
    public const string NoEnd = "$(£¥·'\"〈《「『【〔〖〝﹙﹛＄（．［｛￡￥“‘";

    // A digit run keeps the unit after it: 2024年, 45家, 13台套 (the first character).
    private const string NumberUnits = "年月日时分秒万亿元家个项台套人次号期届倍亩件辆名所批";

    public static bool IsNoStart(int c) => c < 0x10000 && NoStart.Contains((char)c);

    public static bool IsNoEnd(int c) => c < 0x10000 && NoEnd.Contains((char)c);

    /// <summary>Whether a line may break between <paramref name="b"/> and <paramref name="c"/> (<paramref name="a"/> precedes <paramref name="b"/>, -1 if none).</summary>
    public static bool CanBreakBetween(int a, int b, int c)
    {
        if (b == ' ') return c != ' ';
        if (c == ' ' || c == '\n' || b == '\n') return false;
        if (IsNoStart(c) || IsNoEnd(b)) return false;
        if ((b == '—' && c == '—') || (b == '…' && c == '…') || (b == '·' && c == '·')) return false;
        if (IsWordChar(b) && IsWordChar(c)) return false;
        if (IsDigit(b) && NumberUnits.Contains((char)c)) return false;
        // 第1批, 第3号: an ordinal's 第 stays with its number.
        if (b == '第' && IsDigit(c)) return false;
        // 26,864.63 and 24.4: a separator between digits belongs to the number.
        if ((b is ',' or '.' or '，' or ':' or '/') && IsDigit(a) && IsDigit(c)) return false;
        // -5 and +3: a sign sticks to its number.
        if ((b is '-' or '+' or '−' or '±' or '≥' or '≤' or '>' or '<' or '＞' or '＜' or '~' or '～') && IsDigit(c)) return false;
        // Latin and digits next to each other (A1, 5G) form one word; CJK and anything else may break.
        return true;
    }

    /// <summary>Whether the string <paramref name="line"/> breaks a rule at its start or end.</summary>
    public static string? Violation(string line, bool isFirstLine, bool isLastLine)
    {
        var trimmed = line.TrimEnd(' ');
        if (trimmed.Length == 0) return null;
        if (!isFirstLine && IsNoStart(char.ConvertToUtf32(trimmed, 0))) return $"line starts with '{trimmed[0]}'";
        if (!isLastLine && IsNoEnd(trimmed[^1])) return $"line ends with '{trimmed[^1]}'";
        return null;
    }

    public static bool IsDigit(int c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static bool IsWordChar(int c) =>
        IsDigit(c) || c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= 0xC0 and <= 0x24F or '_' or '@' or '#' or '&';
}
