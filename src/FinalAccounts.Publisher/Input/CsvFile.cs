using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Input;

/// <summary>A CSV file whose header has been checked: every prescribed column is present.</summary>
public sealed class CsvFile(string path, IReadOnlyList<string> headers, IReadOnlyList<CsvRecord> records)
{
    /// <summary>The path as messages print it.</summary>
    public string Path { get; } = path;

    public IReadOnlyList<string> Headers { get; } = headers;

    public IReadOnlyList<CsvRecord> Records { get; } = records;

    /// <summary>The value of a column in a record ("" when the record is short).</summary>
    public string Get(CsvRecord record, string column)
    {
        var i = Index(column);
        return i < record.Fields.Count ? record.Fields[i] : "";
    }

    /// <summary>Where a column's cell of a record is: the record's line and the field number.</summary>
    public SourceLocation At(CsvRecord record, string column) => new(Path, record.Line, Index(column) + 1);

    /// <summary>The start of a record's line.</summary>
    public SourceLocation At(CsvRecord record) => new(Path, record.Line, 1);

    private int Index(string column)
    {
        for (var i = 0; i < Headers.Count; i++)
            if (Headers[i] == column) return i;
        throw new ArgumentException($"{Path} has no column '{column}'.", nameof(column));
    }
}
