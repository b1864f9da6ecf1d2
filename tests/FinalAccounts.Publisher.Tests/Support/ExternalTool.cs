namespace FinalAccounts.Publisher.Tests.Support;

/// <summary>
/// Programs some tests run (LibreOffice, Chromium, qpdf): found on PATH or at known places. Without one, the test is
/// ignored — except on CI (CI=true), where .ci/run installs them and a missing one fails the test.
/// </summary>
internal static class ExternalTool
{
    /// <summary>The first of <paramref name="names"/> found in a PATH folder, or null.</summary>
    public static string? OnPath(params string[] names) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .SelectMany(dir => names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>Returns <paramref name="path"/>, or ignores the test (fails it on CI) when it is null.</summary>
    public static string Require(string? path, string program, string package)
    {
        if (path is not null) return path;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"{program} is required on CI: apt-get install {package} (.ci/run installs it).");
        Assert.Ignore($"{program} is not installed (apt-get install {package}).");
        return "";
    }
}
