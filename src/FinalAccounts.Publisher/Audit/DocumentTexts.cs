using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Audit;

/// <summary>A piece of a document's text where it stands: a paragraph (or heading), or a table cell.</summary>
internal sealed record DocumentText(SourceLocation At, string Text, bool InTable);

/// <summary>
/// A document's text as the whole-document checks read it: every paragraph and heading, and every table cell with
/// words in it (a self-assessment form's running text and indicator names), each normalised like the prose
/// (<see cref="ProseText.Normalise"/>) and located at its paragraph or its table, row and column.
/// </summary>
internal static class DocumentTexts
{
    public static List<DocumentText> Of(ReadDocument document)
    {
        var texts = new List<DocumentText>();
        foreach (var block in document.Blocks)
        {
            if (ReadDocument.TextOf(block) is { } text) texts.Add(new DocumentText(block.Location, Plain(text), false));
            if (block is not Table table || table.Location.Part is not DocumentPart part) continue;
            var rows = table.Header.Concat(table.Body).ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                var column = 1;
                foreach (var cell in rows[r].Cells)
                {
                    if (cell.Text.Any(IsHan))
                        texts.Add(new DocumentText(SourceLocation.InDocument(document.File, part.Page, 0, part.Table, r + 1, column), Plain(cell.Text), true));
                    column += cell.ColSpan;
                }
            }
        }

        return texts;
    }

    /// <summary>Text without Markdown marks (**, list bullets, links) and spaces, its punctuation as the prose reads it.</summary>
    public static string Plain(string text) => ProseText.Normalise(MarkdownPlain.WithoutListMark(MarkdownPlain.Text(text)));

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>A place as a message names it beside the finding's own: without the file ("¶121", "t13:r5:c4").</summary>
    public static string Place(SourceLocation at) => at.ToString()[at.File.Length..].TrimStart(':');

    /// <summary>The quote of a text around a match, as findings give it.</summary>
    public static string Quote(DocumentText text, int index, int length) => ProseText.Quote(text.Text, index, length);

    /// <summary>A finding of a whole-document check at a place.</summary>
    public static AuditFinding Finding(DiagnosticCode code, SourceLocation at, string quote, string written, string expected,
        DiagnosticText zh, DiagnosticText en, string arithmetic = "")
    {
        var bag = new DiagnosticBag();
        bag.Report(code, at, zh, en);
        return new AuditFinding(bag.Items[0], quote, written, expected, arithmetic);
    }
}
