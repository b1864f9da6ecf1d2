using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Checks;

/// <summary>
/// The model under check and the ways to report an identity: sums with the rounding tolerance, equalities, limits.
/// Identities that involve an unreadable source are skipped (its read error is already reported).
/// </summary>
internal sealed class CheckContext(LoadResult load, DepartmentYear model)
{
    public DepartmentYear Model { get; } = model;

    public DiagnosticBag Bag { get; } = load.Diagnostics;

    /// <summary>Whether every one of these sources (files, sheets) was read.</summary>
    public bool Available(params SourceLocation[] sources) => sources.All(load.IsAvailable);

    /// <summary>Whether every one of these tables was read.</summary>
    public bool Available(params PublicTableData[] tables) => tables.All(t => load.IsAvailable(t.Source));

    /// <summary>A file of the department folder as messages (and <see cref="Available"/>) name it.</summary>
    public SourceLocation FileOf(string relative) => SourceLocation.OfFile(load.Folder.Display(relative));

    /// <summary>
    /// Checks that a given total equals the sum of its addends. A difference within the rounding tolerance (by the number of
    /// non-zero addends) is reported as information; a larger one as <paramref name="code"/>. Computed totals are not checked.
    /// </summary>
    public void Sum(DiagnosticCode code, Amount total, IEnumerable<Amount> addends, LocalizedText subject, bool evenIfComputed = false)
    {
        if (!total.IsGiven && !evenIfComputed) return;
        var list = addends.ToList();
        var expected = list.Sum(a => a.Value);
        var rounded = list.Count(a => a.Value != 0m);
        Compare(code, total.Location, expected, total.Value, RoundingTolerance.For(rounded), subject, rounded);
    }

    /// <summary>Checks that a figure equals the one another place requires (no tolerance: both are the same rounded figure).</summary>
    public void Equal(DiagnosticCode code, SourceLocation at, decimal expected, decimal actual, LocalizedText subject) =>
        Compare(code, at, expected, actual, 0m, subject, 0);

    /// <summary>Checks that <paramref name="value"/> ≤ <paramref name="limit"/>.</summary>
    public void AtMost(DiagnosticCode code, SourceLocation at, decimal value, decimal limit, LocalizedText subject)
    {
        if (value <= limit) return;
        Bag.Add(new Diagnostic(code, at,
            new($"{subject.Zh}：{Money(value)} 大于 {Money(limit)}，超出 {Money(value - limit)}。",
                $"{subject.En}: {Money(value)} exceeds {Money(limit)} by {Money(value - limit)}."),
            new DiagnosticFigures(limit, value)));
    }

    /// <summary>The place to blame for a disagreement between two figures: the first one that was read from a file.</summary>
    public static Diagnostics.SourceLocation Blame(params Amount[] candidates) =>
        candidates.FirstOrDefault(a => a.IsGiven) is { Location.IsPoint: true } given ? given.Location : candidates[0].Location;

    public void Report(DiagnosticCode code, SourceLocation at, DiagnosticText zh, DiagnosticText en, DiagnosticFigures? figures = null) =>
        Bag.Report(code, at, zh, en, figures);

    private void Compare(DiagnosticCode code, SourceLocation at, decimal expected, decimal actual, decimal tolerance, LocalizedText subject, int rounded)
    {
        var diff = actual - expected;
        if (diff == 0m) return;
        var figures = new DiagnosticFigures(expected, actual, tolerance);
        if (Math.Abs(diff) <= tolerance)
        {
            Bag.Add(new Diagnostic(CheckCodes.RoundingTail, at,
                new($"{subject.Zh}：应为 {Money(expected)}，实际 {Money(actual)}，尾数差 {Signed(diff)}（{rounded} 个加数四舍五入，允许 ±{Money(tolerance)}）。",
                    $"{subject.En}: expected {Money(expected)}, found {Money(actual)}, tail {Signed(diff)} ({rounded} rounded addends allow ±{Money(tolerance)})."),
                figures));
            return;
        }

        Bag.Add(new Diagnostic(code, at,
            new($"{subject.Zh}：应为 {Money(expected)}，实际 {Money(actual)}，相差 {Signed(diff)}。",
                $"{subject.En}: expected {Money(expected)}, found {Money(actual)}, difference {Signed(diff)}."),
            figures));
    }

    /// <summary>An amount as tables print it (values carry at most two decimals, so nothing is rounded here).</summary>
    public static string Money(decimal value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Signed(decimal value) => (value > 0 ? "+" : "") + Money(value);
}
