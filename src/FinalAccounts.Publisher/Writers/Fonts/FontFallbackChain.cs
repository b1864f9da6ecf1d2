namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// The faces found for a role's family list, in order of preference. Each character is set in the first face that has
/// it; <see cref="FaceFor"/> returns null when no face does.
/// </summary>
public sealed class FontFallbackChain
{
    private readonly FontCatalog catalog;

    internal FontFallbackChain(FontCatalog catalog, IReadOnlyList<FontFace> faces, IReadOnlyList<string> missing, IReadOnlyList<SkippedFont> skipped, bool bold)
    {
        this.catalog = catalog;
        Faces = faces;
        MissingFamilies = missing;
        Skipped = skipped;
        Bold = bold;
    }

    /// <summary>The faces found, best first.</summary>
    public IReadOnlyList<FontFace> Faces { get; }

    /// <summary>Families of the list that no font on this machine has.</summary>
    public IReadOnlyList<string> MissingFamilies { get; }

    /// <summary>Families found but not usable (CFF outlines), with the reason.</summary>
    public IReadOnlyList<SkippedFont> Skipped { get; }

    /// <summary>Whether a bold weight was asked for (faces that are not bold are then made bold by simulation).</summary>
    public bool Bold { get; }

    /// <summary>Whether some face of the chain can set Chinese text (has 中, 国, 的 and the full stop 。).</summary>
    public bool HasCjk => Faces.Any(f => "中国的。".All(c => catalog.HasGlyph(f, c)));

    /// <summary>The index in <see cref="Faces"/> of the first face that has the character, or -1.</summary>
    public int IndexFor(int codePoint)
    {
        for (var i = 0; i < Faces.Count; i++)
        {
            if (catalog.HasGlyph(Faces[i], codePoint)) return i;
        }

        return -1;
    }

    /// <summary>The first face that has the character, or null when none has.</summary>
    public FontFace? FaceFor(int codePoint)
    {
        var i = IndexFor(codePoint);
        return i < 0 ? null : Faces[i];
    }
}
