using DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// settings.xml: Chinese punctuation and line-breaking rules, Word 2013+ layout. Fields are not updated on open: the
/// contents already hold the page numbers of the one pagination the Word file follows, and Word would ask the reader
/// whether to update them.
/// </summary>
internal static class DocxSettings
{
    // 避头尾, the zh-CN lists Word uses: characters that may not begin a line, and those that may not end one.
    private const string NotAtLineStart = "!%),.:;?]}¢°·'\"†‡›℃∶、。〃〆〕〗〞﹚﹜！＂％＇），．：；？！］｝～…”’」』】〉》";
    private const string NotAtLineEnd = "$(£¥·'\"〈《「『【〔〖〝﹙﹛＄（．［｛￡￥“‘";

    /// <summary>The settings, appended in the order the schema requires.</summary>
    public static Settings Build() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 420 },
        // Full-width punctuation is not squeezed: official documents keep every character on the grid.
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new NoLineBreaksAfterKinsoku { Language = "zh-CN", Val = NotAtLineEnd },
        new NoLineBreaksBeforeKinsoku { Language = "zh-CN", Val = NotAtLineStart },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" },
        new DecimalSymbol { Val = "." },
        new ListSeparator { Val = "," });
}
