using System.Globalization;
using System.Text;

namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>
/// A place in the input, of one of three kinds, all 1-based with 0 for "not known": a line and column of a text file
/// (for CSV the column is the field number, as in a spreadsheet), a cell of a workbook's sheet, or a place in a finished
/// document (page, paragraph, table row and column). Each prints in its own form: <c>tables/02.csv:14:5</c>,
/// <c>tables.xlsx:公开02表!D14</c>, <c>report.pdf:p12:t3:r5:c2</c>.
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>No place: a value that was computed rather than read.</summary>
    public static readonly SourceLocation None = new("", 0, 0);

    /// <summary>The sheet or document place the line and column count in; null in a text file.</summary>
    public SourcePart? Part { get; init; }

    /// <summary>A whole file, without a line.</summary>
    public static SourceLocation OfFile(string file) => new(file, 0, 0);

    /// <summary>A cell of a workbook's sheet (row and column 1-based; 0 for a whole column or row).</summary>
    public static SourceLocation Cell(string file, string sheet, int row, int column) =>
        new(file, row, column) { Part = new SheetPart(sheet) };

    /// <summary>A whole sheet of a workbook.</summary>
    public static SourceLocation OfSheet(string file, string sheet) => Cell(file, sheet, 0, 0);

    /// <summary>A place in a document: page, paragraph, table, and the row and column of that table (0 when not known).</summary>
    public static SourceLocation InDocument(string file, int page, int paragraph = 0, int table = 0, int row = 0, int column = 0) =>
        new(file, row, column) { Part = new DocumentPart(page, paragraph, table) };

    public bool IsNone => File.Length == 0;

    /// <summary>The sheet name when this is a place in a workbook, else null.</summary>
    public string? Sheet => (Part as SheetPart)?.Name;

    /// <summary>
    /// Whether this points at something inside its source (a line, a cell, a row, a page or paragraph) rather than at a
    /// whole file or sheet: a value with such a place was read, not computed.
    /// </summary>
    public bool IsPoint => Line > 0 || Part is DocumentPart { Page: > 0 } or DocumentPart { Paragraph: > 0 };

    /// <summary>The whole source this place lies in: the file, the sheet of a workbook, or the table of a document.</summary>
    public SourceLocation Source => Part switch
    {
        SheetPart sheet => OfSheet(File, sheet.Name),
        DocumentPart { Table: > 0 } d => InDocument(File, 0, 0, d.Table),
        _ => OfFile(File),
    };

    /// <summary>Prints the place in its kind's form, leaving out the parts that are not known.</summary>
    public override string ToString() => IsNone ? "" : Part switch
    {
        SheetPart sheet => $"{File}:{SheetReference(sheet.Name, Line, Column)}",
        DocumentPart d => File + DocumentPlace(d, Line, Column),
        _ => Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}",
    };

    /// <summary>Orders places by file, sheet or document place, line, column.</summary>
    public static int Compare(SourceLocation a, SourceLocation b)
    {
        var c = string.CompareOrdinal(a.File, b.File);
        if (c == 0) c = SourcePart.Compare(a.Part, b.Part);
        if (c == 0) c = a.Line.CompareTo(b.Line);
        return c != 0 ? c : a.Column.CompareTo(b.Column);
    }

    /// <summary>A spreadsheet column's letters: 1 → A, 26 → Z, 27 → AA.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = new StringBuilder();
        for (var n = column; n > 0; n = (n - 1) / 26) letters.Insert(0, (char)('A' + (n - 1) % 26));
        return letters.ToString();
    }

    /// <summary>A cell in A1 notation (D14), or a whole row (14:14) or column (D:D) when the other is not known.</summary>
    public static string CellName(int row, int column) => (row, column) switch
    {
        (> 0, > 0) => ColumnLetters(column) + Number(row),
        (> 0, _) => Number(row) + ":" + Number(row),
        (_, > 0) => ColumnLetters(column) + ":" + ColumnLetters(column),
        _ => "",
    };

    private static string SheetReference(string sheet, int row, int column)
    {
        var name = sheet.All(ch => char.IsLetterOrDigit(ch) || ch == '_') ? sheet : "'" + sheet.Replace("'", "''") + "'";
        var cell = CellName(row, column);
        return cell.Length == 0 ? name : name + "!" + cell;
    }

    private static string DocumentPlace(DocumentPart d, int row, int column)
    {
        var sb = new StringBuilder();
        if (d.Page > 0) sb.Append(":p").Append(Number(d.Page));
        if (d.Paragraph > 0) sb.Append(":¶").Append(Number(d.Paragraph));
        if (d.Table > 0) sb.Append(":t").Append(Number(d.Table));
        if (row > 0) sb.Append(":r").Append(Number(row));
        if (column > 0) sb.Append(":c").Append(Number(column));
        return sb.ToString();
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
