using DocumentFormat.OpenXml.Drawing.Wordprocessing;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Writers.Docx;
using FinalAccounts.Publisher.Writers.Charts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace FinalAccounts.Publisher.Tests.Writers.Charts;

/// <summary>The published sample: its four charts as PNG files beside the Markdown, and placed in the PDF and the docx with alt text.</summary>
[Category("Slow")]
public sealed class ChartDocumentTests
{
    private static readonly Lazy<Published> Sample = new(Publish);

    [Test]
    public void Markdown_refers_to_the_png_files_published_beside_it()
    {
        var published = Sample.Value;
        var markdown = File.ReadAllText(Path.Combine(published.Folder, "hongshan-jkj-2024.md"));
        foreach (var figure in ChartSample.Figures)
        {
            var file = Path.Combine(published.Folder, figure.Id + ".png");
            Assert.That(File.Exists(file), Is.True, file);
            Assert.That(markdown, Does.Contain($"]({figure.Id}.png)"));
            Assert.That(File.ReadAllBytes(file), Is.EqualTo(ChartSample.Renderer().Render(figure, FinalAccounts.Publisher.Writers.FigureFormat.Png).Bytes),
                "the file is the chart the renderer draws");
        }

        Assert.That(Directory.GetFiles(published.Folder, "*.png"), Has.Length.EqualTo(4));
    }

    [Test]
    public void Pdf_places_the_four_charts_at_300_dpi_with_their_alt_text()
    {
        var pdf = File.ReadAllBytes(Path.Combine(Sample.Value.Folder, "hongshan-jkj-2024.pdf"));
        using (var document = PigDocument.Open(pdf))
        {
            var images = document.GetPages().SelectMany(p => p.GetImages()).ToList();
            Assert.That(images, Has.Count.EqualTo(4));
            foreach (var image in images)
            {
                Assert.That(image.WidthInSamples, Is.EqualTo(1843));
                Assert.That(image.WidthInSamples / (image.BoundingBox.Width / 72), Is.EqualTo(300).Within(1), "300 dpi at the printed size");
            }
        }

        Assert.That(FigureAltTexts(pdf), Is.EqualTo(ChartSample.Figures.Select(f => f.AltText)));
    }

    [Test]
    public void Docx_holds_the_four_charts_with_their_alt_text()
    {
        using var docx = DocxTestFiles.Open(File.ReadAllBytes(Path.Combine(Sample.Value.Folder, "hongshan-jkj-2024.docx")));
        var main = docx.MainDocumentPart!;
        Assert.That(main.ImageParts.Count(), Is.EqualTo(4));
        var descriptions = main.Document!.Descendants<DocProperties>().Select(p => p.Description?.Value).ToList();
        Assert.That(descriptions, Is.EqualTo(ChartSample.Figures.Select(f => f.AltText)));
        foreach (var part in main.ImageParts)
        {
            using var stream = part.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.That(PngFile.Dpi(copy.ToArray()), Is.EqualTo(300).Within(0.01));
        }
    }

    [Test]
    public void Build_reports_no_chart_problem()
    {
        var codes = Sample.Value.Result.Diagnostics.Items.Select(d => d.Code.Id).ToList();
        Assert.That(codes, Has.None.StartsWith("FA62").And.None.StartsWith("FA63").And.None.EqualTo("FA6002"));
        Assert.That(Sample.Value.Result.Succeeded, Is.True);
    }

    [OneTimeTearDown]
    public void DeleteOutput()
    {
        if (Sample.IsValueCreated) Directory.Delete(Sample.Value.Root, true);
    }

    /// <summary>The /Alt of every /Figure structure element, in document order.</summary>
    private static List<string> FigureAltTexts(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        return document.Internals.GetAllObjects().OfType<PdfDictionary>()
            .Where(d => d.Elements.GetName("/S") == "/Figure")
            .OrderBy(d => d.Reference?.ObjectNumber ?? 0)
            .Select(d => d.Elements.GetString("/Alt"))
            .ToList();
    }

    private static Published Publish()
    {
        var root = DocxTestFiles.TempDirectory("charts-publish");
        var builder = new DisclosureBuilder(new BuildOptions(root, BuildOptions.AllFormats, SampleDisclosure.TemplatesRoot));
        var result = builder.Build(SampleDisclosure.SampleFolder);
        Assert.That(result.OutputFolder, Is.Not.Null, SampleDisclosure.Report(result.Diagnostics));
        return new Published(root, result.OutputFolder!, result);
    }

    private sealed record Published(string Root, string Folder, BuildResult Result);
}
