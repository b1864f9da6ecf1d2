namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>A forced page break; the paginator starts a new page unless the current one is still empty.</summary>
internal sealed class PageBreakElement : FlowElement
{
    public override double MinFirstHeight => 0;

    public override SpacePlan Plan(double available) => SpacePlan.Full(0);

    public override DrawResult Draw(PageCanvas canvas, double top, double available, bool force) => new(null, 0);
}
