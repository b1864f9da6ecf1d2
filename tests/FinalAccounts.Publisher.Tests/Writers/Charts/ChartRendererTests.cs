using System.Xml.Linq;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Writers.Docx;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Charts;
using FinalAccounts.Publisher.Writers.Fonts;
using SkiaSharp;

namespace FinalAccounts.Publisher.Tests.Writers.Charts;

/// <summary>What the renderer draws: decodable PNGs at 300 dpi of the text width, not blank, reproducible; SVG with text.</summary>
public sealed class ChartRendererTests
{
    private static IEnumerable<string> Captions => ChartSample.Figures.Select(f => f.Caption);

    [TestCaseSource(nameof(Captions))]
    public void Png_decodes_at_300_dpi_of_the_text_width(string caption)
    {
        var rendered = ChartSample.Renderer().Render(ChartSample.Figure(caption), FigureFormat.Png);
        using var bitmap = SKBitmap.Decode(rendered.Bytes) ?? throw new AssertionException("the PNG does not decode");

        // The sample style's text width is 210 − 28 − 26 = 156 mm; charts are 16:10.
        var widthPx = (int)Math.Round(156 / 25.4 * 300, MidpointRounding.AwayFromZero);
        Assert.That(bitmap.Width, Is.EqualTo(widthPx));
        Assert.That(bitmap.Height, Is.EqualTo((int)Math.Round(156 / 1.6 / 25.4 * 300, MidpointRounding.AwayFromZero)).Within(1));
        Assert.That(rendered.WidthPt, Is.EqualTo(156 / 25.4 * 72).Within(0.2), "printed at the text width");
        Assert.That(rendered.WidthPt / 72 * 300, Is.EqualTo(bitmap.Width).Within(1e-6), "pixels are exactly 300 dpi at the printed size");
        Assert.That(rendered.HeightPt / 72 * 300, Is.EqualTo(bitmap.Height).Within(1e-6));
        Assert.That(PngFile.Dpi(rendered.Bytes), Is.EqualTo(300).Within(0.01), "the pHYs chunk says 300 dpi");
    }

    [TestCaseSource(nameof(Captions))]
    public void Png_is_not_blank_and_has_dark_marks_in_the_plot_area_and_text_in_the_key(string caption)
    {
        var figure = ChartSample.Figure(caption);
        using var bitmap = SKBitmap.Decode(ChartSample.Renderer().Render(figure, FigureFormat.Png).Bytes);
        Assert.That(ChartSample.DarkPixels(bitmap, 0, 0, 1, 1, threshold: 250), Is.GreaterThan(bitmap.Width * bitmap.Height / 20), "not blank");
        if (figure.Chart.Kind == ChartKind.Pie)
        {
            // The pie's middle is painted; the key at the right has dark text.
            Assert.That(ChartSample.DarkPixels(bitmap, 0.15, 0.3, 0.45, 0.7, threshold: 200), Is.GreaterThan(10000), "pie");
            Assert.That(ChartSample.DarkPixels(bitmap, 0.5, 0.2, 1, 0.8, threshold: 60), Is.GreaterThan(500), "key text");
        }
        else
        {
            // This year's bars are dark; the unit at the top left and the labels are text.
            Assert.That(ChartSample.DarkPixels(bitmap, 0.1, 0.4, 0.95, 0.9, threshold: 110), Is.GreaterThan(10000), "bars");
            Assert.That(ChartSample.DarkPixels(bitmap, 0, 0, 0.2, 0.08, threshold: 60), Is.GreaterThan(200), "unit text");
            Assert.That(ChartSample.DarkPixels(bitmap, 0.1, 0.92, 0.95, 1, threshold: 60), Is.GreaterThan(200), "category names");
        }
    }

    [Test]
    public void Two_renderers_draw_byte_identical_png_and_svg()
    {
        foreach (var figure in ChartSample.Figures)
        {
            foreach (var format in new[] { FigureFormat.Png, FigureFormat.Svg })
            {
                var a = ChartSample.Renderer().Render(figure, format);
                var b = ChartSample.Renderer().Render(figure, format);
                Assert.That(a.Bytes, Is.Not.Empty);
                Assert.That(b.Bytes, Is.EqualTo(a.Bytes), $"{figure.Label} {format}");
            }
        }
    }

    [Test]
    public void Each_figure_is_drawn_once_per_format_and_renderer()
    {
        var renderer = ChartSample.Renderer();
        var figure = ChartSample.Figures[0];
        var png = renderer.Render(figure, FigureFormat.Png);
        Assert.That(renderer.Render(figure, FigureFormat.Png), Is.SameAs(png));
        Assert.That(renderer.Render(figure, FigureFormat.Svg).Format, Is.EqualTo(FigureFormat.Svg));
    }

    [Test]
    public void Png_keeps_only_image_chunks_and_its_resolution()
    {
        var bytes = ChartSample.Renderer().Render(ChartSample.Figures[0], FigureFormat.Png).Bytes;
        var chunks = new List<string>();
        for (var at = 8; at + 8 <= bytes.Length;)
        {
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            chunks.Add(System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4));
            at += 12 + length;
        }

        Assert.That(chunks.Distinct(), Is.EqualTo(new[] { "IHDR", "pHYs", "IDAT", "IEND" }), "no time, text or profile chunks");
    }

    [Test]
    public void Svg_has_the_category_names_as_text_in_the_chinese_family_with_fallbacks()
    {
        var figure = ChartSample.Figure("收、支决算总计变动情况");
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(ChartSample.Renderer().Render(figure, FigureFormat.Svg).Bytes));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = svg.Descendants(ns + "text").ToList();
        var words = texts.Select(t => t.Value.Trim()).ToList();
        Assert.That(words, Is.SupersetOf(new[] { "收入总计", "支出总计", "2023年度", "2024年度", "单位：万元", "35549.61", "26864.63" }));
        Assert.That(svg.Root!.Attribute("viewBox")?.Value, Does.StartWith("0 0 "));
        var family = texts.First(t => t.Value.Trim() == "收入总计").Attribute("font-family")!.Value;
        var expected = ChartSample.Style.Font(StyleRole.TableHeader).Families;
        Assert.That(family, Does.Contain("'" + expected[0] + "'").Or.Contain(expected[0]), "the style's first choice is named");
        Assert.That(family, Does.EndWith("serif"), "a generic family ends the list");
        Assert.That(texts.Select(t => t.Attribute("x")?.Value ?? ""), Has.None.EndsWith(","), "position lists parse");
        var ids = svg.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToList();
        Assert.That(ids, Is.Not.Empty.And.All.StartsWith(figure.Id + "-"), "ids are the figure's own (several SVGs can share a page)");
    }

    [Test]
    public void Without_a_chinese_font_figures_come_back_empty_and_FA6001_is_reported_once()
    {
        var empty = DocxTestFiles.TempDirectory("charts-nofont");
        try
        {
            var bag = new DiagnosticBag();
            var renderer = new ChartRenderer(new FontCatalog([empty]), ChartSample.Style, bag);
            foreach (var figure in ChartSample.Figures)
                Assert.That(renderer.Render(figure, FigureFormat.Png).Bytes, Is.Empty);
            Assert.That(bag.Items.Select(d => d.Code.Id), Is.EqualTo(new[] { "FA6001" }));
            Assert.That(bag.Items[0].Message.En, Does.Contain(empty));
        }
        finally
        {
            Directory.Delete(empty, true);
        }
    }

    [Test]
    public void A_character_in_no_font_is_reported_once_per_figure()
    {
        var bag = new DiagnosticBag();
        var figure = ChartSample.Made(ChartKind.Bar, ["甲\uE000"], new ChartSeries("2024年度", [1m], ["1万元"]));
        var renderer = ChartSample.Renderer(bag);
        renderer.Render(figure, FigureFormat.Png);
        renderer.Render(figure, FigureFormat.Svg);
        var missing = bag.Items.Where(d => d.Code.Id == "FA6002").ToList();
        Assert.That(missing, Has.Count.EqualTo(1));
        Assert.That(missing[0].Location, Is.EqualTo(figure.Location));
    }
}
