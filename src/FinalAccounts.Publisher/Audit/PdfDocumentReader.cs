using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// Reads a PDF's text layer (PdfPig): letters grouped into lines by baseline, a line cut into cells where letters are
/// more than 0.6 em apart. Lines of one cell are prose: a new paragraph where a line is indented, the gap above it is
/// wide, or the type size changes. Runs of lines of several cells are tables, their columns reconstructed from the
/// positions of the cells of the fullest rows (a cell that covers several columns spans them); a table carried over a
/// page with its first rows repeated is joined. Page numbers alone on a line are left out. Paragraphs carry their
/// page (the PDF's page index, from 1) and a running number; tables their page and number.
/// </summary>
public static class PdfDocumentReader
{
    public static ReadDocument Read(string file, Stream stream)
    {
        using var pdf = PdfDocument.Open(stream);
        var blocks = new List<Block>();
        var (paragraphs, tables) = (0, 0);
        foreach (var page in pdf.GetPages())
        {
            var lines = PdfLines.Of(page);
            var pending = new StringBuilder();
            PdfLine? previous = null;
            var rows = new List<PdfLine>();

            void FlushParagraph()
            {
                if (pending.Length == 0) return;
                blocks.Add(new Paragraph([new Inline(pending.ToString())], ParagraphKind.Body, SourceLocation.InDocument(file, page.Number, ++paragraphs)));
                pending.Clear();
            }

            void FlushTable()
            {
                if (rows.Count == 0) return;
                var grid = PdfColumns.Grid(rows);
                if (blocks.Count > 0 && blocks[^1] is Table last && PdfColumns.Continues(last, grid) is { } joined) blocks[^1] = joined;
                else blocks.Add(PdfColumns.Table(file, page.Number, ++tables, grid));
                rows.Clear();
            }

            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var inTable = line.Cells.Count > 1 || (rows.Count > 0 && i + 1 < lines.Count && lines[i + 1].Cells.Count > 1 &&
                                                       line.Size <= rows[^1].Size + 0.5 && line.Top - lines[i + 1].Top < 3 * line.Size);
                if (inTable)
                {
                    FlushParagraph();
                    rows.Add(line);
                }
                else
                {
                    FlushTable();
                    if (previous is null || line.StartsParagraphAfter(previous, lines)) FlushParagraph();
                    pending.Append(line.Cells[0].Text);
                }

                previous = line;
            }

            FlushParagraph();
            FlushTable();
        }

        return new ReadDocument(file, blocks);
    }
}
