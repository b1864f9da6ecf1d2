namespace FinalAccounts.Publisher.Document;

/// <summary>Character styles of an inline run.</summary>
[Flags]
public enum InlineStyle
{
    None = 0,
    Bold = 1,
    Italic = 2,
}
