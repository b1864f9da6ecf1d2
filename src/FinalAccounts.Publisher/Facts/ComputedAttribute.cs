namespace FinalAccounts.Publisher.Facts;

/// <summary>How a fact is computed from the facts beside it, as <c>finacc facts</c> shows its source: "current − prior".</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ComputedAttribute(string formula) : Attribute
{
    public string Formula { get; } = formula;
}
