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

    /// <summary>The typeface of a catalog face, or null when SkiaSharp cannot read the file.</summary>
    public static SKTypeface? Get(FontFace face) =>
        Faces.GetOrAdd(face.Key, _ => new Lazy<SKTypeface?>(() => SKTypeface.FromFile(face.Path, face.FaceIndex))).Value;
}
