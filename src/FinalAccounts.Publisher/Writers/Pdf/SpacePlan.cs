namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>What a measure says: all of it fits (Full), part of it (Partial), or nothing, and why (Wrap).</summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, double Height, string? Reason = null)
{
    public static SpacePlan Full(double height) => new(SpacePlanKind.Full, height);

    public static SpacePlan Partial(double height) => new(SpacePlanKind.Partial, height);

    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, 0, reason);

    public override string ToString() => Kind == SpacePlanKind.Wrap ? $"Wrap({Reason})" : $"{Kind}({Height:0.##})";
}

/// <summary>The kinds of <see cref="SpacePlan"/>.</summary>
internal enum SpacePlanKind
{
    Full,
    Partial,
    Wrap,
}
