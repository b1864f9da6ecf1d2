using System.Globalization;
using System.Text;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>
/// The page's embedded CSS, from the house style: its font families (followed by the usual Windows, macOS and Linux
/// CJK names), and for print its page size, margins, sizes in points, line pitch and page number pattern.
/// </summary>
internal static partial class HtmlStyleSheet
{
    private static readonly string[] FangSong = ["FangSong", "仿宋", "STFangsong", "FangSong_GB2312", "AR PL UKai CN"];
    private static readonly string[] HeiTi = ["SimHei", "黑体", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei"];
    private static readonly string[] KaiTi = ["KaiTi", "楷体", "STKaiti", "AR PL UKai CN"];
    private static readonly string[] SongTi = ["SimSun", "宋体", "STSong", "Noto Serif CJK SC", "AR PL UMing CN"];

    public static string For(DocumentStyle style) => Variables(style) + Screen + Print(style);

    /// <summary>Font stacks as custom properties, so the rules below name roles, not fonts.</summary>
    private static string Variables(DocumentStyle style)
    {
        var sb = new StringBuilder(":root {\n");
        Stack(sb, "title", Font(style, StyleRole.Title), HeiTi, "sans-serif");
        Stack(sb, "subtitle", Font(style, StyleRole.Subtitle), KaiTi, "serif");
        Stack(sb, "h1", Font(style, StyleRole.Heading1), HeiTi, "sans-serif");
        Stack(sb, "h2", Font(style, StyleRole.Heading2), HeiTi, "sans-serif");
        Stack(sb, "h3", Font(style, StyleRole.Heading3), KaiTi, "serif");
        Stack(sb, "h4", Font(style, StyleRole.Heading4), FangSong, "serif");
        Stack(sb, "h5", Font(style, StyleRole.Heading5), FangSong, "serif");
        Stack(sb, "body", Font(style, StyleRole.Body), FangSong, "serif");
        Stack(sb, "table", Font(style, StyleRole.TableText), SongTi, "serif");
        Stack(sb, "table-header", Font(style, StyleRole.TableHeader), HeiTi, "sans-serif");
        Stack(sb, "table-meta", Font(style, StyleRole.TableMeta), SongTi, "serif");
        Stack(sb, "caption", Font(style, StyleRole.Caption), KaiTi, "serif");
        Stack(sb, "note", Font(style, StyleRole.Note), SongTi, "serif");
        Stack(sb, "toc-title", Font(style, StyleRole.TocTitle), HeiTi, "sans-serif");
        Stack(sb, "toc", Font(style, StyleRole.TocEntry), FangSong, "serif");
        Stack(sb, "page-number", Font(style, StyleRole.PageNumber), SongTi, "serif");
        return sb.Append("}\n").ToString();
    }

    private static FontSpec Font(DocumentStyle style, StyleRole role) =>
        style.Fonts.TryGetValue(role, out var font) ? font : DocumentStyle.Default.Font(role);

    private static void Stack(StringBuilder sb, string name, FontSpec font, string[] extras, string generic)
    {
        var names = font.Families.Concat(extras).Where(f => f.Trim().Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
        sb.Append("  --font-").Append(name).Append(": ").Append(string.Join(", ", names.Select(Quote))).Append(", ").Append(generic).Append(";\n");
    }

    /// <summary>A CSS string; names come from style.yaml, so nothing in them may close the string or the style element.</summary>
    internal static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
                sb.Append('\\').Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            else sb.Append(c);
        }

        return sb.Append('"').ToString();
    }

    private static string Pt(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "pt";

    private static string Mm(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "mm";
}
