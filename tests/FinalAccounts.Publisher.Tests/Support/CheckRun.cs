using System.Reflection;
using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Tests.Support;

/// <summary>
/// The outcome of reading (and checking) a copy, with assertions that find a diagnostic by code and place
/// (<c>"tables/05.csv:12:3"</c>, relative to the department folder, as the CLI prints it) and check its severity and figures.
/// </summary>
public sealed class CheckRun(LoadResult load, string folder)
{
    /// <summary>What the unmodified sample reports: the four rounding tails of B2.16 (code, place, expected, actual).</summary>
    public static readonly IReadOnlyList<(string Code, string At, decimal Expected, decimal Actual)> SampleInfos =
    [
        ("FA2900", "tables/03.csv:2:4", 1660.85m, 1660.86m),
        ("FA2900", "tables/03.csv:2:5", 25203.78m, 25203.77m),
        ("FA2900", "tables/05.csv:2:4", 1660.85m, 1660.86m),
        ("FA2900", "tables/05.csv:2:5", 25203.78m, 25203.77m),
    ];

    private static readonly Dictionary<string, DiagnosticCode> Codes = typeof(CheckCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Concat(typeof(InputCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.FieldType == typeof(DiagnosticCode))
        .Select(f => (DiagnosticCode)f.GetValue(null)!)
        .ToDictionary(c => c.Id);

    private readonly string prefix = folder.Replace('\\', '/').TrimEnd('/') + "/";

    public LoadResult Load { get; } = load;

    public DepartmentYear Model => Load.Model ?? throw new AssertionException("The folder was not read into a model:\n" + Listing());

    public IReadOnlyList<Diagnostic> Diagnostics => Load.Diagnostics.Sorted();

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);

    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning);

    public IEnumerable<Diagnostic> Infos => Diagnostics.Where(d => d.Severity == Severity.Info);

    /// <summary>The diagnostics the unmodified sample does not report.</summary>
    public IReadOnlyList<Diagnostic> New => Diagnostics.Where(d => !SampleInfos.Any(b =>
        b.Code == d.Code.Id && b.At == At(d) && d.Figures is { } f && f.Expected == b.Expected && f.Actual == b.Actual)).ToList();

    /// <summary>A file's path relative to the department folder ("." for the folder itself).</summary>
    public string Relative(string file)
    {
        var f = file.Replace('\\', '/');
        if (f.StartsWith(prefix, StringComparison.Ordinal)) return f[prefix.Length..];
        return f + "/" == prefix ? "." : f;
    }

    /// <summary>Where a diagnostic points, as the CLI prints it but relative: <c>tables/05.csv:12:3</c>.</summary>
    public string At(Diagnostic d) => At(d.Location);

    /// <summary>A place as <c>tables/05.csv:12:3</c>, relative to the department folder.</summary>
    public string At(SourceLocation location) => (location with { File = Relative(location.File) }).ToString();

    /// <summary>A diagnostic's code and place: <c>FA2002 tables/02.csv:11:3</c>.</summary>
    public string Spot(Diagnostic d) => $"{d.Code.Id} {At(d)}";

    public string Describe(Diagnostic d)
    {
        var figures = d.Figures is { } f ? $" [expected {f.Expected}, actual {f.Actual}, tolerance {f.Tolerance}]" : "";
        return $"{At(d)}: {DiagnosticFormatter.SeverityWord(d.Severity)} {d.Code.Id}: {d.Message.En}{figures}";
    }

    public string Listing(IEnumerable<Diagnostic>? diagnostics = null)
    {
        var list = (diagnostics ?? Diagnostics).ToList();
        return list.Count == 0 ? "  (no diagnostics)" : string.Join("\n", list.Select(d => "  " + Describe(d)));
    }

    /// <summary>
    /// The one diagnostic with this code at this place; asserts its severity (the code's own unless given) and, when
    /// given, its expected and actual figures, their difference and the tolerance.
    /// </summary>
    public Diagnostic Expect(string code, string at, decimal? expected = null, decimal? actual = null, decimal? tolerance = null, Severity? severity = null)
    {
        var found = Diagnostics.Where(d => d.Code.Id == code && At(d) == at).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"expected one {code} at {at}; the run reported:\n{Listing()}");
        var d = found[0];
        var want = severity ?? (Codes.TryGetValue(code, out var c) ? c.Severity : throw new ArgumentException($"Unknown code {code}."));
        Assert.That(d.Severity, Is.EqualTo(want), $"severity of {Describe(d)}");
        Assert.That(d.Message.Zh, Is.Not.Empty);
        Assert.That(d.Message.En, Is.Not.Empty);
        if (expected is null && actual is null) return d;
        Assert.That(d.Figures, Is.Not.Null, $"{Describe(d)} carries no figures");
        var f = d.Figures!;
        using (Assert.EnterMultipleScope())
        {
            if (expected is { } e) Assert.That(f.Expected, Is.EqualTo(e), $"expected figure of {Describe(d)}");
            if (actual is { } a) Assert.That(f.Actual, Is.EqualTo(a), $"actual figure of {Describe(d)}");
            if (expected is { } e2 && actual is { } a2) Assert.That(f.Difference, Is.EqualTo(a2 - e2), $"difference of {Describe(d)}");
            if (tolerance is { } t) Assert.That(f.Tolerance, Is.EqualTo(t), $"tolerance of {Describe(d)}");
        }

        return d;
    }

    /// <summary>Asserts that the diagnostics beyond the sample's own are exactly these spots (<c>"FA2002 tables/02.csv:11:3"</c>).</summary>
    public void ExpectNewExactly(params string[] spots) =>
        Assert.That(New.Select(Spot).Order(StringComparer.Ordinal), Is.EqualTo(spots.Order(StringComparer.Ordinal)),
            $"new diagnostics differ; the run reported:\n{Listing(New)}");

    /// <summary>Asserts that nothing is reported beyond what the unmodified sample reports.</summary>
    public void ExpectNothingNew() => ExpectNewExactly();

    /// <summary>Asserts that no diagnostic has this code.</summary>
    public void ExpectNo(string code) =>
        Assert.That(Diagnostics.Where(d => d.Code.Id == code).Select(Describe), Is.Empty, $"no {code} expected");
}
