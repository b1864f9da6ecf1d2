using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// The audit of one document: every finding in document order, how many figures were checked, and how many sentences
/// with figures were not understood (each also an info finding at its place), and the document as read (null when it
/// could not be read), for a report that shows the findings in place.
/// </summary>
public sealed record AuditResult(string Document, IReadOnlyList<AuditFinding> Findings, int FiguresChecked, int NotUnderstood, ReadDocument? Text = null)
{
    public int Count(Severity severity) => Findings.Count(f => f.Diagnostic.Severity == severity);

    public bool HasErrors => Findings.Any(f => f.Diagnostic.Severity == Severity.Error);
}
