namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// A face's own font data (a standalone file) whose 'cmap' maps only the <see cref="CommonCharacters"/> the face has;
/// every other table is the face's, byte for byte, so glyph ids, metrics, outlines and names are unchanged. A reader that
/// turns glyphs back into characters (SkiaSharp's SVG canvas, for every text run) then walks about 9,000 entries
/// instead of a CJK face's 24,000–42,000.
/// </summary>
/// <param name="Face">The face reduced.</param>
/// <param name="Cmap">Its new 'cmap' table.</param>
/// <param name="Characters">The characters the new cmap maps.</param>
internal sealed record ReducedCmapFont(FontFace Face, byte[] Cmap, BmpCharacterSet Characters)
{
    /// <summary>Writes the font file (a standalone file even for a face of a collection), streamed from the face's file.</summary>
    public void WriteTo(Stream destination) => CollectionExtractor.Replace(Face.Path, Face.FaceIndex, "cmap", Cmap, destination);

    /// <summary>The font file in memory.</summary>
    public byte[] ToArray()
    {
        using var memory = new MemoryStream();
        WriteTo(memory);
        return memory.ToArray();
    }

    /// <summary>
    /// The reduced font of <paramref name="face"/>, or null when its cmap cannot be read or reduced (the file is read
    /// again when it is written: <see cref="WriteTo"/> can still fail, with an <see cref="IOException"/> or an
    /// <see cref="InvalidDataException"/>).
    /// </summary>
    public static ReducedCmapFont? Build(FontFace face)
    {
        try
        {
            var (kept, all) = Mappings(face);
            // A face with no rare characters (a Latin face) gains nothing: it keeps its own cmap.
            if (kept.Count == 0 || kept.Count == all) return null;
            return new ReducedCmapFont(face, CmapWriter.Write(kept), new BmpCharacterSet(kept.Select(m => m.CodePoint)));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException
            or OverflowException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>
    /// The face's mappings of common characters, in code point order. A glyph that some uncommon character below every
    /// common one also maps to is left out altogether: a glyph is turned back into the lowest character that maps to it,
    /// so the reduced face must give the same character as the full one.
    /// </summary>
    private static (List<(int CodePoint, int Glyph)> Kept, int All) Mappings(FontFace face)
    {
        byte[] cmap;
        using (var file = SfntFile.Open(face.Path))
        {
            var offsets = file.FaceOffsets();
            if (face.FaceIndex < 0 || face.FaceIndex >= offsets.Count) throw new InvalidDataException("no such face");
            var record = FontFileReader.Find(file.Tables(offsets[face.FaceIndex]), "cmap") ?? throw new InvalidDataException("no 'cmap' table");
            cmap = file.Read(record);
        }

        // Lists and arrays rather than dictionaries: a CJK face maps 24,000–42,000 characters, built once and dropped.
        var all = new List<(int CodePoint, int Glyph)>();
        CmapMappings.ForEach(cmap, (c, g) =>
        {
            if (g is > 0 and <= 0xFFFF) all.Add((c, g));
        });
        all.Sort();
        var lowest = new int[0x10000];
        Array.Fill(lowest, -1);
        var kept = new List<(int CodePoint, int Glyph)>();
        var count = 0;
        for (var i = 0; i < all.Count; i++)
        {
            var (c, g) = all[i];
            if (i > 0 && all[i - 1].CodePoint == c) continue; // a malformed cmap lists a code point twice: one is kept
            count++;
            if (lowest[g] < 0) lowest[g] = c;
            if (CommonCharacters.Contains(c) && CommonCharacters.Contains(lowest[g])) kept.Add((c, g));
        }

        return (kept, count);
    }
}
