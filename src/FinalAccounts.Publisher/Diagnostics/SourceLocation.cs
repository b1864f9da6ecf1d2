namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>A place in an input file: 1-based line and column (for CSV, the column is the field number, as in a spreadsheet).</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>No place: a value that was computed rather than read.</summary>
    public static readonly SourceLocation None = new("", 0, 0);

    /// <summary>A whole file, without a line.</summary>
    public static SourceLocation OfFile(string file) => new(file, 0, 0);

    public bool IsNone => File.Length == 0;

    /// <summary>Prints <c>file:line:column</c>, leaving out the parts that are not known.</summary>
    public override string ToString() =>
        IsNone ? "" : Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
