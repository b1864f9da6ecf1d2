namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>A kind of problem: its stable id (<c>FA2101</c>), default severity, a short title and what to do about it.</summary>
public sealed record DiagnosticCode(string Id, Severity Severity, LocalizedText Title, LocalizedText Hint)
{
    /// <summary>An error code with its title and hint in Chinese and English.</summary>
    public static DiagnosticCode Error(string id, string titleZh, string titleEn, string hintZh, string hintEn) =>
        new(id, Severity.Error, new LocalizedText(titleZh, titleEn), new LocalizedText(hintZh, hintEn));

    /// <summary>A warning code with its title and hint in Chinese and English.</summary>
    public static DiagnosticCode Warning(string id, string titleZh, string titleEn, string hintZh, string hintEn) =>
        new(id, Severity.Warning, new LocalizedText(titleZh, titleEn), new LocalizedText(hintZh, hintEn));

    /// <summary>An information code (said, never a problem) with its title and hint in Chinese and English.</summary>
    public static DiagnosticCode Info(string id, string titleZh, string titleEn, string hintZh, string hintEn) =>
        new(id, Severity.Info, new LocalizedText(titleZh, titleEn), new LocalizedText(hintZh, hintEn));
}
