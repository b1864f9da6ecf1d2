using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Support;

/// <summary>
/// A temporary copy of the repository's templates/ folder, where a test writes a style of its own (usually
/// <c>base: default</c>) as a template editor would, and composes the sample department with it. Deleted when disposed.
/// </summary>
public sealed class TemplatesCopy : IDisposable
{
    public TemplatesCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "finacc-tests", Guid.NewGuid().ToString("N"), "templates");
        SampleData.CopyDirectory(SampleDisclosure.TemplatesRoot, Root);
    }

    /// <summary>The templates root of the copy.</summary>
    public string Root { get; }

    /// <summary>Writes a file under the root (<c>mine/style.yaml</c>, <c>mine/parts/x.sbn</c>).</summary>
    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Writes <c>&lt;name&gt;/style.yaml</c>: the given lines under "base: default".</summary>
    public void Style(string name, string yaml) => Write(name + "/style.yaml", "base: default\n" + yaml);

    /// <summary>Reads a style of the copy; the diagnostics say what was wrong when it is null.</summary>
    public HouseStyle? Read(string style, DiagnosticBag bag) => HouseStyleReader.Read(Root, style, bag);

    /// <summary>The sample department (or <paramref name="department"/>) composed with a style of the copy.</summary>
    internal Composed Compose(string style, string? department = null) =>
        SampleDisclosure.Compose(department ?? SampleDisclosure.SampleFolder, style, Root);

    public void Dispose()
    {
        var top = Path.GetDirectoryName(Root)!;
        if (Directory.Exists(top)) Directory.Delete(top, recursive: true);
    }
}
