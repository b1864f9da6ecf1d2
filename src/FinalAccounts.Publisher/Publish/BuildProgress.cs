namespace FinalAccounts.Publisher.Publish;

/// <summary>A department entered a stage of its build ("check", "compose", "md", "docx", "pdf", "html", "publish", …).</summary>
public sealed record BuildProgress(string Folder, string Stage);
