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
}
