namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Paragraphs, headings, list items, TOC entries, notes: a stack of lines that may break between lines
/// (unless kept together), with orphan and widow control.
/// </summary>
internal sealed class LineBlock : FlowElement
{
    private readonly IReadOnlyList<BlockLine> lines;
    private readonly int offset;

    public LineBlock(IReadOnlyList<BlockLine> lines, bool keepTogether = false, int minLines = Shared.KeepRules.WidowLines)
        : this(lines, 0, keepTogether, minLines)
    {
    }

    private LineBlock(IReadOnlyList<BlockLine> lines, int offset, bool keepTogether, int minLines)
    {
        this.lines = lines;
        this.offset = offset;
        KeepTogether = keepTogether;
        MinLines = minLines;
    }

    public bool KeepTogether { get; }

    /// <summary>When set, the lines were centred in this width and are re-centred on pages with another text width (landscape).</summary>
    public double? CenteredIn { get; init; }

    /// <summary>The same block with <paramref name="count"/> more elements closed after its last line.</summary>
    public LineBlock WithClose(int count)
    {
        var copy = lines.ToList();
        copy[^1] = copy[^1] with { Close = copy[^1].Close + count };
        return new LineBlock(copy, offset, KeepTogether, MinLines)
        {
            KeepWithNext = KeepWithNext, Landscape = Landscape, FrontMatter = FrontMatter, SpaceBefore = SpaceBefore, CenteredIn = CenteredIn,
        };
    }

    /// <summary>The same block followed by <paramref name="more"/> (closing lines kept with it: widow control keeps them with its last line).</summary>
    public LineBlock WithTail(IEnumerable<BlockLine> more) => new([.. lines, .. more], offset, KeepTogether, MinLines)
    {
        KeepWithNext = KeepWithNext, Landscape = Landscape, FrontMatter = FrontMatter, SpaceBefore = SpaceBefore, CenteredIn = CenteredIn,
    };

    /// <summary>Fewest lines left at a page bottom or carried to the next page (1 turns orphan and widow control off).</summary>
    public int MinLines { get; }

    public int Count => lines.Count - offset;

    public override double MinFirstHeight => KeepTogether ? Height(Count) : Height(Math.Min(Count, MinLines));

    public override SpacePlan Plan(double available)
    {
        var total = Height(Count);
        if (total <= available + 0.01) return SpacePlan.Full(total);
        if (KeepTogether) return SpacePlan.Wrap($"{Count} lines kept together need {total:0.#}pt, {available:0.#}pt left");
        var n = Fitting(available);
        return n == 0 ? SpacePlan.Wrap($"the first {Math.Min(Count, MinLines)} lines need {Height(Math.Min(Count, MinLines)):0.#}pt, {available:0.#}pt left") : SpacePlan.Partial(Height(n));
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

        var rest = offset + n >= lines.Count ? null : new LineBlock(lines, offset + n, KeepTogether, MinLines)
        {
            KeepWithNext = KeepWithNext, Landscape = Landscape, FrontMatter = FrontMatter, CenteredIn = CenteredIn,
        };
        return new DrawResult(rest, y - top);
    }

    private int Fitting(double available)
    {
        var n = Fit(available);
        if (Count - n < MinLines && Count > MinLines) n = Math.Min(n, Count - MinLines);
        return n < Math.Min(MinLines, Count) ? 0 : n;
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
