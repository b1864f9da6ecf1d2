using FinalAccounts.Publisher.Document;
using ScottPlot;

namespace FinalAccounts.Publisher.Writers.Charts;

internal static partial class ChartPlotFactory
{
    /// <summary>The key beside a pie takes at most this share of the picture's width; longer labels wrap.</summary>
    private const float MaxKeyShare = 0.5f;

    /// <summary>The gap between the pie and its key.</summary>
    private const float KeyGapPt = 18;

    /// <summary>
    /// A pie of the first series, slices clockwise from twelve o'clock, white edges between them, and a key at the right
    /// with each slice's label (name, amount, share as the prose states them). Slices of 0 or less are left out.
    /// </summary>
    private static void Pie(Plot plot, ChartSpec spec, ChartFonts fonts, ChartGeometry geometry)
    {
        var slices = new List<PieSlice>();
        var keys = new List<ChartKey>();
        var series = spec.Series.Count > 0 ? spec.Series[0] : new ChartSeries("", [], []);
        var maxKeyText = geometry.WidthPt * MaxKeyShare - KeyDrawing.Width(fonts.Size(TextRole), 0) - 2 * ChartGeometry.OuterPaddingPt;
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] <= 0m) continue;
            var fill = ChartPalette.Fills[slices.Count % ChartPalette.Fills.Count];
            var text = i < series.Labels.Count ? series.Labels[i] : i < spec.Categories.Count ? spec.Categories[i] : "";
            slices.Add(new PieSlice { Value = (double)series.Values[i], FillColor = fill, LegendText = text, Label = "" });
            keys.Add(WrappedKey(fonts, text, fill, maxKeyText));
        }

        var pie = plot.Add.Pie(slices);
        pie.LineStyle = new LineStyle { Color = ChartPalette.Background, Width = 1.5f };
        pie.Padding = 0.08;
        pie.SliceLabelDistance = 1;
        foreach (var axis in plot.Axes.GetAxes()) axis.IsVisible = false;
        plot.Grid.IsVisible = false;

        // Pie and key are centred as a group: the pie's square takes the height, the key keeps a gap from it.
        var key = new SideKeyPanel(keys, fonts.Size(TextRole) * 0.6f, KeyGapPt);
        var title = plot.Axes.Title.Label.Text.Length == 0 ? 0 : fonts.LineHeight(TitleRole, plot.Axes.Title.Label.Text, plot.Axes.Title.Label.FontSize) * 1.5f;
        var square = geometry.HeightPt - title - 2 * ChartGeometry.OuterPaddingPt;
        var left = Math.Max(ChartGeometry.OuterPaddingPt, (geometry.WidthPt - square - key.Width) / 2);
        plot.Axes.AddPanel(new SpacerPanel(Edge.Left, left));
        plot.Axes.AddPanel(key);
        plot.Axes.AddPanel(new SpacerPanel(Edge.Right, Math.Max(ChartGeometry.OuterPaddingPt, geometry.WidthPt - left - square - key.Width)));
        plot.Axes.AddPanel(new SpacerPanel(Edge.Top, ChartGeometry.OuterPaddingPt));
        plot.Axes.AddPanel(new SpacerPanel(Edge.Bottom, ChartGeometry.OuterPaddingPt));
    }

    private static ChartKey WrappedKey(ChartFonts fonts, string text, Color fill, float maxWidth)
    {
        var lines = TextWrap.Lines(text, maxWidth, t => fonts.Width(TextRole, t));
        var joined = string.Join("\n", lines);
        var label = fonts.Label(TextRole, joined);
        label.BorderWidth = 0;
        var width = KeyDrawing.Width(label.FontSize, lines.Max(l => fonts.Width(TextRole, l)));
        return new ChartKey(fill, label, width, fonts.LineHeight(TextRole, text), lines.Count);
    }
}
