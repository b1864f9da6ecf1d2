namespace FinalAccounts.Publisher.Model;

/// <summary>部门整体绩效自评表: the common form plus the basic and project expenditure it states.</summary>
public sealed record OverallForm(SelfAssessmentForm Form, Amount BasicExpenditure, Amount ProjectExpenditure);
