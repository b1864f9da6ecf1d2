using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>The table after a build: department, status, pages, warnings, time; then totals and the index pages.</summary>
internal static class BuildSummary
{
    public static void Write(IAnsiConsole console, BatchResult result, Language lang)
    {
        var en = lang == Language.En;
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns(en ? "Department" : "部门", en ? "Status" : "状态", en ? "Pages" : "页数", en ? "Warnings" : "警告", en ? "Time" : "用时");
        foreach (var b in result.Builds)
        {
            var (text, color) = b.Status switch
            {
                BuildStatus.Built => (en ? "built" : "已生成", "green"),
                BuildStatus.Skipped => (en ? "unchanged, skipped" : "未变化，跳过", "grey"),
                _ => (en ? "FAILED" : "失败", "red"),
            };
            table.AddRow(Markup.Escape(b.Folder), $"[{color}]{Markup.Escape(text)}[/]", b.Pages.ToString(CultureInfo.InvariantCulture),
                b.Warnings.ToString(CultureInfo.InvariantCulture), $"{b.Elapsed.TotalSeconds:0.00} s");
        }

        console.Write(table);
        int built = result.Builds.Count(b => b.Status == BuildStatus.Built), skipped = result.Builds.Count(b => b.Status == BuildStatus.Skipped);
        var failed = result.Builds.Count(b => b.Status == BuildStatus.Failed);
        console.MarkupLine(Markup.Escape(en
            ? $"{built} built, {skipped} skipped (unchanged; --force rebuilds), {failed} failed."
            : $"共 {result.Builds.Count} 个部门：生成 {built} 个，未变化跳过 {skipped} 个（--force 强制重新生成），失败 {failed} 个。"));
        foreach (var index in result.Indexes)
            console.MarkupLine(Markup.Escape((en ? "Portal index: " : "门户索引页：") + Path.GetRelativePath(Environment.CurrentDirectory, index)));
    }
}
