using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Compose;

/// <summary>A throw-away copy of the sample department (data/2024/hongshan-jkj with data/reference) under a temp folder.</summary>
internal sealed class TempSample : IDisposable
{
    public TempSample()
    {
        Root = Path.Combine(Path.GetTempPath(), "finacc-compose-" + Guid.NewGuid().ToString("N"));
        Department = Path.Combine(Root, "data", "2024", "hongshan-jkj");
        Copy(SampleDisclosure.SampleFolder, Department);
        Copy(Path.Combine(SampleDisclosure.RepositoryRoot, "data", "reference"), Path.Combine(Root, "data", "reference"));
    }

    public string Root { get; }

    public string Department { get; }

    /// <summary>Writes a department template override (data/…/templates/<paramref name="name"/>).</summary>
    public string Override(string name, string text)
    {
        var path = Path.Combine(Department, "templates", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
