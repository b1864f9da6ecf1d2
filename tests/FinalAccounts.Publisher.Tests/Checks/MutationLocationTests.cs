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
            var what = Mutate(lines, rng);
            copy.WriteText(file, string.Join("\n", lines));
            var run = copy.Check();
            var errors = run.Errors.ToList();
            problems.AddRange(errors.Where(e => e.Location.Line < 1).Select(e => $"{file} {what}: no line: {run.Describe(e)}"));
            if (errors.Count > 0 && errors.All(e => run.Relative(e.Location.File) != file))
                problems.Add($"{file} {what}: no error names the file: {run.Listing(errors)}");
        }

        Assert.That(problems, Is.Empty);
    }

    private static string Mutate(List<string> lines, Random rng)
    {
        var n = rng.Next(1, Math.Max(2, lines.Count - 1));
        switch (rng.Next(8))
        {
            case 0:
                lines.RemoveAt(n);
                return $"line {n + 1} deleted";
            case 1:
                lines.Insert(n, lines[n]);
                return $"line {n + 1} repeated";
            case 2:
                if (n + 1 < lines.Count) (lines[n], lines[n + 1]) = (lines[n + 1], lines[n]);
                return $"lines {n + 1} and {n + 2} swapped";
            case 3:
                lines[n] = "";
                return $"line {n + 1} blanked";
            case 4:
                var digit = lines[n].IndexOfAny("0123456789".ToCharArray());
                if (digit >= 0) lines[n] = lines[n][..digit] + (char)('0' + (lines[n][digit] - '0' + 1) % 10) + lines[n][(digit + 1)..];
                return $"a digit of line {n + 1} changed";
            case 5:
                const string characters = "\":-\t#{[,中~|>&*!%@`";
                var c = characters[rng.Next(characters.Length)];
                var at = rng.Next(lines[n].Length + 1);
                lines[n] = lines[n][..at] + c + lines[n][at..];
                return $"'{c}' inserted at {n + 1}:{at + 1}";
            case 6:
                var colon = lines[n].IndexOf(": ", StringComparison.Ordinal);
                if (colon >= 0) lines[n] = lines[n][..(colon + 2)] + "~";
                return $"value of line {n + 1} nulled";
            default:
                var comma = lines[n].IndexOf(',');
                if (comma >= 0) lines[n] = lines[n][..comma] + lines[n][(comma + 1)..];
                return $"a field of line {n + 1} dropped";
        }
    }
}
