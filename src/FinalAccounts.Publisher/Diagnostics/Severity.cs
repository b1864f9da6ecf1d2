namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>How serious a diagnostic is. Only <see cref="Error"/> stops a build.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
