namespace FinalAccounts.Publisher.Publish;

/// <summary>A file produced for a department, held in memory until the whole department is ready to publish.</summary>
public sealed record OutputFile(string Name, byte[] Bytes);
