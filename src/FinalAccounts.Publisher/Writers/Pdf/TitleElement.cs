using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>The title page: the title centred in the upper third, the subtitles (department, date) lower down. Takes the whole page.</summary>
internal sealed class TitleElement : FlowElement
{
    private readonly List<BlockLine> title;
    private readonly List<BlockLine> subtitles;

    private TitleElement(List<BlockLine> title, List<BlockLine> subtitles)
    {
        this.title = title;
        this.subtitles = subtitles;
        FrontMatter = true;
    }

    /// <summary>The title page; the title breaks between words only, never inside a name (<paramref name="breaks"/>).</summary>
    public static TitleElement Create(LayoutContext context, TitleBlock block, WordBreaks breaks)
    {
        var width = context.Portrait.TextWidth;
        var pitch = context.Style.Font(StyleRole.Title).SizePt * 1.6;
        var found = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        List<BlockLine> Balanced(string text, StyleRole role, double linePitch)
        {
            var glyphs = context.Shape(text, role, block.Location, bold: role == StyleRole.Title);
            var spans = TextLines.BalancedSpans(glyphs, width, BreakMask.For(glyphs, breaks));
            if (spans.Count > 1) found[text] = BreakMask.Offsets(glyphs, spans);
            return TextLines.Tag(TextLines.Set(glyphs, spans, width, 0, 0, linePitch, TextAlign.Center), [new BeginTagOp(StructTag.P)], 1);
        }

        var title = Balanced(block.Title, StyleRole.Title, pitch);
        var subPitch = TextLines.Pitch(context, StyleRole.Subtitle);
        var subtitles = block.Subtitles.SelectMany(line => Balanced(line, StyleRole.Subtitle, subPitch)).ToList();
        return new TitleElement(title, subtitles) { Breaks = found };
    }

    /// <summary>Where the title's and subtitles' lines after the first start, by their text, as offsets into it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> Breaks { get; private init; } = new Dictionary<string, IReadOnlyList<int>>();

    public override double MinFirstHeight => 0;

    public override SpacePlan Plan(double available) => SpacePlan.Full(Math.Max(0, available));

    public override DrawResult Draw(PageCanvas canvas, double top, double available, bool force)
    {
        var height = canvas.Geometry.TextHeight;
        Place(canvas, title, canvas.Geometry.Top + height * 0.22);
        var subHeight = subtitles.Sum(l => l.Height);
        Place(canvas, subtitles, Math.Max(canvas.Geometry.Top + height * 0.72, canvas.Geometry.TextBottom - subHeight - height * 0.05));
        return new DrawResult(null, Math.Max(0, available));
    }

    private static void Place(PageCanvas canvas, List<BlockLine> lines, double y)
    {
        foreach (var line in lines)
        {
            canvas.Draw(line, y);
            y += line.Height;
        }
    }
}
