using System.CommandLine;

namespace FinalAccounts.Cli;

/// <summary>The options that say which templates and fonts a command uses (build, check, preview): one definition each.</summary>
internal static class StyleOptions
{
    public static Option<string> Style() =>
        new("--style") { Description = "版式（templates/ 下的文件夹名）/ house style", DefaultValueFactory = _ => "default" };

    public static Option<string?> Templates() => new("--templates") { Description = "模板根文件夹 / templates root folder" };

    public static Option<string?> Fonts() =>
        new("--fonts") { Description = "项目字体文件夹（默认 fonts/）/ project fonts folder (default fonts/)" };
}
