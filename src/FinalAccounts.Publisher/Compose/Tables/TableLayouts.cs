using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Compose.Tables;

/// <summary>
/// Reads tables.yaml of a style: the frames of the nine tables and the key-work table, and the labels of the
/// self-assessment forms. A header cell is written <c>文字</c>, <c>文字|c3</c> (three columns) or <c>文字|r2</c> (two rows).
/// </summary>
public sealed class TableLayouts(IReadOnlyDictionary<string, TableLayout> tables, IReadOnlyDictionary<string, string> formLabels)
{
    public const string File = "tables.yaml";

    public TableLayout? Find(string key) => tables.TryGetValue(key, out var t) ? t : null;

    /// <summary>A form label; unknown keys give the key itself so a missing label shows instead of vanishing.</summary>
    public string Label(string key) => formLabels.TryGetValue(key, out var t) ? t : key;

    public static TableLayouts Read(HouseStyle style, DiagnosticBag bag)
    {
        var folder = style.TemplateFolders.FirstOrDefault(f => System.IO.File.Exists(Path.Combine(f, File)));
        if (folder is null)
        {
            bag.Report(ComposeCodes.MissingTemplates, SourceLocation.OfFile(File), $"样式“{style.Name}”缺少 {File}。", $"Style '{style.Name}' has no {File}.");
            return new TableLayouts(new Dictionary<string, TableLayout>(), new Dictionary<string, string>());
        }

        var data = new DataFolder(Path.GetRelativePath(Environment.CurrentDirectory, folder).Replace('\\', '/'), folder);
        var y = YamlFileReader.Read(data, File, required: true, bag);
        if (y is null) return new TableLayouts(new Dictionary<string, TableLayout>(), new Dictionary<string, string>());
        var tables = new Dictionary<string, TableLayout>(StringComparer.Ordinal);
        if (y.Map("tables") is { } t)
        {
            foreach (var key in t.Keys.ToList())
                if (t.Map(key) is { } m)
                    tables[key] = ReadTable(key, m);
            t.Done();
        }

        var labels = y.Map("form_labels") is { } f ? f.TextPairs().ToDictionary(p => p.Key.Value, p => p.Value.Value) : [];
        y.Done();
        return new TableLayouts(tables, labels);
    }

    private static TableLayout ReadTable(string key, YamlMap m)
    {
        var header = new List<TableRow>();
        foreach (var row in Rows(m, "header")) header.Add(new TableRow(row, TableRowKind.Header));
        foreach (var row in Rows(m, "numbers")) header.Add(new TableRow(row, TableRowKind.ColumnNumbers));
        var weights = m.TextList("weights", required: false)
            .Select(w => double.TryParse(w.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 1)
            .ToList();
        var layout = new TableLayout(key, m.Text("title").Value, m.Text("form", required: false).Value, header,
            m.TextList("notes", required: false).Select(n => n.Value).ToList(), HouseStyleReader.Bool(m, "wide", false), weights);
        m.Done();
        return layout;
    }

    private static IEnumerable<IReadOnlyList<TableCell>> Rows(YamlMap m, string key) =>
        m.RawRows(key).Select(r => (IReadOnlyList<TableCell>)r.Select(Cell).ToList());

    private static TableCell Cell(string text)
    {
        var parts = text.Split('|');
        int col = 1, row = 1;
        foreach (var p in parts.Skip(1))
        {
            if (p.StartsWith('c') && int.TryParse(p[1..], out var c)) col = c;
            if (p.StartsWith('r') && int.TryParse(p[1..], out var r)) row = r;
        }

        return new TableCell(parts[0], col, row, CellAlign.Center);
    }
}
