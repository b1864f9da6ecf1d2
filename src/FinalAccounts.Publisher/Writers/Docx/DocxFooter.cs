using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>The footer: the page number as a PAGE field inside the house pattern ("— 1 —").</summary>
internal static class DocxFooter
{
    public static Footer PageNumber(string pattern)
    {
        var at = pattern.IndexOf("{0}", StringComparison.Ordinal);
        var before = at < 0 ? "" : pattern[..at];
        var after = at < 0 ? "" : pattern[(at + 3)..];
        var p = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyleIds.Footer } });
        if (before.Length > 0) p.Append(TextRun(before));
        foreach (var run in DocxFields.Simple("PAGE", "1")) p.Append(run);
        if (after.Length > 0) p.Append(TextRun(after));
        return new Footer(p);
    }

    private static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
