using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// A table on pages: preamble, header rows and the first band stay together; the header rows repeat on every page; a
/// page breaks only between bands; the notes stay with the last band; a single row taller than a page is split by lines.
/// The paging state (next band, lines of a split row already drawn) is immutable: <see cref="Draw"/> returns a new element.
/// </summary>
internal sealed partial class TableElement : FlowElement
{
    private readonly TableLayout layout;
    private readonly int band;
    private readonly int lineOffset;

    private TableElement(TableLayout layout, int band, int lineOffset)
    {
        this.layout = layout;
        this.band = band;
        this.lineOffset = lineOffset;
        Landscape = layout.Landscape;
        SpaceBefore = band == 0 && lineOffset == 0 ? 6 : 0;
    }

    public static TableElement Create(LayoutContext context, Table table, bool showTitle = true) =>
        new(TableLayout.Create(context, table, showTitle), 0, 0);

    public TableLayout Layout => layout;

    private const int FirstRows = 3;

    private bool Started => band > 0 || lineOffset > 0;

    private bool NotesOnly => band >= layout.Bands.Count && layout.Bands.Count > 0;

    private double Head => NotesOnly ? 0 : (Started ? 0 : Sum(layout.Preamble)) + layout.HeaderHeight;

    private double NotesHeight => Sum(layout.Notes);

    public override double MinFirstHeight =>
        Head + (layout.Bands.Count == 0 || NotesOnly ? NotesHeight : Math.Min(FirstBandsHeight(), PageCapacity()));

    private double FirstBandsHeight()
    {
        var n = Started ? 1 : Math.Min(FirstRows, layout.Bands.Count - band);
        double h = 0;
        for (var k = band; k < band + n; k++) h += BandHeight(k);
        return h + (band + n >= layout.Bands.Count ? NotesHeight : 0);
    }

    public override SpacePlan Plan(double available)
    {
        var fit = Fit(available, false);
        return fit.Kind switch
        {
            SpacePlanKind.Full => SpacePlan.Full(fit.Height),
            SpacePlanKind.Partial => SpacePlan.Partial(fit.Height),
            _ => SpacePlan.Wrap(fit.Reason!),
        };
    }

    /// <summary>How many bands fit (and lines of a split row), and the height that takes.</summary>
    private Fitting Fit(double available, bool force)
    {
        var h = Head;
        if (NotesOnly || layout.Bands.Count == 0)
        {
            return h + NotesHeight <= available + 0.01 || force ? new Fitting(SpacePlanKind.Full, h + NotesHeight, band, 0, null)
                : new Fitting(SpacePlanKind.Wrap, 0, band, 0, $"table notes need {h + NotesHeight:0.#}pt, {available:0.#}pt left");
        }

        var k = band;
        while (k < layout.Bands.Count && h + BandHeight(k) <= available + 0.01)
        {
            h += BandHeight(k);
            k++;
        }

        if (k == layout.Bands.Count)
        {
            if (h + NotesHeight <= available + 0.01) return new Fitting(SpacePlanKind.Full, h + NotesHeight, k, 0, null);
            // The notes go with the last band: leave it for the next page, unless it is the only one here.
            if (k - 1 > band) return new Fitting(SpacePlanKind.Partial, h - BandHeight(k - 1), k - 1, 0, null);
            if (force) return new Fitting(SpacePlanKind.Partial, h, k, 0, null);
            return new Fitting(SpacePlanKind.Wrap, 0, band, 0, $"the last rows and the notes need {h + NotesHeight:0.#}pt, {available:0.#}pt left");
        }

        // A table does not start with a lonely row at a page bottom: the first page takes a few rows or waits.
        var least = Started ? 1 : Math.Min(FirstRows, layout.Bands.Count);
        if (k - band >= least || (k > band && force)) return new Fitting(SpacePlanKind.Partial, h, k, 0, null);
        if (k > band) return new Fitting(SpacePlanKind.Wrap, 0, band, 0, $"table '{layout.Table.Title}' would start with {k - band} row(s) at the page bottom");
        var lines = SplitLines(available - h);
        if (lines > 0 && (force || BandHeight(band) > PageCapacity()))
            return new Fitting(SpacePlanKind.Partial, h + SplitHeight(lines), band, lines, null);
        if (force) return new Fitting(SpacePlanKind.Partial, h + BandHeight(band), band + 1, 0, null);
        return new Fitting(SpacePlanKind.Wrap, 0, band, 0, $"table '{layout.Table.Title}': the header and first rows need {h + BandHeight(band):0.#}pt, {available:0.#}pt left");
    }

    private double PageCapacity() => layout.PageTextHeight - layout.HeaderHeight;

    private static double Sum(List<BlockLine> lines) => lines.Sum(l => l.Height);

    private readonly record struct Fitting(SpacePlanKind Kind, double Height, int EndBand, int SplitLines, string? Reason);
}
