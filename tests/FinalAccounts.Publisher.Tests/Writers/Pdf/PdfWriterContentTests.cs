using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf;

public sealed class PdfWriterContentTests
{
    [Test]
    public void Sample_is_written_without_diagnostics()
    {
        var sample = PdfSample.Sample;
        Assert.That(sample.Layout, Is.Not.Null);
        Assert.That(sample.Diagnostics.Items.Where(d => d.Severity != Diagnostics.Severity.Info), Is.Empty);
        Assert.That(sample.Pdf, Has.Length.GreaterThan(1000));
    }

    [TestCase("fixture")]
    [TestCase("department", Category = "Slow")]
    public void Every_laid_out_line_reads_back_on_the_page_the_layout_says(string which)
    {
        var sample = PdfSample.Get(which);
        var texts = PdfReadBack.PageTexts(sample.Pdf);
        Assert.That(texts, Has.Count.EqualTo(sample.Layout!.Pages.Count));
        for (var i = 0; i < texts.Count; i++)
        {
            foreach (var line in sample.Layout.Pages[i].Lines)
                Assert.That(texts[i], Does.Contain(PdfReadBack.Squash(line)), $"page {i + 1}");
        }
    }

    [TestCase("fixture")]
    [TestCase("department", Category = "Slow")]
    public void Every_paragraph_and_table_figure_appears_in_the_pdf(string which)
    {
        var sample = PdfSample.Get(which);
        // Page numbers (—7—) sit between the parts of a paragraph that runs over a page.
        var all = Regex.Replace(string.Concat(PdfReadBack.PageTexts(sample.Pdf)), "—[0-9]+—", "");
        foreach (var p in sample.Document.Blocks.OfType<Paragraph>())
            Assert.That(all, Does.Contain(PdfReadBack.Squash(p.PlainText)));
        var pages = PdfReadBack.PageTexts(sample.Pdf);
        foreach (var table in sample.Document.Blocks.OfType<Table>())
        {
            foreach (var cell in table.Body.SelectMany(r => r.Cells).Where(c => Regex.IsMatch(c.Text, @"^[\d,.%]+$")))
                Assert.That(pages.Any(p => p.Contains(cell.Text, StringComparison.Ordinal)), cell.Text);
        }
    }

    [TestCase("fixture")]
    [TestCase("department", Category = "Slow")]
    public void Toc_page_numbers_equal_the_pages_where_headings_are_drawn(string which)
    {
        var sample = PdfSample.Get(which);
        var layout = sample.Layout!;
        var toc = sample.Document.Blocks.OfType<TableOfContents>().Single();
        var entries = sample.Document.Blocks.OfType<Heading>().Where(h => h.InToc && h.Level <= toc.MaxLevel).ToList();
        var printed = layout.Pages.Where(p => p.Number is null).SelectMany(p => p.Lines)
            .Select(l => Regex.Match(l, @"\.{3,}(\d+)$")).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.That(printed, Has.Count.EqualTo(entries.Count));
        var texts = PdfReadBack.PageTexts(sample.Pdf);
        for (var i = 0; i < entries.Count; i++)
        {
            var heading = PdfReadBack.Squash(entries[i].FullText);
            var placed = layout.Headings.Single(h => h.Id == entries[i].Id);
            Assert.That(texts[placed.PageIndex], Does.Contain(heading[..Math.Min(12, heading.Length)]), entries[i].Id);
            Assert.That(texts[placed.PageIndex], Does.Contain($"—{printed[i]}—"), $"{entries[i].Id}: footer of its page");
            Assert.That(layout.Pages[placed.PageIndex].Number, Is.EqualTo(printed[i]), entries[i].Id);
        }
    }

    [Test]
    public void Pagination_api_gives_the_page_numbers_the_pdf_prints()
    {
        var sample = PdfSample.Sample;
        var pagination = PdfSample.Writer.Layout.Paginate(sample.Document, DocumentStyle.Default);
        Assert.That(pagination.HeadingPages, Is.EquivalentTo(sample.Layout!.HeadingPages()));
        Assert.That(pagination.PageCount, Is.EqualTo(sample.Layout.Pages.Count));
        Assert.That(pagination.HeadingPages["part-1"], Is.EqualTo(1));
    }

    [Test]
    public void Long_table_shows_its_header_rows_on_every_page_it_spans()
    {
        var texts = PdfReadBack.PageTexts(PdfSample.Sample.Pdf);
        var pages = texts.Where(t => t.Contains("科学技术管理事务第", StringComparison.Ordinal)).ToList();
        Assert.That(pages, Has.Count.GreaterThanOrEqualTo(2));
        foreach (var page in pages)
        {
            Assert.That(page, Does.Contain("功能分类科目编码"));
            Assert.That(page, Does.Contain("本年支出合计"));
            Assert.That(page, Does.Contain("类/款/项栏次123"));
        }
    }

    [Test]
    public void Wide_table_gets_a_landscape_page_between_portrait_pages()
    {
        var pages = PdfReadBack.Pages(PdfSample.Sample.Pdf);
        var i = pages.FindIndex(p => string.Concat(p.Letters.Select(l => l.Value)).Contains("公务用车运行维护费", StringComparison.Ordinal));
        Assert.That(i, Is.GreaterThan(0));
        Assert.That(pages[i].Width, Is.GreaterThan(pages[i].Height));
        Assert.That(pages[i - 1].Width, Is.LessThan(pages[i - 1].Height));
        Assert.That(pages[i + 1].Width, Is.LessThan(pages[i + 1].Height));
    }
}
