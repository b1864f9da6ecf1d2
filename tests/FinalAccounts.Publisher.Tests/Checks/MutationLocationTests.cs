using FinalAccounts.Publisher.Tests.Fuzz;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Checks;

/// <summary>
/// Seeded small mutations of the sample's CSV and YAML files (a line deleted, repeated, swapped or blanked, a digit
/// changed, a character inserted, a value nulled, a field dropped): every error has a line, and when the mutation
/// causes errors, one of them names the mutated file.
/// </summary>
[Category("Slow")]
public sealed class MutationLocationTests
{
    private const int Seed = 7, Runs = 120;

    [Test]
    public void Every_error_of_a_mutated_copy_has_a_line_and_one_names_the_mutated_file()
    {
        var rng = new Random(Seed);
        var files = Directory.EnumerateFiles(SampleData.DepartmentFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SampleData.DepartmentFolder, f).Replace('\\', '/'))
            .Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        for (var i = 0; i < Runs; i++)
        {
            using var copy = SampleData.Copy();
            var file = files[rng.Next(files.Count)];
            var lines = copy.ReadText(file).Split('\n').ToList();
            var what = LineMutations.Mutate(lines, rng);
            copy.WriteText(file, string.Join("\n", lines));
            var run = copy.Check();
            var errors = run.Errors.ToList();
            problems.AddRange(errors.Where(e => e.Location.Line < 1).Select(e => $"{file} {what}: no line: {run.Describe(e)}"));
            if (errors.Count > 0 && errors.All(e => run.Relative(e.Location.File) != file))
                problems.Add($"{file} {what}: no error names the file: {run.Listing(errors)}");
        }

        Assert.That(problems, Is.Empty);
    }
}
