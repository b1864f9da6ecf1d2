namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>One character of a text to set, with the font chosen for it and its advance width. '\n' is a forced break.</summary>
internal readonly record struct Glyph(int CodePoint, FontHandle Font, double Width)
{
    public bool IsBreak => CodePoint == '\n';

    public bool IsSpace => CodePoint == ' ';
}
