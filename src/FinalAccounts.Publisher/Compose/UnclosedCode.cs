namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Finds a <c>{{</c> without its <c>}}</c>. Scriban then reads the template's Chinese text as code and fails later, at
/// a comma; this says where the <c>}}</c> is missing instead: after the last code before the first Chinese character
/// that follows the <c>{{</c> (code never holds one outside quotes), else before the next <c>{{</c> or the end.
/// </summary>
internal static class UnclosedCode
{
    /// <summary>Offsets of the first unclosed <c>{{</c> and of where its <c>}}</c> belongs; null when every one is closed.</summary>
    public static (int Open, int Missing)? Find(string text)
    {
        var i = 0;
        while ((i = text.IndexOf("{{", i, StringComparison.Ordinal)) >= 0)
        {
            var open = i;
            var (close, firstChinese) = Scan(text, i + 2);
            if (close < 0) return (open, BackOverSpace(text, open + 2, firstChinese >= 0 ? firstChinese : NextOpenOrEnd(text, open + 2)));
            i = close + 2;
        }

        return null;
    }

    /// <summary>From inside a code block: where its <c>}}</c> is (-1 when a <c>{{</c> or the end comes first), and the first Chinese character.</summary>
    private static (int Close, int FirstChinese) Scan(string text, int i)
    {
        var firstChinese = -1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '}' && At(text, i, "}}")) return (i, firstChinese);
            if (c == '{' && At(text, i, "{{")) return (-1, firstChinese);
            if (c is '"' or '\'' or '`')
            {
                i = StringEnd(text, i);
                continue;
            }

            if (c == '#')
            {
                // A comment runs to the end of the line or to the }} that ends the block.
                while (i < text.Length && text[i] != '\n' && !At(text, i, "}}")) i++;
                continue;
            }

            if (firstChinese < 0 && IsChinese(c)) firstChinese = i;
            i++;
        }

        return (-1, firstChinese);
    }

    private static int StringEnd(string text, int i)
    {
        var quote = text[i++];
        while (i < text.Length && text[i] != quote && text[i] != '\n')
            i += text[i] == '\\' && quote != '`' ? 2 : 1;
        return Math.Min(i + 1, text.Length);
    }

    /// <summary>Right after the last code character before <paramref name="end"/>: where the }} belongs.</summary>
    private static int BackOverSpace(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private static int NextOpenOrEnd(string text, int from)
    {
        var next = text.IndexOf("{{", from, StringComparison.Ordinal);
        return next >= 0 ? next : text.Length;
    }

    private static bool At(string text, int i, string s) => string.CompareOrdinal(text, i, s, 0, s.Length) == 0;

    /// <summary>CJK ideographs and the full-width punctuation of Chinese text.</summary>
    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef'
        or '“' or '”' or '‘' or '’' or '…' or '—';
}
