using System.CommandLine;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Filling;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>
/// <c>finacc fill &lt;department&gt; [--write]</c>: shows what check computes and the data files do not hold yet (合计,
/// subtotals, 决算数, the forms' rates and scores), file by file, as old → new; writes it only with --write.
/// </summary>
internal static class FillCommand
{
    public static Command Create(SharedOptions shared, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = new Argument<string>("department")
        {
            Description = "部门文件夹，如 data/2024/hongshan-jkj / department folder",
        };
        var write = new Option<bool>("--write")
        {
            Description = "写入文件（不加时只显示差异）/ write the files (without it, only show the changes)",
        };
        var command = new Command("fill",
            "把核对计算的合计、小计、决算数、执行率和得分填入数据文件 / Fill in the totals, 决算数, rates and scores check computes")
        {
            folder, write,
        };
        foreach (var option in shared.All) command.Add(option);
        command.SetAction(p => Run(p.GetValue(folder)!, p.GetValue(write), shared.Read(p, output), cancellationToken));
        return command;
    }

    public static int Run(string folder, bool write, CliOptions options, CancellationToken cancellationToken)
    {
        var en = options.Language == Language.En;
        void Say(string zh, string english) => options.Console.MarkupLine(Markup.Escape(en ? english : zh));
        if (!Directory.Exists(folder))
        {
            Say($"找不到部门文件夹 {folder}。", $"Department folder {folder} not found.");
            return ExitCodes.Usage;
        }

        var result = DataFill.Run(folder, write, cancellationToken);
        foreach (var change in result.Changes) Say(Line(change, false), Line(change, true));
        TextReport.WriteDiagnostics(options.Console, result.Diagnostics.Sorted(), options.Language, options.Quiet);
        if (!result.Succeeded) return ExitCodes.ForErrors(result.Diagnostics);
        var figures = result.Changes.Count(c => c.Kind != FillChangeKind.Canonical);
        if (result.Files.Count == 0)
            Say("没有需要填写的数字，文件未改动。", "Nothing to fill: no file changed.");
        else if (result.Written)
            Say($"已写入 {result.Files.Count} 个文件（{figures} 处）。",
                $"Wrote {result.Files.Count} file(s) ({figures} change(s)).");
        else
            Say($"以上 {figures} 处、{result.Files.Count} 个文件尚未写入：确认后加 --write 再运行一次。",
                $"The {figures} change(s) in {result.Files.Count} file(s) above are not written: " +
                "run again with --write to write them.");
        if (result.RemainingErrors > 0)
            Say($"填写后核对仍有 {result.RemainingErrors} 个错误，是输入数之间的差异，fill 不替您决定：运行 finacc check {folder} 查看。",
                $"After filling, check still finds {result.RemainingErrors} error(s) between input figures, " +
                $"which fill does not decide: run finacc check {folder}.");
        return ExitCodes.Success;
    }

    /// <summary>One change as a line: place, row · column: old → new.</summary>
    private static string Line(FillChange change, bool en)
    {
        string Cell(string text) => text.Length > 0 ? text : en ? "(empty)" : "（空）";
        var place = change.Location.ToString();
        var what = string.Join(" · ", new[] { change.Row, change.Column }.Where(t => t.Length > 0));
        return (change.Kind, en) switch
        {
            (FillChangeKind.AddedRow, false) => $"{place}  补上 {change.Row} 一行：{change.New}",
            (FillChangeKind.AddedRow, true) => $"{place}  add the row {change.Row}: {change.New}",
            (FillChangeKind.Canonical, false) => $"{place}  数字不变，改为标准格式（表样的行、金额写法）",
            (FillChangeKind.Canonical, true) =>
                $"{place}  same figures, written in the canonical form (the form's rows, amounts as 427)",
            (FillChangeKind.WorkbookCell, false) =>
                $"{place}  {what}：{Cell(change.Old)} → {Cell(change.New)}（请在 Excel 中修改）",
            (FillChangeKind.WorkbookCell, true) =>
                $"{place}  {what}: {Cell(change.Old)} → {Cell(change.New)} (change it in Excel)",
            (_, false) => $"{place}  {what}：{Cell(change.Old)} → {Cell(change.New)}",
            _ => $"{place}  {what}: {Cell(change.Old)} → {Cell(change.New)}",
        };
    }
}
