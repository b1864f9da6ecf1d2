namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// Thrown by a fact that the data do not give (a prior-year figure not in prior-year.yaml, a second comparison year that
/// is not there) when something reads it: a template that uses it gets a located error, never a silent 0.
/// </summary>
public sealed class MissingFactException(string zh, string en) : Exception(en)
{
    public string Zh { get; } = zh;

    public string En { get; } = en;
}
