using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Publish;

/// <summary>The outcome of building one department: where it was published (null when not), every diagnostic, and what was made.</summary>
public sealed record BuildResult(string Folder, string? OutputFolder, DiagnosticBag Diagnostics, ComposeResult? Composed, IReadOnlyList<OutputFile> Files)
{
    public bool Succeeded => OutputFolder is not null && !Diagnostics.HasErrors;
}
