using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;

namespace FinalAccounts.Cli;

/// <summary>The process exit codes, in one place.</summary>
public static class ExitCodes
{
    /// <summary>Everything checked (and built) without errors.</summary>
    public const int Success = 0;

    /// <summary>The data, the templates or a build has errors.</summary>
    public const int Errors = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;

    /// <summary>A bug in the tool (an unexpected exception).</summary>
    public const int InternalError = 3;

    /// <summary>The exit code of a run with errors: usage when it was refused for where it would write.</summary>
    public static int ForErrors(DiagnosticBag bag) =>
        bag.Items.Any(d => d.Code.Id == PublishCodes.OutputOverlapsData.Id) ? Usage : Errors;
}
