using System.Diagnostics;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Input.Workbooks;
using FinalAccounts.Publisher.Model.Tables;
using FinalAccounts.Publisher.Publish;

namespace FinalAccounts.Publisher.Benchmarks;

/// <summary>
/// "workbook": the sample's nine tables read from tables.xlsx (a hand-made one, and the one a build publishes) against
/// tables/0N.csv, and the whole build of the sample department from each, in one process. Every measurement alternates A and B (which goes first alternates too), so load
/// from other work on the machine falls on both; medians of <c>runs</c> after warm-up.
/// </summary>
internal static class WorkbookBenchmark
{
    public static void Run(int runs, int warmup)
    {
        var root = Path.Combine(Path.GetTempPath(), "finacc-bench-workbook");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var csv = Copy(Path.Combine(root, "csv"));
        var xlsx = Copy(Path.Combine(root, "xlsx"));
        Directory.Delete(Path.Combine(xlsx, CsvTableSource.Folder), recursive: true);
        File.Copy(Path.Combine(Paths.Root, "tests", "FinalAccounts.Publisher.Benchmarks", "sample-tables.xlsx"), Path.Combine(xlsx, "tables.xlsx"));
        Console.WriteLine($"tables.xlsx: {new FileInfo(Path.Combine(xlsx, "tables.xlsx")).Length} bytes; 9 CSV files: " +
                          $"{Directory.GetFiles(Path.Combine(csv, CsvTableSource.Folder)).Sum(f => new FileInfo(f).Length)} bytes");

        var (readCsv, readXlsx) = Alternate(runs, warmup, () => ReadTables(new CsvTableSource(DataFolder.FromArgument(csv))),
            () => ReadTables(new WorkbookTableSource(DataFolder.FromArgument(xlsx), "tables.xlsx")));
        Report("read the nine tables (file to located rows)", readCsv, readXlsx);

        // The workbook every build publishes (hongshan-jkj-2024-tables.xlsx), read back as a department's tables.xlsx.
        var builder = new DisclosureBuilder(new BuildOptions(Path.Combine(root, "out"), BuildOptions.AllFormats, Paths.Templates));
        builder.Build(builder.Check(csv), force: true, progress: null);
        var exported = Copy(Path.Combine(root, "exported"));
        Directory.Delete(Path.Combine(exported, CsvTableSource.Folder), recursive: true);
        File.Copy(Path.Combine(root, "out", "2024", "hongshan-jkj", "hongshan-jkj-2024-tables.xlsx"), Path.Combine(exported, "tables.xlsx"));
        var (readCsv2, readExported) = Alternate(runs, warmup, () => ReadTables(new CsvTableSource(DataFolder.FromArgument(csv))),
            () => ReadTables(new WorkbookTableSource(DataFolder.FromArgument(exported), "tables.xlsx")));
        Report("read the nine tables from the workbook a build publishes", readCsv2, readExported);

        var loader = new DepartmentLoader();
        var (loadCsv, loadXlsx) = Alternate(runs, warmup, () => loader.Load(csv), () => loader.Load(xlsx));
        Report("load the department (every file, typed model)", loadCsv, loadXlsx);

        var (buildCsv, buildXlsx) = Alternate(runs, warmup,
            () => builder.Build(builder.Check(csv), force: true, progress: null),
            () => builder.Build(builder.Check(xlsx), force: true, progress: null));
        Report("whole build, all formats (check, compose, write, publish)", buildCsv, buildXlsx);
    }

    private static string Copy(string dataRoot)
    {
        var department = Path.Combine(dataRoot, "2024", "hongshan-jkj");
        CopyDirectory(Paths.SampleDepartment, department);
        CopyDirectory(Path.Combine(Paths.Root, "data", "reference", "2024"), Path.Combine(dataRoot, "reference", "2024"));
        return department;
    }

    private static int ReadTables(ITableSource source)
    {
        var bag = new DiagnosticBag();
        var rows = PublicTables.All.Sum(t => source.Read(t, bag)?.Rows.Count ?? 0);
        if (bag.HasErrors) throw new InvalidOperationException("The benchmark's tables do not read cleanly.");
        return rows;
    }

    /// <summary>
    /// Times A and B alternately (A first on even runs, B first on odd ones) after warm-up: wall time and the process's
    /// CPU time of each run (on a loaded machine a run of a few milliseconds waits for a core far longer than it works).
    /// </summary>
    internal static (List<(double Wall, double Cpu)> A, List<(double Wall, double Cpu)> B) Alternate<T>(int runs, int warmup, Func<T> a, Func<T> b)
    {
        for (var i = 0; i < warmup; i++)
        {
            a();
            b();
        }

        var (ta, tb) = (new List<(double, double)>(), new List<(double, double)>());
        for (var i = 0; i < runs; i++)
        {
            if (i % 2 == 0)
            {
                ta.Add(Time(a));
                tb.Add(Time(b));
            }
            else
            {
                tb.Add(Time(b));
                ta.Add(Time(a));
            }
        }

        return (ta, tb);
    }

    private static (double Wall, double Cpu) Time<T>(Func<T> action)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        action();
        return (clock.Elapsed.TotalMilliseconds, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds);
    }

    private static void Report(string what, List<(double Wall, double Cpu)> csv, List<(double Wall, double Cpu)> xlsx)
    {
        Console.WriteLine($"{what} ({csv.Count} runs each):");
        Line("wall", csv.Select(t => t.Wall).ToList(), xlsx.Select(t => t.Wall).ToList());
        Line("CPU ", csv.Select(t => t.Cpu).ToList(), xlsx.Select(t => t.Cpu).ToList());
    }

    private static void Line(string what, List<double> csv, List<double> xlsx)
    {
        var (mc, mx) = (PipelineTimer.Median(csv), PipelineTimer.Median(xlsx));
        Console.WriteLine(FormattableString.Invariant(
            $"  {what}: CSV median {mc:0.00} ms (min {csv.Min():0.00}), workbook median {mx:0.00} ms (min {xlsx.Min():0.00}); ") +
            FormattableString.Invariant($"workbook − CSV {mx - mc:+0.00;-0.00} ms ({(mx / mc - 1) * 100:+0.0;-0.0}%)"));
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(from)) CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
