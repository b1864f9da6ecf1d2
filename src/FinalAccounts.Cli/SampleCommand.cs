using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Samples;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary><c>finacc sample</c>: generates departments that pass every check, for tests and benchmarks.</summary>
internal static class SampleCommand
{
    public static int Run(SampleOptions sample, CliOptions options)
    {
        var bag = new DiagnosticBag();
        var folders = SampleGenerator.Generate(sample, bag);
        TextReport.WriteDiagnostics(options.Console, bag.Sorted(), options.Language);
        if (bag.HasErrors) return ExitCodes.ForErrors(bag);
        options.Console.MarkupLine(Markup.Escape(options.Language == Language.En
            ? $"Generated {folders.Count} departments in {Path.Combine(sample.OutputRoot, sample.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))}."
            : $"已生成 {folders.Count} 个示例部门：{Path.Combine(sample.OutputRoot, sample.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))}。"));
        return ExitCodes.Success;
    }
}
