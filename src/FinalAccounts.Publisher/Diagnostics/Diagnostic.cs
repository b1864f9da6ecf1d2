namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>One problem found in the input, the templates or the output, with its place.</summary>
public sealed record Diagnostic(
    DiagnosticCode Code,
    SourceLocation Location,
    LocalizedText Message,
    DiagnosticFigures? Figures = null,
    Severity? SeverityOverride = null)
{
    public Severity Severity => SeverityOverride ?? Code.Severity;

    /// <summary>
    /// What is still to fill in when this problem is a value left empty (a key's name); such problems of one file are
    /// listed as one to-do line (<see cref="ToDoList"/>), so a new folder gives a short list, not one line per key.
    /// </summary>
    public string? ToDo { get; init; }

    /// <summary>How many problems this line stands for: 1, or the number of repeats a summary line folds.</summary>
    public int Count { get; init; } = 1;

    /// <summary>Orders diagnostics by place (file, sheet or page, line, column) and code, so reports are stable.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var c = SourceLocation.Compare(a.Location, b.Location);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Code.Id, b.Code.Id);
        return c != 0 ? c : string.CompareOrdinal(a.Message.En, b.Message.En);
    }
}
