using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

/// <summary>The Word structure of the sample: styles, merges, repeated headers, sections, footer, language.</summary>
public sealed class DocxStructureTests
{
    private static readonly DocumentTree Sample = SampleDocument.Create();

    [Test]
    public void Headings_use_heading_styles_with_outline_levels_and_bookmarks()
    {
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write());
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().ToList();
        foreach (var heading in Sample.Blocks.OfType<Heading>())
        {
            var p = paragraphs.Single(x => x.InnerText == heading.FullText);
            Assert.That(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Is.EqualTo("Heading" + heading.Level), heading.FullText);
            Assert.That(p.Elements<BookmarkStart>().Single().Name?.Value, Is.EqualTo(heading.Id.Replace('-', '_')));
        }

        var styles = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        for (var level = 1; level <= 5; level++)
        {
            var style = styles["Heading" + level];
            Assert.That(style.StyleName!.Val!.Value, Is.EqualTo("heading " + level));
            Assert.That(style.StyleParagraphProperties!.OutlineLevel!.Val!.Value, Is.EqualTo(level - 1));
        }
    }

    [Test]
    public void Merged_header_cells_use_gridSpan_and_vMerge()
    {
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write());
        var table01 = TableAfter(doc, "公开01表");
        var firstRow = table01.Elements<W.TableRow>().First().Elements<W.TableCell>().ToList();
        Assert.That(firstRow.Select(c => c.InnerText), Is.EqualTo(new[] { "收入", "支出" }));
        Assert.That(firstRow.Select(c => c.TableCellProperties!.GridSpan!.Val!.Value), Is.EqualTo(new[] { 3, 3 }));

        var table03 = TableAfter(doc, "公开03表");
        var rows = table03.Elements<W.TableRow>().ToList();
        var restart = rows[0].Elements<W.TableCell>().Where(c => c.TableCellProperties?.VerticalMerge?.Val?.Value == MergedCellValues.Restart).ToList();
        Assert.That(restart.Select(c => c.InnerText), Is.EqualTo(new[] { "本年支出合计", "基本支出", "项目支出" }));
        var continued = rows[1].Elements<W.TableCell>().Where(c => c.TableCellProperties?.VerticalMerge is { Val: null }).ToList();
        Assert.That(continued, Has.Count.EqualTo(3));
        Assert.That(rows.All(r => r.Elements<W.TableCell>().Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1) == 5), Is.True,
            "every row covers the five grid columns");
    }

    [Test]
    public void Header_rows_repeat_on_each_page_and_no_row_splits()
    {
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write());
        var table03 = TableAfter(doc, "公开03表");
        var rows = table03.Elements<W.TableRow>().ToList();
        var repeated = rows.Select(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null).ToList();
        Assert.That(repeated.Take(3), Is.All.True, "two header rows and the 栏次 row repeat");
        Assert.That(repeated.Skip(3), Is.All.False);
        Assert.That(rows.All(r => r.TableRowProperties?.GetFirstChild<CantSplit>() is not null), Is.True);
        Assert.That(table03.GetFirstChild<TableProperties>()!.TableLayout!.Type!.Value, Is.EqualTo(TableLayoutValues.Fixed));
    }

    [Test]
    public void Numbers_are_right_aligned()
    {
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write());
        var cells = TableAfter(doc, "公开03表").Descendants<W.TableCell>().Where(c => c.InnerText == "1,037.50").ToList();
        Assert.That(cells, Is.Not.Empty);
        Assert.That(cells.Select(c => c.GetFirstChild<W.Paragraph>()!.ParagraphProperties!.Justification!.Val!.Value), Is.All.EqualTo(JustificationValues.Right));
    }

    [Test]
    public void Wide_table_and_form_sit_in_landscape_sections_with_the_same_footer()
    {
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write());
        var body = doc.MainDocumentPart!.Document!.Body!;
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.That(sections.Select(Orientation), Is.EqualTo(new[] { "portrait", "portrait", "landscape", "portrait", "landscape", "portrait" }));
        var footers = sections.Select(s => s.Elements<FooterReference>().SingleOrDefault()?.Id?.Value).ToList();
        Assert.That(footers, Is.EqualTo(new[] { null, "rIdFooter", "rIdFooter", "rIdFooter", "rIdFooter", "rIdFooter" }));
        Assert.That(sections.Select(s => s.GetFirstChild<PageNumberType>()?.Start?.Value),
            Is.EqualTo(new int?[] { null, 1, null, null, null, null }), "the body from 1, running on across sections");

        // The 09 table and its heading end the first landscape section.
        var elements = body.Elements().ToList();
        var start = elements.IndexOf(sections[1].Ancestors<W.Paragraph>().Single());
        var end = elements.IndexOf(sections[2].Ancestors<W.Paragraph>().Single());
        var between = elements.GetRange(start + 1, end - start);
        Assert.That(between.First().InnerText, Is.EqualTo("九、财政拨款“三公”经费支出决算表"));
        Assert.That(between.OfType<W.Table>().Count(), Is.EqualTo(1));
    }

    [Test]
    public void Cover_and_contents_have_no_page_number_and_the_body_starts_at_1_on_its_first_part()
    {
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write());
        var body = doc.MainDocumentPart!.Document!.Body!;
        var front = body.Descendants<SectionProperties>().First();
        Assert.That(front.Elements<FooterReference>(), Is.Empty, "the cover and the contents print no number");
        var frontEnd = body.Elements().ToList().IndexOf(front.Ancestors<W.Paragraph>().Single());
        var firstBody = body.Elements().Skip(frontEnd + 1).OfType<W.Paragraph>().First();
        Assert.That(firstBody.InnerText, Does.StartWith("第一部分"));
        var second = body.Descendants<SectionProperties>().ElementAt(1);
        Assert.That(second.GetFirstChild<PageNumberType>()!.Start!.Value, Is.EqualTo(1));
        var footer = (FooterPart)doc.MainDocumentPart.GetPartById("rIdFooter");
        var p = footer.Footer!.Elements<W.Paragraph>().Single();
        Assert.That(p.Descendants<FieldCode>().Single().Text.Trim(), Is.EqualTo("PAGE"));
        Assert.That(string.Concat(p.Descendants<Text>().Select(t => t.Text)), Is.EqualTo("— 1 —"), "the field's result inside the pattern");
        Assert.That(doc.MainDocumentPart.FooterParts.Count(), Is.EqualTo(1));
    }

    [Test]
    public void The_page_number_prints_where_the_pdf_prints_it_below_the_text_block()
    {
        var style = DocumentStyle.Default;
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write());
        var section = doc.MainDocumentPart!.Document!.Body!.Descendants<SectionProperties>().ElementAt(1);
        var margin = section.GetFirstChild<PageMargin>()!;
        var size = style.Font(StyleRole.PageNumber).SizePt;
        // The PDF draws the number's line from footer_mm above the page's bottom edge down by its size; Word measures the
        // footer distance to the footer's bottom.
        Assert.That(margin.Footer!.Value, Is.EqualTo((style.Page.FooterMm * 72 / 25.4 - size) * 20).Within(1));
        var footer = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Footer");
        var line = footer.StyleParagraphProperties!.SpacingBetweenLines!;
        Assert.That((line.Line!.Value, line.LineRule!.Value), Is.EqualTo(((size * 20).ToString(System.Globalization.CultureInfo.InvariantCulture), LineSpacingRuleValues.Exact)));
        Assert.That(margin.Footer.Value + size * 20, Is.LessThan(margin.Bottom!.Value), "the footer stays below the text block");
    }

    [Test]
    public void East_Asian_fonts_and_zh_CN_language_are_set()
    {
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write());
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.That(defaults.Languages!.EastAsia!.Value, Is.EqualTo("zh-CN"));
        Assert.That(defaults.RunFonts!.EastAsia!.Value, Is.EqualTo("仿宋_GB2312"));
        var byId = styles.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.That(byId["Heading2"].StyleRunProperties!.RunFonts!.EastAsia!.Value, Is.EqualTo("黑体"));
        Assert.That(byId["Heading3"].StyleRunProperties!.RunFonts!.EastAsia!.Value, Is.EqualTo("楷体_GB2312"));
        Assert.That(byId["TableText"].StyleRunProperties!.RunFonts!.EastAsia!.Value, Is.EqualTo("宋体"));
        Assert.That(byId["TableText"].StyleRunProperties!.FontSize!.Val!.Value, Is.EqualTo("21"));
        var pPr = styles.DocDefaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!;
        Assert.That(pPr.Kinsoku, Is.Not.Null);
    }

    [Test]
    public void Body_text_is_justified_with_a_fixed_line_pitch_and_a_two_character_indent()
    {
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write());
        var byId = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        var normal = byId["Normal"].StyleParagraphProperties!;
        Assert.That(normal.SpacingBetweenLines!.LineRule!.Value, Is.EqualTo(LineSpacingRuleValues.Exact));
        Assert.That(normal.SpacingBetweenLines.Line!.Value, Is.EqualTo("570"));
        Assert.That(normal.Justification!.Val!.Value, Is.EqualTo(JustificationValues.Both));
        Assert.That(byId["BodyText"].StyleParagraphProperties!.Indentation!.FirstLineChars!.Value, Is.EqualTo(200));
        var bodyParagraphs = doc.MainDocumentPart.Document!.Body!.Elements<W.Paragraph>()
            .Where(p => p.InnerText.StartsWith("武汉市洪山区经济信息化和科技创新局要紧紧围绕", StringComparison.Ordinal));
        Assert.That(bodyParagraphs.Single().ParagraphProperties!.ParagraphStyleId!.Val!.Value, Is.EqualTo("BodyText"));
    }

    [Test]
    public void Word_is_not_asked_to_update_fields_and_properties_come_from_the_document_info()
    {
        using var doc = DocxTestFiles.Open(DocxTestFiles.Write());
        Assert.That(doc.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>(), Is.Null,
            "the contents hold the pagination's numbers; Word would replace them with its own and ask the reader first");
        var core = doc.PackageProperties;
        Assert.That(core.Title, Is.EqualTo(Sample.Info.Title));
        Assert.That(core.Creator, Is.EqualTo(Sample.Info.Author));
        Assert.That(core.Subject, Is.EqualTo(Sample.Info.Subject));
        Assert.That(core.Language, Is.EqualTo("zh-CN"));
        Assert.That(core.Created, Is.EqualTo(Sample.Info.Date.UtcDateTime));
        Assert.That(core.Modified, Is.EqualTo(Sample.Info.Date.UtcDateTime));
    }

    private static string Orientation(SectionProperties s)
    {
        var size = s.GetFirstChild<PageSize>()!;
        var landscape = size.Orient?.Value == PageOrientationValues.Landscape;
        Assert.That(landscape, Is.EqualTo(size.Width!.Value > size.Height!.Value), "orientation matches the page size");
        return landscape ? "landscape" : "portrait";
    }

    /// <summary>The first table after the paragraph whose text is <paramref name="marker"/> (a form number).</summary>
    internal static W.Table TableAfter(WordprocessingDocument doc, string marker) =>
        doc.MainDocumentPart!.Document!.Body!.Elements()
            .SkipWhile(e => e is not W.Paragraph p || !p.InnerText.Contains(marker, StringComparison.Ordinal))
            .OfType<W.Table>().First();
}
