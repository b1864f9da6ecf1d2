namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// A finished page: geometry, ops in reading order, the text lines set on it, its printed number (null: none) and what
/// it begins with.
/// </summary>
internal sealed record LayoutPage(
    PageGeometry Geometry, IReadOnlyList<DrawOp> Ops, IReadOnlyList<string> Lines, int? Number, PageOrigin Origin);

/// <summary>
/// What a page begins with: the document block of the first element drawn on it, whether that element goes on from
/// an earlier page, and for a table going on, the body row and line it goes on at (else -1, 0).
/// </summary>
internal readonly record struct PageOrigin(
    int Block, bool Continues, int Row, int Line, IReadOnlyList<Shared.SplitCell>? SplitCells)
{
    public static PageOrigin None => new(-1, false, -1, 0, null);
}
