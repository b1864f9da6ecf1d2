using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Fixtures;

/// <summary>
/// A 40-department generated sample (<c>finacc sample</c>, seed 1: every corner of <c>SampleShape</c>), composed once
/// per test run in the default style. The generated files are deleted once composed.
/// </summary>
internal static class GeneratedSample
{
    public const int Departments = 40;

    private static readonly Lazy<IReadOnlyList<Composed>> All = new(Generate);

    /// <summary>Department ids dept-001 … dept-040, for test case sources.</summary>
    public static IEnumerable<string> Ids => Enumerable.Range(1, Departments).Select(i => $"dept-{i:000}");

    public static Composed Get(string id) => All.Value[int.Parse(id[5..], System.Globalization.CultureInfo.InvariantCulture) - 1];

    private static List<Composed> Generate()
    {
        var root = Path.Combine(Path.GetTempPath(), "finacc-generated-" + Guid.NewGuid().ToString("N"));
        try
        {
            var bag = new DiagnosticBag();
            var reference = Path.Combine(SampleDisclosure.RepositoryRoot, "data", "reference");
            var folders = SampleGenerator.Generate(new SampleOptions(Departments, 2024, root, reference, Seed: 1), bag);
            if (bag.HasErrors) throw new InvalidOperationException(SampleDisclosure.Report(bag));
            var composed = folders.AsParallel().AsOrdered().Select(f => SampleDisclosure.Compose(f, "default")).ToList();
            var failed = composed.FindIndex(c => c.Document is null);
            if (failed >= 0)
                throw new InvalidOperationException($"dept-{failed + 1:000} did not compose:\n" + SampleDisclosure.Report(composed[failed].Diagnostics));
            return composed;
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }
}
