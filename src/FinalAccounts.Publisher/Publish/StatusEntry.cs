namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// One department on the office status page: its check (counts by severity, every diagnostic line), the outcome of the
/// last run (built, unchanged, failed, or not in this run), what is published (pages, bytes, when it was written, draft)
/// and whether that publication is current (the last run built it or found it unchanged), and what its text changes
/// since the department's last final build (null when it is that build, or there is none to compare with).
/// </summary>
public sealed record StatusEntry(
    string Id,
    string Name,
    string Folder,
    string Outcome,
    int Errors,
    int Warnings,
    int Infos,
    IReadOnlyList<string> Diagnostics,
    int Pages,
    long Bytes,
    DateTimeOffset? Published,
    bool Current,
    bool Draft,
    StatusChanges? Changes = null);
