namespace FinalAccounts.Publisher.Facts;

/// <summary>A total compared with the prior year, with the reason the data gives.</summary>
public sealed record ChangeFacts(Comparison Total, string Reason);
