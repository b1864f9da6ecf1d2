namespace FinalAccounts.Publisher.Input;

/// <summary>Where a path really leads: every symbolic link and junction on the way resolved, as the operating system would.</summary>
internal static class RealPath
{
    /// <summary>The most links one path may pass through before it counts as a loop (Linux allows 40).</summary>
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/>; null when its links loop (or chain more than 40 deep).</summary>
    public static string? Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>Whether the entry itself (not what it points to) is a symbolic link or junction.</summary>
    public static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real, full paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        var f = folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.Equals(f, comparison) ||
               (path.StartsWith(f, comparison) && path.Length > f.Length && path[f.Length] is '/' or '\\');
    }

    private static string? Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                target = null;
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks) return null;
            var real = Resolve(Path.GetFullPath(target, current), ref links);
            if (real is null) return null;
            current = real;
        }

        return current;
    }
}
