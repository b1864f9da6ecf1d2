namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// One character of a text to set, with the font chosen for it and its advance width. '\n' is a forced break.
/// <see cref="Gap"/> is the space set after it where Chinese meets Latin letters, digits or signs (<see cref="AutoSpace"/>):
/// part of <see cref="Width"/>, but not drawn or counted at the end of a line.
/// </summary>
internal readonly record struct Glyph(int CodePoint, FontHandle Font, double Width)
{
    public double Gap { get; init; }

    public bool IsBreak => CodePoint == '\n';

    public bool IsSpace => CodePoint == ' ';

    /// <summary>The glyph's own advance, without the gap after it.</summary>
    public double Advance => Width - Gap;
}
