using System.CommandLine;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Samples;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary><c>finacc sample</c>: generates departments that pass every check, for tests and benchmarks.</summary>
internal static class SampleCommand
{
    public static Command Create(SharedOptions shared, TextWriter output)
    {
        var count = new Option<int>("--departments") { Description = "部门个数 / number of departments", DefaultValueFactory = _ => 10 };
        var year = new Option<int>("--year") { Description = "年度 / year", DefaultValueFactory = _ => 2024 };
        var sampleOut = new Option<string>("--out") { Description = "输出文件夹 / output folder", Required = true };
        var reference = new Option<string>("--reference")
        {
            Description = "参考科目表文件夹（默认 data/reference）/ code lists folder (default data/reference)",
            DefaultValueFactory = _ => ProjectFolders.ReferenceFolder(),
        };
        var seed = new Option<int>("--seed") { Description = "随机种子 / seed", DefaultValueFactory = _ => 1 };
        var sample = new Command("sample", "生成示例部门数据（测试和性能测量用）/ Generate sample departments") { count, year, sampleOut, reference, seed };
        foreach (var option in shared.All) sample.Add(option);
        sample.SetAction(p => Run(
            new SampleOptions(p.GetValue(count), p.GetValue(year), p.GetValue(sampleOut)!, p.GetValue(reference)!, p.GetValue(seed)),
            shared.Read(p, output)));
        return sample;
    }

    public static int Run(SampleOptions sample, CliOptions options)
    {
        var bag = new DiagnosticBag();
        var folders = SampleGenerator.Generate(sample, bag);
        TextReport.WriteDiagnostics(options.Console, bag.Sorted(), options.Language, options.Quiet);
        if (bag.HasErrors) return ExitCodes.ForErrors(bag);
        var where = Path.Combine(sample.OutputRoot, sample.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        options.Console.MarkupLine(Markup.Escape(options.Language == Language.En
            ? $"Generated {folders.Count} departments in {where}."
            : $"已生成 {folders.Count} 个示例部门：{where}。"));
        return ExitCodes.Success;
    }
}
