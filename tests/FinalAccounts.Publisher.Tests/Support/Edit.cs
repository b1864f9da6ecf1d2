namespace FinalAccounts.Publisher.Tests.Support;

/// <summary>Short names for the edits identity cases make, so a case reads as one line of intent.</summary>
public static class Edit
{
    /// <summary>Sets cells of one CSV row: <c>Cells("tables/05.csv", "2060101", ("基本支出", "1"))</c>.</summary>
    public static Action<SampleCopy> Cells(string file, string row, params (string Column, string Value)[] cells) => copy =>
    {
        foreach (var (column, value) in cells) copy.SetCell(file, row, column, value);
    };

    public static Action<SampleCopy> Cell(string file, string row, string column, string value) => Cells(file, row, (column, value));

    /// <summary>Replaces text that occurs once in the file.</summary>
    public static Action<SampleCopy> Text(string file, string oldText, string newText) => copy => copy.Replace(file, oldText, newText);

    /// <summary>Appends a raw line to a file.</summary>
    public static Action<SampleCopy> Append(string file, string line) => copy => copy.AppendLine(file, line);

    public static Action<SampleCopy> DeleteRows(string file, params string[] rows) => copy => copy.DeleteRows(file, rows);

    /// <summary>Several edits in order.</summary>
    public static Action<SampleCopy> All(params Action<SampleCopy>[] edits) => copy =>
    {
        foreach (var edit in edits) edit(copy);
    };
}
