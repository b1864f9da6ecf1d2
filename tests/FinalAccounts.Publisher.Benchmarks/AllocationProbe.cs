using System.Diagnostics.Tracing;

namespace FinalAccounts.Publisher.Benchmarks;

/// <summary>What a piece of work allocates, by type: the runtime's allocation ticks (one per ~100 KB) while it runs.</summary>
internal sealed class AllocationProbe : EventListener
{
    private readonly Dictionary<string, long> byType = [];
    private readonly Lock gate = new();

    public static void Run(string name, Action action, int times)
    {
        action();
        using var probe = new AllocationProbe();
        for (var i = 0; i < times; i++) action();
        probe.Dispose();
        Console.WriteLine($"{name}: allocation ticks by type (MB per run, sampled)");
        lock (probe.gate)
        {
            foreach (var (type, bytes) in probe.byType.OrderByDescending(p => p.Value).Take(25))
                Console.WriteLine(FormattableString.Invariant($"  {bytes / (double)times / 1e6,7:0.00}  {type}"));
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
        var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        if (Convert.ToInt32(e.Payload[e.PayloadNames.IndexOf("AllocationKind")], System.Globalization.CultureInfo.InvariantCulture) == 1) type = "LOH " + type;
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        lock (gate) byType[type] = byType.GetValueOrDefault(type) + amount;
    }
}
