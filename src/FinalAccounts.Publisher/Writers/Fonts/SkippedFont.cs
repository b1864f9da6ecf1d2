namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>A font file (or family) that was not used, and why.</summary>
public sealed record SkippedFont(string Path, string Reason);
