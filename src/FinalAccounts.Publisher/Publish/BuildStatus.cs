namespace FinalAccounts.Publisher.Publish;

/// <summary>What happened to a department in a build.</summary>
public enum BuildStatus
{
    /// <summary>Checked, composed, written and published.</summary>
    Built,

    /// <summary>Inputs, templates and tool unchanged since the published output: nothing to do.</summary>
    Skipped,

    /// <summary>Errors in the data, the templates or a writer: nothing was published, the previous output is untouched.</summary>
    Failed,
}
