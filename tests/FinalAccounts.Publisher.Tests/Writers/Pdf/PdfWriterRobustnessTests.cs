using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Fonts;
using FinalAccounts.Publisher.Writers.Pdf;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf;

public sealed class PdfWriterRobustnessTests
{
    [Test]
    public void Two_builds_are_byte_identical_even_from_separate_writers()
    {
        var first = PdfSample.Sample.Pdf;
        var second = PdfSample.Build(SampleDocument.Create(), new PdfWriter(PdfSample.Catalog)).Pdf;
        Assert.That(second, Is.EqualTo(first));
    }

    [Category("Slow")]
    [Test]
    public void Builds_on_parallel_threads_match_the_sequential_build()
    {
        var outputs = new byte[4][];
        Parallel.For(0, outputs.Length, i => outputs[i] = PdfSample.Build(SampleDocument.Create()).Pdf);
        foreach (var output in outputs) Assert.That(output, Is.EqualTo(PdfSample.Sample.Pdf));
    }

    [Test]
    public void Character_in_no_font_is_reported_with_its_place_and_text()
    {
        var where = new SourceLocation("templates/part3.md", 12, 5);
        var doc = new DocumentTree(SampleDocument.Create().Info,
            [new Paragraph([new Inline("收入合计\U000F0001万元")], ParagraphKind.Body, where)]);
        var bag = new DiagnosticBag();
        using var stream = new MemoryStream();
        PdfSample.Writer.Write(doc, new WriterContext(DocumentStyle.Default, null, bag), stream, CancellationToken.None);
        var error = bag.Items.Single(d => d.Code == FontDiagnostics.MissingGlyph);
        Assert.That(error.Severity, Is.EqualTo(Severity.Error));
        Assert.That(error.Location, Is.EqualTo(where));
        Assert.That(error.Message.Zh, Does.Contain("U+F0001").And.Contain("收入合计"));
        Assert.That(error.Message.En, Does.Contain("U+F0001"));
        Assert.That(stream.Length, Is.GreaterThan(0), "the rest of the document is still written");
    }

    [Test]
    public void Machine_without_cjk_fonts_gets_a_clear_error_naming_the_packages()
    {
        var empty = Directory.CreateTempSubdirectory("fa-nofonts-");
        try
        {
            var writer = new PdfWriter(new FontCatalog([empty.FullName]));
            var bag = new DiagnosticBag();
            using var stream = new MemoryStream();
            Assert.DoesNotThrow(() => writer.Write(SampleDocument.Create(), new WriterContext(DocumentStyle.Default, null, bag), stream, CancellationToken.None));
            var error = bag.Items.Single();
            Assert.That(error.Code, Is.EqualTo(FontDiagnostics.NoCjkFont));
            Assert.That(error.Message.Zh, Does.Contain("fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei"));
            Assert.That(error.Message.En, Does.Contain("simfang.ttf").And.Contain(empty.FullName));
            Assert.That(stream.Length, Is.Zero);
            Assert.That(writer.Layout.Paginate(SampleDocument.Create(), DocumentStyle.Default).PageCount, Is.Zero);
        }
        finally
        {
            empty.Delete(true);
        }
    }

    [Test]
    public void Ampersand_and_angle_brackets_in_the_title_keep_the_pdf_readable()
    {
        var sample = SampleDocument.Create();
        var doc = sample with { Info = sample.Info with { Title = "R&D <经费> 决算" } };
        var pdf = PdfSample.Build(doc).Pdf;
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.That(read.Information.Title, Is.EqualTo("R&D <经费> 决算"));
        var text = System.Text.Encoding.UTF8.GetString(pdf);
        var xmp = text[text.IndexOf("<x:xmpmeta", StringComparison.Ordinal)..(text.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + 12)];
        Assert.DoesNotThrow(() => System.Xml.Linq.XDocument.Parse(xmp));
    }

    [Test]
    public void Figure_renderer_png_is_placed_at_text_width_with_its_caption()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        var renderer = new FixedRenderer(new RenderedFigure(FigureFormat.Png, png, 400, 200));
        var doc = SampleDocument.Create();
        var context = new WriterContext(DocumentStyle.Default, renderer, new DiagnosticBag());
        var layout = PdfSample.Writer.Layout.Run(doc, context, CancellationToken.None)!;
        var images = layout.Pages.SelectMany(p => p.Ops).OfType<ImageOp>().ToList();
        Assert.That(images, Has.Count.EqualTo(2));
        var width = layout.Pages[0].Geometry.TextWidth;
        Assert.That(images[0].Width, Is.EqualTo(width).Within(0.01));
        Assert.That(images[0].Height, Is.EqualTo(width / 2).Within(0.01));
        using var stream = new MemoryStream();
        PdfSample.Writer.Write(doc, context, stream, CancellationToken.None);
        using var read = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        Assert.That(read.GetPages().Sum(p => p.GetImages().Count()), Is.EqualTo(2));
    }

    private sealed class FixedRenderer(RenderedFigure figure) : IFigureRenderer
    {
        public RenderedFigure Render(Figure f, FigureFormat format) => figure;
    }
}
