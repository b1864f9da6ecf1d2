using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>Runs of text: "\n" becomes a line break, "\t" a tab; characters XML cannot hold become U+FFFD.</summary>
internal static class DocxText
{
    public static Run ToRun(string text, bool bold = false, bool italic = false, string? charStyle = null)
    {
        var run = new Run();
        if (bold || italic || charStyle is not null)
        {
            run.RunProperties = new RunProperties
            {
                RunStyle = charStyle is null ? null : new RunStyle { Val = charStyle },
                Bold = bold ? new Bold() : null,
                BoldComplexScript = bold ? new BoldComplexScript() : null,
                Italic = italic ? new Italic() : null,
                ItalicComplexScript = italic ? new ItalicComplexScript() : null,
            };
        }

        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\t')) continue;
            if (i > start) run.Append(new Text(Clean(text[start..i])) { Space = SpaceProcessingModeValues.Preserve });
            if (i < text.Length) run.Append(text[i] == '\n' ? new Break() : new TabChar());
            start = i + 1;
        }

        return run;
    }

    /// <summary>Replaces control characters and lone surrogates, which XML 1.0 cannot hold, with U+FFFD.</summary>
    public static string Clean(string text)
    {
        StringBuilder? b = null;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var ok = ch >= ' ' ? !char.IsSurrogate(ch) || (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                || (char.IsLowSurrogate(ch) && i > 0 && char.IsHighSurrogate(text[i - 1])) : ch is '\t' or '\n' or '\r';
            if (ok && ch is not ('\uFFFE' or '\uFFFF'))
            {
                b?.Append(ch);
                continue;
            }

            b ??= new StringBuilder(text, 0, i, text.Length);
            b.Append('\uFFFD');
        }

        return b?.ToString() ?? text;
    }
}
