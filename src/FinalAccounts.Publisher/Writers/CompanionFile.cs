namespace FinalAccounts.Publisher.Writers;

/// <summary>A file a writer publishes beside its document, under its own name ("fig-1.png").</summary>
public sealed record CompanionFile(string Name, byte[] Bytes);
