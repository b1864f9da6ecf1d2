using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Model;

/// <summary>One 项 of 五（三）: its 年初预算, 决算数 and the reason for the difference (budget-execution.csv).</summary>
public sealed record BudgetExecutionItem(SubjectCode Code, string Name, Amount Budget, Amount Actual, Located<string> Reason, SourceLocation Location);
