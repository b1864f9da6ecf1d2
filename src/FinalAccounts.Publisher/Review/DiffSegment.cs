namespace FinalAccounts.Publisher.Review;

/// <summary>A piece of a changed sentence: text, and whether it differs from the other version (a changed figure, a new word).</summary>
public sealed record DiffSegment(string Text, bool Changed);
