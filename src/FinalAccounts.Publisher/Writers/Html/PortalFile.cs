namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>
/// A published file as the index lists it: its link relative to the index page ("hongshan-jkj/hongshan-jkj-2024.pdf"),
/// its format ("pdf", "docx", "html", "md", "json", …), its size in bytes and its SHA-256 as hex.
/// </summary>
public sealed record PortalFile(string Link, string Format, long SizeBytes, string Sha256);
