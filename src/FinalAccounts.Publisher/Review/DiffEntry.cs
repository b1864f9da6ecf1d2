namespace FinalAccounts.Publisher.Review;

/// <summary>
/// One unit of the comparison: the same in both documents, changed (old and new, each cut into segments that mark
/// what differs), added (only <see cref="New"/>) or removed (only <see cref="Old"/>). <see cref="Context"/> is the
/// heading or table title it stands under in the newer document (the older one for a removed unit).
/// </summary>
public sealed record DiffEntry(DiffKind Kind, string Context, TextUnit? Old, TextUnit? New,
    IReadOnlyList<DiffSegment> OldParts, IReadOnlyList<DiffSegment> NewParts)
{
    /// <summary>The unit as it reads now (the old one when removed).</summary>
    public TextUnit Unit => New ?? Old!;
}
