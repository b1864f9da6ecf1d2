using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Pdf;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf;

public sealed class PdfTypesettingTests
{
    [TestCase("fixture")]
    [TestCase("department", Category = "Slow")]
    public void No_laid_out_line_breaks_a_kinsoku_rule(string which)
    {
        var lines = PdfSample.Get(which).Layout!.Pages.SelectMany(p => p.Lines).ToList();
        Assert.That(lines, Has.Count.GreaterThan(200));
        foreach (var line in lines) Assert.That(Kinsoku.Violation(line, false, false), Is.Null, line);
    }

    [TestCase("fixture")]
    [TestCase("department", Category = "Slow")]
    public void Every_number_in_the_text_stays_on_one_line(string which)
    {
        var sample = PdfSample.Get(which);
        var lines = sample.Layout!.Pages.SelectMany(p => p.Lines).ToList();
        var numbers = sample.Document.Blocks.OfType<Paragraph>()
            .SelectMany(p => Regex.Matches(p.PlainText, @"\d[\d,]*(\.\d+)?%?").Select(m => m.Value)).Distinct().ToList();
        Assert.That(numbers, Does.Contain("24.4%"));
        foreach (var number in numbers) Assert.That(lines.Any(l => l.Contains(number, StringComparison.Ordinal)), number);
    }

    [TestCase("fixture")]
    [TestCase("department", Category = "Slow")]
    public void Headings_are_never_the_last_thing_on_a_page(string which)
    {
        foreach (var page in PdfSample.Get(which).Layout!.Pages)
        {
            var anchors = page.Ops.Select((o, i) => (o, i)).Where(x => x.o is AnchorOp).ToList();
            foreach (var (op, i) in anchors)
            {
                var after = page.Ops.Skip(i + 1).OfType<TextOp>().Where(t => t.Top > ((AnchorOp)op).Y + 30 && t.Top < page.Geometry.TextBottom).ToList();
                Assert.That(after, Is.Not.Empty, $"heading '{((AnchorOp)op).Title}' has nothing below it on its page");
            }
        }
    }

    [TestCase("fixture")]
    [TestCase("department", Category = "Slow")]
    public void Sample_fonts_are_embedded_as_tagged_subsets_in_a_small_file(string which)
    {
        var pdf = PdfSample.Get(which).Pdf;
        Assert.That(pdf.Length, Is.LessThan(1_500_000));
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.That(fonts, Is.Not.Empty);
        foreach (var font in fonts) Assert.That(font, Does.Match(@"^[A-Z]{6}\+"), font);
    }

    [Test]
    public void Pdf_is_tagged_with_headings_tables_spans_and_figures_with_alt_text()
    {
        var text = System.Text.Encoding.Latin1.GetString(PdfSample.Sample.Pdf);
        Assert.That(text, Does.Contain("/StructTreeRoot"));
        Assert.That(text, Does.Contain("/MarkInfo"));
        foreach (var tag in new[] { "/H1", "/H2", "/H3", "/H4", "/H5", "/P", "/L", "/LI", "/Table", "/TR", "/TH", "/TD", "/Figure", "/TOC", "/TOCI", "/Link" })
            Assert.That(text, Does.Contain("/S" + tag + "/").Or.Contain("/S" + tag + ">").Or.Contain("/S" + tag + " "), tag);
        Assert.That(text, Does.Contain("/ColSpan"));
        Assert.That(text, Does.Contain("/RowSpan"));
        Assert.That(text, Does.Contain("/Scope/Column"));
        Assert.That(text, Does.Contain("/Lang"));
    }

    [Test]
    public void Pdf_has_nested_bookmarks_and_document_info()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(PdfSample.Sample.Pdf);
        Assert.That(document.TryGetBookmarks(out var bookmarks), Is.True);
        var roots = bookmarks!.Roots;
        Assert.That(roots.Select(r => r.Title), Does.Contain("第一部分 武汉市洪山区经济信息化和科技创新局概况"));
        Assert.That(roots[0].Children.Select(c => c.Title), Does.Contain("一、部门主要职责"));
        Assert.That(document.Information.Title, Is.EqualTo("2024年度武汉市洪山区经济信息化和科技创新局部门决算"));
        Assert.That(document.Information.Author, Is.EqualTo("武汉市洪山区经济信息化和科技创新局"));
        Assert.That(document.Information.CreationDate, Does.StartWith("D:20250210"));
    }
}
