namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// One line of a line block: its height, the ops that open structure before it (tags, anchors), its drawing ops relative
/// to the line's top-left, and how many structure elements close after it.
/// </summary>
internal sealed record BlockLine(double Height, IReadOnlyList<DrawOp> Open, IReadOnlyList<DrawOp> Ops, int Close)
{
    /// <summary>The line's text runs (for checks).</summary>
    public IEnumerable<TextOp> Texts => Ops.OfType<TextOp>();
}
