using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Writers.Docx;

internal sealed partial class DocxBuilder
{
    /// <summary>At most this share of the text height goes to a picture, so its caption fits on the same page.</summary>
    private const double MaxFigureHeightShare = 0.6;

    /// <summary>
    /// A figure: the chart as a PNG at the text width with its caption below (kept on one page, alt text in docPr/@descr);
    /// without a chart renderer, the caption and the data in words.
    /// </summary>
    private void WriteFigure(Figure figure)
    {
        var image = Render(figure);
        if (image is null)
        {
            var caption = Caption(figure);
            caption.ParagraphProperties!.KeepNext = new KeepNext();
            Add(caption);
            Add(Para(DocxStyleIds.Body, DocxText.ToRun(figure.AltText)));
            return;
        }

        Add(Para(DocxStyleIds.FigureImage, new Run(Drawing(figure, image))));
        Add(Caption(figure));
    }

    private W.Paragraph Caption(Figure figure)
    {
        var p = Para(DocxStyleIds.Caption);
        var name = bookmarks.Find(figure.Id);
        if (name is not null) p.Append(BookmarkStart(name));
        p.Append(DocxText.ToRun(figure.FullCaption));
        if (name is not null) p.Append(BookmarkEnd());
        return p;
    }

    /// <summary>The figure drawn once (the page estimate needs its size too), or null when it is written as text.</summary>
    private RenderedFigure? Render(Figure figure)
    {
        if (rendered.TryGetValue(figure, out var cached)) return cached;
        var image = FigureImages.Draw(context, figure, FigureFormat.Png);
        rendered[figure] = image;
        return image;
    }

    /// <summary>The picture at the text width, or smaller when it would take more than its share of the page's height.</summary>
    internal static (double WidthPt, double HeightPt) PictureSize(RenderedFigure image, DocxPageGeometry page)
    {
        var widthPt = page.TextWidth / 20.0;
        var heightPt = widthPt * image.HeightPt / image.WidthPt;
        var maxHeight = page.TextHeight / 20.0 * MaxFigureHeightShare;
        return heightPt > maxHeight ? (widthPt * maxHeight / heightPt, maxHeight) : (widthPt, heightPt);
    }

    private Drawing Drawing(Figure figure, RenderedFigure image)
    {
        // The size the pagination laid it out at, else the text width within the page's share.
        var (widthPt, heightPt) = plan?.Figure(blockIndex[figure])
            ?? PictureSize(image, sectionLandscape ? landscape : portrait);
        var cx = DocxUnits.EmuFromPt(widthPt);
        var cy = DocxUnits.EmuFromPt(heightPt);

        var relId = DocxIds.Image(++imageCount);
        var part = main.AddImagePart(ImagePartType.Png, relId);
        using (var stream = new MemoryStream(image.Bytes, writable: false)) part.FeedData(stream);

        var id = (uint)++drawingId;
        var name = figure.Label.Length > 0 ? figure.Label : "Figure " + DocxUnits.Str(drawingId);
        var picture = new Pic.Picture(
            new Pic.NonVisualPictureProperties(
                new Pic.NonVisualDrawingProperties { Id = id, Name = name, Description = figure.AltText },
                new Pic.NonVisualPictureDrawingProperties()),
            new Pic.BlipFill(new A.Blip { Embed = relId }, new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = figure.AltText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        return new Drawing(inline);
    }
}
