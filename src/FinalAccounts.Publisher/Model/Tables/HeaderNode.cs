namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>
/// A heading of a printed table as the official form has it: a leaf is one column, with its cell of the 栏次 row
/// (<see cref="Number"/>: "1", "栏次", "类/款/项" or ""); a group heads the columns of its children. The header rows
/// and their merged cells follow from the tree: a group spans its leaves, a leaf reaches down to the last header row.
/// </summary>
public sealed record HeaderNode(string Text, IReadOnlyList<HeaderNode> Children, string Number = "")
{
    public bool IsLeaf => Children.Count == 0;

    /// <summary>A column with its 栏次 cell.</summary>
    public static HeaderNode Leaf(string text, string number = "") => new(text, [], number);

    /// <summary>A heading over several columns.</summary>
    public static HeaderNode Group(string text, params HeaderNode[] children) => new(text, children);

    /// <summary>The columns under this heading, left to right.</summary>
    public IEnumerable<HeaderNode> Leaves() => IsLeaf ? [this] : Children.SelectMany(c => c.Leaves());

    /// <summary>How many header rows this heading and those under it take.</summary>
    public int Depth => IsLeaf ? 1 : 1 + Children.Max(c => c.Depth);
}
