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

    /// <summary>Reports a problem with a message in both languages.</summary>
    public void Report(DiagnosticCode code, SourceLocation location, string zh, string en, DiagnosticFigures? figures = null) =>
        items.Add(new Diagnostic(code, location, new LocalizedText(zh, en), figures));

    /// <summary>The diagnostics in a stable order: by file, line, column, code.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        var copy = items.ToList();
        copy.Sort(Diagnostic.Compare);
        return copy;
    }
}
