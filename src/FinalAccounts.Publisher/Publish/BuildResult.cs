using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// The outcome of one department: its status, where it was published, every diagnostic, what was made (files, PDF
/// pages, manifest) and how long it took.
/// </summary>
public sealed record BuildResult(
    string Folder,
    BuildStatus Status,
    string? OutputFolder,
    DiagnosticBag Diagnostics,
    ComposeResult? Composed,
    IReadOnlyList<OutputFile> Files,
    int Pages,
    Manifest? Manifest,
    TimeSpan Elapsed)
{
    public bool Succeeded => Status != BuildStatus.Failed;

    public int Warnings => Diagnostics.Count(Severity.Warning);

    public static BuildResult Failed(string folder, DiagnosticBag bag, ComposeResult? composed, TimeSpan elapsed) =>
        new(folder, BuildStatus.Failed, null, bag, composed, [], 0, null, elapsed);
}
