using FinalAccounts.Publisher.Writers.Fonts;
using SkiaSharp;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>A chart face with a reduced cmap (<see cref="ReducedCmapFont"/>) and the characters it maps.</summary>
internal sealed record ReducedTypeface(SKTypeface Typeface, BmpCharacterSet Characters)
{
    /// <summary>
    /// The reduced typeface of <paramref name="face"/>, checked against its <paramref name="full"/> typeface: mapped from
    /// a temporary file removed at once (<paramref name="mapped"/>; not on Windows, where a mapped file cannot be
    /// removed), else copied into memory.
    /// </summary>
    public static ReducedTypeface? Load(FontFace face, SKTypeface? full, bool mapped)
    {
        if (full is null || ReducedCmapFont.Build(face) is not { } font) return null;
        SKTypeface? typeface;
        try
        {
            typeface = (mapped ? FromTemporaryFile(font) : null) ?? FromMemory(font);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }

        if (typeface is null) return null;
        if (typeface.GlyphCount == full.GlyphCount && typeface.UnitsPerEm == full.UnitsPerEm && typeface.FamilyName == full.FamilyName
            && typeface.FontStyle.Weight == full.FontStyle.Weight && typeface.FontStyle.Slant == full.FontStyle.Slant)
        {
            return new ReducedTypeface(typeface, font.Characters);
        }

        typeface.Dispose();
        return null;
    }

    /// <summary>
    /// The font streamed to a temporary file that SkiaSharp maps, then removed (the mapping stays): its pages are the page
    /// cache's, read as FreeType touches them, instead of 10–20 MB of the process's own memory for each face. Null when
    /// the file cannot be written.
    /// </summary>
    private static SKTypeface? FromTemporaryFile(ReducedCmapFont font)
    {
        var path = Path.Combine(Path.GetTempPath(), $"finacc-chart-font-{Environment.ProcessId}-{Guid.NewGuid():N}.ttf");
        try
        {
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16)) font.WriteTo(file);
            return SKTypeface.FromFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the system's temporary-file cleaning.
            }
        }
    }

    private static SKTypeface? FromMemory(ReducedCmapFont font)
    {
        using var copy = SKData.CreateCopy(font.ToArray());
        return SKTypeface.FromData(copy);
    }
}
