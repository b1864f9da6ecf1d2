using ScottPlot;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>One entry of a chart's key: a colour swatch and its text (already in its font, one or more lines).</summary>
internal sealed record ChartKey(Color Fill, LabelStyle Label, float WidthPt, float LineHeightPt, int Lines = 1)
{
    /// <summary>The entry's height: its lines.</summary>
    public float HeightPt => LineHeightPt * Lines;
}
