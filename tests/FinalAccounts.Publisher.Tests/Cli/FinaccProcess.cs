using System.Diagnostics;
using System.Text;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary>A finacc child process (the built program, run by dotnet), with what it prints collected.</summary>
internal sealed class FinaccProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private FinaccProcess(IEnumerable<string> args, string outputEncoding, Encoding readAs)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = readAs, StandardErrorEncoding = readAs,
        };
        start.ArgumentList.Add(typeof(FinalAccounts.Cli.CliApp).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["FINACC_LANG"] = "zh";
        // Redirected output follows the console's code page on Windows (OutputEncodingPolicy): pinned so a test reads
        // the same on any machine.
        start.Environment["FINACC_OUTPUT_ENCODING"] = outputEncoding;
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

    public static FinaccProcess Start(params string[] args) => new(args, "utf-8", new UTF8Encoding(false));

    /// <summary>
    /// A finacc told by FINACC_OUTPUT_ENCODING to print in <paramref name="outputEncoding"/>, read as
    /// <paramref name="readAs"/>.
    /// </summary>
    public static FinaccProcess StartPrintingIn(string outputEncoding, Encoding readAs, params string[] args) =>
        new(args, outputEncoding, readAs);

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
