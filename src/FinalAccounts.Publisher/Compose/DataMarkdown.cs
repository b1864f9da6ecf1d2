namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// A data text that is Markdown, key-work.md: the template variable <c>key_work</c> holds this instead of the text, and
/// writing it puts a <c>::: markdown key-work</c> directive in its own paragraph. The directive gives the file's blocks,
/// read with the data rules (<see cref="Document.MarkdownReader.ReadText"/>) exactly as check reads them. Every other
/// value a template writes is text (<see cref="Document.MarkdownText.Escape"/>).
/// </summary>
internal sealed record DataMarkdown(string Name)
{
    public const string Directive = "markdown";

    public static DataMarkdown KeyWork { get; } = new("key-work");

    /// <summary>What writing the value puts into the template's Markdown.</summary>
    public string Placeholder => $"\n\n::: {Directive} {Name}\n:::\n\n";
}
