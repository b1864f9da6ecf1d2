using ScottPlot;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>
/// The key beside a pie, at the right: one line per slice (swatch and the slice's label with name, amount and share),
/// centred vertically on the plot area.
/// </summary>
internal sealed class SideKeyPanel(IReadOnlyList<ChartKey> keys, float lineGapPt, float paddingPt) : IPanel
{
    public bool IsVisible { get; set; } = true;

    public float MinimumSize { get; set; }

    public float MaximumSize { get; set; } = float.MaxValue;

    public Edge Edge => Edge.Right;

    public bool ShowDebugInformation { get; set; }

    public IReadOnlyList<ChartKey> Keys => keys;

    /// <summary>The width the panel needs: the widest entry and padding on both sides.</summary>
    public float Width => keys.Count == 0 ? 0 : keys.Max(k => k.WidthPt) + 2 * paddingPt;

    private float Height => keys.Sum(k => k.HeightPt) + lineGapPt * Math.Max(0, keys.Count - 1);

    public float Measure(Paint paint) => IsVisible ? Width : 0;

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(left: dataRect.Right + offset, right: dataRect.Right + offset + size, bottom: dataRect.Bottom, top: dataRect.Top);

    public void Render(RenderPack rp, float size, float offset)
    {
        if (!IsVisible) return;
        var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        var y = rect.VerticalCenter - Height / 2;
        foreach (var key in keys)
        {
            KeyDrawing.Draw(rp, key, rect.Left + paddingPt, y);
            y += key.HeightPt + lineGapPt;
        }
    }
}
