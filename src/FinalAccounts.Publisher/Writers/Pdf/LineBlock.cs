using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Paragraphs, headings, list items, TOC entries, notes: a stack of lines that may break between lines
/// (unless kept together), with orphan and widow control (<see cref="PageRules"/>).
/// </summary>
internal sealed class LineBlock : FlowElement
{
    private readonly IReadOnlyList<BlockLine> lines;
    private readonly int offset;

    public LineBlock(IReadOnlyList<BlockLine> lines, bool keepTogether = false)
        : this(lines, 0, keepTogether)
    {
    }

    private LineBlock(IReadOnlyList<BlockLine> lines, int offset, bool keepTogether)
    {
        this.lines = lines;
        this.offset = offset;
        KeepTogether = keepTogether;
    }

    public bool KeepTogether { get; }

    /// <summary>When set, the lines were centred in this width and are re-centred on pages of another (landscape).</summary>
    public double? CenteredIn { get; init; }

    public int Count => lines.Count - offset;

    private static int Orphans => PageRules.Default.OrphanLines;

    private static int Widows => PageRules.Default.WidowLines;

    /// <summary>The same block with <paramref name="count"/> more elements closed after its last line.</summary>
    public LineBlock WithClose(int count)
    {
        var copy = lines.ToList();
        copy[^1] = copy[^1] with { Close = copy[^1].Close + count };
        return Copy(copy, offset, SpaceBefore);
    }

    /// <summary>The same block followed by <paramref name="more"/> (closing lines: widow control keeps them with it).</summary>
    public LineBlock WithTail(IEnumerable<BlockLine> more) => Copy([.. lines, .. more], offset, SpaceBefore);

    /// <summary>
    /// The least that can start on a page: the orphans, or the whole block when it cannot split leaving the orphans here
    /// and the widows for the next page (a heading kept with a three-line paragraph needs all three below it).
    /// </summary>
    public override double MinFirstHeight =>
        KeepTogether || Count < Orphans + Widows ? Height(Count) : Height(Math.Min(Count, Orphans));

    public override SpacePlan Plan(double available)
    {
        var total = Height(Count);
        if (total <= available + 0.01) return SpacePlan.Full(total);
        if (KeepTogether) return SpacePlan.Wrap($"{Count} lines kept together need {total:0.#}pt, {available:0.#}pt left");
        var n = Fitting(available);
        if (n > 0) return SpacePlan.Partial(Height(n));
        var first = Math.Min(Count, Orphans);
        return SpacePlan.Wrap($"the first {first} lines need {Height(first):0.#}pt, {available:0.#}pt left");
    }

    public override DrawResult Draw(PageCanvas canvas, double top, double available, bool force)
    {
        var n = Height(Count) <= available + 0.01 ? Count : KeepTogether ? 0 : Fitting(available);
        if (n == 0 && force) n = Math.Max(1, Fit(available));
        var y = top;
        var dx = CenteredIn is { } w ? (canvas.Geometry.TextWidth - w) / 2 : 0;
        for (var i = offset; i < offset + n; i++)
        {
            var line = lines[i];
            canvas.Draw(line, y, dx);
            y += line.Height;
        }

        var rest = offset + n >= lines.Count ? null : Copy(lines, offset + n, 0);
        return new DrawResult(rest, y - top);
    }

    private LineBlock Copy(IReadOnlyList<BlockLine> all, int from, double spaceBefore) => new(all, from, KeepTogether)
    {
        KeepWithNext = KeepWithNext, KeepWithPrevious = KeepWithPrevious, Landscape = Landscape,
        FrontMatter = FrontMatter,
        SpaceBefore = spaceBefore, CenteredIn = CenteredIn,
    };

    /// <summary>How many lines fit, leaving the orphans here and the widows for the next page at least (0: none).</summary>
    private int Fitting(double available)
    {
        var n = Fit(available);
        if (Count - n < Widows && Count > Widows) n = Math.Min(n, Count - Widows);
        return n < Math.Min(Orphans, Count) ? 0 : n;
    }

    private int Fit(double available)
    {
        double h = 0;
        var n = 0;
        for (var i = offset; i < lines.Count && h + lines[i].Height <= available + 0.01; i++)
        {
            h += lines[i].Height;
            n++;
        }

        return n;
    }

    private double Height(int count)
    {
        double h = 0;
        for (var i = offset; i < offset + count; i++) h += lines[i].Height;
        return h;
    }
}
