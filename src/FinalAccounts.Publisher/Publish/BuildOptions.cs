using FinalAccounts.Publisher.Writers;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// What to build and where: the output root, formats, the templates root and style, the project fonts folder, and
/// whether a department's formats are written in parallel (faster on several cores; off for stage-by-stage timing), and
/// how long to wait for another run holding the output year folder's lock (default <see cref="OutputLock.DefaultTimeout"/>).
/// </summary>
public sealed record BuildOptions(
    string OutputRoot,
    IReadOnlyList<string> Formats,
    string? TemplatesRoot = null,
    string Style = "default",
    string? FontsFolder = null,
    bool ParallelWriters = true,
    TimeSpan? LockTimeout = null)
{
    /// <summary>Every registered format (<see cref="WriterRegistry"/>), the default.</summary>
    public static IReadOnlyList<string> AllFormats => WriterRegistry.Default.Names;
}
