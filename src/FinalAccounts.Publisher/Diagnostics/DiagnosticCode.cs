namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>A kind of problem: its stable id (<c>FA2101</c>), default severity, a short title and what to do about it.</summary>
public sealed record DiagnosticCode(string Id, Severity Severity, LocalizedText Title, LocalizedText Hint);
