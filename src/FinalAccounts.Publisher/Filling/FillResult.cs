using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Filling;

/// <summary>
/// What <c>finacc fill</c> found: the changes (in file order), the files that would change or were written, whether it
/// wrote them, and the errors check still reports after filling (identities between inputs, which fill cannot decide).
/// </summary>
public sealed record FillResult(
    DiagnosticBag Diagnostics,
    IReadOnlyList<FillChange> Changes,
    IReadOnlyList<string> Files,
    bool Written,
    int RemainingErrors)
{
    /// <summary>Whether fill could compute (the data was readable and the figures settled).</summary>
    public bool Succeeded => !Diagnostics.HasErrors;
}
