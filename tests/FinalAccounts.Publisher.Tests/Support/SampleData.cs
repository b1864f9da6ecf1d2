namespace FinalAccounts.Publisher.Tests.Support;

/// <summary>
/// The sample department (data/2024/hongshan-jkj) and its reference lists, found by walking up from the test assembly to
/// the folder holding FinalAccounts.Publisher.sln. Tests never touch it: they work on a <see cref="Copy"/>.
/// </summary>
public static class SampleData
{
    public const string Year = "2024";
    public const string DepartmentId = "hongshan-jkj";

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The repository root (the folder with FinalAccounts.Publisher.sln).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The sample department folder in the repository (read only).</summary>
    public static string DepartmentFolder => Path.Combine(RepositoryRoot, "data", Year, DepartmentId);

    /// <summary>The reference code lists of the sample year in the repository (read only).</summary>
    public static string ReferenceFolder => Path.Combine(RepositoryRoot, "data", "reference", Year);

    /// <summary>
    /// A fresh temporary copy laid out as <c>tmp/data/&lt;yearFolder&gt;/&lt;departmentId&gt;/</c> plus
    /// <c>tmp/data/reference/2024/</c>, deleted when disposed.
    /// </summary>
    public static SampleCopy Copy(string yearFolder = Year, string departmentId = DepartmentId) => new(yearFolder, departmentId);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FinalAccounts.Publisher.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No FinalAccounts.Publisher.sln above {AppContext.BaseDirectory}.");
    }

    internal static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(from))
            CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
