namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// A department entered a stage of its build ("check", "compose", "layout", a format's name, "publish", …; the formats
/// may overlap).
/// </summary>
public sealed record BuildProgress(string Folder, string Stage);
