namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>The language of what users read: Chinese first, English on request.</summary>
public enum Language
{
    Zh,
    En,
}
