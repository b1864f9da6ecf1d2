namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>The BCP 47 tag a page or a JSON file states its language with.</summary>
public static class LanguageTags
{
    /// <summary>"zh-CN" or "en".</summary>
    public static string Tag(this Language language) => language == Language.En ? "en" : "zh-CN";
}
