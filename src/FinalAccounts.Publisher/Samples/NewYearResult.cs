namespace FinalAccounts.Publisher.Samples;

/// <summary>
/// What <c>finacc new-year</c> created: the new year folder (as the user would write it), its departments, and the code
/// list folder carried over (null when the new year already had its own).
/// </summary>
public sealed record NewYearResult(string Folder, IReadOnlyList<string> Departments, string? CarriedReference);
