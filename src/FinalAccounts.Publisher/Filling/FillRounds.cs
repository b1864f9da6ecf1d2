using System.Globalization;
using System.Text;
using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Filling;

/// <summary>
/// The rounds of <c>finacc fill</c> on a working copy: check it, write each figure check computed where check found it
/// (a CSV field, a YAML scalar; the rest of the file as it was), and again until check asks for nothing. A figure
/// already written goes back to its first value when that lies within the rounding tolerance of the sum it settles at:
/// a 合计 filled while a figure under it was still wrong keeps the finance system's rounded figure. A form's rate or
/// score left empty is computed too (<see cref="EmptyFigures"/>).
/// </summary>
internal sealed class FillRounds
{
    private const int MaxRounds = 32;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<(string File, int Line, int Column), Edit> edits = [];

    private FillRounds(DataFolder work) => Work = work;

    /// <summary>The working copy.</summary>
    public DataFolder Work { get; }

    /// <summary>The last load of the working copy, checked: what check finds once everything is filled.</summary>
    public LoadResult Final { get; private set; } = null!;

    /// <summary>The files other than the tables that were written (relative to the department folder).</summary>
    public IEnumerable<string> OtherFiles => edits.Keys.Select(k => k.File).Where(f => !IsTable(f)).Distinct();

    /// <summary>
    /// The rounds run to the end, or null when the figures keep changing; <paramref name="priorYear"/> is the real
    /// department's prior year (its folder read and checked), which the working copy chains to as the department does.
    /// </summary>
    public static FillRounds? Run(DepartmentLoader loader, DataFolder work, LoadResult? priorYear, CancellationToken cancellationToken)
    {
        var rounds = new FillRounds(work);
        var held = EmptyFigures.Hold(work);
        for (var round = 0; round <= MaxRounds; round++)
        {
            rounds.Final = loader.Load(work.FullPath, priorYear, cancellationToken);
            Checker.Run(rounds.Final, cancellationToken);
            if (rounds.Write(rounds.Final)) continue;
            var unwritten = held.Where(h => !rounds.edits.Keys.Any(k => k.File == h.File && k.Line == h.Line)).ToList();
            if (unwritten.Count == 0) return rounds.Emptied(held);
            EmptyFigures.Release(work, unwritten);
            held.RemoveAll(unwritten.Contains);
        }

        return null;
    }

    /// <summary>The rounds, with the places that were empty before their placeholder shown as empty.</summary>
    private FillRounds Emptied(IEnumerable<(string File, int Line, string Before)> held)
    {
        foreach (var key in edits.Keys.Where(k => held.Any(h => h.File == k.File && h.Line == k.Line)).ToList())
            edits[key] = edits[key] with { Old = "" };
        return this;
    }

    /// <summary>The changes to files other than the tables, placed in the real department folder.</summary>
    public IEnumerable<FillChange> Changes(DataFolder folder) =>
        edits.Where(e => !IsTable(e.Key.File) && e.Value.Old != e.Value.New).Select(e => new FillChange(
            new SourceLocation(folder.Display(e.Key.File), e.Key.Line, e.Key.Column), e.Value.Row, e.Value.Column,
            e.Value.Old, e.Value.New, FillChangeKind.Figure));

    /// <summary>Writes the figures the checked load asks for; whether any file changed.</summary>
    private bool Write(LoadResult load)
    {
        var prefix = Work.DisplayPath + "/";
        var wanted = load.Diagnostics.Items
            .Where(d => d.Location.File.StartsWith(prefix, StringComparison.Ordinal))
            .Select(d => (File: d.Location.File[prefix.Length..], d.Location.Line, d.Location.Column, Diagnostic: d))
            .Select(x => (x.File, x.Line, x.Column, Value: FillableFigures.Of(x.Diagnostic, x.File)))
            .Where(x => x.Value is not null)
            .DistinctBy(x => (x.File, x.Line, x.Column));
        var changed = false;
        foreach (var file in wanted.GroupBy(w => w.File))
        {
            var before = Utf8.GetString(File.ReadAllBytes(Work.Full(file.Key)));
            var text = before;
            foreach (var (_, line, column, value) in file)
                text = Write(text, (file.Key, line, column), value!.Value, load.Model!.Department.AmountUnit);
            if (text == before) continue;
            changed = true;
            File.WriteAllBytes(Work.Full(file.Key), Utf8.GetBytes(text));
        }

        return changed;
    }

    private string Write(string text, (string File, int Line, int Column) at, FillValue value, AmountUnit unit)
    {
        var yaml = at.File.EndsWith(".yaml", StringComparison.Ordinal);
        edits.TryGetValue(at, out var first);
        var written = first is not null && Within(first.Old, value, unit) ? first.Old : Text(value, unit, yaml);
        string old, result;
        if (yaml) (result, old) = YamlScalars.Replace(text, at.Line, at.Column, written);
        else
        {
            var fields = CsvCells.Fields(text, at.Line);
            old = at.Column <= fields.Count ? fields[at.Column - 1] : "";
            result = CsvCells.Replace(text, at.Line, at.Column, written);
        }

        edits[at] = first is not null ? first with { New = written } : new Edit(Label(text, at, yaml), old, written);
        return result;
    }

    /// <summary>
    /// Whether a figure's first text lies within the rounding tolerance of the value check now computes.
    /// </summary>
    private static bool Within(string first, FillValue value, AmountUnit unit) =>
        value.Money && value.Tolerance > 0m &&
        decimal.TryParse(first.Length == 0 ? "0" : first, NumberStyles.Number, CultureInfo.InvariantCulture,
            out var n) &&
        Math.Abs(unit.ToWanYuan(n) - value.Value) <= value.Tolerance;

    /// <summary>
    /// A figure as the data files write it: money in the department's unit (a YAML zero as 0), a rate or score with two
    /// decimals.
    /// </summary>
    private static string Text(FillValue value, AmountUnit unit, bool yaml)
    {
        if (!value.Money)
        {
            var format = value.Value == decimal.Truncate(value.Value) ? "0" : "0.00";
            return value.Value.ToString(format, CultureInfo.InvariantCulture);
        }

        var text = DataCsv.Amount(unit.FromWanYuan(value.Value));
        return yaml && text.Length == 0 ? "0" : text;
    }

    /// <summary>
    /// The row and column of a place, in the file's words: a CSV's key fields and header, a YAML key.
    /// </summary>
    private static (string Row, string Column) Label(string text, (string File, int Line, int Column) at, bool yaml)
    {
        if (yaml) return ("", YamlScalars.Key(text, at.Line));
        var fields = CsvCells.Fields(text, at.Line);
        var header = CsvCells.Fields(text, 1);
        var column = at.Column <= header.Count ? header[at.Column - 1] : "";
        return (string.Join(" ", fields.Take(2).Where(f => f.Length > 0)), column);
    }

    private static bool IsTable(string relative) =>
        relative.StartsWith(CsvTableSource.Folder + "/", StringComparison.Ordinal);

    /// <summary>
    /// A place written: its row and column in the file's words, the text it had first and the text it has now.
    /// </summary>
    private sealed record Edit((string Row, string Column) Label, string Old, string New)
    {
        public string Row => Label.Row;

        public string Column => Label.Column;
    }
}
