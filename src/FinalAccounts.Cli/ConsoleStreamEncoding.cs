using System.Text;

namespace FinalAccounts.Cli;

/// <summary>
/// How finacc writes one standard stream: through the Windows console's own Unicode call (<see cref="ThroughConsole"/>,
/// UTF-16 handed to WriteConsoleW, whatever the window's code page), or as bytes in <see cref="Encoding"/> for the
/// file, pipe or terminal that reads them.
/// </summary>
internal sealed record ConsoleStreamEncoding(Encoding Encoding, bool ThroughConsole)
{
    /// <summary>A Windows console window: every character shows, and its code page is left as it was.</summary>
    public static ConsoleStreamEncoding Console { get; } = new(new UnicodeEncoding(false, false), true);

    /// <summary>UTF-8 without a byte-order mark.</summary>
    public static ConsoleStreamEncoding Utf8 { get; } = new(new UTF8Encoding(false), false);

    /// <summary>
    /// Bytes in the encoding of a Windows code page (65001 is UTF-8 without a byte-order mark); a symbol the code page
    /// lacks is written as its ASCII stand-in (<see cref="PlainSymbolFallback"/>).
    /// </summary>
    public static ConsoleStreamEncoding CodePage(int codePage)
    {
        if (codePage == Utf8.Encoding.CodePage) return Utf8;
        var encoding = (Encoding)CodePagesEncodingProvider.Instance.GetEncoding(codePage)!.Clone();
        encoding.EncoderFallback = PlainSymbolFallback.Instance;
        return new(encoding, false);
    }
}
