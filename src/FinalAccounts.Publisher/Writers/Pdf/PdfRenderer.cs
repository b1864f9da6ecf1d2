using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Draws a finished layout into a PDFsharp document, page by page in reading order (tagged PDF requires it), with the
/// structure tree, links, bookmarks and document information.
/// </summary>
internal sealed partial class PdfRenderer
{
    private readonly LayoutResult layout;
    private readonly DocumentInfo info;
    private readonly PdfDocument document = new();
    private readonly StructureBuilder? structure;
    private readonly Dictionary<double, XPen> pens = [];
    private readonly Dictionary<string, PlacedHeading> targets;
    private static readonly XSolidBrush WatermarkBrush = new(XColor.FromArgb(90, 150, 150, 150));
    private readonly HashSet<string> wholeFaces;
    private int placeholders;
    private XFont? watermarkFont;

    private PdfRenderer(LayoutResult layout, DocumentInfo info, bool tagged)
    {
        this.layout = layout;
        this.info = info;
        targets = layout.Headings.GroupBy(h => h.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (tagged) structure = UAManager.ForDocument(document).StructureBuilder;
        wholeFaces = WholeFaces(layout, info);
    }

    /// <summary>
    /// The faces this document needs whole: those that set any character outside the common ones somewhere (the
    /// watermark included). Every other face is drawn from its common cut, whose subset in the PDF is the same.
    /// </summary>
    private static HashSet<string> WholeFaces(LayoutResult layout, DocumentInfo info)
    {
        var whole = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in layout.Pages.SelectMany(p => p.Ops).OfType<TextOp>())
        {
            if (!whole.Contains(t.Font.Face.Key) && !CommonCharacters.ContainsAll(t.Text)) whole.Add(t.Font.Face.Key);
        }

        if (info.Watermark is { Length: > 0 } mark && WatermarkFace(layout) is { } face && !CommonCharacters.ContainsAll(mark))
            whole.Add(face.Face.Key);
        return whole;
    }

    /// <summary>Whether this document draws the face from its common cut: it has one, and the document needs no more.</summary>
    private bool DrawsCut(FontHandle handle) => handle.CommonFont is not null && !wholeFaces.Contains(handle.Face.Key);

    /// <summary>The font a run is drawn in.</summary>
    private XFont FontOf(FontHandle handle) => DrawsCut(handle) ? handle.CommonFont! : handle.Font;

    public static PdfDocument Render(LayoutResult layout, DocumentInfo info, bool tagged, CancellationToken cancellationToken)
    {
        var renderer = new PdfRenderer(layout, info, tagged);
        renderer.SetInfo();
        foreach (var page in layout.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            renderer.DrawPage(page);
        }

        renderer.AddOutlines();
        return renderer.document;
    }

    private void DrawPage(LayoutPage layoutPage)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(layoutPage.Geometry.Width);
        page.Height = XUnit.FromPoint(layoutPage.Geometry.Height);
        using var gfx = XGraphics.FromPdfPage(page);
        foreach (var op in layoutPage.Ops)
        {
            switch (op)
            {
                case TextOp t when t.CharSpacing != 0:
                    // PDFsharp has no character spacing: set Tc around the run in the content stream.
                    var content = gfx.Internals.ContentStringBuilder ?? throw new InvalidOperationException("PDFsharp gave no content stream for a PDF page.");
                    content.Append(FormattableString.Invariant($"{t.CharSpacing:0.####} Tc\n"));
                    gfx.DrawString(t.Text, FontOf(t.Font), XBrushes.Black, t.X, t.Baseline);
                    content.Append("0 Tc\n");
                    break;
                case TextOp t:
                    gfx.DrawString(t.Text, FontOf(t.Font), XBrushes.Black, t.X, t.Baseline);
                    break;
                case LineOp l:
                    gfx.DrawLine(Pen(l.Thickness), l.X1, l.Y1, l.X2, l.Y2);
                    break;
                case RectOp r:
                    gfx.DrawRectangle(Pen(r.Thickness), r.X, r.Y, r.Width, r.Height);
                    break;
                case ImageOp i:
                    DrawImage(gfx, page, i);
                    break;
                case BeginTagOp b:
                    BeginTag(b);
                    break;
                case EndTagOp:
                    structure?.End();
                    break;
                case ArtifactOp a:
                    if (a.Begin) structure?.BeginArtifact();
                    else structure?.End();
                    break;
                case BeginLinkOp link:
                    BeginLink(page, layoutPage, link);
                    break;
                case EndLinkOp:
                    structure?.End();
                    break;
            }
        }

        if (info.Watermark is { Length: > 0 } mark) DrawWatermark(gfx, layoutPage.Geometry, mark);
    }

    /// <summary>The face of the document's first Chinese text, which the watermark is set in.</summary>
    private static FontHandle? WatermarkFace(LayoutResult layout) =>
        layout.Pages.SelectMany(p => p.Ops).OfType<TextOp>().FirstOrDefault(t => t.Text.Any(c => c >= '\u4e00'))?.Font;

    /// <summary>
    /// A draft's watermark across the page: light grey, translucent, at 45°, in the face of the document's first Chinese
    /// text (so its characters are there), as an artifact that readers and text extraction of the body leave alone.
    /// </summary>
    private void DrawWatermark(XGraphics gfx, PageGeometry page, string mark)
    {
        if (WatermarkFace(layout) is not { } face) return;
        var family = DrawsCut(face) ? face.CommonKey! : face.FamilyKey;
        var font = watermarkFont ??= new XFont(family, Math.Min(page.Width, page.Height) * 0.16, XFontStyleEx.Regular,
            new XPdfFontOptions(PdfFontEncoding.Unicode));
        structure?.BeginArtifact();
        var state = gfx.Save();
        gfx.RotateAtTransform(-45, new XPoint(page.Width / 2, page.Height / 2));
        var size = gfx.MeasureString(mark, font);
        gfx.DrawString(mark, font, WatermarkBrush, (page.Width - size.Width) / 2, (page.Height + size.Height * 0.6) / 2);
        gfx.Restore(state);
        structure?.End();
    }

    /// <summary>
    /// Draws a figure. An opaque 8-bit PNG goes into the PDF as it is: PDFsharp draws a one-pixel placeholder (so the
    /// placement, the marked content and the resource name are its own), and the placeholder's image object is then
    /// given the PNG's compressed rows with a PNG predictor. That spares decoding and re-deflating megabytes of pixels
    /// per chart. Other images go through PDFsharp's own import, their streams then deflated again as complete zlib data.
    /// </summary>
    private void DrawImage(XGraphics gfx, PdfPage page, ImageOp op)
    {
        var bytes = op.Image.Png;
        if (bytes.Length == 0) return; // the chart could not be drawn; its renderer has said why
        if (PngStream.TryRead(bytes) is not { } png)
        {
            var known = XObjectNames(page);
            using var image = XImage.FromStream(new MemoryStream(BitmapFile.FromPng(bytes), false));
            gfx.DrawImage(image, op.X, op.Y, op.Width, op.Height);
            var xobjects = page.Resources.Elements.GetDictionary(PdfResources.Keys.XObject);
            foreach (var imported in XObjectNames(page).Except(known, StringComparer.Ordinal))
                PdfSharpFlate.Complete(xobjects?.Elements.GetDictionary(imported));
            return;
        }

        var before = XObjectNames(page);
        using (var placeholder = XImage.FromStream(new MemoryStream(BitmapFile.Placeholder(placeholders++), false)))
            gfx.DrawImage(placeholder, op.X, op.Y, op.Width, op.Height);
        var added = XObjectNames(page).Except(before, StringComparer.Ordinal).ToList();
        if (added is not [var name] || page.Resources.Elements.GetDictionary(PdfResources.Keys.XObject)?.Elements.GetDictionary(name) is not { } xobject)
            throw new InvalidOperationException("PDFsharp did not add exactly one image object for a figure.");

        xobject.Elements.Clear();
        xobject.Elements.SetName("/Type", "/XObject");
        xobject.Elements.SetName("/Subtype", "/Image");
        xobject.Elements.SetInteger("/Width", png.Width);
        xobject.Elements.SetInteger("/Height", png.Height);
        xobject.Elements.SetName("/ColorSpace", png.Colors == 3 ? "/DeviceRGB" : "/DeviceGray");
        xobject.Elements.SetInteger("/BitsPerComponent", 8);
        xobject.Elements.SetName("/Filter", "/FlateDecode");
        var parameters = new PdfDictionary();
        parameters.Elements.SetInteger("/Predictor", 15);
        parameters.Elements.SetInteger("/Colors", png.Colors);
        parameters.Elements.SetInteger("/BitsPerComponent", 8);
        parameters.Elements.SetInteger("/Columns", png.Width);
        xobject.Elements["/DecodeParms"] = parameters;
        if (xobject.Stream is null) xobject.CreateStream(png.Data);
        else xobject.Stream.Value = png.Data;
    }

    private static List<string> XObjectNames(PdfPage page) =>
        page.Resources.Elements.GetDictionary(PdfResources.Keys.XObject)?.Elements.Keys.ToList() ?? [];

    private XPen Pen(double thickness)
    {
        if (!pens.TryGetValue(thickness, out var pen)) pens[thickness] = pen = new XPen(XColors.Black, thickness);
        return pen;
    }

    private void SetInfo()
    {
        document.Info.Title = info.Title;
        document.Info.Author = info.Author;
        document.Info.Subject = info.Subject;
        document.Info.Keywords = string.Join(", ", info.Keywords);
        document.Info.Creator = "FinalAccounts.Publisher";
        document.Info.CreationDate = info.Date.UtcDateTime;
        document.Info.ModificationDate = info.Date.UtcDateTime;
        document.Language = string.IsNullOrEmpty(info.Language) ? "zh-CN" : info.Language;
        document.PageMode = PdfPageMode.UseOutlines;
        document.ViewerPreferences.DisplayDocTitle = true;
        if (structure is not null) UAManager.ForDocument(document).SetDocumentLanguage(document.Language);
    }

    private void BeginLink(PdfPage page, LayoutPage layoutPage, BeginLinkOp link)
    {
        if (!targets.TryGetValue(link.TargetId, out var target)) return;
        var h = layoutPage.Geometry.Height;
        var rect = new PdfRectangle(new XPoint(link.X, h - link.Y - link.Height), new XPoint(link.X + link.Width, h - link.Y));
        var annotation = PdfLinkAnnotation.CreateDocumentLink(rect, target.PageIndex + 1);
        // In tagged mode the structure builder adds the annotation to the page itself.
        if (structure is null) page.Annotations.Add(annotation);
        else structure.BeginElement(annotation, link.Alt);
    }
}
