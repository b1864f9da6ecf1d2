namespace FinalAccounts.Publisher.Review;

/// <summary>
/// Two documents' texts compared unit by unit, in the newer document's order (removed units where they stood).
/// <see cref="UnchangedLeftOut"/> counts unchanged units no longer listed (<see cref="ChangesOnly"/>).
/// </summary>
public sealed record TextComparison(IReadOnlyList<DiffEntry> Entries, int UnchangedLeftOut = 0)
{
    public int Changed => Count(DiffKind.Changed);

    public int Added => Count(DiffKind.Added);

    public int Removed => Count(DiffKind.Removed);

    public int Same => Count(DiffKind.Same) + UnchangedLeftOut;

    public bool HasChanges => Entries.Any(e => e.Kind != DiffKind.Same);

    /// <summary>The same comparison listing only what changed (what a page of many departments keeps in memory).</summary>
    public TextComparison ChangesOnly() => new(Entries.Where(e => e.Kind != DiffKind.Same).ToList(), Same);

    private int Count(DiffKind kind) => Entries.Count(e => e.Kind == kind);
}
