namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>Collects every problem of a run, so all of them are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Exists(d => d.Severity == Severity.Error);

    public int Count(Severity severity) => items.Count(d => d.Severity == severity);

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    /// <summary>
    /// Reports a problem with a message in both languages. Values interpolated into the messages are echoes of input:
    /// <see cref="DiagnosticText"/> shortens them and makes invisible characters visible.
    /// </summary>
    public void Report(DiagnosticCode code, SourceLocation location, DiagnosticText zh, DiagnosticText en, DiagnosticFigures? figures = null,
        string? toDo = null) =>
        items.Add(new Diagnostic(code, location, new LocalizedText(zh.ToString(), en.ToString()), figures) { ToDo = toDo });

    /// <summary>
    /// The diagnostics for a report, in a stable order (by file, line, column, code), with the values still to fill of a
    /// file on one to-do line, and repeats folded: after the first <see cref="RepeatedDiagnostics.Shown"/> of one code and
    /// severity in one file, one line says how many more there are.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        var copy = items.ToList();
        copy.Sort(Diagnostic.Compare);
        return RepeatedDiagnostics.Fold(ToDoList.Fold(copy));
    }
}
