using System.Globalization;
using FinalAccounts.Publisher.Document;
using ScottPlot;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>
/// Builds the ScottPlot plot of a chart spec, in points: grouped or simple bars with their value labels, or a pie with
/// its key. Values are plotted as given; labels are the spec's, never recomputed. One plot per render.
/// </summary>
internal static partial class ChartPlotFactory
{
    /// <summary>Gap between a bar's end and its value label.</summary>
    private const float LabelOffsetPt = 3;

    /// <summary>Characters the numeric tick labels use (for choosing their font).</summary>
    private const string Digits = "0123456789.-";

    /// <summary>
    /// The role of every text in a chart: the table headings' typeface (黑体), whose even strokes stay dark at a chart's
    /// sizes where 宋体's hairlines print as grey.
    /// </summary>
    internal const StyleRole TextRole = StyleRole.TableHeader;

    /// <summary>The role of a chart's own title (drawn only when it differs from the figure caption).</summary>
    private const StyleRole TitleRole = StyleRole.TableHeader;

    public static Plot Create(Figure figure, ChartFonts fonts, ChartGeometry geometry)
    {
        var plot = new Plot();
        plot.FigureBackground.Color = ChartPalette.Background;
        plot.DataBackground.Color = ChartPalette.Background;
        StyleAxes(plot, fonts);
        var spec = figure.Chart;
        if (spec.Title.Length > 0 && spec.Title != figure.Caption)
        {
            fonts.Apply(plot.Axes.Title.Label, TitleRole, spec.Title, fonts.Size(TitleRole) + 1);
            plot.Axes.Title.Label.Text = spec.Title;
            plot.Axes.Title.Label.BorderWidth = 0;
        }

        switch (spec.Kind)
        {
            case ChartKind.Pie:
                Pie(plot, spec, fonts, geometry);
                break;
            case ChartKind.Bar:
                Bars(plot, spec, fonts, geometry, horizontal: true);
                break;
            default:
                Bars(plot, spec, fonts, geometry, horizontal: false);
                break;
        }

        return plot;
    }

    /// <summary>Quiet axes: no frame but the category baseline, no tick marks, light grid lines, numbers without separators.</summary>
    private static void StyleAxes(Plot plot, ChartFonts fonts)
    {
        foreach (var axis in plot.Axes.GetAxes())
        {
            fonts.Apply(axis.TickLabelStyle, TextRole, Digits);
            axis.TickLabelStyle.ForeColor = ChartPalette.Text;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Width = 0;
            axis.FrameLineStyle.Color = ChartPalette.Axis;
        }

        // The right and top axes carry nothing: they only keep a margin free.
        plot.Axes.Right.LockSize(ChartGeometry.OuterPaddingPt * 2);
        plot.Axes.Top.LockSize(ChartGeometry.OuterPaddingPt);
        plot.Axes.Title.Label.Text = "";

        // Keys are drawn by our panels (ScottPlot's legend clips its first entry with CJK fonts).
        plot.Legend.IsVisible = false;
        plot.Grid.MajorLineColor = ChartPalette.Grid;
        plot.Grid.MajorLineWidth = 0.5f;
        plot.Grid.MinorLineWidth = 0;
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static ChartKey Key(ChartFonts fonts, string text, Color fill)
    {
        var label = fonts.Label(TextRole, text);
        label.BorderWidth = 0;
        var width = KeyDrawing.Width(label.FontSize, fonts.Width(TextRole, text));
        return new ChartKey(fill, label, width, fonts.LineHeight(TextRole, text));
    }
}
