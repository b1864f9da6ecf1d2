using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;
using FinalAccounts.Publisher.Tests.Writers.Charts;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Pdf;
using SkiaSharp;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf;

/// <summary>
/// Chart PNGs go into the PDF with their compressed rows unchanged (FlateDecode with a PNG predictor); the pixels a
/// reader decodes must be the chart's pixels, and PNGs a PDF cannot take as they are still go through PDFsharp.
/// </summary>
public sealed class PdfImageTests
{
    [Category("Slow")]
    [Test]
    public void Chart_png_rows_are_embedded_unchanged_and_decode_to_the_same_pixels()
    {
        var png = ChartSample.Renderer().Render(ChartSample.Figures[0], FigureFormat.Png).Bytes;
        var expected = PngStream.TryRead(png) ?? throw new AssertionException("the chart PNG should be opaque 8-bit RGB");
        Assert.That(expected.Colors, Is.EqualTo(3));

        var pdf = Write(png);
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var images = read.GetPages().SelectMany(p => p.GetImages()).ToList();
        Assert.That(images, Has.Count.EqualTo(2), "the sample document has two figures");
        foreach (var image in images)
        {
            Assert.That(image.WidthInSamples, Is.EqualTo(expected.Width));
            Assert.That(image.HeightInSamples, Is.EqualTo(expected.Height));
            Assert.That(image.RawMemory.ToArray(), Is.EqualTo(expected.Data), "the PNG's IDAT data, not re-encoded");
            Assert.That(image.TryGetPng(out var decoded), Is.True, "a reader can decode the image");
            AssertSamePixels(decoded!, png);
        }
    }

    [Test]
    public void Each_figure_gets_its_own_image_object()
    {
        var png = ChartSample.Renderer().Render(ChartSample.Figures[0], FigureFormat.Png).Bytes;
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(Write(png)), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        var images = document.Internals.GetAllObjects().OfType<PdfSharp.Pdf.PdfDictionary>()
            .Where(d => d.Elements.GetName("/Subtype") == "/Image").ToList();
        Assert.That(images, Has.Count.EqualTo(2), "one image object per figure, no placeholder left over");
        foreach (var image in images)
        {
            Assert.That(image.Elements.GetInteger("/Width"), Is.EqualTo(1843));
            Assert.That(image.Elements.GetDictionary("/DecodeParms")?.Elements.GetInteger("/Predictor"), Is.EqualTo(15));
        }
    }

    [TestCase(SKColorType.Rgba8888, SKAlphaType.Unpremul, false, TestName = "RGBA with alpha goes through PDFsharp")]
    [TestCase(SKColorType.Rgba8888, SKAlphaType.Opaque, true, TestName = "Opaque RGB is embedded as it is")]
    [TestCase(SKColorType.Gray8, SKAlphaType.Opaque, true, TestName = "Grey is embedded as it is")]
    [TestCase(SKColorType.Rgba16161616, SKAlphaType.Opaque, false, TestName = "16-bit RGB is decoded to a bitmap for PDFsharp")]
    public void Which_pngs_are_embedded_as_they_are(SKColorType color, SKAlphaType alpha, bool direct)
    {
        var png = Encode(color, alpha);
        Assert.That(PngStream.TryRead(png) is not null, Is.EqualTo(direct));
        var pdf = Write(png);
        Assert.That(PdfStreamCheck.Incomplete(pdf), Is.Empty, "images PDFsharp imports end with their checksum too");
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var images = read.GetPages().SelectMany(p => p.GetImages()).ToList();
        Assert.That(images, Has.Count.EqualTo(2));
        Assert.That(images[0].TryGetPng(out var decoded), Is.True);
        AssertSamePixels(decoded!, png);
    }

    [Test]
    public void Not_a_png_or_a_truncated_one_is_not_taken_as_it_is()
    {
        var png = Encode(SKColorType.Rgba8888, SKAlphaType.Opaque);
        Assert.That(PngStream.TryRead([1, 2, 3]), Is.Null);
        Assert.That(PngStream.TryRead(png[..40]), Is.Null);
        var wrongLength = (byte[])png.Clone();
        wrongLength[8] = 0x7F; // IHDR length far beyond the file
        Assert.That(PngStream.TryRead(wrongLength), Is.Null);
    }

    [Test]
    public void Layout_takes_the_size_from_the_renderer_and_draws_the_charts_only_for_the_pdf()
    {
        var png = ChartSample.Renderer().Render(ChartSample.Figures[0], FigureFormat.Png).Bytes;
        var renderer = new MeasuredRenderer(png);
        var document = SampleDocument.Create();
        var context = new WriterContext(DocumentStyle.Default, renderer, new DiagnosticBag());
        var pagination = PdfSample.Writer.Layout.Paginate(document, context);
        Assert.That(pagination.PageCount, Is.GreaterThan(0));
        Assert.That(renderer.Drawn, Is.Zero, "pages are laid out from the measured size alone");

        using var stream = new MemoryStream();
        PdfSample.Writer.Write(document, context, stream, CancellationToken.None);
        Assert.That(renderer.Drawn, Is.EqualTo(2), "each figure drawn once, when the PDF is drawn");
        using var read = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        var image = read.GetPages().SelectMany(p => p.GetImages()).First();
        Assert.That(image.BoundingBox.Width / image.BoundingBox.Height, Is.EqualTo(400.0 / 250).Within(0.01), "placed at the measured proportions");
    }

    [Test]
    public void A_chart_that_fails_when_drawn_leaves_its_space_and_caption_and_no_image()
    {
        var renderer = new MeasuredRenderer([]);
        var context = new WriterContext(DocumentStyle.Default, renderer, new DiagnosticBag());
        using var stream = new MemoryStream();
        PdfSample.Writer.Write(SampleDocument.Create(), context, stream, CancellationToken.None);
        using var read = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        Assert.That(read.GetPages().Sum(p => p.GetImages().Count()), Is.Zero);
        var text = string.Concat(read.GetPages().Select(p => p.Text));
        Assert.That(text, Does.Contain("收、支决算总计变动情况").And.Contain("收入决算结构"), "the captions are still there");
    }

    private static byte[] Write(byte[] png)
    {
        var context = new WriterContext(DocumentStyle.Default, new FixedRenderer(new RenderedFigure(FigureFormat.Png, png, 400, 250)), new DiagnosticBag());
        using var stream = new MemoryStream();
        PdfSample.Writer.Write(SampleDocument.Create(), context, stream, CancellationToken.None);
        Assert.That(context.Diagnostics.HasErrors, Is.False);
        return stream.ToArray();
    }

    /// <summary>A 40×30 PNG with a gradient (and, with alpha, a transparent corner).</summary>
    private static byte[] Encode(SKColorType color, SKAlphaType alpha)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(40, 30, color, alpha));
        for (var y = 0; y < 30; y++)
        for (var x = 0; x < 40; x++)
            bitmap.SetPixel(x, y, new SKColor((byte)(x * 6), (byte)(y * 8), (byte)(x + y), alpha == SKAlphaType.Opaque || x > 5 ? (byte)255 : (byte)0));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static void AssertSamePixels(byte[] actualPng, byte[] expectedPng)
    {
        using var actual = SKBitmap.Decode(actualPng);
        using var expected = SKBitmap.Decode(expectedPng);
        Assert.That((actual.Width, actual.Height), Is.EqualTo((expected.Width, expected.Height)));
        var differing = 0;
        for (var y = 0; y < expected.Height; y++)
        for (var x = 0; x < expected.Width; x++)
        {
            var e = expected.GetPixel(x, y);
            var a = actual.GetPixel(x, y);
            if (e.Alpha == 0) continue; // transparent pixels keep no colour
            if ((e.Red, e.Green, e.Blue) != (a.Red, a.Green, a.Blue)) differing++;
        }

        Assert.That(differing, Is.Zero, "pixels that differ from the source PNG");
    }

    /// <summary>A renderer that knows a figure's size without drawing it, and counts how often it draws.</summary>
    private sealed class MeasuredRenderer(byte[] png) : IFigureRenderer
    {
        private int drawn;

        public int Drawn => drawn;

        public (double WidthPt, double HeightPt)? Measure(Figure figure, FigureFormat format) => (400, 250);

        public RenderedFigure Render(Figure figure, FigureFormat format)
        {
            Interlocked.Increment(ref drawn);
            return new RenderedFigure(format, png, 400, 250);
        }
    }

    private sealed class FixedRenderer(RenderedFigure figure) : IFigureRenderer
    {
        public RenderedFigure Render(Figure f, FigureFormat format) => figure;
    }
}
