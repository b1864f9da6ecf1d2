namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// One face of a font file: its family names (every language in the name table), style, outline kind and where it lives.
/// <see cref="FaceIndex"/> is the face's index in a .ttc collection (0 for a plain font file).
/// </summary>
public sealed record FontFace(
    string Path,
    int FaceIndex,
    IReadOnlyList<string> FamilyNames,
    string PostScriptName,
    bool IsBold,
    bool IsItalic,
    FontOutline Outline)
{
    /// <summary>A stable key for this face: its file and face index.</summary>
    public string Key => FaceIndex == 0 ? Path : Path + "#" + FaceIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first family name (as the font lists it), for messages.</summary>
    public string DisplayName => FamilyNames.Count > 0 ? FamilyNames[0] : System.IO.Path.GetFileName(Path);

    /// <summary>Whether the face can be embedded as a subset in a PDF (TrueType outlines only).</summary>
    public bool CanEmbedInPdf => Outline == FontOutline.TrueType;

    /// <summary>Whether one of the family names equals <paramref name="family"/> (case and spaces ignored).</summary>
    public bool HasFamily(string family)
    {
        var wanted = FontNames.Normalize(family);
        foreach (var name in FamilyNames)
        {
            if (string.Equals(FontNames.Normalize(name), wanted, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
