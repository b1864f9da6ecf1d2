namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>The figures behind a failed identity: what was expected, what was found, and the tolerance that applied.</summary>
public sealed record DiagnosticFigures(decimal Expected, decimal Actual, decimal Tolerance = 0m)
{
    public decimal Difference => Actual - Expected;
}
