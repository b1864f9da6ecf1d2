using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Docx;

internal static partial class DocxStyles
{
    private static IEnumerable<Style> TextStyles(DocumentStyle style)
    {
        var body = style.Font(StyleRole.Body);
        var pitch = style.BodyLinePitchPt;
        yield return ParagraphStyle(DocxStyleIds.Normal, "Normal", null, body,
            new StyleParagraphProperties { SpacingBetweenLines = Exact(pitch), Justification = Justify(JustificationValues.Both) }, 0, isDefault: true);
        yield return ParagraphStyle(DocxStyleIds.Body, "Body Text", DocxStyleIds.Normal, body,
            new StyleParagraphProperties { Indentation = CharIndent(style.FirstLineIndentChars, body.SizePt) }, 1);
        yield return ParagraphStyle(DocxStyleIds.Plain, "Body Text No Indent", DocxStyleIds.Normal, body,
            new StyleParagraphProperties { Justification = Justify(JustificationValues.Left) }, 2);

        var title = style.Font(StyleRole.Title);
        yield return ParagraphStyle(DocxStyleIds.Title, "Title", DocxStyleIds.Normal, title, new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            SpacingBetweenLines = Exact(Math.Max(pitch, title.SizePt * 1.5)),
            Justification = Justify(JustificationValues.Center),
        }, 10);
        var subtitle = style.Font(StyleRole.Subtitle);
        yield return ParagraphStyle(DocxStyleIds.Subtitle, "Subtitle", DocxStyleIds.Normal, subtitle, new StyleParagraphProperties
        {
            SpacingBetweenLines = Exact(Math.Max(pitch, subtitle.SizePt * 1.5)),
            Justification = Justify(JustificationValues.Center),
        }, 11);

        // Figures as the PDF sets them: 6 pt above the picture, 6 pt between picture and caption, the caption's pitch
        // scaled from the body's.
        var caption = style.Font(StyleRole.Caption);
        yield return ParagraphStyle(DocxStyleIds.Caption, "caption", DocxStyleIds.Normal, caption, new StyleParagraphProperties
        {
            KeepLines = new KeepLines(),
            SpacingBetweenLines = Exact(Pitch(style, caption), FigureGapPt),
            Justification = Justify(JustificationValues.Center),
        }, 35);
        // The picture's paragraph: single spacing (an exact pitch would clip the image) in a 1 pt font, so the line is
        // the picture's height; kept with its caption.
        var gap = DocxUnits.Str(DocxUnits.TwipsFromPt(FigureGapPt));
        yield return ParagraphStyle(DocxStyleIds.FigureImage, "Figure", DocxStyleIds.Normal, body with { SizePt = 1 }, new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            SpacingBetweenLines = new SpacingBetweenLines { Before = gap, Line = "240", LineRule = LineSpacingRuleValues.Auto },
            Justification = Justify(JustificationValues.Center),
        }, 36);

        var note = style.Font(StyleRole.Note);
        yield return ParagraphStyle(DocxStyleIds.Note, "Note", DocxStyleIds.Normal, note, new StyleParagraphProperties
        {
            SpacingBetweenLines = AtLeast(note.SizePt * style.TableLinePitchFactor),
            Justification = Justify(JustificationValues.Left),
        }, 37);

        var number = style.Font(StyleRole.PageNumber);
        yield return ParagraphStyle(DocxStyleIds.Footer, "footer", DocxStyleIds.Normal, number, new StyleParagraphProperties
        {
            // One line exactly as high as the number, as the PDF sets it (see DocxBuilder.FooterLineTwips).
            SpacingBetweenLines = new SpacingBetweenLines
            {
                Line = DocxUnits.Str(DocxUnits.TwipsFromPt(number.SizePt)), LineRule = LineSpacingRuleValues.Exact,
            },
            Justification = Justify(JustificationValues.Center),
        }, 99);

        yield return new Style
        {
            Type = StyleValues.Character,
            StyleId = DocxStyleIds.Hyperlink,
            StyleName = new StyleName { Val = "Hyperlink" },
            UIPriority = new UIPriority { Val = 99 },
            UnhideWhenUsed = new UnhideWhenUsed(),
            StyleRunProperties = new StyleRunProperties
            {
                Color = new Color { Val = "0563C1" },
                Underline = new Underline { Val = UnderlineValues.Single },
            },
        };
    }

    private static IEnumerable<Style> HeadingStyles(DocumentStyle style)
    {
        for (var level = 1; level <= 5; level++)
        {
            var font = style.Font(StyleRole.Heading1 + (level - 1));
            var pitch = Math.Max(style.BodyLinePitchPt, font.SizePt * 1.5);
            yield return ParagraphStyle(DocxStyleIds.Heading(level), "heading " + DocxUnits.Str(level), DocxStyleIds.Normal, font, new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                // A part heading stands centred with half a line above it; section headings sit on the body's grid (as in
                // the PDF, whose pages the Word file follows).
                SpacingBetweenLines = level == 1 ? Exact(pitch, pitch / 2) : Exact(pitch),
                Indentation = level == 1 ? null : CharIndent(style.FirstLineIndentChars, font.SizePt),
                Justification = Justify(level == 1 ? JustificationValues.Center : JustificationValues.Both),
                OutlineLevel = new OutlineLevel { Val = level - 1 },
            }, 9);
        }
    }

    private static IEnumerable<Style> TocStyles(DocumentStyle style, DocxPageGeometry portrait)
    {
        var title = style.Font(StyleRole.TocTitle);
        yield return ParagraphStyle(DocxStyleIds.TocHeading, "TOC Heading", DocxStyleIds.Normal, title, new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            SpacingBetweenLines = Exact(Math.Max(style.BodyLinePitchPt, title.SizePt * 1.5), 0, style.BodyLinePitchPt / 2),
            Justification = Justify(JustificationValues.Center),
        }, 39);
        var entry = style.Font(StyleRole.TocEntry);
        for (var level = 1; level <= 5; level++)
        {
            // Part entries take the part heading's typeface, so the TOC shows the document's structure at a glance.
            var font = level == 1 ? entry with { Families = style.Font(StyleRole.Heading1).Families } : entry;
            yield return ParagraphStyle(DocxStyleIds.Toc(level), "toc " + DocxUnits.Str(level), DocxStyleIds.Normal, font, new StyleParagraphProperties
            {
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = portrait.TextWidth }),
                SpacingBetweenLines = Exact(entry.SizePt * 1.75),
                Indentation = new Indentation
                {
                    Left = DocxUnits.Str(DocxUnits.TwipsFromPt((level - 1) * 2 * entry.SizePt)),
                    LeftChars = (level - 1) * 200,
                    // No right indent: LibreOffice drops a page number whose tab stop lies beyond it.
                },
                Justification = Justify(JustificationValues.Left),
            }, 39);
        }
    }

    private static Justification Justify(JustificationValues value) => new() { Val = value };
}
