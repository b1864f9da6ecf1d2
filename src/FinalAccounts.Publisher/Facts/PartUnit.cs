using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>A part of the document (its template's name without .sbn) printed in a unit of its own, and where the style says so.</summary>
public sealed record PartUnit(string Part, AmountUnit Unit, SourceLocation At);
