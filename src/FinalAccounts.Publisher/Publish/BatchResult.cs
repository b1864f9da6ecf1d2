using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// A batch: every department's check (its diagnostics; the model of a department is let go once it is built), the build
/// of each (failed for those that did not pass), and the index pages written.
/// </summary>
public sealed record BatchResult(IReadOnlyList<LoadResult> Checks, IReadOnlyList<BuildResult> Builds, IReadOnlyList<string> Indexes, DiagnosticBag Diagnostics)
{
    public bool Succeeded => Builds.All(b => b.Succeeded) && !Diagnostics.HasErrors;
}
