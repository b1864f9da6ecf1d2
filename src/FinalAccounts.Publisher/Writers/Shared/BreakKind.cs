namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>Whether a title or heading may break a line before a character (<see cref="WordBreaks"/>).</summary>
public enum BreakKind
{
    /// <summary>Between words: the line may break here (if the script's own rules allow it).</summary>
    Free,

    /// <summary>Inside a proper name, between its words: only when the name is wider than a whole line.</summary>
    InName,

    /// <summary>Inside a word or a name's word: never, unless the word alone is wider than a line.</summary>
    None,
}
