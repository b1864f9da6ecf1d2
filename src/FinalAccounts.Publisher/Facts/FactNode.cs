using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// One fact of <see cref="FactCatalog"/>: its name (as templates write it), kind, value (万元 for amounts, a ratio for
/// rates, null for a zero base or a missing fact), where it came from (a place in the data, or a formula over the facts
/// beside it), a label, its members, and, when missing, what to fill in.
/// </summary>
public sealed record FactNode(
    string Name,
    FactKind Kind,
    object? Value,
    SourceLocation Location,
    string Formula,
    string Label,
    IReadOnlyList<FactNode> Children,
    LocalizedText? Missing = null)
{
    /// <summary>Whether data.json holds it (not a listing kept out of the open data, such as public_tables).</summary>
    public bool InOpenData { get; init; } = true;
}
