using System.Runtime.ExceptionServices;

namespace FinalAccounts.Publisher.Portal;

/// <summary>Independent steps over the files of a year on every core, failing as one loop would.</summary>
internal static class EveryCore
{
    /// <summary>Runs <paramref name="body"/> for 0 … count − 1; the first failure is rethrown as itself (an I/O error stays one).</summary>
    public static void For(int count, Action<int> body, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, count, parallel, body);
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
