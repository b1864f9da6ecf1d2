using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// One build of a live preview: its version (1, 2, … in order), the web page it made (null when it failed), what it
/// reported and how long it took.
/// </summary>
public sealed record PreviewBuild(int Version, string? Page, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    public bool Failed => Page is null;
}
