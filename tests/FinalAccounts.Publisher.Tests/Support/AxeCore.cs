using System.Diagnostics;

namespace FinalAccounts.Publisher.Tests.Support;

/// <summary>
/// axe-core, the accessibility engine, from the npm registry: installed once (<c>npm install</c>, pinned version) into a
/// cache folder outside the repository that the tests own, so a test run, <c>build.ps1 -Test</c> and <c>.ci/run</c> all
/// get it the same way. Without npm, or when the install fails, the test is skipped with the reason.
/// </summary>
internal static class AxeCore
{
    public const string Version = "4.14.1";

    private static readonly object InstallLock = new();

    /// <summary>The cache folder: $FINACC_TEST_CACHE, else the user's local application data.</summary>
    public static string CacheFolder =>
        Path.Combine(Environment.GetEnvironmentVariable("FINACC_TEST_CACHE") is { Length: > 0 } cache ? cache : UserCache,
            "axe-core-" + Version);

    private static string UserCache => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData,
        Environment.SpecialFolderOption.Create), "finacc-tests");

    /// <summary>axe.min.js, installed when missing; the test is ignored (with the reason) when it cannot be.</summary>
    public static string RequireOrIgnore()
    {
        var script = Path.Combine(CacheFolder, "node_modules", "axe-core", "axe.min.js");
        lock (InstallLock)
        {
            if (File.Exists(script)) return script;
            if (ExternalTool.OnPath(OperatingSystem.IsWindows() ? "npm.cmd" : "npm") is not { } npm)
            {
                Assert.Ignore("Skipped: npm is not installed, so axe-core cannot be (apt-get install npm, or Node.js on Windows).");
                return "";
            }

            var (code, output) = TryInstall(npm);
            if (code != 0 || !File.Exists(script))
                Assert.Ignore($"Skipped: npm install axe-core@{Version} failed (exit {code}): {output.Trim()}");
            return script;
        }
    }

    private static (int Code, string Output) TryInstall(string npm)
    {
        try
        {
            return Install(npm);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return (-1, $"{e.GetType().Name}: {e.Message} (cache folder {CacheFolder})");
        }
    }

    /// <summary>Installs into a staging folder, then moves it into place, so an interrupted install is never taken.</summary>
    private static (int Code, string Output) Install(string npm)
    {
        var staging = CacheFolder + ".new-" + Environment.ProcessId;
        Directory.CreateDirectory(staging);
        string[] arguments =
            ["install", "--prefix", staging, "--no-audit", "--no-fund", "--no-save", "--loglevel=error", $"axe-core@{Version}"];
        var start = new ProcessStartInfo(npm, arguments)
            { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = staging };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after 3 minutes");
        }

        if (process.ExitCode == 0)
        {
            if (Directory.Exists(CacheFolder)) Directory.Delete(CacheFolder, recursive: true);
            Directory.Move(staging, CacheFolder);
        }
        else Directory.Delete(staging, recursive: true);

        return (process.ExitCode, output.Result + error.Result);
    }
}
