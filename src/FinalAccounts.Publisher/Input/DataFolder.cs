namespace FinalAccounts.Publisher.Input;

/// <summary>A folder of input files: its path as the user wrote it (for messages) and its full path (for reading).</summary>
public sealed record DataFolder(string DisplayPath, string FullPath)
{
    public static DataFolder FromArgument(string path) =>
        new(path.Replace('\\', '/').TrimEnd('/'), Path.GetFullPath(path));

    /// <summary>The path of a file inside the folder as messages print it: forward slashes, relative to where the user is.</summary>
    public string Display(string relative) => DisplayPath.Length == 0 ? relative : DisplayPath + "/" + relative;

    public string Full(string relative) => Path.Combine(FullPath, relative.Replace('/', Path.DirectorySeparatorChar));

    public bool Exists(string relative) => File.Exists(Full(relative));

    public string Name => Path.GetFileName(FullPath.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
}
