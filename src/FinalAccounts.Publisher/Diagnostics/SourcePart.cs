namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>
/// What a location's line and column count in when the source is not plain text: a worksheet of a workbook
/// (<see cref="SheetPart"/>) or a place in a finished document (<see cref="DocumentPart"/>).
/// </summary>
public abstract record SourcePart
{
    /// <summary>Orders parts of one source: sheets by name, document places by page, paragraph and table.</summary>
    public static int Compare(SourcePart? a, SourcePart? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (SheetPart x, SheetPart y) => string.CompareOrdinal(x.Name, y.Name),
        (DocumentPart x, DocumentPart y) => x.Page != y.Page ? x.Page.CompareTo(y.Page)
            : x.Paragraph != y.Paragraph ? x.Paragraph.CompareTo(y.Paragraph) : x.Table.CompareTo(y.Table),
        (SheetPart, _) => -1,
        _ => 1,
    };
}

/// <summary>A worksheet: the location's line is the row and its column the column (both 1-based).</summary>
public sealed record SheetPart(string Name) : SourcePart;

/// <summary>
/// A place in a document: its page, paragraph and table (1-based, 0 when not known); the location's line and column
/// are then the row and column of that table.
/// </summary>
public sealed record DocumentPart(int Page, int Paragraph, int Table) : SourcePart;
