using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// The blocks of a PDF as its pages are read, top to bottom: prose lines gathered into paragraphs (a paragraph that
/// runs on past the foot of a page carries on at the head of the next), runs of unruled lines of several cells as
/// tables by column positions, ruled tables as given, and a table continued on the next page joined to its start.
/// </summary>
internal sealed class PdfBlocks(string file)
{
    /// <summary>What ends a paragraph; a full last line of a page without one carries its paragraph over.</summary>
    private const string ParagraphEnds = "。！？：";

    private readonly List<Block> blocks = [];
    private readonly StringBuilder pending = new();
    private readonly List<PdfLine> rows = [];
    private int paragraphs, tables, page, pendingPage;
    private double pendingLeft;
    private PdfLine? previous;
    private IReadOnlyList<PdfLine> lines = [];

    /// <summary>Starts page <paramref name="number"/>, whose lines outside ruled tables are <paramref name="pageLines"/>.</summary>
    public void StartPage(int number, IReadOnlyList<PdfLine> pageLines) => (page, lines) = (number, pageLines);

    /// <summary>Line <paramref name="i"/> of the page's lines outside ruled tables.</summary>
    public void AddLine(int i)
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
            FlushRows();
            if (previous is null || line.StartsParagraphAfter(previous, lines, pendingLeft)) FlushParagraph();
            if (pending.Length == 0) (pendingPage, pendingLeft) = (page, line.Left);
            pending.Append(line.Cells[0].Text);
        }

        previous = line;
    }

    /// <summary>A ruled table's rows (<see cref="PdfGrid.Rows"/>).</summary>
    public void AddGrid(List<List<TableCell>> grid)
    {
        FlushParagraph();
        FlushRows();
        AddTable(grid);
        previous = null;
    }

    /// <summary>Ends a page: its last paragraph stays open when its last line is full and does not end a sentence.</summary>
    public void EndPage()
    {
        FlushRows();
        var right = lines.Count == 0 ? 0 : lines.Max(l => l.Cells[^1].Right);
        var runsOn = previous is { } last && pending.Length > 0 && last.Cells[^1].Right >= right - last.Size * 1.5 &&
                     !ParagraphEnds.Contains(pending[^1]);
        if (!runsOn) FlushParagraph();
    }

    public List<Block> Finish()
    {
        FlushParagraph();
        FlushRows();
        return blocks;
    }

    private void FlushParagraph()
    {
        if (pending.Length == 0) return;
        blocks.Add(new Paragraph([new Inline(pending.ToString())], ParagraphKind.Body, SourceLocation.InDocument(file, pendingPage, ++paragraphs)));
        pending.Clear();
    }

    private void AddTable(List<List<TableCell>> grid)
    {
        if (blocks.Count > 0 && blocks[^1] is Table last && PdfColumns.Continues(last, grid) is { } joined) blocks[^1] = joined;
        else blocks.Add(PdfColumns.Table(file, page, ++tables, grid));
    }

    // A run of unruled lines of several cells is a table by column positions; a single such line (部门 … 单位) is a line
    // of text whose parts are set apart, as a tab sets them apart in Word.
    private void FlushRows()
    {
        if (rows.Count == 1)
        {
            FlushParagraph();
            pendingPage = page;
            pending.Append(string.Join('\t', rows[0].Cells.Select(c => c.Text)));
            FlushParagraph();
        }
        else if (rows.Count > 1) AddTable(PdfColumns.Grid(rows));

        rows.Clear();
    }
}
