namespace FinalAccounts.Publisher.Document;

/// <summary>
/// The typographic part of a house style, as writers see it: page, fonts per role, line pitch, indents, the page
/// number pattern and the fixed words writers print. Values come from <c>templates/&lt;style&gt;/style.yaml</c>; <see cref="Default"/> follows GB/T 9704 practice.
/// </summary>
public sealed record DocumentStyle(
    PageSetup Page,
    IReadOnlyDictionary<StyleRole, FontSpec> Fonts,
    double BodyLinePitchPt,
    double FirstLineIndentChars,
    double TableLinePitchFactor,
    string PageNumberFormat,
    string FontNote)
{
    /// <summary>The fixed words writers print (figure captions, chart units, web page and portal words).</summary>
    public PublishedWords Words { get; init; } = PublishedWords.Default;

    public FontSpec Font(StyleRole role) => Fonts[role];

    /// <summary>GB/T 9704 defaults: A4, margins 37/35/28/26 mm, body 仿宋 三号 with a 28.5 pt line pitch.</summary>
    public static DocumentStyle Default { get; } = CreateDefault();

    private static DocumentStyle CreateDefault()
    {
        // Windows names first, then the free Debian TrueType fonts (no free 仿宋 exists: 楷/宋 stand in for it).
        string[] fangSong = ["仿宋_GB2312", "仿宋", "FangSong", "AR PL UKai CN", "AR PL UMing CN", "WenQuanYi Zen Hei"];
        string[] heiTi = ["黑体", "SimHei", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "AR PL UMing CN"];
        string[] kaiTi = ["楷体_GB2312", "楷体", "KaiTi", "AR PL UKai CN", "AR PL UMing CN"];
        string[] songTi = ["宋体", "SimSun", "AR PL UMing CN", "WenQuanYi Zen Hei"];
        string[] title = ["方正小标宋简体", "方正小标宋_GBK", "黑体", "SimHei", "WenQuanYi Zen Hei", "AR PL UMing CN"];
        var fonts = new Dictionary<StyleRole, FontSpec>
        {
            [StyleRole.Title] = new(title, 22),
            [StyleRole.Subtitle] = new(kaiTi, 16),
            [StyleRole.Heading1] = new(heiTi, 16, Bold: false),
            [StyleRole.Heading2] = new(heiTi, 16),
            [StyleRole.Heading3] = new(kaiTi, 16),
            [StyleRole.Heading4] = new(fangSong, 16),
            [StyleRole.Heading5] = new(fangSong, 16),
            [StyleRole.Body] = new(fangSong, 16),
            [StyleRole.TableText] = new(songTi, 10.5),
            [StyleRole.TableHeader] = new(heiTi, 10.5),
            [StyleRole.TableMeta] = new(songTi, 10.5),
            [StyleRole.Caption] = new(kaiTi, 14),
            [StyleRole.Note] = new(songTi, 10.5),
            [StyleRole.TocTitle] = new(heiTi, 16),
            [StyleRole.TocEntry] = new(fangSong, 14),
            [StyleRole.PageNumber] = new(songTi, 14),
        };
        return new DocumentStyle(
            new PageSetup(210, 297, 37, 35, 28, 26, 28),
            fonts,
            BodyLinePitchPt: 28.5,
            FirstLineIndentChars: 2,
            TableLinePitchFactor: 1.25,
            PageNumberFormat: "— {0} —",
            FontNote: "");
    }
}
