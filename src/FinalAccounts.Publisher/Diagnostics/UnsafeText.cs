namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>
/// The characters no published text may hold, because they are invisible or change how the text around them is shown:
/// control characters (other than tab and line ends), bidi controls such as U+202E, line and paragraph separators,
/// zero-width characters, noncharacters and unpaired surrogates. Input refuses them; diagnostics print them escaped.
/// </summary>
public static class UnsafeText
{
    /// <summary>The index of the first unsafe character at or after <paramref name="start"/>, or -1.</summary>
    public static int IndexOfUnsafe(string s, int start = 0)
    {
        for (var i = start; i < s.Length; i++)
        {
            if (char.IsSurrogatePair(s, i))
            {
                if (IsNoncharacter(char.ConvertToUtf32(s[i], s[i + 1]))) return i;
                i++;
                continue;
            }

            if (What(s[i]) is not null) return i;
        }

        return -1;
    }

    /// <summary>What is wrong with the character at <paramref name="i"/> (null when nothing); tab, CR and LF are allowed.</summary>
    public static LocalizedText? Describe(string s, int i)
    {
        if (char.IsSurrogatePair(s, i))
            return IsNoncharacter(char.ConvertToUtf32(s[i], s[i + 1])) ? Noncharacter : null;
        return What(s[i]);
    }

    /// <summary>The code point at <paramref name="i"/> as <c>U+202E</c>.</summary>
    public static string CodePoint(string s, int i) =>
        $"U+{(char.IsSurrogatePair(s, i) ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i]):X4}";

    private static readonly LocalizedText Control = new("控制字符", "a control character");
    private static readonly LocalizedText Bidi = new("双向文字控制符（会让文字显示的顺序与实际内容不同）",
        "a bidi control (it makes text show in another order than it reads)");
    private static readonly LocalizedText Separator = new("行或段落分隔符", "a line or paragraph separator");
    private static readonly LocalizedText ZeroWidth = new("看不见的零宽字符", "an invisible zero-width character");
    private static readonly LocalizedText Noncharacter = new("非字符码位", "a noncharacter");
    private static readonly LocalizedText Surrogate = new("不成对的代理项（损坏的字符）", "an unpaired surrogate (a broken character)");

    private static LocalizedText? What(char c) => c switch
    {
        '\t' or '\n' or '\r' => null,
        _ when char.IsControl(c) => Control,
        '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => Bidi,
        '\u2028' or '\u2029' => Separator,
        (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF' => ZeroWidth,
        _ when char.IsSurrogate(c) => Surrogate,
        _ when IsNoncharacter(c) => Noncharacter,
        _ => null,
    };

    private static bool IsNoncharacter(int cp) => cp is >= 0xFDD0 and <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
}
