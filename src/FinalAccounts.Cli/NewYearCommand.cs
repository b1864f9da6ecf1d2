using System.CommandLine;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Samples;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary><c>finacc new-year data/2024</c>: the next year's folder for every department (never an existing one).</summary>
internal static class NewYearCommand
{
    public static Command Create(SharedOptions shared, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = new Argument<string>("year-folder") { Description = "本年度文件夹，如 data/2024 / this year's folder, e.g. data/2024" };
        var command = new Command("new-year", "由本年度数据创建下一年度的文件夹（上年数、科目表、沿用的文字）/ Create next year's folder from this year") { folder };
        foreach (var option in shared.All) command.Add(option);
        command.SetAction(p => Run(p.GetValue(folder)!, shared.Read(p, output), cancellationToken));
        return command;
    }

    public static int Run(string folder, CliOptions options, CancellationToken cancellationToken)
    {
        var bag = new DiagnosticBag();
        var result = NewYear.Create(folder, bag, cancellationToken);
        TextReport.WriteDiagnostics(options.Console, bag.Sorted(), options.Language, options.Quiet);
        var refused = bag.Items.Any(d => d.Code.Id == Publisher.Input.InputCodes.BadFolder.Id);
        if (result is null) return refused ? ExitCodes.Usage : ExitCodes.Errors;
        var en = options.Language == Language.En;
        void Say(string zh, string english) => options.Console.MarkupLine(Markup.Escape(en ? english : zh));
        Say($"已创建 {result.Folder}，共 {result.Departments.Count} 个部门：{string.Join("、", result.Departments)}",
            $"Created {result.Folder} with {result.Departments.Count} departments: {string.Join(", ", result.Departments)}");
        Say("  prior-year.yaml 已按本年度决算数填好；department.yaml 已改为新年度，填报和发布日期待填；",
            "  prior-year.yaml holds this year's figures; department.yaml has the new year, its dates are left to fill;");
        Say("  explanations.yaml 和 key-work.md 沿用本年度文字作为草稿，未改写前核对会提示“沿用上年文字，请核实”；",
            "  explanations.yaml and key-work.md are this year's text as drafts: check warns while they are unchanged;");
        Say("  九张公开表在 tables.xlsx 中待填写。", "  the nine tables are left to fill in tables.xlsx.");
        if (result.CarriedReference is { } reference)
            Say($"科目表沿用本年度的，复制到 {reference}：新年度科目表下发后请替换。",
                $"The code lists were copied to {reference}: replace them when the new year's lists are issued.");
        Say($"然后运行：finacc check {result.Folder}", $"Then run: finacc check {result.Folder}");
        return ExitCodes.Success;
    }
}
