using System.Diagnostics;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;

namespace FinalAccounts.Publisher.Benchmarks;

/// <summary>
/// Edit to reload of <c>finacc preview</c>, warm: a copy of the sample department and the templates is watched by a
/// preview session; a template is saved, and the time runs until the page of the newer build is ready to serve (the
/// file events, the quiet wait, the build of the web page and the page with its reload script). The browser's own
/// request and drawing are not included.
/// </summary>
internal static class PreviewBenchmark
{
    public static async Task Run(int runs, int warmup)
    {
        var root = Path.Combine(Path.GetTempPath(), "finacc-bench-preview-" + Guid.NewGuid().ToString("N"));
        try
        {
            var department = Path.Combine(root, "data", "2024", "hongshan-jkj");
            Copy(Paths.SampleDepartment, department);
            Copy(Path.Combine(Paths.Root, "data", "reference"), Path.Combine(root, "data", "reference"));
            Copy(Paths.Templates, Path.Combine(root, "templates"));
            var part = Path.Combine(root, "templates", "default", "parts", "income.sbn");
            var original = File.ReadAllText(part);

            var clock = Stopwatch.StartNew();
            using var session = new PreviewSession(department, new BuildOptions(Path.Combine(root, "preview"), ["html"], Path.Combine(root, "templates")));
            var first = session.Rebuild();
            Console.WriteLine($"cold first build: {clock.Elapsed.TotalMilliseconds:0} ms{(first.Failed ? " (failed)" : "")}");
            session.Watch();

            var reload = new List<double>();
            var build = new List<double>();
            for (var i = 0; i < warmup + runs; i++)
            {
                var version = session.Current.Version;
                clock.Restart();
                File.WriteAllText(part, original + (i % 2 == 0 ? "预览测试的一句。\n" : "预览测试的另一句。\n"));
                var next = await session.WaitNewer(version, TimeSpan.FromSeconds(30));
                _ = PreviewPage.For(next, Language.Zh);
                var elapsed = clock.Elapsed.TotalMilliseconds;
                if (next.Version <= version || next.Failed) throw new InvalidOperationException($"edit {i}: no new page (version {next.Version}).");
                if (i < warmup) continue;
                reload.Add(elapsed);
                build.Add(next.Elapsed.TotalMilliseconds);
                await Task.Delay(100); // let the editor's save settle, as between two real saves
            }

            reload.Sort();
            build.Sort();
            Console.WriteLine($"edit to page ready, warm, median of {runs}: {reload[runs / 2]:0.0} ms (min {reload[0]:0.0}, max {reload[^1]:0.0})");
            Console.WriteLine($"  of which the build (check, compose, html, publish): median {build[runs / 2]:0.0} ms (min {build[0]:0.0}, max {build[^1]:0.0})");
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
