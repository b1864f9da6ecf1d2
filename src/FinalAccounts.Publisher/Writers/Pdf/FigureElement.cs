using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// A figure kept on one page with its caption: the chart PNG scaled to the text width, or — without a renderer — a box
/// with the data in words (the figure's alt text).
/// </summary>
internal sealed class FigureElement : FlowElement
{
    private const double Gap = 6;
    private readonly FigureImage? image;
    private readonly double imageHeight;
    private readonly List<BlockLine> statement;
    private readonly List<BlockLine> caption;
    private readonly string alt;
    private readonly double width;

    private FigureElement(FigureImage? image, double imageHeight, List<BlockLine> statement, List<BlockLine> caption, string alt, double width)
    {
        this.image = image;
        this.imageHeight = imageHeight;
        this.statement = statement;
        this.caption = caption;
        this.alt = alt;
        this.width = width;
        SpaceBefore = Gap;
    }

    /// <summary>The chart's printed size (the text width, and the height scaled to it), or null when it is words.</summary>
    public (double WidthPt, double HeightPt)? ImageSize => image is null ? null : (width, imageHeight);

    public static FigureElement Create(LayoutContext context, Figure figure)
    {
        var width = context.Portrait.TextWidth;
        var captionPitch = TextLines.Pitch(context, StyleRole.Caption);
        var caption = TextLines.Lines(context.Shape(figure.FullCaption, StyleRole.Caption, figure.Location), width, 0, 0, captionPitch, TextAlign.Center);
        TextLines.Tag(caption, [new BeginTagOp(StructTag.Caption)], 1);
        if (Image(context, figure) is var (image, w, h))
        {
            // Scaled to the text width, but never taller than a page leaves room for the caption.
            var maxHeight = context.Portrait.TextHeight - caption.Sum(l => l.Height) - 2 * Gap;
            return new FigureElement(image, Math.Min(width * h / w, maxHeight), [], caption, figure.AltText, width);
        }

        var font = context.Fonts.Get(context.Style.Font(StyleRole.Body), size: 12) ?? context.Font(StyleRole.Note);
        var pitch = font.Size * 1.6;
        var statement = TextLines.Lines(context.Shape(figure.AltText, font, figure.Location), width - 4 * Gap, 0, 0, pitch, TextAlign.Left);
        return new FigureElement(null, 0, statement, caption, figure.AltText, width);
    }

    /// <summary>
    /// The figure's image and printed size. When the renderer knows the size without drawing, the PNG is drawn only when
    /// the PDF is drawn (a chart that then fails leaves its space and caption; its renderer reports why).
    /// </summary>
    private static (FigureImage Image, double WidthPt, double HeightPt)? Image(LayoutContext context, Figure figure)
    {
        var (renderer, diagnostics) = (context.Figures, context.Diagnostics);
        if (FigureImages.Measure(renderer, figure, FigureFormat.Png) is var (w, h))
        {
            var later = new FigureImage(() =>
                FigureImages.Draw(renderer, diagnostics, figure, FigureFormat.Png)?.Bytes ?? []);
            return (later, w, h);
        }

        return FigureImages.Draw(renderer, diagnostics, figure, FigureFormat.Png) is { } drawn
            ? (new FigureImage(drawn.Bytes), drawn.WidthPt, drawn.HeightPt)
            : null;
    }

    private double BodyHeight => image is not null ? imageHeight : statement.Sum(l => l.Height) + 4 * Gap;

    private double Height => BodyHeight + Gap + caption.Sum(l => l.Height);

    public override double MinFirstHeight => Height;

    public override SpacePlan Plan(double available) =>
        Height <= available + 0.01 ? SpacePlan.Full(Height) : SpacePlan.Wrap($"figure with caption needs {Height:0.#}pt, {available:0.#}pt left");

    public override DrawResult Draw(PageCanvas canvas, double top, double available, bool force)
    {
        var x = canvas.Left;
        var box = new[] { x, top, width, BodyHeight };
        canvas.Add(new BeginTagOp(StructTag.Figure, alt, Box: box));
        if (image is not null)
        {
            canvas.Add(new ImageOp(x, top, width, imageHeight, image));
        }
        else
        {
            var y = top + 2 * Gap;
            foreach (var line in statement)
            {
                foreach (var op in line.Ops) canvas.Add(op.Offset(x + 2 * Gap, y));
                canvas.AddLine(line);
                y += line.Height;
            }

            canvas.Add(ArtifactOp.Start);
            canvas.Add(new RectOp(x, top, width, BodyHeight, 0.5));
            canvas.Add(ArtifactOp.Stop);
        }

        canvas.Add(EndTagOp.Instance);
        var cy = top + BodyHeight + Gap;
        foreach (var line in caption)
        {
            canvas.Draw(line, cy);
            cy += line.Height;
        }

        return new DrawResult(null, Height);
    }
}
