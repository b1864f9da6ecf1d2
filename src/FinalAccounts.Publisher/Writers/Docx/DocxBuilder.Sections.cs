using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Writers.Docx;

internal sealed partial class DocxBuilder
{
    private bool sectionLandscape;

    /// <summary>Whether the open section is the front matter (cover and contents: no page number).</summary>
    private bool inFrontMatter;

    /// <summary>Whether the open section is the first of the body (numbered from 1).</summary>
    private bool firstBodySection;

    /// <summary>Ends the open section when the orientation changes; the new section starts on a new page.</summary>
    private void SwitchOrientation(bool wantLandscape)
    {
        if (wantLandscape == sectionLandscape) return;
        if (!body.HasChildren)
        {
            sectionLandscape = wantLandscape;
            return;
        }

        EndSection();
        sectionLandscape = wantLandscape;
    }

    /// <summary>Ends the front matter: the body starts a new section, on a new page, numbered from 1.</summary>
    private void StartBody(bool landscape)
    {
        if (inFrontMatter && body.HasChildren) EndSection();
        inFrontMatter = false;
        firstBodySection = true;
        sectionLandscape = landscape;
    }

    private void EndSection()
    {
        var sectPr = SectionProperties(sectionLandscape);
        // A section ends with the paragraph that holds its properties: reuse the last paragraph when there is one.
        if (body.LastChild is W.Paragraph last && last.ParagraphProperties?.SectionProperties is null)
        {
            last.ParagraphProperties ??= new ParagraphProperties();
            last.ParagraphProperties.SectionProperties = sectPr;
        }
        else
        {
            body.Append(new W.Paragraph(new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = DocxStyleIds.TableNote },
                SectionProperties = sectPr,
            }));
        }

        pendingBreak = false;
        atPageTop = true;
    }

    /// <summary>
    /// One section's page: A4 in the given orientation and the house margins. The front matter (cover and contents)
    /// has no footer; every body section has the same page-number footer, numbered from 1 in the first body section and
    /// running on across orientation changes, as in the PDF.
    /// </summary>
    private SectionProperties SectionProperties(bool isLandscape)
    {
        var g = isLandscape ? landscape : portrait;
        var sectPr = new SectionProperties();
        if (document.Info.Watermark is { Length: > 0 }) sectPr.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = DocxIds.Header });
        if (!inFrontMatter) sectPr.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = DocxIds.Footer });
        sectPr.Append(
            new PageSize { Width = (uint)g.PageWidth, Height = (uint)g.PageHeight, Orient = isLandscape ? PageOrientationValues.Landscape : null },
            new PageMargin
            {
                Top = g.Top, Bottom = g.Bottom - (plan is null ? 0 : DocxPagePlan.BottomSlackTwips), Left = (uint)g.Left, Right = (uint)g.Right,
                Header = (uint)DocxUnits.TwipsFromMm(15), Footer = (uint)(g.Footer - FooterLineTwips), Gutter = 0U,
            });
        if (firstBodySection) sectPr.Append(new PageNumberType { Start = 1 });
        firstBodySection = false;
        return sectPr;
    }

    /// <summary>
    /// The footer's one line, as high as the page number's size (its style's exact line). Word measures the footer
    /// distance to the footer's bottom and the PDF draws the number from its top at footer_mm, so the distance is less by
    /// this line: the number prints where the PDF prints it, and the footer stays below the text block (LibreOffice
    /// shortened the text block when footer_mm plus the line reached into the bottom margin).
    /// </summary>
    private int FooterLineTwips => DocxUnits.TwipsFromPt(style.Font(Document.StyleRole.PageNumber).SizePt);

    private void AddParts()
    {
        var styles = DocxStyles.Build(style, portrait);
        main.AddNewPart<StyleDefinitionsPart>(DocxIds.Styles).Styles = styles;
        main.AddNewPart<DocumentSettingsPart>(DocxIds.Settings).Settings = DocxSettings.Build();
        main.AddNewPart<FontTablePart>(DocxIds.FontTable).Fonts = DocxFontTable.Build(style);
        if (!numbering.IsEmpty)
            main.AddNewPart<NumberingDefinitionsPart>(DocxIds.Numbering).Numbering = numbering.Build(style);
        main.AddNewPart<FooterPart>(DocxIds.Footer).Footer = DocxFooter.PageNumber(style.PageNumberFormat);
        if (document.Info.Watermark is { Length: > 0 } mark)
            main.AddNewPart<HeaderPart>(DocxIds.Header).Header = DocxWatermark.Header(mark, style.Font(Document.StyleRole.Body).Families[0]);
    }
}
