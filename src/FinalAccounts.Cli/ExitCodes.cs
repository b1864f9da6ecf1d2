using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;

namespace FinalAccounts.Cli;

/// <summary>The process exit codes, and which outcome gives which, in one place.</summary>
public static class ExitCodes
{
    /// <summary>Everything checked (and built) without errors.</summary>
    public const int Success = 0;

    /// <summary>The data, the templates or a build has errors.</summary>
    public const int Errors = 1;

    /// <summary>The command line is wrong: an unknown option, a folder that does not exist, an unknown format or style, an output inside the data.</summary>
    public const int Usage = 2;

    /// <summary>A bug in the tool (an unexpected exception).</summary>
    public const int InternalError = 3;

    /// <summary>A check: usage when the request named no usable folder or style, errors when any department or template has one.</summary>
    public static int ForCheck(CheckReport report) =>
        report.Request.HasErrors ? Usage : report.HasErrors ? Errors : Success;

    /// <summary>A build: usage when the plan was refused, errors when any department failed (or there was none).</summary>
    public static int ForBuild(BuildPlan plan, BatchResult result) =>
        !plan.IsValid ? Usage : !result.Succeeded || plan.Folders.Count == 0 ? Errors : Success;

    /// <summary>A run with errors: usage when it was refused for what it was asked to read or where it would write.</summary>
    public static int ForErrors(DiagnosticBag bag) =>
        bag.Items.Any(d => d.Code.Id == PublishCodes.OutputOverlapsData.Id || d.Code.Id == PublishCodes.BundleFailed.Id) ? Usage : Errors;
}
