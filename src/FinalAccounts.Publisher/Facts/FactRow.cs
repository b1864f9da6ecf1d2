using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// One line of <c>finacc facts</c>: a variable's name as templates write it, its kind, its value (万元 for amounts, full
/// precision), how the style prints it (amounts and ratios), where it comes from (a place in the data, or a formula over
/// the facts beside it), a label, and, for a fact the data do not give, what to fill in.
/// </summary>
public sealed record FactRow(
    string Name,
    FactKind Kind,
    string Value,
    string Printed,
    SourceLocation Location,
    string Formula,
    string Label,
    LocalizedText? Missing);
