namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// Facts whose names come from the data's own keys rather than from C# (a table's lines <c>line1</c> … <c>line60</c>,
/// vehicle categories by their assets.yaml key), each with the label <c>finacc facts</c> prints beside it.
/// </summary>
public sealed record FactGroup(IReadOnlyList<NamedFact> Members)
{
    /// <summary>The member of a name, or null.</summary>
    public NamedFact? Find(string name) => Members.FirstOrDefault(m => m.Name == name);
}

/// <summary>
/// A fact of a <see cref="FactGroup"/>: its name, what it is (in Chinese), and its value. A member that only repeats
/// the others for loops (<c>t01.lines</c>) is not <see cref="Expanded"/>: listings name it without its items, and
/// data.json leaves it out.
/// </summary>
public sealed record NamedFact(string Name, string Label, object Value, bool Expanded = true);
