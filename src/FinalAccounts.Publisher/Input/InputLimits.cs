namespace FinalAccounts.Publisher.Input;

/// <summary>
/// How large and deep data may be: far above any real department (the sample's largest file is 9 KB, its texts 37,000
/// characters in all, its deepest YAML three levels), and low enough that whatever passes <c>check</c> also builds
/// (a disclosure's Markdown holds at most <c>Composer.DocumentLimit</c> = 1,000,000 characters; a heading must fit a page).
/// </summary>
public static class InputLimits
{
    /// <summary>The largest data file, in bytes (1 MiB).</summary>
    public const int FileBytes = 1 << 20;

    /// <summary>The most characters in all of a department's data files together.</summary>
    public const int DepartmentChars = 600_000;

    /// <summary>The longest YAML value or CSV cell, in characters.</summary>
    public const int TextChars = 10_000;

    /// <summary>The longest name or title (a department, a project, a form, a code's name), which headings print.</summary>
    public const int NameChars = 100;

    /// <summary>The largest workbook of the nine tables (tables.xlsx, tables.xls), in bytes (10 MiB; the sample's is 40 KB).</summary>
    public const int WorkbookBytes = 10 << 20;

    /// <summary>The most a part of an .xlsx may unpack to, in bytes (a zip bomb is refused before it unpacks).</summary>
    public const int WorkbookPartBytes = 64 << 20;

    /// <summary>The most rows and columns of a sheet that are read; a value beyond them is reported, not read.</summary>
    public const int SheetRows = 5_000;

    public const int SheetColumns = 64;

    /// <summary>The deepest nesting of mappings and lists in a YAML file.</summary>
    public const int YamlDepth = 32;
}
