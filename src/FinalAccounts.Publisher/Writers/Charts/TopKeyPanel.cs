using ScottPlot;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>
/// The band above the plot area: the unit ("单位：万元") at the left, the series key (swatch and name) at the right.
/// Drawn by us rather than by ScottPlot's legend, whose first entry is clipped with CJK fonts.
/// </summary>
internal sealed class TopKeyPanel(LabelStyle? unit, float unitHeightPt, IReadOnlyList<ChartKey> keys, float paddingPt) : IPanel
{
    public bool IsVisible { get; set; } = true;

    public float MinimumSize { get; set; }

    public float MaximumSize { get; set; } = float.MaxValue;

    public Edge Edge => Edge.Top;

    public bool ShowDebugInformation { get; set; }

    public LabelStyle? Unit => unit;

    public IReadOnlyList<ChartKey> Keys => keys;

    private float LineHeight => Math.Max(unitHeightPt, keys.Count == 0 ? 0 : keys.Max(k => k.LineHeightPt));

    public float Measure(Paint paint) => IsVisible ? LineHeight + 2 * paddingPt : 0;

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(left: dataRect.Left, right: dataRect.Right, bottom: dataRect.Top - offset, top: dataRect.Top - offset - size);

    public void Render(RenderPack rp, float size, float offset)
    {
        if (!IsVisible) return;
        var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        var y = rect.Top + paddingPt + LineHeight / 2;
        if (unit is not null)
        {
            // The unit stands over the value axis labels, starting at the figure's left margin.
            unit.Alignment = Alignment.MiddleLeft;
            unit.Render(rp.Canvas, new Pixel(rp.ScaledFigureRect.Left + paddingPt, y), rp.Paint);
        }

        var x = rect.Right;
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var key = keys[i];
            x -= key.WidthPt;
            KeyDrawing.Draw(rp, key, x, y - key.LineHeightPt / 2);
            x -= 2 * key.LineHeightPt;
        }
    }
}
