using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// Where a table goes and how wide its columns are, by the shared <see cref="ColumnPlan"/> from estimated text widths:
/// every table fills the text width, no column is narrower than its longest number (numbers never wrap), and a table
/// marked wide, or whose least widths do not fit portrait, goes landscape.
/// </summary>
internal sealed record DocxTableLayout(bool Landscape, IReadOnlyList<int> Widths, bool Overflows, TableGrid Grid)
{
    /// <summary>The rows' heights in twips as the pagination laid them out, or null when they are only estimated.</summary>
    public IReadOnlyList<int>? MeasuredRows { get; init; }

    /// <summary>The pagination's measures (the PDF's column widths and row heights) on <paramref name="page"/>.</summary>
    public static DocxTableLayout FromMeasure(TableMeasure measure, TableGrid grid, DocxPageGeometry page)
    {
        var twips = measure.ColumnWidthsPt.Select(w => w * 20).ToList();
        var widths = Round(twips, (int)Math.Round(twips.Sum(), MidpointRounding.AwayFromZero));
        // Whole twips, rounded down: a piece of rows never takes more room than on the PDF's page.
        var rows = measure.RowHeightsPt.Select(h => (int)Math.Floor(h * 20)).ToList();
        return new DocxTableLayout(page.Landscape, widths, false, grid) { MeasuredRows = rows };
    }

    /// <summary>Short labels up to this many characters never wrap.</summary>
    private const double UnbreakableEms = 4;

    /// <summary>Content wider than this many characters is expected to wrap.</summary>
    private const double MaxNaturalEms = 24;

    /// <summary>Room added to every measured width for rounding and for fonts wider than the estimate.</summary>
    private const double SlackEms = 0.5;

    public int TotalWidth => Widths.Sum();

    public static DocxTableLayout Compute(Table table, TableGrid grid, DocumentStyle style, DocxPageGeometry portrait, DocxPageGeometry landscape)
    {
        var n = table.Columns.Count;
        var size = style.Font(StyleRole.TableText).SizePt;
        var padding = 2 * DocxStyles.CellPaddingTwips;
        var min = new double[n];
        var natural = new double[n];
        foreach (var placed in grid.Cells.Where(p => p.Cell.ColSpan == 1))
        {
            var c = placed.Column;
            var text = placed.Cell.Text;
            var ems = TextEstimate.LongestLineEms(text);
            var inHeader = placed.Row < table.Header.Count;
            var isNumber = TextEstimate.IsNumber(text) || (table.Columns[c].Numeric && !inHeader);
            // Header labels may take two lines; body text up to the cap.
            var wanted = inHeader && !isNumber ? Math.Ceiling(ems / 2) : Math.Min(ems, MaxNaturalEms);
            min[c] = Math.Max(min[c], Twips((isNumber ? ems : Math.Min(ems, UnbreakableEms)) + SlackEms, size) + padding);
            natural[c] = Math.Max(natural[c], Twips(wanted + SlackEms, size) + padding);
        }

        for (var c = 0; c < n; c++) natural[c] = Math.Max(natural[c], min[c]);
        var weights = table.Columns.Select(c => c.Weight).ToArray();
        var placement = ColumnPlan.Place(table.Wide, min, natural, weights, portrait.TextWidth, landscape.TextWidth);
        var page = placement.Landscape ? landscape : portrait;
        return new DocxTableLayout(page.Landscape, Round(placement.Widths, page.TextWidth), placement.Squeezed, grid);
    }

    /// <summary>True when the whole table fits on one page and is therefore kept on one.</summary>
    public bool KeepsTogether(DocumentStyle style, DocxPageGeometry page) =>
        RowHeights(style).Sum() <= page.TextHeight * PageRules.Default.KeepTableTogetherShare;

    /// <summary>Each row's estimated lines: those of its tallest single-row cell.</summary>
    public int[] RowLines(DocumentStyle style)
    {
        var size = style.Font(StyleRole.TableText).SizePt;
        var lines = Enumerable.Repeat(1, Grid.RowCount).ToArray();
        foreach (var placed in Grid.Cells.Where(p => p.Cell.RowSpan == 1))
        {
            var width = Widths.Skip(placed.Column).Take(placed.Cell.ColSpan).Sum() - 2 * DocxStyles.CellPaddingTwips;
            lines[placed.Row] = Math.Max(lines[placed.Row], DocxTextMeasure.Lines(placed.Cell.Text, size, width));
        }

        return lines;
    }

    /// <summary>Each row's estimated height in twips: its tallest single-row cell's lines, at least the minimum row height.</summary>
    public int[] RowHeights(DocumentStyle style)
    {
        var size = style.Font(StyleRole.TableText).SizePt;
        var lines = RowLines(style);
        var minRow = DocxUnits.TwipsFromPt(size * DocxStyles.RowHeightEms);
        var pitch = size * style.TableLinePitchFactor;
        return lines.Select(l => Math.Max(minRow, DocxUnits.TwipsFromPt(l * pitch) + 2 * DocxStyles.CellPaddingVerticalTwips)).ToArray();
    }

    private static double Twips(double ems, double sizePt) => ems * sizePt * 20;

    /// <summary>Whole twips that add up exactly to <paramref name="total"/>.</summary>
    private static int[] Round(IReadOnlyList<double> width, int total)
    {
        var result = new int[width.Count];
        var acc = 0.0;
        var prev = 0;
        for (var c = 0; c < width.Count; c++)
        {
            acc += width[c];
            var edge = c == width.Count - 1 ? total : (int)Math.Round(acc, MidpointRounding.AwayFromZero);
            result[c] = edge - prev;
            prev = edge;
        }

        return result;
    }
}
