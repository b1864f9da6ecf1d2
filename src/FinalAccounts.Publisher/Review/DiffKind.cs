namespace FinalAccounts.Publisher.Review;

/// <summary>What happened to a unit of text between two documents.</summary>
public enum DiffKind
{
    Same,
    Changed,
    Added,
    Removed,
}
