using FinalAccounts.Publisher.Portal;

namespace FinalAccounts.Publisher.Tests.Portal;

/// <summary>The year's independent steps on every core: every step runs, and a failure is the callers' own exception.</summary>
public sealed class EveryCoreTests
{
    [Test]
    public void Every_step_runs_once()
    {
        var ran = new int[100];
        EveryCore.For(ran.Length, i => Interlocked.Increment(ref ran[i]), CancellationToken.None);
        Assert.That(ran, Is.All.EqualTo(1));
    }

    [Test]
    public void An_io_failure_in_a_step_is_rethrown_as_itself_for_the_caller_to_report()
    {
        Assert.That(() => EveryCore.For(10, i => { if (i == 7) throw new IOException("disk full"); }, CancellationToken.None),
            Throws.TypeOf<IOException>().With.Message.EqualTo("disk full"));
    }
}
