namespace FinalAccounts.Publisher.Review;

/// <summary>Two documents' texts compared unit by unit, in the newer document's order (removed units where they stood).</summary>
public sealed record TextComparison(IReadOnlyList<DiffEntry> Entries)
{
    public int Changed => Count(DiffKind.Changed);

    public int Added => Count(DiffKind.Added);

    public int Removed => Count(DiffKind.Removed);

    public int Same => Count(DiffKind.Same);

    public bool HasChanges => Entries.Any(e => e.Kind != DiffKind.Same);

    private int Count(DiffKind kind) => Entries.Count(e => e.Kind == kind);
}
