using System.Diagnostics;

namespace FinalAccounts.Publisher.Benchmarks;

/// <summary>
/// The sample department through `finacc build` (cold process, every format) against the same Markdown through pandoc
/// (→ docx) and LibreOffice (docx → PDF), timed in the same run, median of several runs each.
/// </summary>
internal static class ChainBenchmark
{
    public static void Run(int runs)
    {
        var root = Paths.Root;
        var work = Path.Combine(Path.GetTempPath(), "finacc-chain");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(work);
        var cli = Path.Combine(root, "src", "FinalAccounts.Cli", "bin", "Release", "net10.0", "finacc.dll");
        var department = Paths.SampleDepartment;
        string[] build = [cli, "build", department, "--out", Path.Combine(work, "out"), "--templates", Paths.Templates, "--no-progress", "--force"];
        Exec("dotnet", build);
        var markdown = Path.Combine(work, "out", "2024", "hongshan-jkj", "hongshan-jkj-2024.md");
        var ours = Times(runs, () => Exec("dotnet", build));
        var pandoc = Times(runs, () => Exec("pandoc", [markdown, "-o", Path.Combine(work, "chain.docx")], work));
        var office = Times(runs, () => Exec("soffice", ["--headless", $"-env:UserInstallation=file://{work}/lo", "--convert-to", "pdf", "--outdir", work, Path.Combine(work, "chain.docx")], work));
        var chain = PipelineTimer.Median(pandoc) + PipelineTimer.Median(office);
        Console.WriteLine($"finacc build (cold process, md+docx+pdf+html+charts): median of {runs} = {PipelineTimer.Median(ours):0} ms");
        Console.WriteLine($"pandoc md→docx: {PipelineTimer.Median(pandoc):0} ms; LibreOffice docx→pdf: {PipelineTimer.Median(office):0} ms; chain: {chain:0} ms");
        Console.WriteLine($"ratio chain ÷ finacc cold = {chain / PipelineTimer.Median(ours):0.0}×");
    }

    private static List<double> Times(int runs, Action action)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static void Exec(string file, IEnumerable<string> args, string? cwd = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = cwd ?? Environment.CurrentDirectory };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} exited with {p.ExitCode}");
    }
}
