using System.Diagnostics;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary>
/// finacc as a .NET tool, as a clerk with the SDK gets it: packed to a folder, installed from that folder, run from
/// another folder on data that has no templates beside it — the templates the package carries are found beside the
/// program. (The self-contained single-file builds are checked by build.ps1 -Publish, which runs its own smoke test.)
/// </summary>
[Category("Slow")]
public sealed class ToolPackageTests
{
    private string root = "";

    [SetUp]
    public void Create() => root = Path.Combine(Path.GetTempPath(), "finacc-tool-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void Delete()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    [Test]
    public void The_packed_tool_installs_from_a_folder_and_builds_data_anywhere()
    {
        var (packages, tools, work) = (Path.Combine(root, "packages"), Path.Combine(root, "tools"), Path.Combine(root, "work"));
        var project = Path.Combine(SampleData.RepositoryRoot, "src", "FinalAccounts.Cli");
        // The test assembly's configuration is the one the solution was built in: pack that build, do not rebuild it.
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;
        Run("dotnet", root, "pack", project, "-c", configuration, "--no-build", "-o", packages, "-v", "q", "-nologo");
        Run("dotnet", root, "tool", "install", "--tool-path", tools, "--add-source", packages, "--ignore-failed-sources", "FinalAccounts.Cli");
        SampleData.CopyDirectory(Path.Combine(SampleData.RepositoryRoot, "data", "reference"), Path.Combine(work, "data", "reference"));
        SampleData.CopyDirectory(SampleData.DepartmentFolder, Path.Combine(work, "data", "2024", "hongshan-jkj"));
        var finacc = Path.Combine(tools, OperatingSystem.IsWindows() ? "finacc.exe" : "finacc");

        var check = Run(finacc, work, "check", "data/2024", "-q");
        var build = Run(finacc, work, "build", "data/2024", "--out", "output", "--formats", "md,html", "--no-progress");

        Assert.That(check, Does.Contain("0 个错误，0 个警告，4 条提示。数据核对通过"));
        Assert.That(build, Does.Contain("生成 1 个"));
        var published = Path.Combine(work, "output", "2024", "hongshan-jkj");
        Assert.That(File.ReadAllText(Path.Combine(published, "hongshan-jkj-2024.md")), Does.Contain("第一部分"));
        Assert.That(File.Exists(Path.Combine(published, "hongshan-jkj-2024.html")), Is.True);
        Assert.That(Directory.Exists(Path.Combine(work, "templates")), Is.False, "the templates came from the package");
    }

    private static string Run(string file, string cwd, params string[] args)
    {
        Directory.CreateDirectory(cwd);
        var start = new ProcessStartInfo(file) { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["FINACC_LANG"] = "zh";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(600_000)) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.EqualTo(0), $"{file} {string.Join(' ', args)}\n{output}{error.Result}");
        return output;
    }
}
