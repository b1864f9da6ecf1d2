using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Compose;

/// <summary>Reads the typographic settings of style.yaml: page, body, page numbers and fonts per role.</summary>
internal static class DocumentStyleReader
{
    public static DocumentStyle Read(YamlMap y, DocumentStyle d)
    {
        var page = d.Page;
        if (y.Map("page", required: false) is { } p)
        {
            page = new PageSetup(HouseStyleReader.Num(p, "width_mm", page.WidthMm), HouseStyleReader.Num(p, "height_mm", page.HeightMm),
                HouseStyleReader.Num(p, "top_mm", page.TopMm), HouseStyleReader.Num(p, "bottom_mm", page.BottomMm),
                HouseStyleReader.Num(p, "left_mm", page.LeftMm), HouseStyleReader.Num(p, "right_mm", page.RightMm),
                HouseStyleReader.Num(p, "footer_mm", page.FooterMm));
            p.Done();
        }

        var pitch = d.BodyLinePitchPt;
        var indent = d.FirstLineIndentChars;
        var tablePitch = d.TableLinePitchFactor;
        if (y.Map("body", required: false) is { } b)
        {
            pitch = HouseStyleReader.Num(b, "line_pitch_pt", pitch);
            indent = HouseStyleReader.Num(b, "first_line_indent_chars", indent);
            tablePitch = HouseStyleReader.Num(b, "table_line_factor", tablePitch);
            b.Done();
        }

        var fonts = new Dictionary<StyleRole, FontSpec>(d.Fonts);
        if (y.Map("fonts", required: false) is { } f)
        {
            foreach (var role in Enum.GetValues<StyleRole>())
            {
                if (f.Map(RoleKey(role), required: false) is not { } r) continue;
                var families = r.TextList("families", required: false).Select(x => x.Value).Where(x => x.Length > 0).ToList();
                var old = fonts[role];
                fonts[role] = new FontSpec(families.Count > 0 ? families : old.Families, HouseStyleReader.Num(r, "size_pt", old.SizePt),
                    HouseStyleReader.Bool(r, "bold", old.Bold));
                r.Done();
            }

            f.Done();
        }

        return new DocumentStyle(page, fonts, pitch, indent, tablePitch,
            HouseStyleReader.Str(y, "page_number", d.PageNumberFormat), HouseStyleReader.Str(y, "font_note", d.FontNote));
    }

    /// <summary>The YAML key of a role: Heading1 → heading1, TableText → table_text.</summary>
    public static string RoleKey(StyleRole role) =>
        string.Concat(role.ToString().Select((c, i) => char.IsUpper(c) && i > 0 && !char.IsDigit(role.ToString()[i - 1]) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
