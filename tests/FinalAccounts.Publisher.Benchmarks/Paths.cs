namespace FinalAccounts.Publisher.Benchmarks;

/// <summary>Where the repository is, found from the benchmark's own folder.</summary>
internal static class Paths
{
    public static string Root { get; } = Find();

    /// <summary>The sample department: the real 2024 disclosure.</summary>
    public static string SampleDepartment => Path.Combine(Root, "data", "2024", "hongshan-jkj");

    public static string Templates => Path.Combine(Root, "templates");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FinalAccounts.Publisher.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("FinalAccounts.Publisher.sln not found.");
    }
}
