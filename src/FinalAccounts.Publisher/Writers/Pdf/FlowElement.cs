namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// A block measured for a text width, ready to be paged: <see cref="Plan"/> says how much fits in the space left,
/// <see cref="Draw"/> draws that much and returns the rest (null when done). Elements are immutable, so a layout pass can
/// be repeated (TOC passes) without resetting anything.
/// </summary>
internal abstract class FlowElement
{
    /// <summary>Space above the element, dropped at the top of a page.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>Headings: never the last thing on a page.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>A closing line after a figure: never the first thing on a page.</summary>
    public bool KeepWithPrevious { get; init; }

    /// <summary>Whether the element goes on landscape pages.</summary>
    public bool Landscape { get; init; }

    /// <summary>Front matter (title page, TOC): pages holding only front matter get no page number.</summary>
    public bool FrontMatter { get; init; }

    /// <summary>The height of the smallest first piece (what must fit below a kept heading).</summary>
    public abstract double MinFirstHeight { get; }

    public abstract SpacePlan Plan(double available);

    /// <summary>
    /// Draws what fits in <paramref name="available"/> at <paramref name="top"/> on the canvas. With <paramref name="force"/>
    /// (an empty page that still cannot take it) draws at least a piece even if it overflows.
    /// </summary>
    public abstract DrawResult Draw(PageCanvas canvas, double top, double available, bool force);
}

/// <summary>What a draw did: the height it used and what is left for the next page (null when done).</summary>
internal readonly record struct DrawResult(FlowElement? Rest, double Height);
