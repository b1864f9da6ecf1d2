using System.Text;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// The characters nearly every disclosure is written in: everything outside the ideograph and Hangul blocks (letters,
/// digits, punctuation, symbols, kana), and of the ideographs the 6,763 hanzi of GB 2312. A face cut down to these
/// (<see cref="CommonFace"/>) serves a document that uses no other; one rare character anywhere sends the document back
/// to the whole face.
/// </summary>
internal static class CommonCharacters
{
    private static readonly Lazy<BmpCharacterSet> Hanzi = new(() => new BmpCharacterSet(Gb2312Hanzi()));

    /// <summary>Whether <paramref name="codePoint"/> is one of the common characters.</summary>
    public static bool Contains(int codePoint) => !IsRare(codePoint) || Hanzi.Value.Contains(codePoint);

    /// <summary>Whether every character of <paramref name="text"/> is common.</summary>
    public static bool ContainsAll(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Contains(rune.Value)) return false;
        }

        return true;
    }

    // CJK Extension A, the Unified Ideographs, Hangul syllables, compatibility ideographs, and the supplementary planes.
    private static bool IsRare(int c) =>
        c is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xAC00 and <= 0xD7AF or >= 0xF900 and <= 0xFAFF
            or >= 0x10000;

    private static List<int> Gb2312Hanzi()
    {
        var hanzi = new List<int>();
        var gb2312 = CodePagesEncodingProvider.Instance.GetEncoding(20936)
            ?? throw new InvalidOperationException("The GB 2312 code page is not available.");
        Span<byte> code = stackalloc byte[2];
        Span<char> decoded = stackalloc char[2];
        for (var lead = 0xB0; lead <= 0xF7; lead++)
        {
            for (var trail = 0xA1; trail <= 0xFE; trail++)
            {
                code[0] = (byte)lead;
                code[1] = (byte)trail;
                if (gb2312.GetChars(code, decoded) == 1 && IsRare(decoded[0])) hanzi.Add(decoded[0]);
            }
        }

        return hanzi;
    }
}
