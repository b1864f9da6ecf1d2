namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>What <c>finacc import</c> did, or would do, with one CSV file.</summary>
public enum ImportOutcome
{
    /// <summary>The file did not exist and was written.</summary>
    Written,

    /// <summary>The file already held exactly these bytes.</summary>
    Unchanged,

    /// <summary>The file held something else and was replaced (with --force).</summary>
    Replaced,

    /// <summary>The file holds something else and was left alone (without --force nothing is written).</summary>
    Differs,
}

/// <summary>One table's CSV file of an import: its path as messages print it and what happened to it.</summary>
public sealed record ImportedFile(string Display, ImportOutcome Outcome);
