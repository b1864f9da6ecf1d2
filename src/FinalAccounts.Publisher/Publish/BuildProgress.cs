namespace FinalAccounts.Publisher.Publish;

/// <summary>A department entered a stage of its build ("check", "compose", "layout", "md", "docx", "pdf", "html", "publish", …; the formats may overlap).</summary>
public sealed record BuildProgress(string Folder, string Stage);
