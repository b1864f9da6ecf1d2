using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Model;

/// <summary>A value read from input and the place it was read from.</summary>
public readonly record struct Located<T>(T Value, SourceLocation Location)
{
    public override string ToString() => Value?.ToString() ?? "";
}
