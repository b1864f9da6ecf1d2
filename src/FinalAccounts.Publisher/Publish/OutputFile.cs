namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// A file produced for a department, held in memory until the whole department is ready to publish; <paramref name="Format"/>
/// is the output format it belongs to ("md" for the Markdown and its figures), null for files every build writes.
/// </summary>
public sealed record OutputFile(string Name, byte[] Bytes, string? Format = null);
