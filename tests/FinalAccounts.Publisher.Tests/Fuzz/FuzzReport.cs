namespace FinalAccounts.Publisher.Tests.Fuzz;

/// <summary>What a fuzz run found: cases run, how many passed check and published, crashes (exit codes other than 0 or 1,
/// a writer's failure), hangs, errors without file:line, and each failure with its seed, case and mutation.</summary>
internal sealed class FuzzReport(int seed)
{
    public int Cases { get; set; }

    public int Skipped { get; set; }

    public int CheckPassed { get; set; }

    public int Published { get; set; }

    public int Crashes { get; set; }

    public int Hangs { get; set; }

    public int Unlocated { get; set; }

    public int Seed { get; } = seed;

    public TimeSpan Elapsed { get; set; }

    /// <summary>Time spent preparing cases (copies, mutation, snapshot), in check and build, and judging the outcome.</summary>
    public TimeSpan Setup { get; set; }

    public TimeSpan Runs { get; set; }

    public TimeSpan Judging { get; set; }

    public List<string> Failures { get; } = [];

    public void Add(FuzzJudge judge)
    {
        Cases++;
        if (judge.CheckPassed) CheckPassed++;
        if (judge.Published) Published++;
        if (judge.Crashed) Crashes++;
        Unlocated += judge.Unlocated;
        Failures.AddRange(judge.Failures);
    }

    public override string ToString() =>
        $"seed {Seed}: {Cases} mutations ({Skipped} skipped) in {Elapsed.TotalSeconds:0.0} s: {CheckPassed} passed check, {Published} published; "
        + $"{Crashes} crashes, {Hangs} hangs, {Unlocated} unlocated errors, {Failures.Count} failures "
        + $"(setup {Setup.TotalSeconds:0} s, check and build {Runs.TotalSeconds:0} s, judging {Judging.TotalSeconds:0} s)";
}
