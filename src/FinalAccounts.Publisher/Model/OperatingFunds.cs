namespace FinalAccounts.Publisher.Model;

/// <summary>机关运行经费 (operating-funds.yaml): the budget and the reason for the difference; the actual, when not given, is 公开06表's 公用经费合计.</summary>
public sealed record OperatingFunds(Amount Budget, Located<string> Reason, Amount? Actual);
