namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// An approval of a built department (<c>finacc approve --by</c>): who, when (UTC, ISO 8601), and the fingerprint of
/// the build approved — a final build (<c>--publish-approved</c>) is allowed only from the same inputs.
/// </summary>
public sealed record ManifestApproval(string By, string At, string Fingerprint);
