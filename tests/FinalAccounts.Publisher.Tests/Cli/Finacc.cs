using FinalAccounts.Cli;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary>Runs the finacc command line in-process and captures what it prints.</summary>
internal static class Finacc
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
