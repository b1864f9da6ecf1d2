using System.Text;

namespace FinalAccounts.Cli;

/// <summary>
/// What a code-page encoding (GBK, Big5) writes for a character it lacks: an ASCII stand-in for the few symbols
/// finacc's messages use (the minus sign of "本年数 − 增减额" becomes "-"), else "?" as the encoding itself would.
/// Stand-ins are ASCII, which every code page holds, so the fallback never needs a fallback.
/// </summary>
internal sealed class PlainSymbolFallback : EncoderFallback
{
    private static readonly Dictionary<char, string> StandIns = new()
    {
        ['\u2212'] = "-", ['\u2013'] = "-", ['\u2009'] = " ", ['\u00A0'] = " ", ['\u2713'] = "v", ['\u2022'] = "*",
    };

    public static PlainSymbolFallback Instance { get; } = new();

    public override int MaxCharCount => 1;

    public override EncoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

    private sealed class Buffer : EncoderFallbackBuffer
    {
        private string text = "";
        private int next;

        public override int Remaining => text.Length - next;

        public override bool Fallback(char charUnknown, int index) => Use(StandIns.GetValueOrDefault(charUnknown, "?"));

        public override bool Fallback(char charUnknownHigh, char charUnknownLow, int index) => Use("?");

        public override char GetNextChar() => next < text.Length ? text[next++] : '\0';

        public override bool MovePrevious()
        {
            if (next == 0) return false;
            next--;
            return true;
        }

        public override void Reset() => (text, next) = ("", 0);

        private bool Use(string standIn)
        {
            (text, next) = (standIn, 0);
            return true;
        }
    }
}
