using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Html;

internal static partial class HtmlStyleSheet
{
    /// <summary>
    /// The print style, from the house style's page and sizes: A4 with its margins, page numbers at the foot (not on the
    /// cover), header rows repeated on every page, figures kept whole, wide tables on a landscape page, and the page
    /// rules of every edition (<see cref="PageRules"/>, <see cref="KeepRules"/>): lines of paragraphs and table cells
    /// (a tall row splits, a short one does not), a table's first and last rows, totals, label rows, notes and
    /// statements kept together.
    /// </summary>
    private static string Print(DocumentStyle style)
    {
        var page = style.Page;
        var margins = $"{Mm(page.TopMm)} {Mm(page.RightMm)} {Mm(page.BottomMm)} {Mm(page.LeftMm)}";
        var size = $"{Mm(page.WidthMm)} {Mm(page.HeightMm)}";
        var landscape = $"{Mm(page.HeightMm)} {Mm(page.WidthMm)}";
        var number = style.PageNumberFormat.Split("{0}");
        var pageNumber = number.Length == 2 ? $"{Quote(number[0])} counter(page) {Quote(number[1])}" : "counter(page)";
        var footer = Mm(Math.Max(page.BottomMm - page.FooterMm, 0) + 4);
        var table = Font(style, StyleRole.TableText).SizePt;
        var rules = PageRules.Default;
        return $$"""
            @page { size: {{size}}; margin: {{margins}};
              @bottom-center { content: {{pageNumber}}; font-family: var(--font-page-number); font-size: {{Pt(Font(style, StyleRole.PageNumber).SizePt)}}; vertical-align: top; padding-top: {{footer}}; } }
            @page :first { @bottom-center { content: none; } }
            @page wide { size: {{landscape}}; margin: {{margins}}; }
            @media print {
              html { background: none; }
              body { margin: 0; max-width: none; padding: 0; box-shadow: none; font-size: {{Pt(Font(style, StyleRole.Body).SizePt)}}; line-height: {{Pt(style.BodyLinePitchPt)}}; }
              a { color: inherit; text-decoration: none; }
              .skip-link, .downloads, .chart-data { display: none; }
              .doc-header { border-bottom: none; padding: 0; margin: 0; min-height: {{Mm(page.HeightMm - page.TopMm - page.BottomMm - 2)}}; display: flex; flex-direction: column; justify-content: center; break-after: page; page-break-after: always; }
              .doc-title { font-size: {{Pt(Font(style, StyleRole.Title).SizePt)}}; line-height: 1.6; margin-bottom: 12mm; }
              .doc-title + .subtitle { margin-top: 60mm; }
              .subtitle { font-size: {{Pt(Font(style, StyleRole.Subtitle).SizePt)}}; line-height: {{Pt(style.BodyLinePitchPt)}}; }
              .toc { background: none; border: none; padding: 0; margin: 0; }
              .toc-title { font-size: {{Pt(Font(style, StyleRole.TocTitle).SizePt)}}; margin-bottom: 6mm; }
              .toc ol { font-size: {{Pt(Font(style, StyleRole.TocEntry).SizePt)}}; line-height: 1.6; }
              .toc .toc-1 > a { font-weight: bold; }
              h2 { font-size: {{Pt(Font(style, StyleRole.Heading1).SizePt)}}; border: none; margin: 0 0 {{Pt(style.BodyLinePitchPt)}}; padding: 0; }
              h3 { font-size: {{Pt(Font(style, StyleRole.Heading2).SizePt)}}; }
              h4 { font-size: {{Pt(Font(style, StyleRole.Heading3).SizePt)}}; }
              h5 { font-size: {{Pt(Font(style, StyleRole.Heading4).SizePt)}}; }
              h6 { font-size: {{Pt(Font(style, StyleRole.Heading5).SizePt)}}; }
              h3, h4, h5, h6 { margin: 0; line-height: {{Pt(style.BodyLinePitchPt)}}; }
              h2, h3, h4, h5, h6, caption { break-after: avoid; page-break-after: avoid; }
              p { margin: 0; orphans: {{rules.OrphanLines}}; widows: {{rules.WidowLines}}; }
              p.note { font-size: {{Pt(Font(style, StyleRole.Note).SizePt)}}; line-height: 1.5; color: #000; }
              .page-start { break-before: page; page-break-before: always; }
              .table-block { margin: 3mm 0 5mm; }
              .table-scroll { overflow: visible; }
              table { font-size: {{Pt(table)}}; line-height: {{Pt(table * style.TableLinePitchFactor)}}; }
              .wide { page: wide; }
              .wide table { min-width: 0; }
              caption { font-size: {{Pt(Font(style, StyleRole.TableMeta).SizePt)}}; break-inside: avoid; page-break-inside: avoid; }
              .table-meta { font-size: {{Pt(Font(style, StyleRole.TableMeta).SizePt)}}; }
              th, td { border-color: #000; padding: 1mm 1.5mm; }
              thead { display: table-header-group; }
              tfoot { display: table-footer-group; }
              thead th, thead td, tr.total th, tr.total td { background: none; }
              figure, .chart-image { break-inside: avoid; page-break-inside: avoid; }
              th, td { orphans: {{rules.OrphanLines}}; widows: {{rules.WidowLines}}; }
              tbody.keep { break-inside: avoid; page-break-inside: avoid; }
              .table-scroll + p.note, p.kept { break-before: avoid; page-break-before: avoid; }
              tbody tr:hover th, tbody tr:hover td { background: none; }
              figcaption { font-size: {{Pt(Font(style, StyleRole.Caption).SizePt)}}; }
              .chart-image svg { max-height: 120mm; }
            }

            """;
    }
}
