using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// styles.xml built once from the house style: document defaults, then one Word style per text role. Paragraphs in
/// the body only name a style; direct formatting is limited to bold/italic runs, alignment and tab stops.
/// </summary>
internal static partial class DocxStyles
{
    public static Styles Build(DocumentStyle style, DocxPageGeometry portrait)
    {
        var styles = new Styles(DocDefaults(style));
        foreach (var s in TextStyles(style)) styles.Append(s);
        foreach (var s in HeadingStyles(style)) styles.Append(s);
        foreach (var s in TocStyles(style, portrait)) styles.Append(s);
        foreach (var s in TableStyles(style)) styles.Append(s);
        return styles;
    }

    /// <summary>
    /// Defaults for every run and paragraph: the body font in all four slots, zh-CN, kinsoku (避头尾) on, widow control
    /// on (Word's two lines, <see cref="Shared.PageRules"/>), no hanging punctuation, and Word's space between Chinese and Latin text or digits
    /// (a quarter em), which the PDF sets too (its AutoSpace), so Word's lines are the PDF's.
    /// </summary>
    private static DocDefaults DocDefaults(DocumentStyle style)
    {
        var body = style.Font(StyleRole.Body);
        var rPr = new RunPropertiesBaseStyle
        {
            RunFonts = Fonts(body),
            Kern = new Kern { Val = 2U },
            FontSize = new FontSize { Val = DocxUnits.Str(DocxUnits.HalfPoints(body.SizePt)) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = DocxUnits.Str(DocxUnits.HalfPoints(body.SizePt)) },
            Languages = new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" },
        };
        var pPr = new ParagraphPropertiesBaseStyle
        {
            WidowControl = new WidowControl(),
            Kinsoku = new Kinsoku(),
            // No punctuation hanging past the line's end: the PDF moves it down with the character before it.
            OverflowPunctuation = new OverflowPunctuation { Val = false },
            AutoSpaceDE = new AutoSpaceDE(),
            AutoSpaceDN = new AutoSpaceDN(),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
        };
        return new DocDefaults(new RunPropertiesDefault(rPr), new ParagraphPropertiesDefault(pPr));
    }

    /// <summary>The first family of a role's list in every font slot; the rest of the list is for the PDF writer.</summary>
    internal static RunFonts Fonts(FontSpec font)
    {
        var name = font.Families.Count > 0 ? font.Families[0] : "宋体";
        return new RunFonts { Ascii = name, HighAnsi = name, EastAsia = name, ComplexScript = name, Hint = FontTypeHintValues.EastAsia };
    }

    private static StyleRunProperties RunProps(FontSpec font)
    {
        var size = DocxUnits.Str(DocxUnits.HalfPoints(font.SizePt));
        return new StyleRunProperties
        {
            RunFonts = Fonts(font),
            Bold = font.Bold ? new Bold() : null,
            BoldComplexScript = font.Bold ? new BoldComplexScript() : null,
            FontSize = new FontSize { Val = size },
            FontSizeComplexScript = new FontSizeComplexScript { Val = size },
        };
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, FontSpec font, StyleParagraphProperties pPr, int priority, bool isDefault = false)
    {
        var s = new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            StyleName = new StyleName { Val = name },
            BasedOn = basedOn is null ? null : new BasedOn { Val = basedOn },
            UIPriority = new UIPriority { Val = priority },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = pPr,
            StyleRunProperties = RunProps(font),
        };
        if (isDefault) s.Default = true;
        return s;
    }

    /// <summary>The space above a figure and between picture and caption, as the PDF leaves it.</summary>
    internal const double FigureGapPt = 6;

    /// <summary>The space above a table, as the PDF leaves it (dropped at the top of a page).</summary>
    internal const double TableGapPt = 6;

    /// <summary>A font's line pitch as the PDF sets it: the body's pitch for body-sized text, scaled for other sizes.</summary>
    internal static double Pitch(DocumentStyle style, FontSpec font)
    {
        var body = style.Font(StyleRole.Body).SizePt;
        return Math.Abs(font.SizePt - body) < 0.01 ? style.BodyLinePitchPt : font.SizePt * style.BodyLinePitchPt / body;
    }

    internal static SpacingBetweenLines Exact(double pitchPt, double beforePt = 0, double afterPt = 0) => new()
    {
        Before = DocxUnits.Str(DocxUnits.TwipsFromPt(beforePt)),
        After = DocxUnits.Str(DocxUnits.TwipsFromPt(afterPt)),
        Line = DocxUnits.Str(DocxUnits.TwipsFromPt(pitchPt)),
        LineRule = LineSpacingRuleValues.Exact,
    };

    internal static SpacingBetweenLines AtLeast(double pitchPt, double beforePt = 0, double afterPt = 0) => new()
    {
        Before = DocxUnits.Str(DocxUnits.TwipsFromPt(beforePt)),
        After = DocxUnits.Str(DocxUnits.TwipsFromPt(afterPt)),
        Line = DocxUnits.Str(DocxUnits.TwipsFromPt(pitchPt)),
        LineRule = LineSpacingRuleValues.AtLeast,
    };

    /// <summary>An indent in characters: Word uses the *Chars value; the twips value serves applications that ignore it.</summary>
    internal static Indentation CharIndent(double firstLineChars, double charPt, double leftChars = 0)
    {
        var ind = new Indentation();
        if (leftChars > 0)
        {
            ind.Left = DocxUnits.Str(DocxUnits.TwipsFromPt(leftChars * charPt));
            ind.LeftChars = (int)Math.Round(leftChars * 100);
        }

        if (firstLineChars > 0)
        {
            ind.FirstLine = DocxUnits.Str(DocxUnits.TwipsFromPt(firstLineChars * charPt));
            ind.FirstLineChars = (int)Math.Round(firstLineChars * 100);
        }

        return ind;
    }
}
