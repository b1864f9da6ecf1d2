using System.Text.RegularExpressions;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Publish;

namespace FinalAccounts.Publisher.Tests.Fuzz;

/// <summary>
/// What must hold after any input, however hostile: exit code 0 or 1; every error line located at file:line; no writer
/// failure (a bug surfaced as FA8003); check and build agree on the data; nothing changed outside --out; every published
/// department matches its manifest and the index the disk; nothing outside the data (a secret, /etc/passwd) echoed.
/// </summary>
internal sealed partial class FuzzJudge(FuzzCase world, string context)
{
    private Dictionary<string, string> before = [];

    public string Context { get; } = context;

    public List<string> Failures { get; } = [];

    public bool Crashed { get; private set; }

    public int Unlocated { get; private set; }

    public bool CheckPassed { get; private set; }

    public bool Published { get; private set; }

    public void Before() => before = Snapshot();

    public void After((int Code, string Output, string Error) check, (int Code, string Output, string Error) build, string formats)
    {
        CheckPassed = check.Code == ExitCodes.Success;
        Published = build.Code == ExitCodes.Success;
        foreach (var (name, run) in new[] { ("check", check), ($"build --formats {formats}", build) })
        {
            if (run.Code is not (ExitCodes.Success or ExitCodes.Errors))
            {
                Crashed = true;
                Fail($"{name} exited {run.Code}: {Cut(run.Error + run.Output)}");
            }

            foreach (var line in ErrorLines(run.Output))
            {
                if (!Located().IsMatch(line) && !PathOnly(line))
                {
                    Unlocated++;
                    Fail($"{name}: an error without file:line: {Cut(line)}");
                }

                if (line.Contains("error " + PublishCodes.WriterFailed.Id, StringComparison.Ordinal))
                {
                    Crashed = true;
                    Fail($"{name}: a writer failed: {Cut(line)}");
                }
            }

            if (run.Output.Contains(FuzzCase.Secret, StringComparison.Ordinal) || run.Output.Contains("root:x:0:", StringComparison.Ordinal))
                Fail($"{name} echoed a file from outside the data");
        }

        var buildCodes = ErrorLines(build.Output).Select(l => Code().Match(l).Value).Distinct().ToList();
        if (!world.BuildOnly && CheckPassed && !Published && buildCodes.Any(c => c != PublishCodes.FormatsWouldBeStale.Id))
            Fail($"check passed but build failed: {Cut(string.Join("\n", ErrorLines(build.Output)))}");
        if (!CheckPassed && Published) Fail("check failed but build published");
        CompareOutside();
        var year = Path.Combine(world.Out, "2024");
        if (Directory.Exists(year))
        {
            foreach (var m in PublishedState.Mismatches(year)) Fail("published output: " + m);
            foreach (var f in Directory.EnumerateFiles(year, "*", SearchOption.AllDirectories).Where(IsText))
                if (File.ReadAllText(f).Contains(FuzzCase.Secret, StringComparison.Ordinal))
                    Fail($"{Path.GetRelativePath(world.Out, f)} holds a file from outside the data");
        }
    }

    /// <summary>An error about a folder (a department id, a publication) or a file that is not there has its path for place.</summary>
    private static bool PathOnly(string line)
    {
        var place = line[..ErrorWord().Match(line).Index];
        return Directory.Exists(place) || !File.Exists(place);
    }

    private static bool IsText(string file) => Path.GetExtension(file) is ".md" or ".html" or ".json";

    private void Fail(string what) => Failures.Add($"{Context}: {what}");

    private static IEnumerable<string> ErrorLines(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => ErrorWord().IsMatch(l));

    private void CompareOutside()
    {
        var after = Snapshot();
        foreach (var p in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
            if (before.GetValueOrDefault(p) != after.GetValueOrDefault(p))
                Fail($"{p} {(after.ContainsKey(p) ? before.ContainsKey(p) ? "changed" : "created" : "removed")} outside --out");
    }

    /// <summary>Every file, folder and link under the case's root except out/, by what it holds (links by their target, never followed).</summary>
    private Dictionary<string, string> Snapshot()
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(world.Root), all);
        return all;
    }

    private void Walk(DirectoryInfo dir, Dictionary<string, string> all)
    {
        foreach (var entry in dir.EnumerateFileSystemInfos())
        {
            var name = Path.GetRelativePath(world.Root, entry.FullName).Replace('\\', '/');
            if (name == "out") continue;
            if (entry.LinkTarget is { } target) all[name] = "link " + target;
            else if (entry is DirectoryInfo sub)
            {
                all[name] = "folder";
                Walk(sub, all);
            }
            else all[name] = Fingerprint.Sha256(File.ReadAllBytes(entry.FullName));
        }
    }

    private static string Cut(string text) => text.Length <= 400 ? text : text[..400] + "…";

    [GeneratedRegex(@"(^|: )error FA\d{4}:")]
    private static partial Regex ErrorWord();

    /// <summary>file:line (a text file) or file:sheet!cell (a workbook), before the severity.</summary>
    [GeneratedRegex(@"^.+?:(\d+|[^:]+![A-Z]*\d+)(:\d+)?: error FA\d{4}:")]
    private static partial Regex Located();

    [GeneratedRegex(@"FA\d{4}")]
    private static partial Regex Code();
}
