using System.Diagnostics;
using System.Text;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary>A finacc child process (the built program, run by dotnet), with what it prints collected.</summary>
internal sealed class FinaccProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private FinaccProcess(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(FinalAccounts.Cli.CliApp).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["FINACC_LANG"] = "zh";
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Everything printed so far, standard output and error interleaved.</summary>
    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    public static FinaccProcess Start(params string[] args) => new(args);

    /// <summary>Waits for the exit (killing the process after two minutes) and returns the exit code.</summary>
    public int Wait()
    {
        if (!process.WaitForExit(120_000)) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Kills the process (and its children) if it is still running after <paramref name="milliseconds"/>.</summary>
    public void KillAfter(int milliseconds)
    {
        if (!process.WaitForExit(milliseconds)) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }
}
