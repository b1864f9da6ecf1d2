using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Docx;

internal static partial class DocxStyles
{
    /// <summary>Cell padding left and right, in twips (about 1 mm): official tables are dense.</summary>
    public const int CellPaddingTwips = 57;

    /// <summary>Cell padding top and bottom, in twips.</summary>
    public const int CellPaddingVerticalTwips = 28;

    /// <summary>The least height of a table row, in multiples of the table font size.</summary>
    public const double RowHeightEms = 1.9;

    /// <summary>The pitch of the lines above a table (部门, 单位) and of its notes, in multiples of their size.</summary>
    public const double MetaPitchFactor = 1.8, NotePitchFactor = 1.6;

    private static IEnumerable<Style> TableStyles(DocumentStyle style)
    {
        // Every pitch as the PDF sets it, so a page of the Word file holds what the PDF's page holds: cell text at the
        // table pitch (rows are at least as tall as the PDF's), the 部门/单位 lines at 1.8 and notes at 1.6 times their size,
        // the title on the body's grid in the section headings' face.
        var text = style.Font(StyleRole.TableText);
        var pitch = text.SizePt * style.TableLinePitchFactor;
        yield return ParagraphStyle(DocxStyleIds.TableText, "Table Text", DocxStyleIds.Normal, text, new StyleParagraphProperties
        {
            SpacingBetweenLines = Exact(pitch),
            Justification = Justify(JustificationValues.Left),
        }, 40);
        var header = style.Font(StyleRole.TableHeader);
        yield return ParagraphStyle(DocxStyleIds.TableHeader, "Table Heading", DocxStyleIds.TableText, header, new StyleParagraphProperties
        {
            SpacingBetweenLines = Exact(pitch),
            Justification = Justify(JustificationValues.Center),
        }, 41);
        var meta = style.Font(StyleRole.TableMeta);
        yield return ParagraphStyle(DocxStyleIds.TableMeta, "Table Meta", DocxStyleIds.Normal, meta, new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            SpacingBetweenLines = Exact(meta.SizePt * MetaPitchFactor),
            Justification = Justify(JustificationValues.Left),
        }, 42);
        var title = style.Font(StyleRole.Heading2) with { Bold = true };
        yield return ParagraphStyle(DocxStyleIds.TableTitle, "Table Title", DocxStyleIds.Normal, title, new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            SpacingBetweenLines = Exact(Pitch(style, title)),
            Justification = Justify(JustificationValues.Center),
        }, 43);
        var note = style.Font(StyleRole.Note);
        yield return ParagraphStyle(DocxStyleIds.TableNote, "Table Note", DocxStyleIds.Note, note, new StyleParagraphProperties
        {
            SpacingBetweenLines = Exact(note.SizePt * NotePitchFactor),
        }, 44);
        yield return TableGrid();
    }

    /// <summary>The table style every table uses: single 0.5 pt rules around and between all cells, dense padding.</summary>
    private static Style TableGrid() => new()
    {
        Type = StyleValues.Table,
        StyleId = DocxStyleIds.TableGrid,
        StyleName = new StyleName { Val = "Table Grid" },
        UIPriority = new UIPriority { Val = 39 },
        StyleParagraphProperties = new StyleParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
        },
        StyleTableProperties = new StyleTableProperties
        {
            TableIndentation = new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            TableBorders = Borders(),
            TableCellMarginDefault = new TableCellMarginDefault
            {
                TopMargin = new TopMargin { Width = DocxUnits.Str(CellPaddingVerticalTwips), Type = TableWidthUnitValues.Dxa },
                TableCellLeftMargin = new TableCellLeftMargin { Width = CellPaddingTwips, Type = TableWidthValues.Dxa },
                BottomMargin = new BottomMargin { Width = DocxUnits.Str(CellPaddingVerticalTwips), Type = TableWidthUnitValues.Dxa },
                TableCellRightMargin = new TableCellRightMargin { Width = CellPaddingTwips, Type = TableWidthValues.Dxa },
            },
        },
    };

    /// <summary>Borders in the order the schema requires: top, left, bottom, right, insideH, insideV.</summary>
    internal static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
        new LeftBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
        new BottomBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
        new RightBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" });
}
