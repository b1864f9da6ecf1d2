namespace FinalAccounts.Publisher.Document;

/// <summary>The text roles a house style sets a font for.</summary>
public enum StyleRole
{
    Title,
    Subtitle,
    Heading1,
    Heading2,
    Heading3,
    Heading4,
    Heading5,
    Body,
    TableText,
    TableHeader,
    TableMeta,
    Caption,
    Note,
    TocTitle,
    TocEntry,
    PageNumber,
}
