using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Checks;

/// <summary>Runs every accounting check on a loaded department-year; all violations go to the load result's diagnostics.</summary>
public static class Checker
{
    public static void Run(LoadResult load, CancellationToken cancellationToken = default)
    {
        if (load.Model is not { } model) return;
        var ctx = new CheckContext(load, model);
        TableChecks.Run(ctx);
        cancellationToken.ThrowIfCancellationRequested();
        CrossTableChecks.Run(ctx);
        BudgetExecutionChecks.Run(ctx);
        NarrativeChecks.Run(ctx);
        PriorYearChecks.Run(ctx);
        MarkdownTextChecks.Run(ctx);
        PerformanceChecks.Run(ctx);
    }
}
