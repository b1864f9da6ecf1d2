using System.CommandLine;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input.Workbooks;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary><c>finacc import</c>: converts a workbook of the nine tables into a department folder's CSV files.</summary>
internal static class ImportCommand
{
    public static Command Create(SharedOptions shared, TextWriter output, CancellationToken cancellationToken)
    {
        var workbook = new Argument<string>("workbook") { Description = "工作簿（.xlsx 或 .xls）/ workbook of the nine tables" };
        var into = new Option<string>("--into") { Description = "部门文件夹 / department folder", Required = true };
        var force = new Option<bool>("--force") { Description = "覆盖内容不同的 CSV 文件 / replace CSV files that differ" };
        var import = new Command("import", "把工作簿中的九张公开表转换为 tables/01.csv … / Convert a workbook into tables/01.csv …")
        {
            workbook, into, force,
        };
        foreach (var option in shared.All) import.Add(option);
        import.SetAction(p => Run(p.GetValue(workbook)!, p.GetValue(into)!, p.GetValue(force), shared.Read(p, output), cancellationToken));
        return import;
    }

    public static int Run(string workbook, string into, bool force, CliOptions options, CancellationToken cancellationToken)
    {
        var result = WorkbookImport.Run(workbook, into, force, cancellationToken);
        TextReport.WriteDiagnostics(options.Console, result.Diagnostics.Sorted(), options.Language, options.Quiet);
        var en = options.Language == Language.En;
        foreach (var file in result.Files)
            options.Console.MarkupLine(Markup.Escape(Line(file, result.Succeeded, en)));
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ForErrors(result.Diagnostics);
    }

    private static string Line(ImportedFile file, bool written, bool en) => (file.Outcome, written, en) switch
    {
        (ImportOutcome.Unchanged, _, false) => $"  未变  {file.Display}",
        (ImportOutcome.Unchanged, _, true) => $"  unchanged  {file.Display}",
        (ImportOutcome.Differs, _, false) => $"  不同  {file.Display}（未覆盖）",
        (ImportOutcome.Differs, _, true) => $"  differs    {file.Display} (not replaced)",
        (_, false, false) => $"  未写  {file.Display}",
        (_, false, true) => $"  not written {file.Display}",
        (ImportOutcome.Replaced, _, false) => $"  覆盖  {file.Display}",
        (ImportOutcome.Replaced, _, true) => $"  replaced   {file.Display}",
        (_, _, false) => $"  写入  {file.Display}",
        _ => $"  written    {file.Display}",
    };
}
