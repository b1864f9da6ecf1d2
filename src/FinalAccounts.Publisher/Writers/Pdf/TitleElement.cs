using FinalAccounts.Publisher.Document;

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

    public static TitleElement Create(LayoutContext context, TitleBlock block)
    {
        var width = context.Portrait.TextWidth;
        var pitch = context.Style.Font(StyleRole.Title).SizePt * 1.6;
        var title = TextLines.Balanced(context.Shape(block.Title, StyleRole.Title, block.Location, bold: true), width, pitch);
        TextLines.Tag(title, [new BeginTagOp(StructTag.P)], 1);
        var subtitles = new List<BlockLine>();
        var subPitch = TextLines.Pitch(context, StyleRole.Subtitle);
        foreach (var line in block.Subtitles)
        {
            var lines = TextLines.Lines(context.Shape(line, StyleRole.Subtitle, block.Location), width, 0, 0, subPitch, TextAlign.Center);
            subtitles.AddRange(TextLines.Tag(lines, [new BeginTagOp(StructTag.P)], 1));
        }

        return new TitleElement(title, subtitles);
    }

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
