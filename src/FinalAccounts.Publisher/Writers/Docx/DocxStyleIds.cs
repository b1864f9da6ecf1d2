namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>Style ids written to styles.xml. Built-in Word names are used where Word has the style, so Word recognises them.</summary>
internal static class DocxStyleIds
{
    public const string Normal = "Normal";
    public const string Body = "BodyText";
    public const string Plain = "Plain";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string TocHeading = "TOCHeading";
    public const string TableText = "TableText";
    public const string TableHeader = "TableHeader";
    public const string TableMeta = "TableMeta";
    public const string TableTitle = "TableTitle";
    public const string TableNote = "TableNote";
    public const string Note = "Note";
    public const string Caption = "Caption";
    public const string FigureImage = "FigureImage";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";
    public const string TableGrid = "TableGrid";

    /// <summary>Heading1 … Heading5 (Word's "heading 1" … "heading 5").</summary>
    public static string Heading(int level) => "Heading" + DocxUnits.Str(level);

    /// <summary>TOC1 … TOC5 (Word's "toc 1" … "toc 5").</summary>
    public static string Toc(int level) => "TOC" + DocxUnits.Str(level);
}
