using System.CommandLine;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Samples;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary><c>finacc new</c>: creates a department folder for a clerk to fill (never an existing one).</summary>
internal static class NewCommand
{
    public static Command Create(SharedOptions shared, TextWriter output)
    {
        var folder = new Argument<string>("folder") { Description = "新部门文件夹 data/<年度>/<部门标识> / new department folder data/<year>/<id>" };
        var command = new Command("new", "创建待填写的部门文件夹（工作簿 tables.xlsx 和各 YAML 文件）/ Create a department folder to fill") { folder };
        foreach (var option in shared.All) command.Add(option);
        command.SetAction(p => Run(p.GetValue(folder)!, shared.Read(p, output)));
        return command;
    }

    public static int Run(string folder, CliOptions options)
    {
        var bag = new DiagnosticBag();
        var files = NewDepartment.Create(folder, bag);
        TextReport.WriteDiagnostics(options.Console, bag.Sorted(), options.Language, options.Quiet);
        if (bag.HasErrors) return ExitCodes.ForErrors(bag);
        var en = options.Language == Language.En;
        options.Console.MarkupLine(Markup.Escape(en ? $"Created {folder} with {files.Count} files:" : $"已创建 {folder}，共 {files.Count} 个文件："));
        foreach (var file in files) options.Console.MarkupLine(Markup.Escape("  " + file));
        options.Console.MarkupLine(Markup.Escape(en
            ? $"Fill in tables.xlsx and the YAML files, then run: finacc check {folder}"
            : $"请填写 tables.xlsx 和各 YAML 文件，然后运行：finacc check {folder}"));
        return ExitCodes.Success;
    }
}
