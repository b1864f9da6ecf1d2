using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Facts;

namespace FinalAccounts.Publisher.OpenData.Workbooks;

/// <summary>
/// The workbook's styles: one cell format per <see cref="CellStyle"/>, in its order. Fonts are the house style's table
/// fonts (first family of each role), amounts use the style's table number format (#,##0.00 by default), header and
/// body cells have thin borders, headers and notes wrap.
/// </summary>
internal static class WorkbookStylesheet
{
    private const uint AmountFormat = 164;

    private enum FontId : uint
    {
        Text,
        Bold,
        Header,
        Title,
    }

    /// <summary>The table number format: thousands separators and decimals as the style prints table amounts.</summary>
    public static string NumberFormat(NumberStyle numbers) =>
        (numbers.TableThousands ? "#,##0" : "0") + (numbers.TableDecimals > 0 ? "." + new string('0', numbers.TableDecimals) : "");

    public static Stylesheet Create(NumberStyle numbers, DocumentStyle document)
    {
        var text = document.Font(StyleRole.TableText);
        var header = document.Font(StyleRole.TableHeader);
        var fonts = new Fonts(
            Font(text.Families[0], text.SizePt, false),
            Font(text.Families[0], text.SizePt, true),
            Font(header.Families[0], header.SizePt, header.Bold),
            Font(header.Families[0], 16, true)) { Count = 4 };
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 };
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Thin(new LeftBorder()), Thin(new RightBorder()), Thin(new TopBorder()), Thin(new BottomBorder()), new DiagonalBorder()))
            { Count = 2 };
        var formats = new NumberingFormats(new NumberingFormat { NumberFormatId = AmountFormat, FormatCode = NumberFormat(numbers) }) { Count = 1 };
        var cells = Enum.GetValues<CellStyle>().Select(Format).ToList();
        return new Stylesheet(formats, fonts, fills, borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(cells) { Count = (uint)cells.Count },
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static CellFormat Format(CellStyle style) => style switch
    {
        CellStyle.Title => Cell(FontId.Title, HorizontalAlignmentValues.Center, border: false),
        CellStyle.FormLabel or CellStyle.MetaRight => Cell(FontId.Text, HorizontalAlignmentValues.Right, border: false),
        CellStyle.MetaLeft => Cell(FontId.Text, HorizontalAlignmentValues.Left, border: false),
        CellStyle.MetaCenter => Cell(FontId.Text, HorizontalAlignmentValues.Center, border: false),
        CellStyle.Header => Cell(FontId.Header, HorizontalAlignmentValues.Center, border: true, wrap: true),
        CellStyle.ColumnNumber or CellStyle.Centered => Cell(FontId.Text, HorizontalAlignmentValues.Center, border: true),
        CellStyle.Text => Cell(FontId.Text, HorizontalAlignmentValues.Left, border: true, wrap: true),
        CellStyle.Amount => Cell(FontId.Text, HorizontalAlignmentValues.Right, border: true, AmountFormat),
        CellStyle.TotalLabel => Cell(FontId.Bold, HorizontalAlignmentValues.Center, border: true),
        CellStyle.TotalText => Cell(FontId.Bold, HorizontalAlignmentValues.Left, border: true, wrap: true),
        CellStyle.TotalAmount => Cell(FontId.Bold, HorizontalAlignmentValues.Right, border: true, AmountFormat),
        CellStyle.Note => Cell(FontId.Text, HorizontalAlignmentValues.Left, border: false, wrap: true),
        _ => new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
    };

    private static CellFormat Cell(FontId font, HorizontalAlignmentValues align, bool border, uint numberFormat = 0, bool wrap = false) => new(
        new Alignment { Horizontal = align, Vertical = VerticalAlignmentValues.Center, WrapText = wrap ? true : null })
    {
        NumberFormatId = numberFormat, FontId = (uint)font, FillId = 0, BorderId = border ? 1U : 0U, FormatId = 0,
        ApplyNumberFormat = numberFormat != 0 ? true : null, ApplyFont = true, ApplyBorder = border ? true : null, ApplyAlignment = true,
    };

    private static Font Font(string name, double size, bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size }, new FontName { Val = name }, new FontCharSet { Val = 134 });
        return font;
    }

    private static T Thin<T>(T border) where T : BorderPropertiesType
    {
        border.Style = BorderStyleValues.Thin;
        border.Append(new Color { Indexed = 64 });
        return border;
    }
}
