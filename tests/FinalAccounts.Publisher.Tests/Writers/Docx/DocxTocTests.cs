using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Shared;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

/// <summary>The TOC is a real field whose result is already filled with linked entries and page numbers.</summary>
public sealed class DocxTocTests
{
    private static readonly List<Heading> TocHeadings =
        SampleDocument.Create().Blocks.OfType<Heading>().Where(h => h.InToc && h.Level <= 2).ToList();

    [Test]
    public void Toc_field_result_has_one_linked_entry_with_a_page_number_per_heading()
    {
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write());
        var entries = TocEntries(doc.MainDocumentPart!.Document!.Body!);
        Assert.That(entries.Select(e => e.Text), Is.EqualTo(TocHeadings.Select(h => h.FullText)));
        Assert.That(entries.Select(e => e.Anchor), Is.EqualTo(TocHeadings.Select(h => h.Id.Replace('-', '_'))));
        Assert.That(entries.Select(e => e.Style), Is.EqualTo(TocHeadings.Select(h => "TOC" + h.Level)));
        var pages = entries.Select(e => int.Parse(e.Page)).ToList();
        Assert.That(pages, Is.All.GreaterThanOrEqualTo(1));
        Assert.That(pages, Is.Ordered);
    }

    [Test]
    public void Toc_field_covers_the_requested_levels_and_ends_after_the_last_entry()
    {
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write());
        var body = doc.MainDocumentPart!.Document!.Body!;
        var codes = body.Descendants<FieldCode>().Select(f => f.Text.Trim()).ToList();
        Assert.That(codes[0], Is.EqualTo("TOC \\o \"1-2\" \\h \\z \\u"));
        var chars = body.Descendants<FieldChar>().Select(f => f.FieldCharType!.Value).ToList();
        Assert.That(chars.Count(c => c == FieldCharValues.Begin), Is.EqualTo(chars.Count(c => c == FieldCharValues.End)), "every field is closed");
        var tocParagraphs = body.Elements<W.Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("TOC", StringComparison.Ordinal) == true).ToList();
        Assert.That(tocParagraphs.Last().Elements<W.Run>().Last().GetFirstChild<FieldChar>()!.FieldCharType!.Value, Is.EqualTo(FieldCharValues.End));
    }

    [Test]
    public void Page_numbers_from_the_PDF_layout_fill_the_toc()
    {
        var pages = TocHeadings.Select((h, i) => (h.Id, Page: 10 + i)).ToDictionary(x => x.Id, x => x.Page);
        var context = new WriterContext(DocumentStyle.Default, null, new DiagnosticBag(), new Pagination(pages, 40, 2));
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write(context: context));
        var entries = TocEntries(doc.MainDocumentPart!.Document!.Body!);
        Assert.That(entries.Select(e => e.Page), Is.EqualTo(TocHeadings.Select(h => pages[h.Id].ToString())));
    }

    [Test]
    public void Estimated_page_numbers_start_at_the_body_and_follow_page_breaks_and_landscape_sections()
    {
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write());
        var pages = TocEntries(doc.MainDocumentPart!.Document!.Body!).ToDictionary(e => e.Text, e => int.Parse(e.Page));
        Assert.That(pages["第一部分 武汉市洪山区经济信息化和科技创新局概况"], Is.EqualTo(1), "the body is numbered from 1");
        Assert.That(pages["九、财政拨款“三公”经费支出决算表"], Is.GreaterThan(pages["三、支出决算表"] + 1), "the 70-row table spans pages");
        Assert.That(pages["第三部分 武汉市洪山区经济信息化和科技创新局2024年度部门决算情况说明"], Is.EqualTo(pages["九、财政拨款“三公”经费支出决算表"] + 1));
    }

    internal sealed record Entry(string Style, string Text, string Anchor, string Page);

    internal static List<Entry> TocEntries(Body body) =>
        body.Elements<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("TOC", StringComparison.Ordinal) == true
                && p.ParagraphProperties.ParagraphStyleId.Val.Value != "TOCHeading")
            .Select(p =>
            {
                var link = p.GetFirstChild<Hyperlink>()!;
                var runs = link.Elements<W.Run>().ToList();
                var text = runs[0].InnerText;
                Assert.That(runs[1].GetFirstChild<TabChar>(), Is.Not.Null, "a tab to the dot leader");
                Assert.That(link.Descendants<FieldCode>().Single().Text.Trim(), Is.EqualTo($"PAGEREF {link.Anchor!.Value} \\h"));
                var page = string.Concat(runs.Skip(2).SelectMany(r => r.Elements<Text>()).Select(t => t.Text));
                return new Entry(p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!, text, link.Anchor.Value!, page);
            })
            .ToList();
}
