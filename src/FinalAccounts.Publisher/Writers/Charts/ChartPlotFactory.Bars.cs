using FinalAccounts.Publisher.Document;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace FinalAccounts.Publisher.Writers.Charts;

internal static partial class ChartPlotFactory
{
    /// <summary>Share of a category's slot taken by its group of bars.</summary>
    private const double GroupWidth = 0.7;

    /// <summary>Value labels never get smaller than this (points), however close the bars stand.</summary>

    /// <summary>
    /// Bars, one per series in each category: vertical (categories along the bottom) or horizontal (categories down the
    /// left, for long names). Each bar carries its value label; the value axis leaves room for the longest label.
    /// </summary>
    private static void Bars(Plot plot, ChartSpec spec, ChartFonts fonts, ChartGeometry geometry, bool horizontal)
    {
        var n = spec.Categories.Count;
        var m = spec.Series.Count;
        var slot = GroupWidth / Math.Max(1, m);
        var keys = new List<ChartKey>();
        var labelSize = ValueLabelSize(spec, fonts, geometry, horizontal, slot);
        for (var j = 0; j < m; j++)
        {
            var series = spec.Series[j];
            var fill = m == 2 ? ChartPalette.Pair[j] : ChartPalette.Fills[j % ChartPalette.Fills.Count];
            var bars = new List<Bar>();
            for (var i = 0; i < n && i < series.Values.Count; i++)
            {
                var slotPosition = i + (j - (m - 1) / 2.0) * slot;
                bars.Add(new Bar
                {
                    Position = horizontal ? n - 1 - slotPosition : slotPosition,
                    Value = (double)series.Values[i],
                    Size = slot * 0.9,
                    FillColor = fill,
                    LineWidth = 0,
                    Label = i < series.Labels.Count ? series.Labels[i] : "",
                    LabelOffset = LabelOffsetPt,
                    LabelOnTop = true,
                    Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
                });
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = series.Name;
            fonts.Apply(plottable.ValueLabelStyle, TextRole, string.Concat(series.Labels), labelSize);
            plottable.ValueLabelStyle.BorderWidth = 0;
            if (m > 1) keys.Add(Key(fonts, series.Name, fill));
        }

        IAxis categoryAxis = horizontal ? plot.Axes.Left : plot.Axes.Bottom;
        IAxis valueAxis = horizontal ? plot.Axes.Bottom : plot.Axes.Left;
        var positions = Enumerable.Range(0, n).Select(i => (double)(horizontal ? n - 1 - i : i)).ToArray();
        var names = CategoryNames(spec, fonts, geometry, horizontal);
        categoryAxis.SetTicks(positions, names);
        fonts.Apply(categoryAxis.TickLabelStyle, TextRole, string.Concat(spec.Categories));
        categoryAxis.FrameLineStyle.Width = 0.75f;
        valueAxis.TickGenerator = new NumericAutomatic { LabelFormatter = Number, TargetTickCount = 5 };
        // The last value tick is centred on the axis end: keep half a number's width free beyond it.
        if (horizontal) plot.Axes.Right.LockSize(fonts.Width(TextRole, "000000") / 2 + ChartGeometry.OuterPaddingPt);
        if (horizontal) plot.Grid.YAxisStyle.IsVisible = false;
        else plot.Grid.XAxisStyle.IsVisible = false;

        var unit = spec.Unit.Length == 0 ? null : fonts.Label(TextRole, PublishedWords.Fill(fonts.Words.ChartUnit, spec.Unit));
        if (unit is not null) unit.BorderWidth = 0;
        var unitHeight = unit is null ? 0 : fonts.LineHeight(TextRole, unit.Text);
        plot.Axes.AddPanel(new TopKeyPanel(unit, unitHeight, keys, ChartGeometry.OuterPaddingPt));

        var (low, high) = ValueRange(spec);
        var room = LabelRoom(spec, fonts, geometry, horizontal, categoryAxisSize: CategoryAxisSize(names, fonts, horizontal));
        var span = high - low;
        var top = high > 0 ? high + span * room : high;
        var bottom = low < 0 ? low - span * room : low;
        if (horizontal) plot.Axes.SetLimits(bottom, top, -0.5, n - 0.5);
        else plot.Axes.SetLimits(-0.5, n - 0.5, bottom, top);
    }

    /// <summary>
    /// The category names as the axis prints them: wrapped onto more lines when wider than a category's slot (vertical
    /// bars) or than a third of the picture (horizontal bars), so neighbours never overlap.
    /// </summary>
    private static string[] CategoryNames(ChartSpec spec, ChartFonts fonts, ChartGeometry geometry, bool horizontal)
    {
        var text = string.Concat(spec.Categories);
        var valueAxis = fonts.Width(TextRole, "000000") + 10;
        var limit = horizontal
            ? geometry.WidthPt / 3
            : (geometry.WidthPt - valueAxis - 3 * ChartGeometry.OuterPaddingPt) / Math.Max(1, spec.Categories.Count) * 0.9f;
        return spec.Categories.Select(c => string.Join("\n", TextWrap.Lines(c, limit, t => fonts.Width(TextRole, t, chosenFor: text)))).ToArray();
    }

    /// <summary>
    /// The size of the value labels: the chart's text size, smaller (down to its least size) when neighbouring
    /// bars stand too close for their labels — side by side (vertical bars) or one above the other (horizontal bars).
    /// </summary>
    private static float ValueLabelSize(ChartSpec spec, ChartFonts fonts, ChartGeometry geometry, bool horizontal, double slot)
    {
        var size = fonts.Size(TextRole);
        var labels = spec.Series.SelectMany(s => s.Labels).Where(l => l.Length > 0).ToList();
        if (labels.Count == 0 || spec.Categories.Count == 0) return size;
        var text = string.Concat(labels);
        var length = horizontal ? geometry.HeightPt * 0.7f : geometry.WidthPt - fonts.Width(TextRole, "000000") - 4 * ChartGeometry.OuterPaddingPt;
        var pitch = (float)(length / spec.Categories.Count * (spec.Series.Count > 1 ? slot : 1));
        var need = horizontal ? fonts.LineHeight(TextRole, text) : labels.Max(l => fonts.Width(TextRole, l, chosenFor: text)) * 1.1f;
        return need <= pitch ? size : Math.Max(geometry.MinTextPt, size * pitch / need);
    }

    /// <summary>The lowest and highest values, always including 0 (bars grow from 0); (0, 1) for no data.</summary>
    private static (double Low, double High) ValueRange(ChartSpec spec)
    {
        var values = spec.Series.SelectMany(s => s.Values).Select(v => (double)v).ToList();
        var low = Math.Min(0, values.DefaultIfEmpty(0).Min());
        var high = Math.Max(0, values.DefaultIfEmpty(0).Max());
        return high - low <= 0 ? (0, 1) : (low, high);
    }

    /// <summary>
    /// How much to extend the value axis beyond the data, as a share of the data's span, so the value labels beyond the
    /// longest bar stay inside the picture (labels are not clipped, but must not run off the figure).
    /// </summary>
    private static double LabelRoom(ChartSpec spec, ChartFonts fonts, ChartGeometry geometry, bool horizontal, float categoryAxisSize)
    {
        var labels = spec.Series.SelectMany(s => s.Labels).Where(l => l.Length > 0).ToList();
        if (labels.Count == 0) return 0.05;
        var text = string.Concat(labels);
        var lineHeight = fonts.LineHeight(TextRole, text);
        float need, length;
        if (horizontal)
        {
            need = labels.Max(l => fonts.Width(TextRole, l, chosenFor: text)) + LabelOffsetPt + ChartGeometry.OuterPaddingPt;
            length = geometry.WidthPt - categoryAxisSize - 3 * ChartGeometry.OuterPaddingPt;
        }
        else
        {
            need = lineHeight + LabelOffsetPt + ChartGeometry.OuterPaddingPt;
            length = geometry.HeightPt - categoryAxisSize - 2 * lineHeight - 4 * ChartGeometry.OuterPaddingPt;
        }

        // The bars may use what is left after the label: value span / bar length = total / (total - need).
        var usable = Math.Max(length * 0.4f, length - need);
        return length / usable - 1;
    }

    /// <summary>The size of the category axis panel: the widest name (horizontal bars) or the most lines (vertical bars).</summary>
    private static float CategoryAxisSize(IReadOnlyList<string> names, ChartFonts fonts, bool horizontal)
    {
        if (names.Count == 0) return 0;
        var text = string.Concat(names);
        var lines = names.SelectMany(n => n.Split('\n')).ToList();
        return horizontal
            ? lines.Max(l => fonts.Width(TextRole, l, chosenFor: text)) + 10
            : names.Max(n => n.Split('\n').Length) * fonts.LineHeight(TextRole, text) + 10;
    }
}
