namespace FinalAccounts.Publisher.Tests.Support;

/// <summary>
/// Programs some tests run (LibreOffice, Chromium, qpdf): found on PATH or at known places. Without one, the test is
/// ignored with the reason, which the test summary of build.ps1 lists — except on CI (CI=true), where .ci/run installs
/// them and a missing one fails the test.
/// </summary>
internal static class ExternalTool
{
    /// <summary>The first of <paramref name="names"/> found in a PATH folder, or null.</summary>
    public static string? OnPath(params string[] names) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .SelectMany(dir => names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>The first of <paramref name="paths"/> that exists (null and empty ones skipped), or null.</summary>
    public static string? FirstExisting(params string?[] paths) => paths.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    /// <summary>
    /// Returns <paramref name="path"/>, or ignores the test (fails it on CI) when it is null, saying why and how to get
    /// the program: the Debian package, or on Windows <paramref name="windowsHint"/>.
    /// </summary>
    public static string Require(string? path, string program, string package, string windowsHint)
    {
        if (path is not null) return path;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"{program} is required on CI: apt-get install {package} (.ci/run installs it).");
        Assert.Ignore(SkipReason(program, package, windowsHint, OperatingSystem.IsWindows()));
        return "";
    }

    /// <summary>Why a test that needs <paramref name="program"/> was skipped, and how to run it.</summary>
    public static string SkipReason(string program, string package, string windowsHint, bool windows) => windows
        ? $"Skipped on Windows: {program} was not found. {windowsHint}"
        : $"Skipped: {program} is not installed (apt-get install {package}; build.ps1 -Test installs it when run as root).";
}
