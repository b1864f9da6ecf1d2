using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// Scans a YAML file's values as the reader takes them, not its raw text: a character written as an escape in a quoted
/// text ("\u0661") is found, and one in a comment (a whole line or after a value) is not, since comments are not
/// published. A character is placed where it is written in the value's source (line and column), or at the value's
/// start when it is written as an escape.
/// </summary>
internal static class YamlGlyphScan
{
    public static void Scan(string text, string display, GlyphFinds finds)
    {
        var lineStarts = LineStarts(text);
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is Scalar scalar) Scan(scalar, text, display, lineStarts, finds);
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // The loader has reported the file's syntax; a build does not get here with it.
        }
    }

    private static void Scan(Scalar scalar, string text, string display, List<int> lineStarts, GlyphFinds finds)
    {
        var (start, end) = ((int)scalar.Start.Index, (int)Math.Min(scalar.End.Index, text.Length));
        var from = start;
        foreach (var rune in scalar.Value.EnumerateRunes())
        {
            if (finds.Lacks(rune) is not { } fonts) continue;
            var at = end > from ? text.IndexOf(rune.ToString(), from, end - from, StringComparison.Ordinal) : -1;
            if (at < 0)
            {
                finds.Add(rune, fonts, new SourceLocation(display, (int)scalar.Start.Line, (int)scalar.Start.Column));
                continue;
            }

            var found = lineStarts.BinarySearch(at);
            var line = found >= 0 ? found : ~found - 1;
            finds.Add(rune, fonts, new SourceLocation(display, line + 1, at - lineStarts[line] + 1));
            from = at + rune.Utf16SequenceLength;
        }
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        return starts;
    }
}
