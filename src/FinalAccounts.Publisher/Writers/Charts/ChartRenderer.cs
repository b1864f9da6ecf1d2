using System.Collections.Concurrent;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Fonts;
using ScottPlot;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>
/// Draws figures with ScottPlot: grouped bars, simple (horizontal) bars and pies, in the house style's table fonts taken
/// from the same font files the PDF embeds, 16:10: PNG at 300 dpi at the text width of a page for docx and PDF, SVG with
/// real text for HTML at the screen size (<see cref="ChartGeometry"/>). Each (figure, format) is drawn once per
/// renderer: create one per build and share it between the writers. Thread-safe. Problems (no Chinese font, a character
/// in no font) go to the diagnostics given.
/// </summary>
public sealed class ChartRenderer : IFigureRenderer
{
    /// <summary>The resolution of PNG output.</summary>
    public const double Dpi = 300;

    private readonly FontCatalog catalog;
    private readonly DocumentStyle style;
    private readonly DiagnosticBag? diagnostics;
    private readonly ChartGeometry geometry;
    private readonly ChartGeometry screen = ChartGeometry.ForScreen();
    private readonly ConcurrentDictionary<(Figure, FigureFormat), Lazy<RenderedFigure>> cache = new();
    private readonly Lock reportLock = new();
    private readonly HashSet<(string, Figure)> reported = [];
    private readonly Lazy<bool> hasCjk;
    private readonly bool reducedCmaps;
    private bool reportedNoFont;

    /// <summary>A renderer that finds its fonts in <paramref name="fonts"/> and sizes charts for <paramref name="style"/>'s page.</summary>
    public ChartRenderer(FontCatalog fonts, DocumentStyle style, DiagnosticBag? diagnostics = null)
        : this(fonts, style, diagnostics, reducedCmaps: true)
    {
    }

    /// <summary>
    /// A renderer whose SVG text is set in the faces' reduced-cmap twins when <paramref name="reducedCmaps"/> (the
    /// output is the same either way; tests and benchmarks compare the two).
    /// </summary>
    internal ChartRenderer(FontCatalog fonts, DocumentStyle style, DiagnosticBag? diagnostics, bool reducedCmaps)
    {
        this.reducedCmaps = reducedCmaps;
        catalog = fonts;
        this.style = style;
        this.diagnostics = diagnostics;
        geometry = ChartGeometry.For(style);
        hasCjk = new Lazy<bool>(() => new ChartFonts(catalog, style).HasCjk(ChartPlotFactory.TextRole));
    }

    /// <summary>The printed width of every chart, in points (the text width).</summary>
    public double WidthPt => geometry.WidthPt;

    /// <summary>The printed height of every chart, in points.</summary>
    public double HeightPt => geometry.HeightPt;

    /// <summary>
    /// The figure drawn in <paramref name="format"/> (cached). Without a Chinese font the bytes are empty (FA6001 is
    /// reported once) and writers fall back to the caption and the data in words.
    /// </summary>
    public RenderedFigure Render(Figure figure, FigureFormat format) =>
        cache.GetOrAdd((figure, format), key => new Lazy<RenderedFigure>(() => Draw(key.Item1, key.Item2))).Value;

    /// <summary>
    /// The printed size of a PNG figure without drawing it: every chart has the same geometry. Null for SVG and when
    /// there is no Chinese font (then drawing gives no image, and the layout must know that first).
    /// </summary>
    public (double WidthPt, double HeightPt)? Measure(Figure figure, FigureFormat format) =>
        format == FigureFormat.Png && hasCjk.Value ? (PngWidthPt, PngHeightPt) : null;

    // The PNG's printed size is that at which its pixels are exactly 300 dpi (the text width, to a fraction of a point).
    private double PngWidthPt => geometry.PixelWidth(Dpi) * 72 / Dpi;

    private double PngHeightPt => geometry.PixelHeight(Dpi) * 72 / Dpi;

    /// <summary>The ScottPlot plot of a figure, before drawing (tests inspect its plottables); null without a Chinese font.</summary>
    internal Plot? CreatePlot(Figure figure, FigureFormat format = FigureFormat.Png)
    {
        var size = Geometry(format);
        var fonts = new ChartFonts(catalog, style, size.TextPt);
        return fonts.HasCjk(ChartPlotFactory.TextRole) ? ChartPlotFactory.Create(figure, fonts, size) : null;
    }

    private ChartGeometry Geometry(FigureFormat format) => format == FigureFormat.Svg ? screen : geometry;

    private RenderedFigure Draw(Figure figure, FigureFormat format)
    {
        var size = Geometry(format);
        var empty = new RenderedFigure(format, [], size.WidthPt, size.HeightPt);
        // Only SVG turns glyphs back into text; a PNG drawn in one typeface per face keeps one glyph cache per face.
        var fonts = new ChartFonts(catalog, style, size.TextPt, reducedCmaps && format == FigureFormat.Svg);
        try
        {
            if (!fonts.HasCjk(ChartPlotFactory.TextRole))
            {
                ReportNoFont(figure, fonts);
                return empty;
            }

            using var plot = ChartPlotFactory.Create(figure, fonts, size);
            var drawn = format == FigureFormat.Svg
                ? new RenderedFigure(format, ChartImage.Svg(plot, size, figure.Id, fonts.FamiliesByTypeface), size.WidthPt,
                    size.HeightPt)
                : new RenderedFigure(format, ChartImage.Png(plot, size, Dpi), PngWidthPt, PngHeightPt);
            ReportMissing(figure, fonts);
            return drawn;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // SkiaSharp's native library missing or unloadable is a machine problem, not a crash.
            Report(ChartDiagnostics.DrawFailed, figure, $"{figure.Label}未能绘制：{e.Message}", $"{figure.Label} could not be drawn: {e.Message}");
            return empty;
        }
    }

    private void ReportNoFont(Figure figure, ChartFonts fonts)
    {
        if (diagnostics is null) return;
        lock (reportLock)
        {
            if (reportedNoFont) return;
            reportedNoFont = true;
            var families = new OwnText(string.Join(", ", fonts.Families(ChartPlotFactory.TextRole)));
            var folders = new OwnText(catalog.Folders.Count == 0 ? "(none)" : string.Join(", ", catalog.Folders));
            var hint = FontDiagnostics.NoCjkFont.Hint;
            diagnostics.Report(FontDiagnostics.NoCjkFont, figure.Location,
                $"图表找不到中文字体（{families}），图以文字说明代替。已搜索：{folders}。{new OwnText(hint.Zh)}",
                $"No Chinese font for the charts ({families}); figures are written as words instead. Searched: {folders}. {new OwnText(hint.En)}");
        }
    }

    private void ReportMissing(Figure figure, ChartFonts fonts)
    {
        if (fonts.Missing.Count == 0) return;
        var chars = string.Concat(fonts.Missing.Select(char.ConvertFromUtf32));
        Report(FontDiagnostics.MissingGlyph, figure, $"{figure.Label}中的字符“{chars}”在图表字体中都没有，画成了方框。",
            $"{figure.Label}: the characters '{chars}' are in no chart font and show as boxes.");
    }

    /// <summary>Reports a problem of a figure once, whichever format found it first.</summary>
    private void Report(DiagnosticCode code, Figure figure, string zh, string en)
    {
        if (diagnostics is null) return;
        lock (reportLock)
        {
            if (reported.Add((code.Id, figure))) diagnostics.Report(code, figure.Location, zh, en);
        }
    }
}
