namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>Runs of line numbers for the descriptors' line identities.</summary>
internal static class Lines
{
    /// <summary>The lines from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static int[] Range(int from, int to) => Enumerable.Range(from, to - from + 1).ToArray();
}
