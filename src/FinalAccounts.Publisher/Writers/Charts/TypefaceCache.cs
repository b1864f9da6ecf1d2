using System.Collections.Concurrent;
using FinalAccounts.Publisher.Writers.Fonts;
using SkiaSharp;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>
/// SkiaSharp typefaces loaded from the catalog's font files (file and face index), once per process: SkiaSharp on Linux
/// finds no system fonts by itself, so every chart font comes from here. Thread-safe; typefaces are never disposed.
/// </summary>
internal static class TypefaceCache
{
    private static readonly ConcurrentDictionary<string, Lazy<SKTypeface?>> Faces = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<ReducedTypeface?>> ReducedFaces = new(StringComparer.Ordinal);

    /// <summary>The typeface of a catalog face, or null when SkiaSharp cannot read the file.</summary>
    public static SKTypeface? Get(FontFace face) =>
        Faces.GetOrAdd(face.Key, _ => new Lazy<SKTypeface?>(() => SKTypeface.FromFile(face.Path, face.FaceIndex))).Value;

    /// <summary>
    /// The face with its cmap reduced to the common characters (<see cref="ReducedCmapFont"/>), built on first use; null
    /// when it cannot be built or would not be the same face to SkiaSharp (glyph count, units per em, family name).
    /// </summary>
    public static ReducedTypeface? GetReduced(FontFace face) =>
        ReducedFaces.GetOrAdd(face.Key, _ => new Lazy<ReducedTypeface?>(() => ReducedTypeface.Load(face, Get(face), mapped: !OperatingSystem.IsWindows()))).Value;
}
