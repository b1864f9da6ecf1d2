namespace FinalAccounts.Publisher.Publish;

/// <summary>What to build and where: the output root, formats, the templates root and style, and the project fonts folder.</summary>
public sealed record BuildOptions(
    string OutputRoot,
    IReadOnlyList<string> Formats,
    string? TemplatesRoot = null,
    string Style = "default",
    string? FontsFolder = null)
{
    public static IReadOnlyList<string> AllFormats { get; } = ["md", "docx", "pdf", "html"];
}
