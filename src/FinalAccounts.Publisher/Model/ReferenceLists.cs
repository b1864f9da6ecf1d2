namespace FinalAccounts.Publisher.Model;

/// <summary>The two code lists a department-year is checked against.</summary>
public sealed record ReferenceLists(Classification Functional, Classification Economic);
