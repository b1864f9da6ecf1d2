namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>A finished page: geometry, ops in reading order, the text lines set on it, and its printed number (null: none).</summary>
internal sealed record LayoutPage(PageGeometry Geometry, IReadOnlyList<DrawOp> Ops, IReadOnlyList<string> Lines, int? Number);
