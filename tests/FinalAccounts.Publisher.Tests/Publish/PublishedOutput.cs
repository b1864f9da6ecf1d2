namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>
/// What a publisher relies on in an output year folder (<see cref="PublishedState"/>), as assertions: every department
/// holds exactly the files its manifest lists, each with that size and SHA-256, and index.html lists exactly the files on
/// disk with their sizes and SHA-256.
/// </summary>
internal static class PublishedOutput
{
    /// <summary>Every department matches its manifest and the index matches the disk.</summary>
    public static void AssertConsistent(string yearFolder, string context = "") =>
        Assert.That(PublishedState.Mismatches(yearFolder), Is.Empty, context);

    /// <summary>The published department folders (staging and retired folders start with a dot).</summary>
    public static IEnumerable<string> Departments(string yearFolder) => PublishedState.Departments(yearFolder);

    /// <summary>Each file's hash, by path relative to <paramref name="folder"/>.</summary>
    public static Dictionary<string, string> Snapshot(string folder) => PublishedState.Snapshot(folder);
}
