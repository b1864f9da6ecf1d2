namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>A text in Chinese and English.</summary>
public readonly record struct LocalizedText(string Zh, string En)
{
    public string For(Language language) => language == Language.En ? En : Zh;

    /// <summary>The text in <paramref name="language"/> as a format, {0}, {1}… filled in the invariant culture.</summary>
    public string Format(Language language, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, For(language), args);

    public override string ToString() => Zh;
}
