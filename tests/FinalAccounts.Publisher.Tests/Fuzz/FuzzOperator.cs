namespace FinalAccounts.Publisher.Tests.Fuzz;

/// <summary>One kind of hostile change: its family (csv, yaml, markdown, template, encoding, depth, size, link, folder)
/// and what it does to a case, returning a description precise enough to repeat it by hand.</summary>
internal sealed record FuzzOperator(string Family, Func<FuzzCase, string> Apply)
{
    /// <summary>Every operator, each family weighted by how many operators it holds.</summary>
    public static IReadOnlyList<FuzzOperator> All { get; } =
        [.. DataOperators.All, .. TextOperators.All, .. TemplateOperators.All, .. FileOperators.All];
}
