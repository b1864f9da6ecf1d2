namespace FinalAccounts.Publisher.Tests.Golden;

/// <summary>A golden expectations file (format: README.md beside it): sections of lines, each with its line number.</summary>
internal sealed class GoldenFile
{
    private GoldenFile(IReadOnlyList<GoldenSection> sections) => Sections = sections;

    public IReadOnlyList<GoldenSection> Sections { get; }

    public GoldenSection this[string name] => Sections.Single(s => s.Name == name);

    /// <summary>A copy holding only one section.</summary>
    public GoldenFile Only(string name) => new(Sections.Where(s => s.Name == name).ToList());

    public static GoldenFile Read(string path)
    {
        var sections = new List<GoldenSection>();
        GoldenSection? current = null;
        var number = 0;
        foreach (var raw in File.ReadAllLines(path))
        {
            number++;
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith('#') || line.Length == 0) continue;
            var comment = line.IndexOf("  #", StringComparison.Ordinal);
            if (comment >= 0) line = line[..comment].TrimEnd();
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = new GoldenSection(line[1..^1]);
                sections.Add(current);
                continue;
            }

            if (current is null) throw new FormatException($"{path}:{number}: expectation before the first section");
            current.Lines.Add(new GoldenLine(number, line));
        }

        return new GoldenFile(sections);
    }
}

/// <summary>A section of a golden file: its name ("parts", "table 01", …) and its lines.</summary>
internal sealed record GoldenSection(string Name)
{
    public List<GoldenLine> Lines { get; } = [];
}

/// <summary>One expectation and the golden file line it is on.</summary>
internal sealed record GoldenLine(int Number, string Text)
{
    public IReadOnlyList<string> Cells => Text.Split(" | ");

    public override string ToString() => $"line {Number}: {Text}";
}
