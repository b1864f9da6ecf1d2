using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Writers.Docx;

internal sealed partial class DocxBuilder
{
    private bool sectionLandscape;
    private bool firstSection = true;

    /// <summary>True when the document opens with a cover, whose page carries no number.</summary>
    private bool HasCover => document.Blocks.Count > 0 && document.Blocks[0] is Document.TitleBlock;

    /// <summary>Ends the open section when the orientation changes; the new section starts on a new page.</summary>
    private void SwitchOrientation(bool wantLandscape)
    {
        if (wantLandscape == sectionLandscape) return;
        if (!body.HasChildren)
        {
            sectionLandscape = wantLandscape;
            return;
        }

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

        sectionLandscape = wantLandscape;
        pendingBreak = false;
    }

    /// <summary>
    /// One section's page: A4 in the given orientation, the house margins, and the same page-number footer in every
    /// section, so numbering runs on across orientation changes. The first section's first page (the cover) shows none.
    /// </summary>
    private SectionProperties SectionProperties(bool isLandscape)
    {
        var g = isLandscape ? landscape : portrait;
        var sectPr = new SectionProperties();
        sectPr.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = DocxIds.Footer });
        if (firstSection && HasCover) sectPr.Append(new FooterReference { Type = HeaderFooterValues.First, Id = DocxIds.FirstFooter });
        sectPr.Append(
            new PageSize { Width = (uint)g.PageWidth, Height = (uint)g.PageHeight, Orient = isLandscape ? PageOrientationValues.Landscape : null },
            new PageMargin
            {
                Top = g.Top, Bottom = g.Bottom, Left = (uint)g.Left, Right = (uint)g.Right,
                Header = (uint)DocxUnits.TwipsFromMm(15), Footer = (uint)g.Footer, Gutter = 0U,
            });
        if (firstSection && HasCover) sectPr.Append(new TitlePage());
        firstSection = false;
        return sectPr;
    }

    private void AddParts()
    {
        main.AddNewPart<StyleDefinitionsPart>(DocxIds.Styles).Styles = DocxStyles.Build(style, portrait);
        main.AddNewPart<DocumentSettingsPart>(DocxIds.Settings).Settings = DocxSettings.Build();
        main.AddNewPart<FontTablePart>(DocxIds.FontTable).Fonts = DocxFontTable.Build(style);
        if (!numbering.IsEmpty)
            main.AddNewPart<NumberingDefinitionsPart>(DocxIds.Numbering).Numbering = numbering.Build(style);
        main.AddNewPart<FooterPart>(DocxIds.Footer).Footer = DocxFooter.PageNumber(style.PageNumberFormat);
        if (HasCover) main.AddNewPart<FooterPart>(DocxIds.FirstFooter).Footer = DocxFooter.Empty();
    }
}
