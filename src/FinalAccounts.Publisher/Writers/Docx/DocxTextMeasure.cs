using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>Lines of text in a Word box, by the shared estimate (<see cref="TextEstimate"/>).</summary>
internal static class DocxTextMeasure
{
    /// <summary>Lines the text takes in a box <paramref name="widthTwips"/> wide (each "\n" starts a new line).</summary>
    public static int Lines(string text, double sizePt, int widthTwips, double firstLineIndentEms = 0)
    {
        var perLine = Math.Max(1.0, widthTwips / 20.0 / sizePt);
        var lines = 0;
        foreach (var line in text.Split('\n'))
            lines += Math.Max(1, (int)Math.Ceiling((TextEstimate.Ems(line) + firstLineIndentEms) / perLine - 1e-9));
        return lines;
    }
}
