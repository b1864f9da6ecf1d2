using System.Diagnostics;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Scripts;

/// <summary>Runs a PowerShell script of the repository through the local pwsh tool (dotnet tool restore), as CI does.</summary>
internal static class PwshScript
{
    public static (int Exit, string Output) Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = SampleData.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "pwsh", "-NoProfile", "-File", script }.Concat(args)) start.ArgumentList.Add(a);
        start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000)) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        var all = output + error.Result;
        if (process.ExitCode != 0 && all.Contains("dotnet tool restore", StringComparison.Ordinal))
            ExternalTool.Require(null, "pwsh (the local tool)", "dotnet tool restore", "Run dotnet tool restore in the repository.");
        return (process.ExitCode, all);
    }
}
