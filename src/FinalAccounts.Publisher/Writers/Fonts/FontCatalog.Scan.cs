namespace FinalAccounts.Publisher.Writers.Fonts;

public sealed partial class FontCatalog
{
    private static readonly string[] Extensions = [".ttf", ".ttc", ".otf", ".otc"];

    /// <summary>The operating system's font folders that exist on this machine, system folders first, then per-user ones.</summary>
    public static IReadOnlyList<string> SystemFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var candidates = new List<string>();
        if (OperatingSystem.IsWindows())
        {
            candidates.Add(Environment.GetFolderPath(Environment.SpecialFolder.Fonts));
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            candidates.Add(Path.Combine(local, "Microsoft", "Windows", "Fonts"));
        }
        else if (OperatingSystem.IsMacOS())
        {
            candidates.AddRange(["/Library/Fonts", "/System/Library/Fonts", Path.Combine(home, "Library", "Fonts")]);
        }
        else
        {
            candidates.AddRange(["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".local", "share", "fonts"), Path.Combine(home, ".fonts")]);
        }

        return candidates.Where(c => c.Length > 0 && Directory.Exists(c)).ToList();
    }

    private static ScanResult Scan(IReadOnlyList<string> folders, string? cacheFile)
    {
        var cached = FontCatalogCache.Read(cacheFile);
        var entries = new List<FontCatalogCache.Entry>();
        var faces = new List<FontFace>();
        var skipped = new List<SkippedFont>();
        foreach (var folder in folders)
        {
            foreach (var file in FontFiles(folder))
            {
                try
                {
                    var info = new FileInfo(file);
                    var (length, ticks) = (info.Length, info.LastWriteTimeUtc.Ticks);
                    if (!cached.TryGetValue(file, out var entry) || entry.Length != length || entry.WriteTicks != ticks)
                        entry = new FontCatalogCache.Entry(file, length, ticks, FontFileReader.ReadFaces(file));
                    entries.Add(entry);
                    faces.AddRange(entry.Faces);
                }
                catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentOutOfRangeException)
                {
                    skipped.Add(new SkippedFont(file, e.Message));
                }
            }
        }

        // Rewritten only when something was read afresh or is gone (a file that cannot be read is tried again next time).
        if (entries.Count != cached.Count || entries.Any(e => !cached.TryGetValue(e.Path, out var c) || !ReferenceEquals(c, e)))
            FontCatalogCache.Write(cacheFile, entries);

        var byFamily = new Dictionary<string, List<FontFace>>(StringComparer.Ordinal);
        foreach (var face in faces)
        {
            foreach (var name in face.FamilyNames)
            {
                var key = FontNames.Normalize(name);
                if (!byFamily.TryGetValue(key, out var list)) byFamily[key] = list = [];
                if (!list.Contains(face)) list.Add(face);
            }
        }

        return new ScanResult(faces, skipped, byFamily.ToDictionary(p => p.Key, p => (IReadOnlyList<FontFace>)p.Value, StringComparer.Ordinal));
    }

    private static IEnumerable<string> FontFiles(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.System & 0 };
        try
        {
            // Ordinal order makes the catalog, and so every choice it makes, the same on every run.
            return Directory.EnumerateFiles(folder, "*", options)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private sealed record ScanResult(
        IReadOnlyList<FontFace> Faces,
        IReadOnlyList<SkippedFont> Skipped,
        IReadOnlyDictionary<string, IReadOnlyList<FontFace>> ByFamily);
}
