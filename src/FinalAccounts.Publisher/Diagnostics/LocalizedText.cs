namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>A text in Chinese and English.</summary>
public readonly record struct LocalizedText(string Zh, string En)
{
    public string For(Language language) => language == Language.En ? En : Zh;

    public override string ToString() => Zh;
}
