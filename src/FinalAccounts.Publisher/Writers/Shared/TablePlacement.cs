namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>Where a table goes: on a landscape page or not, its column widths, and whether they were squeezed.</summary>
public sealed record TablePlacement(bool Landscape, IReadOnlyList<double> Widths, bool Squeezed);
