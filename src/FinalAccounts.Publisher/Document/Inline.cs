namespace FinalAccounts.Publisher.Document;

/// <summary>A run of text with one style. A line break is a run whose text is "\n". <see cref="Link"/> is a URL or "#heading-id".</summary>
public sealed record Inline(string Text, InlineStyle Style = InlineStyle.None, string? Link = null)
{
    public static Inline LineBreak { get; } = new("\n");

    public bool IsBold => (Style & InlineStyle.Bold) != 0;

    public bool IsItalic => (Style & InlineStyle.Italic) != 0;
}
