using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Review;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// What <c>finacc diff</c> found for a department: its load (every problem of its data in its diagnostics), and, when
/// its document could be composed, the title and the two comparisons — since the last final build, against last year.
/// </summary>
public sealed record DepartmentDiffResult(LoadResult? Load, string Title, IReadOnlyList<ReviewSection> Sections)
{
    public bool Compared => Sections.Count > 0;
}
