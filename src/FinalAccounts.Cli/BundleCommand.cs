using System.CommandLine;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Portal;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary><c>finacc bundle</c>: packs a built output year folder for the portal (a .zip or a folder) with SHA256SUMS.</summary>
internal static class BundleCommand
{
    public static Command Create(SharedOptions shared, TextWriter output, CancellationToken cancellationToken)
    {
        var year = new Argument<string>("year-folder") { Description = "已生成的年度输出文件夹，如 output/2024 / built output year folder" };
        var into = new Option<string>("--out") { Description = "压缩包（.zip）或空文件夹 / a .zip file or an empty folder", Required = true };
        var bundle = new Command("bundle", "把年度输出打包交给门户网站 / Pack a built year for the portal") { year, into };
        foreach (var option in shared.All) bundle.Add(option);
        bundle.SetAction(p => Run(p.GetValue(year)!, p.GetValue(into)!, shared.Read(p, output), cancellationToken));
        return bundle;
    }

    public static int Run(string yearFolder, string output, CliOptions options, CancellationToken cancellationToken)
    {
        var bag = new DiagnosticBag();
        var files = PortalBundle.Write(yearFolder, output, bag, cancellationToken: cancellationToken);
        TextReport.WriteDiagnostics(options.Console, bag.Sorted(), options.Language, options.Quiet);
        if (files is null) return ExitCodes.ForErrors(bag);
        options.Console.MarkupLine(Markup.Escape(options.Language == Language.En
            ? $"Bundled {files.Count} files into {output}; check them with: sha256sum -c {PublicationNames.Checksums}"
            : $"已把 {files.Count} 个文件打包到 {output}；核对方法：解压后执行 sha256sum -c {PublicationNames.Checksums}"));
        return ExitCodes.Success;
    }
}
