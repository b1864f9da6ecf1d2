namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>Fixed relationship ids, so no id is generated at random and output is reproducible.</summary>
internal static class DocxIds
{
    public const string Main = "rIdMain";
    public const string CoreProperties = "rIdCore";
    public const string AppProperties = "rIdApp";
    public const string Styles = "rIdStyles";
    public const string Settings = "rIdSettings";
    public const string Numbering = "rIdNumbering";
    public const string FontTable = "rIdFonts";
    public const string Footer = "rIdFooter";
    public const string Header = "rIdHeader";

    public static string Image(int n) => "rIdImage" + DocxUnits.Str(n);

    public static string Link(int n) => "rIdLink" + DocxUnits.Str(n);
}
