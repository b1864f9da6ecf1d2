namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>How a line sits in its width.</summary>
internal enum TextAlign
{
    Left,
    Center,
    Right,

    /// <summary>Full lines stretched to the width at their break opportunities; the last line left-aligned.</summary>
    Justify,
}
