using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// Where a table goes and how wide its columns are. Every table fills the text width. Weights share the width out;
/// then a column whose content is wider than its share borrows from columns with room to spare, and no column is
/// narrower than its longest number (numbers never wrap). A table marked wide, or whose narrowest columns do not fit
/// portrait, goes landscape.
/// </summary>
internal sealed record DocxTableLayout(bool Landscape, IReadOnlyList<int> Widths, bool Overflows, TableGrid Grid)
{
    /// <summary>Short labels up to this many characters never wrap.</summary>
    private const double UnbreakableEms = 4;

    /// <summary>Content wider than this many characters is expected to wrap.</summary>
    private const double MaxNaturalEms = 24;

    /// <summary>Tables no taller than this share of the text height are kept on one page.</summary>
    private const double KeepTogetherShare = 0.85;

    /// <summary>Room added to every measured width for rounding and for fonts wider than the estimate.</summary>
    private const double SlackEms = 0.5;

    public int TotalWidth => Widths.Sum();

    /// <summary>A table prints its title above the meta lines unless the heading right above it already says the same.</summary>
    public static bool PrintsTitle(Table table, Block? previous) =>
        table.Title.Length > 0 && !(previous is Heading h && h.Text == table.Title);

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
            var ems = text.Split('\n').Max(l => DocxTextMeasure.Ems(l));
            var inHeader = placed.Row < table.Header.Count;
            var isNumber = DocxTextMeasure.IsNumber(text) || (table.Columns[c].Numeric && !inHeader);
            // Header labels may take two lines; body text up to the cap.
            var wanted = inHeader && !isNumber ? Math.Ceiling(ems / 2) : Math.Min(ems, MaxNaturalEms);
            min[c] = Math.Max(min[c], Twips((isNumber ? ems : Math.Min(ems, UnbreakableEms)) + SlackEms, size) + padding);
            natural[c] = Math.Max(natural[c], Twips(wanted + SlackEms, size) + padding);
        }

        for (var c = 0; c < n; c++) natural[c] = Math.Max(natural[c], min[c]);
        var landscapeNeeded = table.Wide || min.Sum() > portrait.TextWidth;
        var page = landscapeNeeded ? landscape : portrait;
        var (widths, overflows) = Distribute(Weights(table.Columns, natural), min, natural, page.TextWidth);
        return new DocxTableLayout(page.Landscape, widths, overflows, grid);
    }

    /// <summary>True when the whole table fits on one page and is therefore kept on one.</summary>
    public bool KeepsTogether(DocumentStyle style, DocxPageGeometry page) => RowHeights(style).Sum() <= page.TextHeight * KeepTogetherShare;

    /// <summary>Each row's estimated height in twips: its tallest single-row cell's lines, at least the minimum row height.</summary>
    public int[] RowHeights(DocumentStyle style)
    {
        var size = style.Font(StyleRole.TableText).SizePt;
        var lines = Enumerable.Repeat(1, Grid.RowCount).ToArray();
        foreach (var placed in Grid.Cells.Where(p => p.Cell.RowSpan == 1))
        {
            var width = Widths.Skip(placed.Column).Take(placed.Cell.ColSpan).Sum() - 2 * DocxStyles.CellPaddingTwips;
            lines[placed.Row] = Math.Max(lines[placed.Row], DocxTextMeasure.Lines(placed.Cell.Text, size, width));
        }

        var minRow = DocxUnits.TwipsFromPt(size * DocxStyles.RowHeightEms);
        var pitch = size * style.TableLinePitchFactor;
        return lines.Select(l => Math.Max(minRow, DocxUnits.TwipsFromPt(l * pitch) + 2 * DocxStyles.CellPaddingVerticalTwips)).ToArray();
    }

    private static double Twips(double ems, double sizePt) => ems * sizePt * 20;

    /// <summary>Column weights; a column without one weighs its natural width in the weighted columns' units.</summary>
    private static double[] Weights(IReadOnlyList<TableColumn> columns, double[] natural)
    {
        var weighted = Enumerable.Range(0, columns.Count).Where(c => columns[c].Weight > 0).ToList();
        var unit = weighted.Count > 0 ? weighted.Sum(c => natural[c]) / weighted.Sum(c => columns[c].Weight) : 1;
        if (unit <= 0) unit = 1;
        return Enumerable.Range(0, columns.Count)
            .Select(c => columns[c].Weight > 0 ? columns[c].Weight : Math.Max(natural[c], 1) / unit)
            .ToArray();
    }

    private static (int[] Widths, bool Overflows) Distribute(double[] weights, double[] min, double[] natural, int total)
    {
        var n = weights.Length;
        if (min.Sum() > total)
            return (Round(min.Select(m => m * total / min.Sum()).ToArray(), total), true);

        // By weight, raising columns below their minimum and sharing what is left among the others.
        var width = new double[n];
        var fixedAt = new bool[n];
        for (var changed = true; changed;)
        {
            changed = false;
            var free = total - Enumerable.Range(0, n).Where(c => fixedAt[c]).Sum(c => min[c]);
            var freeWeight = Enumerable.Range(0, n).Where(c => !fixedAt[c]).Sum(c => weights[c]);
            for (var c = 0; c < n; c++)
            {
                width[c] = fixedAt[c] ? min[c] : free * weights[c] / freeWeight;
                if (!fixedAt[c] && width[c] < min[c]) fixedAt[c] = changed = true;
            }
        }

        // Columns whose content is wider than their share borrow from columns with room to spare.
        var deficit = Enumerable.Range(0, n).Select(c => Math.Max(0, natural[c] - width[c])).ToArray();
        var surplus = Enumerable.Range(0, n).Select(c => Math.Max(0, width[c] - natural[c])).ToArray();
        var move = Math.Min(deficit.Sum(), surplus.Sum());
        if (move > 0)
            for (var c = 0; c < n; c++)
                width[c] += move * deficit[c] / deficit.Sum() - move * surplus[c] / surplus.Sum();
        return (Round(width, total), false);
    }

    /// <summary>Whole twips that add up exactly to <paramref name="total"/>.</summary>
    private static int[] Round(double[] width, int total)
    {
        var result = new int[width.Length];
        var acc = 0.0;
        var prev = 0;
        for (var c = 0; c < width.Length; c++)
        {
            acc += width[c];
            var edge = c == width.Length - 1 ? total : (int)Math.Round(acc, MidpointRounding.AwayFromZero);
            result[c] = edge - prev;
            prev = edge;
        }

        return result;
    }
}
