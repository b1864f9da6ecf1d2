namespace FinalAccounts.Cli;

/// <summary>
/// Arguments as cmd.exe and Windows PowerShell 5.1 hand them over (issue 15.1). A quoted path that ends in a backslash,
/// <c>"D:\决算 数据\"</c>, reaches the program as <c>D:\决算 数据"</c>: the argument parser of every Windows program
/// reads <c>\"</c> as a literal quote. A quote can never be part of a Windows file name, so a final one is dropped;
/// when the literal quote also swallowed the arguments after it (<c>"D:\x\" --out output</c> arrives as one
/// argument, <c>D:\x" --out output</c>), finacc says so instead of guessing.
/// </summary>
internal static class WindowsArguments
{
    /// <summary>The argument as meant: on Windows, without the one stray quote at its end.</summary>
    public static string Repair(string argument, bool windows) =>
        windows && argument.Length > 1 && argument.IndexOf('"') == argument.Length - 1 ? argument[..^1] : argument;

    /// <summary>Whether, on Windows, a stray quote ran this argument together with the ones after it.</summary>
    public static bool RunTogether(string argument, bool windows) =>
        windows && argument.Contains("\" ", StringComparison.Ordinal);

    /// <summary>What to tell the user about an argument that was <see cref="RunTogether"/>.</summary>
    public static (string Zh, string En) Explain(string argument)
    {
        var path = argument[..argument.IndexOf('"')];
        var meant = path.TrimEnd('\\');
        return (
            $"参数 {argument} 中有一个引号：在 cmd.exe 或 Windows PowerShell 中，带引号的路径以 \\ 结尾（\"{path}\"）时，" +
            $"结尾的引号被当成文字，后面的参数也并进了这个参数。请去掉路径末尾的 \\，写成 \"{meant}\"。",
            $"The argument {argument} holds a quote: in cmd.exe or Windows PowerShell a quoted path ending in \\ " +
            $"(\"{path}\") makes the closing quote literal and runs the following arguments into it. " +
            $"Leave out the final \\: \"{meant}\".");
    }
}
