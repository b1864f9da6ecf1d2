namespace FinalAccounts.Publisher.Compose;

/// <summary>A part template: its name (path under parts/, which orders the document), where it was read from, and its text.</summary>
public sealed record TemplateFile(string Name, string DisplayPath, string Text);
