using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Writers;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// What to build and where: the output root, formats, the templates root and style, the project fonts folder, and
/// whether a department's formats are written in parallel when it is built alone (faster on several cores; off for
/// stage-by-stage timing; in a batch, departments built side by side write theirs one after another), and
/// how long to wait for another run holding the output year folder's lock (default <see cref="OutputLock.DefaultTimeout"/>),
/// and whether the documents are drafts for review (a watermark on every page of the PDF and Word editions, the manifest
/// marked as draft, left out of the portal index), and whether only approved departments are published (their final
/// edition; <see cref="Approvals"/>),
/// and the portal address of the year folders (<c>--base-url</c>, over publication.yaml's; sitemap and feed use it),
/// and the clock that says when a build was made (<see cref="PublishedTexts"/>; the system's when none is given),
/// and the language of the tool's own pages for the office (the status page, <see cref="StatusPage"/>); the documents
/// and the portal are Chinese publications whatever it is.
/// </summary>
public sealed record BuildOptions(
    string OutputRoot,
    IReadOnlyList<string> Formats,
    string? TemplatesRoot = null,
    string Style = "default",
    string? FontsFolder = null,
    bool ParallelWriters = true,
    TimeSpan? LockTimeout = null,
    bool Draft = false,
    bool PublishApproved = false,
    string? BaseUrl = null,
    TimeProvider? Clock = null,
    Language Language = Language.Zh)
{
    /// <summary>The time now by <see cref="Clock"/>.</summary>
    public DateTimeOffset Now => (Clock ?? TimeProvider.System).GetUtcNow();

    /// <summary>Every registered format (<see cref="WriterRegistry"/>), the default.</summary>
    public static IReadOnlyList<string> AllFormats => WriterRegistry.Default.Names;

    /// <summary>A comma-separated list of formats as a user types it ("PDF, docx"): trimmed, lower case, empty items dropped.</summary>
    public static IReadOnlyList<string> ParseFormats(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).ToList();

    /// <summary>The requested formats that no writer is registered for.</summary>
    public IReadOnlyList<string> UnknownFormats => Formats.Where(f => WriterRegistry.Default.Find(f) is null).ToList();
}
