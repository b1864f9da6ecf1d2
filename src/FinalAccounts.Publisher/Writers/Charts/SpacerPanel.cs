using ScottPlot;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>An empty band of fixed size on one edge of the plot area (to centre a pie and its key as a group).</summary>
internal sealed class SpacerPanel(Edge edge, float sizePt) : IPanel
{
    public bool IsVisible { get; set; } = true;

    public float MinimumSize { get; set; }

    public float MaximumSize { get; set; } = float.MaxValue;

    public Edge Edge => edge;

    public bool ShowDebugInformation { get; set; }

    public float Measure(Paint paint) => IsVisible ? sizePt : 0;

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) => edge switch
    {
        Edge.Left => new(dataRect.Left - offset - size, dataRect.Left - offset, dataRect.Bottom, dataRect.Top),
        Edge.Right => new(dataRect.Right + offset, dataRect.Right + offset + size, dataRect.Bottom, dataRect.Top),
        Edge.Top => new(dataRect.Left, dataRect.Right, dataRect.Top - offset, dataRect.Top - offset - size),
        _ => new(dataRect.Left, dataRect.Right, dataRect.Bottom + offset + size, dataRect.Bottom + offset),
    };

    public void Render(RenderPack rp, float size, float offset)
    {
    }
}
