using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// Reads a PDF's text layer (PdfPig). A table drawn with rules around its cells is rebuilt from them (<see cref="PdfGrid"/>:
/// merged cells as spans, text wrapped in a cell joined). The other letters are grouped into lines by baseline, a line
/// cut into cells where letters are more than 0.6 em apart. Lines of one cell are prose: a new paragraph where a line is
/// indented, the gap above it is wide, or the type size changes. Runs of unruled lines of several cells are tables by
/// column positions (<see cref="PdfColumns"/>). A table carried over a page with its first rows repeated is joined.
/// Page numbers alone on a line are left out. Paragraphs carry their page (the PDF's page index, from 1) and a running
/// number; tables their page and number.
/// </summary>
public static class PdfDocumentReader
{
    public static ReadDocument Read(string file, Stream stream)
    {
        using var pdf = PdfDocument.Open(stream);
        var blocks = new PdfBlocks(file);
        foreach (var page in pdf.GetPages())
        {
            var grids = PdfGrid.Of(PdfRules.Of(page));
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var inGrid = letters.ToLookup(l => grids.FindIndex(g => g.Contains(PdfGrid.Centre(l).X, PdfGrid.Centre(l).Y)));
            var lines = PdfLines.Of(inGrid[-1]);
            blocks.StartPage(page.Number, lines);
            var nextGrid = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                for (; nextGrid < grids.Count && grids[nextGrid].Top > lines[i].Top; nextGrid++)
                    blocks.AddGrid(grids[nextGrid].Rows(inGrid[nextGrid]));
                blocks.AddLine(i);
            }

            for (; nextGrid < grids.Count; nextGrid++) blocks.AddGrid(grids[nextGrid].Rows(inGrid[nextGrid]));
            blocks.EndPage();
        }

        return new ReadDocument(file, blocks.Finish());
    }
}
