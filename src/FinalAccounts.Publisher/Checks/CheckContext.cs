using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Checks;

/// <summary>
/// The model under check and the ways to report an identity: sums with the rounding tolerance, equalities, limits.
/// Identities that involve an unreadable source are skipped (its read error is already reported). Every report points
/// into its source: a figure the tool computed is placed at the first line (a CSV's header) or row of its file or sheet.
/// When an identity joins two sources, the figure in the other one (<c>also</c>) gets the same report, each naming the
/// other, so whichever source holds the mistake is named.
/// </summary>
internal sealed class CheckContext(LoadResult load, DepartmentYear model)
{
    public DepartmentYear Model { get; } = model;

    public DiagnosticBag Bag { get; } = load.Diagnostics;

    /// <summary>The unit the data were entered in: messages print amounts in it.</summary>
    public AmountUnit Unit => Model.Department.AmountUnit;

    /// <summary>Whether every one of these sources (files, sheets) was read.</summary>
    public bool Available(params SourceLocation[] sources) => sources.All(load.IsAvailable);

    /// <summary>Whether every one of these tables was read.</summary>
    public bool Available(params PublicTableData[] tables) => tables.All(t => load.IsAvailable(t.Source));

    /// <summary>
    /// Checks that a given total equals the sum of its addends. A difference within the rounding tolerance (by the number of
    /// non-zero addends) is reported as information; a larger one as <paramref name="code"/>. Computed totals are not checked.
    /// </summary>
    public void Sum(DiagnosticCode code, Amount total, IEnumerable<Amount> addends, LocalizedText subject,
        bool evenIfComputed = false, SourceLocation? also = null)
    {
        if (!total.IsGiven && !evenIfComputed) return;
        var list = addends.ToList();
        var expected = list.Sum(a => a.Value);
        var rounded = list.Count(a => a.Value != 0m);
        // Amounts entered in 元 are exact to the 分: their sums have no tails.
        var tolerance = Unit == AmountUnit.WanYuan ? RoundingTolerance.For(rounded) : 0m;
        Compare(code, total.Location, expected, total.Value, tolerance, subject, rounded, also);
    }

    /// <summary>
    /// Checks that a figure equals the one another place requires (no tolerance: both are the same figure; entered in
    /// different units, at the coarser precision, see <see cref="CommonPrecision"/>).
    /// </summary>
    public void Equal(DiagnosticCode code, SourceLocation at, decimal expected, decimal actual, LocalizedText subject,
        SourceLocation? also = null) =>
        Compare(code, at, expected, actual, 0m, subject, 0, also);

    /// <summary>Checks that <paramref name="value"/> ≤ <paramref name="limit"/> (the limit read at <paramref name="also"/>).</summary>
    public void AtMost(DiagnosticCode code, SourceLocation at, decimal value, decimal limit, LocalizedText subject,
        SourceLocation? also = null)
    {
        var precision = CommonPrecision(at, also);
        if (UnitPrecision.At(value, precision) <= UnitPrecision.At(limit, precision)) return;
        Add(code, at, also,
            new($"{subject.Zh}：{Money(value)} 大于 {Money(limit)}，超出 {Money(value - limit)}{Note(precision).Zh}。",
                $"{subject.En}: {Money(value)} exceeds {Money(limit)} by {Money(value - limit)}{Note(precision).En}."),
            new DiagnosticFigures(limit, value));
    }

    /// <summary>The place to blame for a disagreement between two figures: the first one that was read from a file.</summary>
    public static Diagnostics.SourceLocation Blame(params Amount[] candidates) =>
        candidates.FirstOrDefault(a => a.IsGiven) is { Location.IsPoint: true } given ? given.Location : candidates[0].Location;

    /// <summary>The other figure's place for <see cref="Blame"/>: the first candidate not blamed.</summary>
    public static SourceLocation Other(params Amount[] candidates)
    {
        var blamed = Blame(candidates);
        return candidates.Select(c => c.Location).FirstOrDefault(l => l != blamed, blamed);
    }

    public void Report(DiagnosticCode code, SourceLocation at, DiagnosticText zh, DiagnosticText en,
        DiagnosticFigures? figures = null, SourceLocation? also = null) =>
        Add(code, at, also, new LocalizedText(zh.ToString(), en.ToString()), figures);

    private void Compare(DiagnosticCode code, SourceLocation at, decimal expected, decimal actual, decimal tolerance,
        LocalizedText subject, int rounded, SourceLocation? also)
    {
        var diff = actual - expected;
        var precision = CommonPrecision(at, also);
        if (UnitPrecision.At(actual, precision) == UnitPrecision.At(expected, precision)) return;
        var figures = new DiagnosticFigures(expected, actual, tolerance);
        if (Math.Abs(diff) <= tolerance)
        {
            Add(CheckCodes.RoundingTail, at, also,
                new($"{subject.Zh}：应为 {Money(expected)}，实际 {Money(actual)}，尾数差 {Signed(diff)}（{rounded} 个加数四舍五入，允许 ±{Money(tolerance)}）。",
                    $"{subject.En}: expected {Money(expected)}, found {Money(actual)}, tail {Signed(diff)} ({rounded} rounded addends allow ±{Money(tolerance)})."),
                figures);
            return;
        }

        Add(code, at, also,
            new($"{subject.Zh}：应为 {Money(expected)}，实际 {Money(actual)}，相差 {Signed(diff)}{Note(precision).Zh}。",
                $"{subject.En}: expected {Money(expected)}, found {Money(actual)}, difference {Signed(diff)}{Note(precision).En}."),
            figures);
    }

    /// <summary>
    /// The decimals of 万元 at which figures from these two places compare (<see cref="UnitPrecision"/>), or null to
    /// compare them as they are (one unit, or one place).
    /// </summary>
    private int? CommonPrecision(SourceLocation at, SourceLocation? also) =>
        also is { IsNone: false } other ? UnitPrecision.Common(UnitAt(at), UnitAt(other)) : null;

    /// <summary>The unit a figure at this place was entered in: its table's (a workbook sheet may say 元), else the department's.</summary>
    private AmountUnit UnitAt(SourceLocation place)
    {
        var source = place.Source.ToString();
        return Model.Tables.FirstOrDefault(t => t.Source.Source.ToString() == source)?.Unit ?? Unit;
    }

    private static LocalizedText Note(int? decimals) => decimals is { } d
        ? new($"（两处金额单位不同，按{AmountUnit.WanYuan} {d} 位小数四舍五入后比较）",
            $" (the two places are in different units: compared after rounding to {d} decimals of {AmountUnit.WanYuan})")
        : new("", "");

    /// <summary>
    /// Adds a report at <paramref name="at"/> and, when <paramref name="also"/> lies in another source, the same report
    /// there; each names the other place.
    /// </summary>
    private void Add(DiagnosticCode code, SourceLocation at, SourceLocation? also, LocalizedText message, DiagnosticFigures? figures)
    {
        at = Placed(at);
        if (also is not { IsNone: false } other || other.Source == at.Source)
        {
            Bag.Add(new Diagnostic(code, at, message, figures));
            return;
        }

        other = Placed(other);
        Bag.Add(new Diagnostic(code, at, SeeAlso(message, other), figures));
        Bag.Add(new Diagnostic(code, other, SeeAlso(message, at), figures));
    }

    private LocalizedText SeeAlso(LocalizedText message, SourceLocation other)
    {
        var place = Relative(other);
        return new(message.Zh + $"（另见 {place}）", message.En + $" (see also {place})");
    }

    /// <summary>
    /// A place inside its source: a computed figure (a whole file or sheet) is placed at the first line or row, where the
    /// header is; a place in a document stays as it is.
    /// </summary>
    private static SourceLocation Placed(SourceLocation at) =>
        at.IsNone || at.IsPoint || at.Part is DocumentPart ? at : at with { Line = 1, Column = 1 };

    /// <summary>A place as messages name it: relative to the department folder.</summary>
    private string Relative(SourceLocation at)
    {
        var prefix = load.Folder.DisplayPath.Length == 0 ? "" : load.Folder.DisplayPath + "/";
        var inside = at.File.StartsWith(prefix, StringComparison.Ordinal);
        return (inside ? at with { File = at.File[prefix.Length..] } : at).ToString();
    }

    /// <summary>An amount in the unit it was entered in (万元 or 元), every decimal it has: nothing is rounded here.</summary>
    public string Money(decimal wanYuan) => Unit.FromWanYuan(wanYuan).ToString("#,##0.00####", CultureInfo.InvariantCulture);

    private string Signed(decimal value) => (value > 0 ? "+" : "") + Money(value);
}
