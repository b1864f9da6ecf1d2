using FinalAccounts.Publisher.Writers;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// What to build and where: the output root, formats, the templates root and style, the project fonts folder, and
/// whether a department's formats are written in parallel (faster on several cores; off for stage-by-stage timing).
/// </summary>
public sealed record BuildOptions(
    string OutputRoot,
    IReadOnlyList<string> Formats,
    string? TemplatesRoot = null,
    string Style = "default",
    string? FontsFolder = null,
    bool ParallelWriters = true)
{
    /// <summary>Every registered format (<see cref="WriterRegistry"/>), the default.</summary>
    public static IReadOnlyList<string> AllFormats => WriterRegistry.Default.Names;
}
