namespace FinalAccounts.Publisher.Facts;

/// <summary>Which way a figure moved.</summary>
public enum Direction
{
    Same,
    Up,
    Down,
}
