using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>A total compared with the prior year, with the reason the data give.</summary>
public sealed record ChangeFacts(Comparison Total, Located<string> Reason);
