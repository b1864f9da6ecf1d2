using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// A template: its name (a section id, or a key of style.yaml), where it was read from, and its text. A template that
/// is a value inside style.yaml (a section title, a document word) starts at <see cref="Start"/> there, so its errors
/// point into style.yaml.
/// </summary>
public sealed record TemplateFile(string Name, string DisplayPath, string Text)
{
    /// <summary>Where the text's first character stands in its file (1-based); line 1, column 1 for a whole file.</summary>
    public SourceLocation Start { get; init; } = new(DisplayPath, 1, 1);

    /// <summary>The section it writes, as style settings (part_units) name it: its name without ".title" (three-public).</summary>
    public string Part => Name.EndsWith(".title", StringComparison.Ordinal) ? Name[..^".title".Length] : Name;

    /// <summary>The place in the file of the text's 0-based line and column.</summary>
    public SourceLocation Locate(int line, int column) =>
        new(DisplayPath, Start.Line + line, line == 0 ? Start.Column + column : column + 1);
}
